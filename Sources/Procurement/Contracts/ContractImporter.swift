import Agency
import EventStore
import Foundation
import Sujarit

/// Imports contract data into the store: the data.go.th CSV (`.csv`, also as the datastore dumps it), a
/// `.json` file (a GovSpending `egp-contract` page or record, or a data.go.th datastore API page, told
/// apart by content) or the CoST bidder list, each file in one transaction, all of it or none. Which
/// published variant each file was is recorded on its ``ContractsImported`` (``ContractFileProvenance``).
///
/// Each row (CSV) or contract (JSON) becomes a record of a ``ContractsRecorded``, one event per 256 KiB of rows,
/// unless the ledger (``ProcurementLedger``) says the store holds that very row already: the same row twice
/// adds nothing while a corrected row is recorded as a new fact. A bidder list records one
/// ``BiddersRecorded`` per project, keyed as before. The file ends with one ``ContractsImported``. Rows are
/// read batch by batch on a thread of their own, a batch ahead of the store (``ReadAhead``), so a 600 MB file
/// is imported in flat memory on two cores. A row that cannot be read (shifted columns, a wrong date, a bad
/// amount) abandons the whole file, naming its line and column.
public struct ContractImporter: Sendable {
    /// The store written to.
    public let store: any EventStore
    /// How many rows the reading thread hands the store at a time; the store writes a batch's new rows as one
    /// ``ContractsRecorded`` per ``ContractsRecorded/targetBytes`` of them.
    public var batchSize: Int
    /// The amount ceilings and file-size cap applied (`Registers/limits.yaml`).
    public var limits: InputLimits

    /// An importer writing to `store`.
    public init(store: any EventStore, batchSize: Int = 2_000, limits: InputLimits = .defaults) {
        precondition(batchSize > 0, "batchSize must be positive")
        self.store = store
        self.batchSize = batchSize
        self.limits = limits
    }

    /// The format a file is read in, from its extension.
    public static func source(forFile path: String) throws(ProcurementImportError) -> ContractSource {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "csv": .dataGoThCSV
        case "json": .govSpendingJSON
        default: throw .unsupportedContractFile(path)
        }
    }

    /// Imports one contract-data file.
    ///
    /// - Parameters:
    ///   - path: The `.csv` or `.json` file.
    ///   - department: The department the file is for, when it holds one department's projects; recorded
    ///     on each row (the sources name departments but give no e-GP id). Leave it nil for a national file:
    ///     with a `directory`, each row is filed under its own buyer (its e-GP id from the directory, else
    ///     its name); without one, rows name no department. Projects already known from a feed keep theirs.
    ///   - directory: Buyers' e-GP ids by name, for a file imported without `department` (an empty one files
    ///     every buyer by name, as the CLI does; nil files none, as before national files were understood).
    ///   - context: Who is importing, recorded on every event, and when (the `occurredAt` of the file record
    ///     and of a row that gives no day of its own).
    ///   - progress: Called after each batch with the bytes read, the file's size and the rows read.
    /// - Throws: ``ContractFileError`` naming file, line and column; ``ProcurementImportError`` for a file
    ///   of another kind; the store's errors. Nothing of the file is recorded then.
    public func importFile(
        at path: String, as format: ContractSource? = nil, department: EGPDepartmentID? = nil,
        directory: DepartmentDirectory? = nil, context: CommandContext,
        progress: (@Sendable (Int64, Int64?, Int) -> Void)? = nil
    ) async throws -> ContractImportReport {
        let source = try format ?? Self.source(forFile: path)
        // Checked before anything opens the file: opening a FIFO would block until a writer comes.
        guard let (kind, _) = InputFile.inspect(path) else { throw ProcurementImportError.noSuchPath(path) }
        guard kind == .regular else {
            throw ContractFileError(file: path, problem: .notARegularFile(kind: kind.rawValue))
        }
        let digest: (hex: String, bytes: Int64)
        do {
            digest = try FileDigest.sha256(ofFileAt: path)
        } catch {
            throw ContractFileError(file: path, problem: .cannotRead(reason: error.localizedDescription))
        }
        let rows = try Self.rows(
            of: path, as: source, departmentID: department?.rawValue, directory: directory, limits: limits)
        let origin = directory.flatMap { $0.origins.isEmpty ? nil : $0.origins.joined(separator: ", ") }
        let record = { (rows: ContractRows) in
            let counts = rows.counts
            return ContractsImported(
                file: path, sha256: digest.hex, bytes: digest.bytes, source: rows.source,
                departmentID: department?.rawValue, rowsRead: rows.rowsRead, records: rows.records,
                scientificTaxIDs: counts.scientificTaxIDs, invalidTaxIDs: counts.invalidTaxIDs,
                withoutContract: counts.withoutContract, headerRepair: rows.headerRepair,
                provenance: ContractFileProvenance(
                    variant: rows.variant.key, columnsRead: rows.columns.read, columnsIgnored: rows.columns.ignored,
                    methodColumnsSwapped: counts.methodColumnsSwapped, maskedTaxIDs: counts.maskedTaxIDs,
                    buyers: counts.buyers.count, buyersWithEGPID: counts.buyersWithEGPID.count,
                    departmentDirectory: counts.buyersWithEGPID.isEmpty ? nil : origin))
        }
        let key = "egp-contracts|\(digest.hex)|\(department?.rawValue ?? "-")"
        let seenBefore = try await FeedImporter.importedBefore(
            dedupeKey: key, in: ProcurementStreams.contractImports, store: store)
        // The file is read and its rows made into events on a thread of its own while the store appends.
        let readAhead = ContractBatches.readAhead(
            ContractBatches(
                rows: rows, stream: ProcurementStreams.contracts(department: department?.rawValue),
                actor: context.actor, now: context.now, batchSize: batchSize, size: digest.bytes, record: record,
                progress: progress),
            name: "sujarit-contract-reader")
        var pulled = PulledLedgerBatches(readAhead: readAhead)
        let (receipt, batches) = try await readAhead.append(pulling: &pulled, into: store)
        let imported = record(batches.rows)
        // Contract rows are counted by the ledger's answers; a bidder list's events by the append's dedupe keys,
        // less the file's record and the rows' events.
        let recordWritten = seenBefore ? 0 : 1
        let keyed = (appended: receipt.appended - recordWritten - pulled.events, known: receipt.duplicates)
        return ContractImportReport(
            file: path, sha256: digest.hex, source: imported.source, record: imported,
            new: pulled.new + keyed.appended, duplicates: pulled.duplicates + keyed.known - (1 - recordWritten),
            alreadyImported: seenBefore)
    }
}

