import Foundation

/// The projections' statements for a page of the log being replayed, worked out on every core.
///
/// Why: in a `rebuild` most of the time goes into the projections' pure part — decoding payloads and
/// building statements — while SQLite, which must run the statements one by one on the writer's connection,
/// waits. A projection is a pure, `Sendable` function of one event, so the page is cut into consecutive
/// slices whose statements are built at the same time, and the writer then runs them slice after slice:
/// the same statements in the same order as one event after another would give, whatever the number of cores.
enum ReplayPage {
    /// Below this many events a page is worked out on the calling thread: handing out work costs more.
    static let parallelThreshold = 64

    /// Each slice's statements in log order: for each event in turn, each target's statements in turn.
    static func statements(of page: [RecordedEvent], for targets: [any Projection]) throws -> [[SQLStatement]] {
        let slices = page.count < parallelThreshold ? 1 : min(ProcessInfo.processInfo.activeProcessorCount, 8)
        guard slices > 1 else { return [try statements(of: page[...], for: targets)] }
        let size = (page.count + slices - 1) / slices
        let results = Slots(count: slices)
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            let events = page[min(slice * size, page.count)..<min((slice + 1) * size, page.count)]
            results.set(slice, Result { try statements(of: events, for: targets) })
        }
        return try results.values.map { try $0.get() }
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
    ) throws
        -> [SQLStatement]
    {
        var statements: [SQLStatement] = []
        for event in events {
            for projection in targets { statements += try projection.statements(for: event) }
        }
        return statements
    }
}
