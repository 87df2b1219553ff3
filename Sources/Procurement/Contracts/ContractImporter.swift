import Agency
import EventStore
import Foundation
import Sujarit

/// Imports contract data into the store: the data.go.th CSV (`.csv`, also as the datastore dumps it), a
/// `.json` file (a GovSpending `egp-contract` page or record, or a data.go.th datastore API page, told
/// apart by content) or the CoST bidder list, each file in one transaction, all of it or none. Which
/// published variant each file was is recorded on its ``ContractsImported`` (``ContractFileProvenance``).
///
/// Each row (CSV) or contract (JSON) becomes a ``ContractRecorded`` event in its project's stream, keyed so
/// that the same row twice adds nothing while a corrected row is recorded as a new fact; the file ends with
/// one ``ContractsImported``. CSV rows are read batch by batch on a thread of their own, a batch or two
/// ahead of the store (``ReadAhead``), so a 600 MB file is imported in flat memory on two cores. A row
/// that cannot be read (shifted columns, a wrong date, a bad amount) abandons the whole file, naming its line
/// and column.
public struct ContractImporter: Sendable {
    /// The store written to.
    public let store: any EventStore
    /// How many rows go to the store in one batch.
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
                rows: rows, actor: context.actor, now: context.now, batchSize: batchSize, size: digest.bytes,
                record: record, progress: progress),
            name: "sujarit-contract-reader")
        var pulled = PulledAppends(readAhead: readAhead)
        let (receipt, batches) = try await readAhead.append(pulling: &pulled, into: store)
        let imported = record(batches.rows)
        let recordWritten = seenBefore ? 0 : 1
        return ContractImportReport(
            file: path, sha256: digest.hex, source: imported.source, record: imported,
            new: receipt.appended - recordWritten, duplicates: receipt.duplicates - (1 - recordWritten),
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

    /// The next fact's proposed event and its stream, or nil at the end.
    mutating func next(actor: String, now: Date) throws -> (event: ProposedEvent, stream: StreamID)? {
        switch self {
        case let .csv(reading):
            let event = try reading.file.next()
            return try event.map { (try Self.proposed($0, actor: actor, now: now), $0.stream) }
        case let .json(file, next):
            guard next < file.events.count else { return nil }
            self = .json(file, next: next + 1)
            return (try Self.proposed(file.events[next], actor: actor, now: now), file.events[next].stream)
        case let .datastore(file, next):
            guard next < file.events.count else { return nil }
            self = .datastore(file, next: next + 1)
            return (try Self.proposed(file.events[next], actor: actor, now: now), file.events[next].stream)
        case let .bidders(reading):
            let event = try reading.file.next()
            return try event.map {
                (try ProposedEvent($0, occurredAt: now, actor: actor, dedupeKey: try $0.dedupeKey()), $0.stream)
            }
        }
    }

    /// A contract row's event, dated when the contract was signed, else when the project was announced.
    ///
    /// The payload is written once, directly (``ContractRecorded/canonicalPayload()``, the bytes `JSONEncoder`
    /// gives): its bytes give the dedupe key too, and the typed event rides along to
    /// the projection (``DecodedPayload``), which then need not parse back what was just written — the
    /// three together were about half of an import's time. The event rides with its read-model rows worked
    /// out (``PreparedContractRecord``), here on the reading thread rather than on the store's.
    private static func proposed(_ event: ContractRecorded, actor: String, now: Date) throws -> ProposedEvent {
        let day = event.contract?.signed ?? event.project.announced ?? event.project.transactionDate
        let payload = event.canonicalPayload()
        return ProposedEvent(
            type: ContractRecorded.eventType, schemaVersion: ContractRecorded.schemaVersion,
            occurredAt: day?.startOfDay ?? now, actor: actor, payload: payload,
            dedupeKey: event.dedupeKey(payload: payload), decoded: DecodedPayload(PreparedContractRecord(event)))
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

/// Pulls contract rows in batches for the store and ends with the file's ``ContractsImported``.
struct ContractBatches: EventBatchSource {
    var rows: ContractRows
    let actor: String
    let now: Date
    let batchSize: Int
    let size: Int64
    let record: (ContractRows) -> ContractsImported
    let progress: (@Sendable (Int64, Int64?, Int) -> Void)?
    private var finished = false

    init(
        rows: ContractRows, actor: String, now: Date, batchSize: Int, size: Int64,
        record: @escaping (ContractRows) -> ContractsImported, progress: (@Sendable (Int64, Int64?, Int) -> Void)?
    ) {
        self.rows = rows
        self.actor = actor
        self.now = now
        self.batchSize = batchSize
        self.size = size
        self.record = record
        self.progress = progress
    }

    mutating func nextBatch() throws -> [StreamAppend]? {
        guard !finished else { return nil }
        var appends: [StreamAppend] = []
        var count = 0
        var ended = false
        while count < batchSize {
            guard case (var event, let stream)? = try rows.next(actor: actor, now: now) else {
                ended = true
                break
            }
            // Here, on the reading thread, rather than by the store while it holds the write lock.
            event.checkPayloadText()
            if let last = appends.indices.last, appends[last].stream == stream {
                appends[last].events.append(event)
            } else {
                appends.append(StreamAppend(stream: stream, expectedVersion: .any, events: [event]))
            }
            count += 1
        }
        if ended {
            let imported = record(rows)
            appends.append(
                StreamAppend(
                    stream: ProcurementStreams.contractImports, expectedVersion: .any,
                    events: [try ProposedEvent(imported, occurredAt: now, actor: actor, dedupeKey: imported.dedupeKey)])
            )
            finished = true
        }
        progress?(rows.bytesRead ?? size, size, rows.rowsRead)
        return appends
    }
}

extension ContractBatches {
    /// `batches` read on a thread of their own (``ReadAhead``), at most `capacity` finished batches waiting:
    /// one keeps both threads busy (the reader makes the next while one waits and the store writes a third).
    static func readAhead(
        _ batches: ContractBatches, capacity: Int = 1, name: String
    ) -> ReadAhead<ContractBatches, [StreamAppend]> {
        ReadAhead(batches, capacity: capacity, name: name) { batches, _ in try batches.nextBatch() }
    }
}
