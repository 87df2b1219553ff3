import EventStore
import Foundation
import Sujarit
import Testing

@testable import Procurement

/// An import works out each contract row's read-model rows on its reading thread (`PreparedContractRecord`), and
/// the projection uses them for the event just appended: they must be the rows the event gives at its sequence,
/// and the carried value must encode and decode as the plain event.
@Suite("Contract rows worked out on the reading thread")
struct ContractPreparedRowsTests {
    /// `event` as the log holds it at `sequence`, carrying `decoded` or nothing.
    static func recorded(_ event: ContractRecorded, sequence: Int64, decoded: DecodedPayload?) -> RecordedEvent {
        RecordedEvent(
            sequence: sequence, streamID: event.stream, streamVersion: 1, type: ContractRecorded.eventType,
            schemaVersion: ContractRecorded.schemaVersion, occurredAt: Date(timeIntervalSince1970: 0),
            recordedAt: Date(timeIntervalSince1970: 0), actor: "tester", payload: event.canonicalPayload(),
            dedupeKey: nil, previousHash: .genesis, hash: .genesis, decoded: decoded)
    }

    @Test("every field shape: the prepared rows are the event's rows at its sequence, carried or read back")
    func sweep() throws {
        let events = try ContractPayloadTests.sweep()
        #expect(events.count > 100)
        for (index, event) in events.enumerated() {
            let sequence = Int64(index + 2)
            let expected = ProcurementProjection.ContractRows(event, sequence: sequence)
            let prepared = PreparedContractRecord(event)
            #expect(prepared.rows.at(sequence: sequence) == expected)
            let carried = Self.recorded(event, sequence: sequence, decoded: DecodedPayload(prepared))
            #expect(try ProcurementProjection.ContractRows.of(carried) == expected)
            // A plain event carried (a caller that does not prepare) is read from its payload instead.
            let plain = Self.recorded(event, sequence: sequence, decoded: DecodedPayload(event))
            #expect(try ProcurementProjection.ContractRows.of(plain) == expected)
        }
    }

    @Test("a row without a contract has no sequence to fill in: its rows are left as they are")
    func withoutContract() throws {
        let event = try #require(try ContractPayloadTests.sweep().first { $0.contract == nil })
        let rows = PreparedContractRecord(event).rows
        #expect(rows.contract == nil)
        #expect(rows.at(sequence: 42) == rows)
    }

    @Test("the prepared event encodes and decodes as the plain event, under the plain event's type and version")
    func sameEvent() throws {
        for event in try ContractPayloadTests.sweep().prefix(50) {
            let prepared = PreparedContractRecord(event)
            #expect(try EventCoding.encode(prepared) == EventCoding.encode(event))
            let payload = event.canonicalPayload()
            let decoded = try PreparedContractRecord.decode(
                payload: payload, schemaVersion: ContractRecorded.schemaVersion)
            #expect(decoded.event == event)
            #expect(decoded == prepared)
        }
        #expect(PreparedContractRecord.eventType == ContractRecorded.eventType)
        #expect(PreparedContractRecord.schemaVersion == ContractRecorded.schemaVersion)
    }
}
