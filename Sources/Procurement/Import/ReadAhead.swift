import EventStore
import Foundation

/// Runs an import's batch source on a thread of its own, at most ``capacity`` batches ahead of the store, so
/// that reading and parsing the next part of a file overlaps with the store writing the last one (an import
/// has two kinds of work of similar size, and the machine more than one core). Both imports use it: the e-GP
/// feed (``FeedImporter``) and contract files (``ContractImporter``), pulled through ``PulledLedgerBatches``.
///
/// What makes this safe: the source (a libxml2 session, a CSV reader, a digest) is touched only by the reading
/// thread until ``finish()`` has joined it; what crosses between the threads are finished batches, errors and
/// the store's ``hint``, through one lock. The reading thread never waits for Swift concurrency, so the store's
/// thread waiting for it cannot starve it. Nothing changes for the transaction: the store still pulls every
/// batch inside its one write transaction, and a reader error reaches the store from ``nextBatch()``, which
/// abandons the whole append. Memory holds at most ``capacity`` waiting batches besides the one being made, the
/// one being written and the one written before it (freed by the reading thread, see ``spent``), whatever the
/// file's size.
final class ReadAhead<Source, Batch>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Batches made and not yet taken, or the error that ended reading; `.success(nil)` is the end.
    private var ready: [Result<Batch?, any Error>] = []
    /// Set when the store's side is done (or gave up): the reading thread stops before its next batch.
    private var stopped = false
    /// The source, handed back when the reading thread is done with it.
    private var source: Source
    private var done = false
    /// What the store's side last said about the batches it took (``setHint(_:)``), read before each batch.
    private var hint = false
    /// The batch the store took last, kept until it asks for the next one: by then it has written and projected
    /// it and let go of its own references, so that this one is the last (see ``spent``).
    private var lastTaken: Batch?
    /// Batches the store is done with, for the reading thread to let go of. Why: the last reference to a batch's
    /// events (payloads, strings, the rows worked out for the read model) frees them, and on the store's thread,
    /// the import's critical path, that freeing was about 8 % of its time (issue 17, Benchmarks/RESULTS.md);
    /// here it runs on the thread that allocated them, which has time to spare.
    private var spent: [Batch] = []
    /// Makes the next batch from the source, given the store's last ``hint``; nil at the end.
    private let next: (inout Source, _ hint: Bool) throws -> Batch?
    /// How many finished batches may wait for the store: each more keeps the reader going through a slow
    /// moment of the store, and holds another batch in memory.
    let capacity: Int

    /// Starts reading `source` on a new thread named `name`, a batch at a time with `next`.
    init(
        _ source: Source, capacity: Int, name: String,
        next: @escaping (inout Source, _ hint: Bool) throws -> Batch?
    ) {
        precondition(capacity > 0, "capacity must be positive")
        self.source = source
        self.capacity = capacity
        self.next = next
        let thread = Thread { [self] in read() }
        // Parsers (libxml2, the CSV reader) run here; give the thread a main thread's stack.
        thread.stackSize = 8 << 20
        thread.name = name
        thread.start()
    }

    /// The reading thread's loop: one batch after another until the end, an error, or ``finish()``.
    private func read() {
        while true {
            condition.lock()
            let stop = stopped
            let hint = hint
            var spent: [Batch] = []
            swap(&spent, &self.spent)
            condition.unlock()
            spent.removeAll() // outside the lock: freeing a batch takes a while
            if stop { break }
            let result = Result { try next(&source, hint) }
            condition.lock()
            while ready.count >= capacity && !stopped { condition.wait() }
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
    func nextBatch() throws -> Batch? {
        condition.lock()
        while ready.isEmpty {
            if done {
                condition.unlock()
                return nil
            }
            condition.wait()
        }
        let result = ready.removeFirst()
        if let last = lastTaken.take() { spent.append(last) }
        if case .success(let batch) = result { lastTaken = batch }
        condition.broadcast()
        condition.unlock()
        return try result.get()
    }

    /// Tells the reading thread something about the batch just taken, for the batches it makes next (the
    /// feed import: that the ledger held all of it, so the reader need not make its event).
    func setHint(_ value: Bool) {
        condition.lock()
        hint = value
        condition.unlock()
    }

    /// Has `store` append in one transaction what `pulled` takes from this reader, then joins the reading thread
    /// (also when the append throws: no reader outlives its import) and returns the receipt with the source as
    /// the reader left it (its digest, its counts, the file's record).
    func append<Pulled: EventBatchSource>(
        pulling pulled: inout Pulled, into store: any EventStore
    ) async throws -> (receipt: AppendReceipt, source: Source) {
        let receipt: AppendReceipt
        do {
            receipt = try await store.append(streaming: &pulled)
        } catch {
            _ = finish()
            throw error
        }
        return (receipt, finish())
    }

    /// Stops the reading thread (if it is still going), waits for it, and returns the source as it left it.
    /// Call it once the store's append has returned or thrown, before reading anything from the source.
    func finish() -> Source {
        condition.lock()
        stopped = true
        condition.broadcast()
        while !done { condition.wait() }
        let source = source
        lastTaken = nil
        spent = []
        condition.unlock()
        return source
    }
}
