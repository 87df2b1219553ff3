/// The result of walking the hash chain from the first event to the last.
public struct ChainReport: Sendable, Hashable {
    /// How many events were checked.
    public var eventsChecked: Int64
    /// The last event's hash when the chain is intact: a short fingerprint of the whole log.
    public var headHash: EventHash?
    /// The first place the chain breaks, or nil when the log is intact.
    public var firstBreak: ChainBreak?
    /// The database's own guards of the log (its append-only triggers: `events_no_update` and
    /// `events_no_delete` on SQLite, `events_no_update` and `events_no_truncate` on PostgreSQL) found missing or
    /// disabled: someone altered the store outside Sujarit. The chain may still be intact. A SQLite store puts
    /// them back on its next append or rebuild.
    public var missingGuards: [String]

    public init(eventsChecked: Int64, headHash: EventHash?, firstBreak: ChainBreak?, missingGuards: [String] = []) {
        self.eventsChecked = eventsChecked
        self.headHash = headHash
        self.firstBreak = firstBreak
        self.missingGuards = missingGuards
    }

    /// Whether every event's sequence, link and hash matched.
    public var isIntact: Bool { firstBreak == nil }
}

/// Where and how the chain is broken.
public struct ChainBreak: Sendable, Hashable, CustomStringConvertible {
    /// What was found wrong.
    public enum Kind: Sendable, Hashable {
        /// A sequence number is missing or out of order: a row was deleted, inserted or moved.
        case sequenceGap(expected: Int64, found: Int64)
        /// The stored previous hash is not the hash of the event before: a row was inserted or reordered.
        case brokenLink
        /// The stored hash does not match the event's content: the row was edited.
        case contentMismatch
        /// The log ends before the recorded head of the chain: events were removed from the end.
        case truncated(expectedLast: Int64)
        /// The last event is not the one the store recorded as the head of the chain: the log was rewritten
        /// from some point on, its hashes recomputed.
        case headMismatch
        /// The log goes on after the head of the chain the store recorded on its last append: events were
        /// added behind the store's back (with correctly computed hashes, or the walk would have stopped).
        case headBehind(recordedLast: Int64)
    }

    /// The sequence number of the first event found wrong (for truncation, the last one expected).
    public var sequence: Int64
    /// What is wrong there.
    public var kind: Kind

    public init(sequence: Int64, kind: Kind) {
        self.sequence = sequence
        self.kind = kind
    }

    public var description: String {
        switch kind {
        case let .sequenceGap(expected, found):
            "event #\(expected) is missing: the next row is #\(found) (a row was deleted, inserted or moved)"
        case .brokenLink:
            "event #\(sequence) does not link to the event before it (a row was inserted, removed or reordered)"
        case .contentMismatch:
            "event #\(sequence) does not match its hash (its content was edited after it was recorded)"
        case let .truncated(expectedLast):
            """
            the log ends before event #\(expectedLast), the recorded head of the chain (events were removed from \
            the end)
            """
        case .headMismatch:
            """
            event #\(sequence) is not the event recorded as the head of the chain (the log was rewritten and its \
            hashes recomputed)
            """
        case let .headBehind(recordedLast):
            """
            event #\(sequence) and those after it come after event #\(recordedLast), the recorded head of the \
            chain (events were added outside Sujarit, or the head was edited)
            """
        }
    }
}
