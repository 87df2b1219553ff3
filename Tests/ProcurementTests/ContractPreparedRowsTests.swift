import EventStore
import Foundation
import Sujarit
import Testing

@testable import Procurement

/// An import works out each contract record's read-model rows and ledger key on its reading thread
/// (`PreparedContractRecords`), and the projection uses them for the event just appended: they must be what the
/// stored event gives at its sequence when read back from its bytes, and the carried value must encode and decode
/// as the plain event.
@Suite("Contract records worked out on the reading thread")
struct ContractPreparedRowsTests {
    /// `records` as one event the log holds at `sequence`, carrying `decoded` or nothing.
    static func recorded(_ records: [ContractRecorded], sequence: Int64, decoded: DecodedPayload?) -> RecordedEvent {
        RecordedEvent(
            sequence: sequence, streamID: ProcurementStreams.contracts(department: nil), streamVersion: 1,
            type: ContractsRecorded.eventType, schemaVersion: ContractsRecorded.schemaVersion,
            occurredAt: Date(timeIntervalSince1970: 0), recordedAt: Date(timeIntervalSince1970: 0), actor: "tester",
            payload: ContractsRecorded(records: records).canonicalPayload(), dedupeKey: nil, previousHash: .genesis,
            hash: .genesis, decoded: decoded)
    }

    @Test("every field shape: the carried rows and keys are those the stored event gives, read or decoded")
    func sweep() throws {
        let events = try ContractPayloadTests.sweep()
        #expect(events.count > 100)
        let sequence: Int64 = 42
        let expected = ProcurementProjection.RecordedContracts(
            rows: events.map { ProcurementProjection.ContractRows($0, sequence: sequence) },
            keys: events.map { event in
                event.canonicalPayload().withUnsafeBytes {
                    ProcurementLedger.key(projectID: event.projectID.rawValue, contractPayload: $0)
                }
            })
        let carried = Self.recorded(
            events, sequence: sequence, decoded: DecodedPayload(PreparedContractRecords(events)))
        #expect(try ProcurementProjection.RecordedContracts.of(carried) == expected)
        let stored = Self.recorded(events, sequence: sequence, decoded: nil)
        #expect(try ProcurementProjection.RecordedContracts.of(stored) == expected)
        #expect(try ProcurementProjection.RecordedContracts.read(stored.payload, sequence: sequence) == expected)
    }

    @Test("a record's key is the digest of the bytes a per-row event's dedupe key hashed")
    func sameKeyAsTheRowEvent() throws {
        for event in try ContractPayloadTests.sweep().prefix(30) {
            let payload = try EventCoding.encode(event)
            let rows = ProcurementProjection.ContractRows(event, sequence: 1)
            let key = try #require(
                try ProcurementProjection.RecordedContracts.read(
                    ContractsRecorded(records: [event]).canonicalPayload(), sequence: 1)?.keys.first)
            #expect(rows.ledgerKey(payload: payload) == key)
        }
    }

    @Test("a payload written otherwise than the importer writes it is decoded, to the same rows")
    func otherShapes() throws {
        let events = Array(try ContractPayloadTests.sweep().prefix(5))
        // White space between the records, and a record's keys in JSONEncoder's pretty layout.
        let pretty = JSONEncoder()
        pretty.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let payload = try pretty.encode(ContractsRecorded(records: events))
        #expect(try ProcurementProjection.RecordedContracts.read(payload, sequence: 3) != nil)
        let event = RecordedEvent(
            sequence: 3, streamID: ProcurementStreams.contracts(department: nil), streamVersion: 1,
            type: ContractsRecorded.eventType, schemaVersion: 1, occurredAt: Date(timeIntervalSince1970: 0),
            recordedAt: Date(timeIntervalSince1970: 0), actor: "tester", payload: payload, dedupeKey: nil,
            previousHash: .genesis, hash: .genesis, decoded: nil)
        let rows = try ProcurementProjection.RecordedContracts.of(event).rows
        #expect(rows == events.map { ProcurementProjection.ContractRows($0, sequence: 3) })
        // An unknown member is not read where it lies: the event is decoded instead.
        var extra = ContractsRecorded(records: events).canonicalPayload()
        extra.removeLast()
        extra.append(contentsOf: #","zzz":1}"#.utf8)
        #expect(try ProcurementProjection.RecordedContracts.read(extra, sequence: 3) == nil)
    }

    @Test("the prepared event encodes and decodes as the plain event, under the plain event's type and version")
    func sameEvent() throws {
        let events = Array(try ContractPayloadTests.sweep().prefix(50))
        let prepared = PreparedContractRecords(events)
        let plain = ContractsRecorded(records: events)
        #expect(try EventCoding.encode(prepared) == EventCoding.encode(plain))
        #expect(try EventCoding.encode(plain) == plain.canonicalPayload())
        let decoded = try PreparedContractRecords.decode(
            payload: plain.canonicalPayload(), schemaVersion: ContractsRecorded.schemaVersion)
        #expect(decoded.records == events)
        #expect(decoded == prepared)
        #expect(PreparedContractRecords.eventType == ContractsRecorded.eventType)
        #expect(PreparedContractRecords.schemaVersion == ContractsRecorded.schemaVersion)
    }
}