extension ContractImporter {
    /// The reader of the file, for its format; a `.json` file's kind is told by its content.
    static func rows(
        of path: String, as source: ContractSource, departmentID: String?, directory: DepartmentDirectory?,
        limits: InputLimits
    ) throws(ContractFileError) -> ContractRows {
        switch source {
        case .dataGoThCSV:
            return .csv(
                InPlace(
                    try ContractCSVFile(path: path, departmentID: departmentID, directory: directory, limits: limits)))
        case .govSpendingJSON:
            let data = try ContractJSON.read(path, limits: limits)
            let shape = ContractJSONShape.sniff(data)
            if shape.kind == .datastore {
                return .datastore(
                    try DatastoreJSONFile(
                        data: data, file: path, departmentID: departmentID, directory: directory, limits: limits),
                    next: 0)
            }
            return .json(
                try GovSpendingFile(
                    data: data, shape: shape, file: path, departmentID: departmentID, directory: directory,
                    limits: limits),
                next: 0)
        case .costBiddersCSV: return .bidders(InPlace(try BidderCSVFile(path: path)))
        }
    }
}

/// What importing one contract-data file did.
public struct ContractImportReport: Sendable, Hashable, Codable {
    /// The file as named.
    public var file: String
    /// SHA-256 of its bytes.
    public var sha256: String
    /// The format read.
    public var source: ContractSource
    /// The file's record, with its counts.
    public var record: ContractsImported
    /// Contract records new to the store.
    public var new: Int
    /// Contract records already in the store.
    public var duplicates: Int
    /// True when this very file had been imported before.
    public var alreadyImported: Bool
}

/// The rows of a contract file, in any of the formats.
enum ContractRows {
    case csv(InPlace<ContractCSVFile>)
    case json(GovSpendingFile, next: Int)
    case datastore(DatastoreJSONFile, next: Int)
    case bidders(InPlace<BidderCSVFile>)

    /// What one row of a file says: a contract record, or a project's bidders (a CoST bidder list).
    enum Fact {
        case contract(ContractRecorded)
        case bidders(BiddersRecorded)
    }

    /// The next fact, or nil at the end.
    mutating func next() throws -> Fact? {
        switch self {
        case let .csv(reading):
            return try reading.file.next().map(Fact.contract)
        case let .json(file, next):
            guard next < file.events.count else { return nil }
            self = .json(file, next: next + 1)
            return .contract(file.events[next])
        case let .datastore(file, next):
            guard next < file.events.count else { return nil }
            self = .datastore(file, next: next + 1)
            return .contract(file.events[next])
        case let .bidders(reading):
            return try reading.file.next().map(Fact.bidders)
        }
    }

