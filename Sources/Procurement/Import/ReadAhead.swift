import EventStore
import Foundation

/// Runs a feed's batch source on a thread of its own, at most two batches ahead of the store, so that
/// reading and parsing the next part of a file overlaps with the store writing the last one (an import
/// has two kinds of work of similar size, and the machine more than one core).
///
/// What makes this safe: the source (its libxml2 session, its duplicate filter, its counters) is touched
/// only by the reading thread until ``finish()`` has joined it; what crosses between the threads are
/// finished batches and errors, through one lock. The reading thread never waits for Swift concurrency,
/// so the store's thread waiting for it cannot starve it. Nothing changes for the transaction: the store
/// still pulls every batch inside its one write transaction, and a reader error still reaches the store
/// from `nextBatch()`, which abandons the whole append.
final class ReadAhead: @unchecked Sendable {
    private let condition = NSCondition()
    /// Batches read and not yet taken, or the error that ended reading; `.success(nil)` is the end.
    private var ready: [Result<[StreamAppend]?, any Error>] = []
    /// Set when the store gives up: the reading thread stops at its next batch.
    private var stopped = false
    /// The source, handed back when the reading thread is done with it.
    private var source: FeedBatches
    private var done = false
    private static let capacity = 2

    /// Starts reading `source` on a new thread.
    init(_ source: FeedBatches) {
        self.source = source
        let thread = Thread { [self] in read() }
        // libxml2 and the item interpretation run here; give the thread a main thread's stack.
        thread.stackSize = 8 << 20
        thread.name = "sujarit-feed-reader"
        thread.start()
    }

    /// The reading thread's loop.
    private func read() {
        while true {
            condition.lock()
            let stop = stopped
            condition.unlock()
            if stop { break }
            let result = Result { try source.nextBatch() }
            condition.lock()
            while ready.count >= Self.capacity && !stopped { condition.wait() }
            if !stopped { ready.append(result) }
            condition.broadcast()
            condition.unlock()
            if case .success(.some) = result { continue }
            break
        }
        condition.lock()
        done = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, waiting for the reading thread; nil at the end. Throws the reader's error.
    func nextBatch() throws -> [StreamAppend]? {
        condition.lock()
        while ready.isEmpty {
            if done { condition.unlock(); return nil }
            condition.wait()
        }
        let result = ready.removeFirst()
        condition.broadcast()
        condition.unlock()
        return try result.get()
    }

    /// Stops the reading thread (if it is still going), waits for it, and returns the source as it left it.
    func finish() -> FeedBatches {
        condition.lock()
        stopped = true
        condition.broadcast()
        while !done { condition.wait() }
        let source = source
        condition.unlock()
        return source
    }

    /// The store's side: pulls the batches the reading thread has made.
    struct Batches: EventBatchSource {
        let readAhead: ReadAhead

        mutating func nextBatch() throws -> [StreamAppend]? {
            try readAhead.nextBatch()
        }
    }
}
