import EventStore

/// A batch an import's reading thread has made of facts the ledger decides on (announcements, contract rows),
/// before the store has said which of them it holds.
protocol LedgerBatch {
    /// Each fact's key in ``ProcurementLedger``, in the batch's order (repeats inside the batch already left out).
    var keys: [ProcurementLedger.Key] { get }
    /// Facts left out as repeated inside the batch.
    var repeats: Int { get }
    /// The events recording every fact of the batch, made on the reading thread; nil when there are none or the
    /// reader left them to be made once the store has said which are new.
    var event: StreamAppend? { get }
    /// Events of the batch the ledger does not decide on (a bidder list's keyed events), appended before the facts.
    var keyed: [StreamAppend] { get }
    /// The file's record, in the last batch only.
    var record: StreamAppend? { get }
    /// The events recording only the facts at `indices` (positions in ``keys``), nil for none.
    func event(of indices: [Int]) -> StreamAppend?
}

/// The store's side of an import's ``ReadAhead``: pulls the batches the reading thread has made, has the store
/// look up which of their facts the ledger holds (``ProcurementLedger``), inside the append's transaction, and
/// leaves those out. The feed and the contract importers pull through it.
struct PulledLedgerBatches<Source, Batch: LedgerBatch>: EventBatchSource {
    let readAhead: ReadAhead<Source, Batch>
    /// Facts put into events so far.
    private(set) var new = 0
    /// Facts left out as already in the store or earlier in the file.
    private(set) var duplicates = 0
    /// Events recording facts proposed so far.
    private(set) var events = 0
    /// The batch whose lookups the store is running.
    private var pending: Batch?

    init(readAhead: ReadAhead<Source, Batch>) {
        self.readAhead = readAhead
    }

    /// Takes the next batch from the reading thread and asks for its facts' ledger rows.
    mutating func lookups() throws -> [SQLStatement] {
        pending = try readAhead.nextBatch()
        return pending.map { ProcurementLedger.lookups($0.keys) } ?? []
    }

    /// The batch taken by ``lookups()``, without the facts the ledger holds; nil at the end.
    mutating func nextBatch(found: [[SQLRow]]) throws -> [StreamAppend]? {
        guard let batch = pending else { return nil }
        pending = nil
        // The lookups return every key of the batch's projects, most of them other facts.
        let recorded = ProcurementLedger.recorded(in: found)
        var appends = batch.keyed
        duplicates += batch.repeats
        let part: StreamAppend?
        if recorded.isEmpty || !batch.keys.contains(where: recorded.contains) {
            // The usual case: nothing known, the events made on the reading thread go as they are.
            new += batch.keys.count
            part = batch.event ?? batch.event(of: Array(batch.keys.indices))
            // The hint is "the ledger held all of the last batch": a reader may then leave the events to be made
            // here, for what is new, if anything is.
            readAhead.setHint(false)
        } else {
            let fresh = batch.keys.indices.filter { !recorded.contains(batch.keys[$0]) }
            new += fresh.count
            duplicates += batch.keys.count - fresh.count
            part = batch.event(of: fresh)
            readAhead.setHint(fresh.isEmpty)
        }
        if let part {
            appends.append(part)
            events += part.events.count
        }
        appends += batch.record.map { [$0] } ?? []
        return appends
    }

    /// Not used: every store pulls through ``lookups()`` and ``nextBatch(found:)``, and a batch cannot be told new
    /// without the ledger's answer.
    mutating func nextBatch() throws -> [StreamAppend]? {
        preconditionFailure("an import's batches are pulled through lookups() and nextBatch(found:)")
    }
}