    /// The source recorded: a datastore page holds data.go.th's table, like its CSV.
    var source: ContractSource {
        switch self {
        case .csv, .datastore: .dataGoThCSV
        case .json: .govSpendingJSON
        case .bidders: .costBiddersCSV
        }
    }

    /// Which published variant the file is.
    var variant: ContractFileVariant {
        switch self {
        case let .csv(reading): reading.file.variant
        case let .json(file, _): file.variant
        case let .datastore(file, _): file.variant
        case .bidders: ContractFileVariant(container: .costBidders)
        }
    }

    /// The columns or keys read by name, and those present and ignored.
    var columns: (read: [String], ignored: [String]) {
        switch self {
        case let .csv(reading): (reading.file.columnsRead, reading.file.columnsIgnored)
        case let .json(file, _): (file.columnsRead, file.columnsIgnored)
        case let .datastore(file, _): (file.columnsRead, file.columnsIgnored)
        case let .bidders(reading): (reading.file.columnsRead, [])
        }
    }

    /// Rows (CSV), projects (GovSpending) or records (datastore) read.
    var rowsRead: Int {
        switch self {
        case let .csv(reading): reading.file.rowsRead
        case let .json(file, _): file.projectsRead
        case let .datastore(file, _): file.rowsRead
        case let .bidders(reading): reading.file.rowsRead
        }
    }

    /// Events produced so far.
    var records: Int {
        switch self {
        case let .csv(reading): reading.file.rowsRead
        case let .json(_, next), let .datastore(_, next): next
        case let .bidders(reading): reading.file.records
        }
    }

    /// The counts for the file's record (none for a bidder list).
    var counts: ContractCounts {
        switch self {
        case let .csv(reading): reading.file.counts
        case let .json(file, _): file.counts
        case let .datastore(file, _): file.counts
        case .bidders: ContractCounts()
        }
    }

    /// How the CSV header was repaired, if it was.
    var headerRepair: String? {
        if case let .csv(reading) = self { return reading.file.headerRepair }
        return nil
    }

    /// Bytes read so far (nil for JSON, read whole).
    var bytesRead: Int64? {
        switch self {
        case let .csv(reading): reading.file.bytesRead
        case let .bidders(reading): reading.file.bytesRead
        case .json, .datastore: nil
        }
    }
}

/// A file being read, held by reference so that reading its next row changes it in place.
///
/// Why: taken out of ``ContractRows`` by value and put back, the file was copied at every row, and with it
/// (copy on write) the tables its reader changes as it goes; that copying was a third of an import's time.
/// Only the one ``ContractRows`` of an import holds it.
final class InPlace<File> {
    /// The file, read row by row.
    var file: File

    init(_ file: File) {
        self.file = file
    }
}

/// One batch of a contract file as the reading thread made it, before the store has said which of its rows it
/// holds: its contract records (each once), their payloads, read-model rows and ledger keys, the events carrying
/// all of them (made here, off the store's thread: usually every row is new), a bidder list's events, and the
/// file's record after the last batch.
struct PendingContracts: LedgerBatch {
    /// Where the file's ``ContractsRecorded`` go.
    let stream: StreamID
    /// Who imports the file, and when.
    let actor: String
    let now: Date
    /// The batch's contract records, without those repeated inside the batch.
    var records: [ContractRecorded] = []
    /// Each record's canonical payload, in the same order.
    var payloads: [Data] = []
    /// Each record's rows in the read model, their sequence not yet known.
    var rows: [ProcurementProjection.ContractRows] = []
    /// Each record's key in ``ProcurementLedger``.
    var keys: [ProcurementLedger.Key] = []
    /// Records left out as repeated inside the batch.
    var repeats = 0
    /// The ``ContractsRecorded`` events with every record, nil when there are none.
    var event: StreamAppend?
    /// A bidder list's ``BiddersRecorded`` events, keyed (the append leaves out those it holds).
    var keyed: [StreamAppend] = []
    /// The file's ``ContractsImported`` record, in the last batch only.
    var record: StreamAppend?

