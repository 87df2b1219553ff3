import EventStore

/// The store's side of a feed import's ``ReadAhead``: pulls the batches the reading thread has made, has the
/// store look up which of their announcements the ledger holds (``ProcurementLedger``), and leaves those out.
struct PulledFeedBatches: EventBatchSource {
    let readAhead: ReadAhead<FeedBatches, PendingBatch>
    let department: String
    let actor: String
    /// Announcements put into events so far.
    private(set) var new = 0
    /// Announcements left out as already in the store or earlier in the file.
    private(set) var duplicates = 0
    /// The batch whose lookups the store is running.
    private var pending: PendingBatch?

    init(readAhead: ReadAhead<FeedBatches, PendingBatch>, department: String, actor: String) {
        self.readAhead = readAhead
        self.department = department
        self.actor = actor
    }

    /// Takes the next batch from the reading thread and asks for its announcements' ledger rows.
    mutating func lookups() throws -> [SQLStatement] {
        pending = try readAhead.nextBatch()
        return pending.map { ProcurementLedger.lookups($0.keys) } ?? []
    }

    /// The batch taken by ``lookups()``, without the announcements the ledger holds; nil at the end.
    mutating func nextBatch(found: [[SQLRow]]) throws -> [StreamAppend]? {
        guard let batch = pending else { return nil }
        pending = nil
        // The lookups return every key of the batch's projects, most of them other announcements.
        let recorded = ProcurementLedger.recorded(in: found)
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
            // The hint is "the ledger held all of the last batch": the reader then leaves the event to be made
            // here, for what is new, if anything is.
            readAhead.setHint(false)
        } else {
            let entries = zip(batch.entries, batch.keys).filter { !recorded.contains($0.1) }.map(\.0)
            new += entries.count
            duplicates += batch.entries.count - entries.count
            if !entries.isEmpty {
                appends.append(FeedBatches.event(entries, department: department, actor: actor))
            }
            readAhead.setHint(entries.isEmpty)
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
