import Foundation

/// The projections' statements for a page of the log being replayed, worked out on every core while the writer
/// runs the previous page's.
///
/// Why: in a `rebuild` (and `verify`'s replay) the projections' pure part — decoding payloads and building
/// statements — and SQLite, which must run the statements one by one on the writer's connection, took turns:
/// one core wrote while the others waited, then the other way round (issue 17). A projection is a pure,
/// `Sendable` function of the log, so a page is cut into consecutive slices whose statements are built at the
/// same time, in the background, while the writer runs the page before it. Each slice goes through each
/// projection's batch form (``Projection/statements(forBatch:)``, given the events it reads: ``ProjectionInput``),
/// which folds rows many events touch; the
/// writer then runs the slices in order: the same tables as one event after another would give, whatever the
/// number of cores. At most two pages are held at once, so memory does not grow with the log.
enum ReplayPage {
    /// Below this many events, and this many payload bytes, a page is worked out on the calling thread: handing
    /// out work costs more.
    static let parallelThreshold = (events: 64, bytes: 256 << 10)

    /// A page ends at this many events, or sooner once its payloads reach this many bytes.
    ///
    /// Why the bytes: an event that carries a batch of facts (a contract file's `ContractsRecorded`, a feed's
    /// announcements) holds hundreds of kilobytes, and 1,000 of them were a whole national log in memory at once
    /// (3.2 GB for `verify` of 1,000,000 contract rows, issue 17). A page of 2 MiB holds a few thousand contract
    /// rows either way, as 1,000 one-row events did.
    static let limits = (events: 1_000, bytes: 2 << 20)

    /// A page being read from the log: full at ``limits``.
    struct Filling {
        private(set) var events: [RecordedEvent] = []
        private var bytes = 0

        init() {
            events.reserveCapacity(limits.events)
        }

        /// Adds `event`; true when the page is then full.
        mutating func add(_ event: RecordedEvent) -> Bool {
            events.append(event)
            bytes += event.payload.count
            return events.count >= limits.events || bytes >= limits.bytes
        }

        /// The page read so far, the filling emptied.
        mutating func take() -> [RecordedEvent] {
            defer {
                events.removeAll(keepingCapacity: true)
                bytes = 0
            }
            return events
        }
    }

    /// Each slice's statements in log order: for each projection in turn, its statements for the slice.
    ///
    /// Projections own disjoint tables, so running one projection's statements for a slice before the next
    /// projection's leaves the same tables as running them event by event.
    static func statements(of page: [RecordedEvent], for targets: [any Projection]) throws -> [[SQLStatement]] {
        let bytes = page.reduce(0) { $0 + $1.payload.count }
        let small = page.count < parallelThreshold.events && bytes < parallelThreshold.bytes
        let slices = small ? 1 : min(ProcessInfo.processInfo.activeProcessorCount, 8, page.count)
        guard slices > 1 else { return [try statements(of: page[...], for: targets)] }
        let size = (page.count + slices - 1) / slices
        let results = Slots(count: slices)
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            let events = page[min(slice * size, page.count)..<min((slice + 1) * size, page.count)]
            results.set(slice, Result { try statements(of: events, for: targets) })
        }
        return try results.values.map { try $0.get() }
    }

    /// Runs a replay: pages are handed in in log order, and each page's statements are given to `write` once the
    /// page before has been written, while the next page is worked out in the background.
    struct Pipeline {
        let targets: [any Projection]
        let write: (_ events: Int, _ slices: [[SQLStatement]]) throws -> Void
        private var pending: Pending?

        /// - parameters:
        ///   - targets: The projections replayed.
        ///   - write: Runs a page's statements on the writer's connection, slice after slice; given the number
        ///     of events the page holds too, for progress.
        init(targets: [any Projection], write: @escaping (_ events: Int, _ slices: [[SQLStatement]]) throws -> Void) {
            self.targets = targets
            self.write = write
        }

        /// Starts working out `page` and writes the page before it.
        mutating func add(_ page: [RecordedEvent]) throws {
            let next = Pending(page: page, targets: targets)
            defer { pending = next }
            if let pending { try write(pending.count, try pending.statements()) }
        }

        /// Writes the last page handed in.
        mutating func finish() throws {
            defer { pending = nil }
            if let pending { try write(pending.count, try pending.statements()) }
        }
    }

    /// One page being worked out on a background queue.
    private final class Pending: @unchecked Sendable {
        /// The number of events in the page.
        let count: Int
        private let done = DispatchSemaphore(value: 0)
        // Written once by the background block before it signals `done`, read after waiting on it.
        private var result: Result<[[SQLStatement]], any Error> = .success([])

        init(page: [RecordedEvent], targets: [any Projection]) {
            count = page.count
            DispatchQueue.global(qos: .userInitiated).async {
                self.result = Result { try ReplayPage.statements(of: page, for: targets) }
                self.done.signal()
            }
        }

        /// Waits for the page's statements.
        func statements() throws -> [[SQLStatement]] {
            done.wait()
            done.signal()
            return try result.get()
        }
    }

    /// One result per slice, each written once by the thread that worked it out.
    private final class Slots: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result<[SQLStatement], any Error>]

        init(count: Int) { results = Array(repeating: .success([]), count: count) }

        func set(_ slice: Int, _ result: Result<[SQLStatement], any Error>) {
            lock.withLock { results[slice] = result }
        }

        var values: [Result<[SQLStatement], any Error>] { lock.withLock { results } }
    }

    private static func statements(
        of events: ArraySlice<RecordedEvent>, for targets: [any Projection]
    ) throws -> [SQLStatement] {
        guard !events.isEmpty else { return [] }
        let batch = ProjectionInput(Array(events))
        var statements: [SQLStatement] = []
        for projection in targets { statements += try batch.statements(for: projection) }
        return statements
    }
}
