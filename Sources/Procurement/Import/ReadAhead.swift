import EventStore
import Foundation

/// Runs a feed's batch source on a thread of its own, at most two batches ahead of the store, so that
/// reading and parsing the next part of a file overlaps with the store writing the last one (an import
/// has two kinds of work of similar size, and the machine more than one core).
///
/// What makes this safe: the source (its libxml2 session, its digest) is touched only by the reading
/// thread until ``finish()`` has joined it; what crosses between the threads are finished batches and
/// errors, through one lock. The reading thread never waits for Swift concurrency, so the store's thread
/// waiting for it cannot starve it. Nothing changes for the transaction: the store still pulls every batch
/// inside its one write transaction (``Batches``), and a reader error still reaches the store from
/// `lookups()`, which abandons the whole append.
final class ReadAhead: @unchecked Sendable {
    private let condition = NSCondition()
    /// Batches read and not yet taken, or the error that ended reading; `.success(nil)` is the end.
    private var ready: [Result<PendingBatch?, any Error>] = []
    /// Set when the store gives up: the reading thread stops at its next batch.
    private var stopped = false
    /// The source, handed back when the reading thread is done with it.
    private var source: FeedBatches
    private var done = false
    /// Set by the store's side when the ledger held every announcement of the last batch (a file imported
    /// before): the reading thread then leaves the event to be made for what is new, if anything is.
    private var lastBatchWasKnown = false
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
            let encode = !lastBatchWasKnown
            condition.unlock()
            if stop { break }
            let result = Result { try source.nextBatch(encodingEvent: encode) }
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
    func nextBatch() throws -> PendingBatch? {
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

    /// Tells the reading thread whether the ledger held all of the last batch.
    func setLastBatchWasKnown(_ known: Bool) {
        condition.lock()
        lastBatchWasKnown = known
        condition.unlock()
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

    /// The store's side: pulls the batches the reading thread has made, has the store look up which of
    /// their announcements the ledger holds (``AnnouncementLedger``), and leaves those out.
    struct Batches: EventBatchSource {
        let readAhead: ReadAhead
        let department: String
        let actor: String
        /// Announcements put into events so far.
        private(set) var new = 0
        /// Announcements left out as already in the store or earlier in the file.
        private(set) var duplicates = 0
        /// The batch whose lookups the store is running.
        private var pending: PendingBatch?

        init(readAhead: ReadAhead, department: String, actor: String) {
            self.readAhead = readAhead
            self.department = department
            self.actor = actor
        }

        /// Takes the next batch from the reading thread and asks for its announcements' ledger rows.
        mutating func lookups() throws -> [SQLStatement] {
            pending = try readAhead.nextBatch()
            return pending.map { AnnouncementLedger.lookups($0.keys) } ?? []
        }

        /// The batch taken by ``lookups()``, without the announcements the ledger holds; nil at the end.
        mutating func nextBatch(found: [[SQLRow]]) throws -> [StreamAppend]? {
            guard let batch = pending else { return nil }
            pending = nil
            // The lookups return every key of the batch's projects, most of them other announcements.
            let recorded = AnnouncementLedger.recorded(in: found)
            var appends: [StreamAppend] = []
            duplicates += batch.repeats
            if recorded.isEmpty || !batch.keys.contains(where: recorded.contains) {
                // The usual case: nothing known, the event made on the reading thread goes as it is.
                new += batch.entries.count
                if let event = batch.event {
                    appends.append(event)
                } else if !batch.entries.isEmpty {
                    appends.append(FeedBatches.event(batch.entries, department: department, actor: actor))
                }
                readAhead.setLastBatchWasKnown(false)
            } else {
                let entries = zip(batch.entries, batch.keys).filter { !recorded.contains($0.1) }.map(\.0)
                new += entries.count
                duplicates += batch.entries.count - entries.count
                if !entries.isEmpty {
                    appends.append(FeedBatches.event(entries, department: department, actor: actor))
                }
                readAhead.setLastBatchWasKnown(entries.isEmpty)
            }
            appends += batch.record.map { [$0] } ?? []
            return appends
        }

        /// Not used: every store pulls through ``lookups()`` and ``nextBatch(found:)``, and a batch cannot be
        /// told new without the ledger's answer.
        mutating func nextBatch() throws -> [StreamAppend]? {
            preconditionFailure("a feed import's batches are pulled through lookups() and nextBatch(found:)")
        }
    }
}
