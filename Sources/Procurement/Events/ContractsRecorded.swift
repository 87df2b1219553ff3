import EventStore
import Foundation

/// Contract data read from one part (about ``targetBytes`` of it) of one contract file: the rows the store did
/// not hold yet, each as one ``ContractRecorded`` would record it. The event a contract import writes since
/// this type's schema 1, in place of one ``ContractRecorded`` per row.
///
/// Recorded in `egp-contracts/<departmentID>` (``ProcurementStreams/contracts(department:)``), in the same
/// transaction as the rest of the file and its ``ContractsImported`` record. It carries only rows the store
/// did not hold: the importer leaves out those whose key the ledger holds (``ProcurementLedger``: the project
/// and 64 bits of the SHA-256 of the row's payload, the bytes the per-row dedupe key hashed), asked inside
/// the transaction, so the same row twice adds nothing while a corrected row (any field changed) is a new fact
/// that the read model shows instead of the old one, exactly as before.
///
/// Why coarser events: one event per row cost a log row in the events table and its five indexes, a hash
/// link and a dedupe-key lookup each, 43 % of the store's thread when importing 1,000,000 rows
/// (Benchmarks/RESULTS.md, issue 17), and as much again in every `rebuild` and `verify`. The hash chain still
/// covers every row, through the payload of the event that carries it. Each record is dated by its payload
/// (signed, announced); the event's `occurredAt` is the import's.
///
/// The payload is `{"records":[…]}`, each record exactly the payload of a ``ContractRecorded`` of schema 2
/// (``ContractRecorded/canonicalPayload()``), so one reader serves both events. A change to that payload is a
/// new schema version of this event too.
public struct ContractsRecorded: DomainEvent, Hashable {
    public static let eventType = "ContractsRecorded"
    public static let schemaVersion = 1

    /// An importer starts a new event once its records' payloads reach this many bytes: 256 KiB, 100 to 400
    /// rows. Why not a whole batch: a few thousand rows of Thai text are megabytes, and every reader of the log
    /// (a replay, `events`, `verify`'s chain walk) holds an event whole; a page of a replay holds a few of these
    /// (``EventStore/EventPaging``) and is worked out on every core.
    public static let targetBytes = 256 << 10

    /// The rows recorded, in the file's order.
    public var records: [ContractRecorded]

    /// Creates the event.
    public init(records: [ContractRecorded]) {
        self.records = records
    }

    /// The canonical payload of the event whose records have these canonical payloads, in order: the bytes
    /// ``EventStore/EventCoding/encode(_:)`` gives for the event, laid end to end without re-encoding a row.
    public static func payload(recordPayloads: some Collection<Data>) -> Data {
        var payload = Data(capacity: recordPayloads.reduce(16) { $0 + $1.count + 1 })
        payload.append(contentsOf: #"{"records":["#.utf8)
        for (index, record) in recordPayloads.enumerated() {
            if index > 0 { payload.append(UInt8(ascii: ",")) }
            payload.append(record)
        }
        payload.append(contentsOf: "]}".utf8)
        return payload
    }

    /// The canonical payload, written from each record's ``ContractRecorded/canonicalPayload()``.
    public func canonicalPayload() -> Data {
        Self.payload(recordPayloads: records.map { $0.canonicalPayload() })
    }
}

/// A ``ContractsRecorded`` together with what it writes: each record's rows in the procurement read model and
/// its key in the ledger, worked out by the import's reading thread and carried to the projection of the append
/// that records it (``EventStore/DecodedPayload``), as ``PreparedContractRecord`` carries one row.
///
/// It is the same event: its type and schema version are ``ContractsRecorded``'s, it encodes and decodes as
/// that event. The values are held in a box so that handing one to the projection copies a reference.
struct PreparedContractRecords: DomainEvent, Equatable {
    static var eventType: String { ContractsRecorded.eventType }
    static var schemaVersion: Int { ContractsRecorded.schemaVersion }

    /// The records, their rows and keys, immutable once made.
    private final class Box: Sendable {
        let records: [ContractRecorded]
        let rows: [ProcurementProjection.ContractRows]
        let keys: [ProcurementLedger.Key]

        init(records: [ContractRecorded], rows: [ProcurementProjection.ContractRows], keys: [ProcurementLedger.Key]) {
            self.records = records
            self.rows = rows
            self.keys = keys
        }
    }

    private let box: Box

    /// The records.
    var records: [ContractRecorded] { box.records }
    /// Each record's rows, their sequence not yet known (0).
    var rows: [ProcurementProjection.ContractRows] { box.rows }
    /// Each record's key in the ledger.
    var keys: [ProcurementLedger.Key] { box.keys }

    /// Records already worked out, in the same order in the three arrays.
    init(records: [ContractRecorded], rows: [ProcurementProjection.ContractRows], keys: [ProcurementLedger.Key]) {
        precondition(records.count == rows.count && rows.count == keys.count, "one row and one key per record")
        box = Box(records: records, rows: rows, keys: keys)
    }

    /// Works out the rows and keys of `records`.
    init(_ records: [ContractRecorded]) {
        var rows: [ProcurementProjection.ContractRows] = []
        var keys: [ProcurementLedger.Key] = []
        for record in records {
            rows.append(ProcurementProjection.ContractRows(record, sequence: 0))
            keys.append(
                record.canonicalPayload().withUnsafeBytes {
                    ProcurementLedger.key(projectID: record.projectID.rawValue, contractPayload: $0)
                })
        }
        self.init(records: records, rows: rows, keys: keys)
    }

    init(from decoder: any Decoder) throws {
        self.init(try ContractsRecorded(from: decoder).records)
    }

    func encode(to encoder: any Encoder) throws {
        try ContractsRecorded(records: records).encode(to: encoder)
    }

    /// Decodes as ``ContractsRecorded`` decodes.
    static func decode(payload: Data, schemaVersion: Int) throws -> Self {
        Self(try ContractsRecorded.decode(payload: payload, schemaVersion: schemaVersion).records)
    }

    static func == (left: Self, right: Self) -> Bool {
        left.box === right.box || left.records == right.records
    }
}