    /// The events recording the records at `indices` in `stream`: one ``ContractsRecorded`` per run of
    /// records whose payloads reach ``ContractsRecorded/targetBytes``; nil for none.
    func event(of indices: [Int]) -> StreamAppend? {
        guard !indices.isEmpty else { return nil }
        var events: [ProposedEvent] = []
        var start = 0
        while start < indices.count {
            var end = start
            var bytes = 0
            while end < indices.count && bytes < ContractsRecorded.targetBytes {
                bytes += payloads[indices[end]].count
                end += 1
            }
            let part = indices[start..<end]
            let prepared = PreparedContractRecords(
                records: part.map { records[$0] }, rows: part.map { rows[$0] }, keys: part.map { keys[$0] })
            var event = ProposedEvent(
                type: ContractsRecorded.eventType, schemaVersion: ContractsRecorded.schemaVersion, occurredAt: now,
                actor: actor, payload: ContractsRecorded.payload(recordPayloads: part.lazy.map { payloads[$0] }),
                dedupeKey: nil, decoded: DecodedPayload(prepared))
            event.checkPayloadText()
            events.append(event)
            start = end
        }
        return StreamAppend(stream: stream, expectedVersion: .any, events: events)
    }
}

/// Reads a contract file's rows in batches (on the reading thread of ``ReadAhead``), and ends with the file's
/// ``ContractsImported`` once the reader has reached the end and its counts are known.
struct ContractBatches {
    var rows: ContractRows
    /// Where the file's ``ContractsRecorded`` go.
    let stream: StreamID
    let actor: String
    let now: Date
    let batchSize: Int
    let size: Int64
    let record: (ContractRows) -> ContractsImported
    let progress: (@Sendable (Int64, Int64?, Int) -> Void)?
    private var finished = false

    init(
        rows: ContractRows, stream: StreamID, actor: String, now: Date, batchSize: Int, size: Int64,
        record: @escaping (ContractRows) -> ContractsImported, progress: (@Sendable (Int64, Int64?, Int) -> Void)?
    ) {
        self.rows = rows
        self.stream = stream
        self.actor = actor
        self.now = now
        self.batchSize = batchSize
        self.size = size
        self.record = record
        self.progress = progress
    }

    /// The next batch, nil after the one carrying the file's record.
    mutating func nextBatch() throws -> PendingContracts? {
        guard !finished else { return nil }
        var batch = PendingContracts(stream: stream, actor: actor, now: now)
        var inBatch = Set<ProcurementLedger.Key>(minimumCapacity: min(batchSize, 8_192))
        var count = 0
        var ended = false
        while count < batchSize {
            guard let fact = try rows.next() else {
                ended = true
                break
            }
            count += 1
            switch fact {
            case let .contract(record):
                // The payload is written once, directly (the bytes `JSONEncoder` gives): its digest is the ledger's
                // key, and the record's rows are worked out here, on the reading thread, for the projection.
                let payload = record.canonicalPayload()
                let key = payload.withUnsafeBytes {
                    ProcurementLedger.key(projectID: record.projectID.rawValue, contractPayload: $0)
                }
                guard inBatch.insert(key).inserted else {
                    batch.repeats += 1
                    continue
                }
                batch.records.append(record)
                batch.payloads.append(payload)
                batch.rows.append(ProcurementProjection.ContractRows(record, sequence: 0))
                batch.keys.append(key)
            case let .bidders(recorded):
                var event = try ProposedEvent(recorded, occurredAt: now, actor: actor, dedupeKey: recorded.dedupeKey())
                event.checkPayloadText()
                if let last = batch.keyed.indices.last, batch.keyed[last].stream == recorded.stream {
                    batch.keyed[last].events.append(event)
                } else {
                    batch.keyed.append(StreamAppend(stream: recorded.stream, expectedVersion: .any, events: [event]))
                }
            }
        }
        batch.event = batch.event(of: Array(batch.records.indices))
        if ended {
            let imported = record(rows)
            batch.record = StreamAppend(
                stream: ProcurementStreams.contractImports, expectedVersion: .any,
                events: [try ProposedEvent(imported, occurredAt: now, actor: actor, dedupeKey: imported.dedupeKey)])
            finished = true
        }
        progress?(rows.bytesRead ?? size, size, rows.rowsRead)
        return batch
    }

    /// `batches` read on a thread of their own (``ReadAhead``), at most `capacity` finished batches waiting:
    /// one keeps both threads busy (the reader makes the next while one waits and the store writes a third).
    static func readAhead(
        _ batches: ContractBatches, capacity: Int = 1, name: String
    ) -> ReadAhead<ContractBatches, PendingContracts> {
        ReadAhead(batches, capacity: capacity, name: name) { batches, _ in try batches.nextBatch() }
    }
}
