import Agency
import EventStore
import Foundation
import Sujarit

/// Imports contract data into the store: the data.go.th CSV (`.csv`), the GovSpending `egp-contract`
/// JSON (`.json`) or the CoST bidder list, each file in one transaction, all of it or none.
///
/// Each row (CSV) or contract (JSON) becomes a ``ContractRecorded`` event in its project's stream, keyed so
/// that the same row twice adds nothing while a corrected row is recorded as a new fact; the file ends with
/// one ``ContractsImported``. CSV rows are pulled from the file batch by batch as the store asks for them,
/// so a 600 MB file is imported in flat memory. A row that cannot be read (shifted columns, a wrong date,
/// a bad amount) abandons the whole file, naming its line and column.
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
    ///     projects already known from a feed keep their department.
    ///   - context: Who is importing, recorded on every event, and when (the `occurredAt` of the file record
    ///     and of a row that gives no day of its own).
    ///   - progress: Called after each batch with the bytes read and the file's size.
    /// - Throws: ``ContractFileError`` naming file, line and column; ``ProcurementImportError`` for a file
    ///   of another kind; the store's errors. Nothing of the file is recorded then.
    public func importFile(
        at path: String, as format: ContractSource? = nil, department: EGPDepartmentID? = nil,
        context: CommandContext, progress: (@Sendable (Int64, Int64?) -> Void)? = nil
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
        let rows: ContractRows
        switch source {
        case .dataGoThCSV:
            rows = .csv(try ContractCSVFile(path: path, departmentID: department?.rawValue, limits: limits))
        case .govSpendingJSON:
            rows = .json(try GovSpendingFile(path: path, departmentID: department?.rawValue, limits: limits), next: 0)
        case .costBiddersCSV: rows = .bidders(try BidderCSVFile(path: path))
        }
        let record = { (rows: ContractRows) in
            ContractsImported(
                file: path, sha256: digest.hex, bytes: digest.bytes, source: source, departmentID: department?.rawValue,
                rowsRead: rows.rowsRead, records: rows.records, scientificTaxIDs: rows.counts.scientific,
                invalidTaxIDs: rows.counts.invalid, withoutContract: rows.counts.withoutContract,
                headerRepair: rows.headerRepair)
        }
        let key = "egp-contracts|\(digest.hex)|\(department?.rawValue ?? "-")"
        let seenBefore = try await FeedImporter.importedBefore(
            dedupeKey: key, in: ProcurementStreams.contractImports, store: store)
        var batches = ContractBatches(
            rows: rows, actor: context.actor, now: context.now, batchSize: batchSize, size: digest.bytes,
            record: record, progress: progress)
        let receipt = try await store.append(streaming: &batches)
        let imported = record(batches.rows)
        let recordWritten = seenBefore ? 0 : 1
        return ContractImportReport(
            file: path, sha256: digest.hex, source: source, record: imported,
            new: receipt.appended - recordWritten, duplicates: receipt.duplicates - (1 - recordWritten),
            alreadyImported: seenBefore)
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
    case csv(ContractCSVFile)
    case json(GovSpendingFile, next: Int)
    case bidders(BidderCSVFile)

    /// The next fact's proposed event and its stream, or nil at the end.
    mutating func next(actor: String, now: Date) throws -> (event: ProposedEvent, stream: StreamID)? {
        switch self {
        case var .csv(file):
            let event = try file.next()
            self = .csv(file)
            return try event.map { (try Self.proposed($0, actor: actor, now: now), $0.stream) }
        case let .json(file, next):
            guard next < file.events.count else { return nil }
            self = .json(file, next: next + 1)
            return (try Self.proposed(file.events[next], actor: actor, now: now), file.events[next].stream)
        case var .bidders(file):
            let event = try file.next()
            self = .bidders(file)
            return try event.map {
                (try ProposedEvent($0, occurredAt: now, actor: actor, dedupeKey: try $0.dedupeKey()), $0.stream)
            }
        }
    }

    /// A contract row's event, dated when the contract was signed, else when the project was announced.
    private static func proposed(_ event: ContractRecorded, actor: String, now: Date) throws -> ProposedEvent {
        let day = event.contract?.signed ?? event.project.announced ?? event.project.transactionDate
        return try ProposedEvent(
            event, occurredAt: day?.startOfDay ?? now, actor: actor, dedupeKey: try event.dedupeKey())
    }

    /// Rows (CSV) or projects (JSON) read.
    var rowsRead: Int {
        switch self {
        case let .csv(file): file.rowsRead
        case let .json(file, _): file.projectsRead
        case let .bidders(file): file.rowsRead
        }
    }

    /// Events produced so far.
    var records: Int {
        switch self {
        case let .csv(file): file.rowsRead
        case let .json(_, next): next
        case let .bidders(file): file.records
        }
    }

    /// Tax ids lost to scientific notation, invalid tax ids, and rows without a contract.
    var counts: (scientific: Int, invalid: Int, withoutContract: Int) {
        switch self {
        case let .csv(file): (file.scientificTaxIDs, file.invalidTaxIDs, file.withoutContract)
        case let .json(file, _): (file.scientificTaxIDs, file.invalidTaxIDs, file.withoutContract)
        case .bidders: (0, 0, 0)
        }
    }

    /// How the CSV header was repaired, if it was.
    var headerRepair: String? {
        if case let .csv(file) = self { return file.headerRepair }
        return nil
    }

    /// Bytes read so far (nil for JSON, read whole).
    var bytesRead: Int64? {
        switch self {
        case let .csv(file): file.bytesRead
        case let .bidders(file): file.bytesRead
        case .json: nil
        }
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
    let progress: (@Sendable (Int64, Int64?) -> Void)?
    private var finished = false

    init(
        rows: ContractRows, actor: String, now: Date, batchSize: Int, size: Int64,
        record: @escaping (ContractRows) -> ContractsImported, progress: (@Sendable (Int64, Int64?) -> Void)?
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
            guard let (event, stream) = try rows.next(actor: actor, now: now) else {
                ended = true
                break
            }
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
        progress?(rows.bytesRead ?? size, size)
        return appends
    }
}
