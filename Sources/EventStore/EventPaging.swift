/// How many events the next page of a walk along the log asks for: up to a page size, fewer after a page whose
/// payloads were large, so that a page holds about ``targetBytes`` of payloads whatever the events are like.
///
/// Why: an event that carries a batch of facts (a contract file's `ContractsRecorded`, a feed's
/// `AnnouncementsPublished`) holds hundreds of kilobytes, and a page of 1,000 of them held a whole national log
/// in memory. A page of one-row events keeps its 1,000.
///
/// ```swift
/// var paging = EventPaging()
/// while true {
///     let page = try await store.read(afterSequence: after, limit: paging.limit, filter: filter)
///     …
///     guard let last = page.last, paging.mayContinue(after: page) else { break }
///     after = last.sequence
/// }
/// ```
public struct EventPaging: Sendable {
    /// The payload bytes a page aims at.
    public static let targetBytes = 2 << 20

    /// The most events a page asks for.
    public let maximum: Int
    /// How many events the next page asks for.
    public private(set) var limit: Int

    /// The events the first page asks for, before any payload has been seen: a few, so that a first page of
    /// large events is not a whole national log either; the next page asks for as many as fit.
    public static let firstPage = 64

    /// Paging of at most `maximum` events a page.
    public init(maximum: Int = 1_000) {
        precondition(maximum > 0, "a page holds at least one event")
        self.maximum = maximum
        limit = min(maximum, Self.firstPage)
    }

    /// Takes note of `page`, read with ``limit``, and sets the next limit from its payloads' size; true when the
    /// page was full, so that more events may follow.
    public mutating func mayContinue(after page: [RecordedEvent]) -> Bool {
        let full = page.count == limit
        let bytes = page.reduce(0) { $0 + $1.payload.count }
        if bytes > 0 {
            let fitting = Int(min(Int64(maximum), Int64(max(page.count, 1)) * Int64(Self.targetBytes) / Int64(bytes)))
            limit = max(1, fitting)
        }
        return full
    }
}
