import Agency
import EventStore
import Foundation
@testable import Oversight
import Sujarit
import Testing

@Suite("The flag tables: rebuilt from the log as appends left them, evidence as the events hold it")
struct RedFlagsRebuildTests {
    /// Every row of the flag tables, in key order.
    static func dump(_ store: any EventStore) async throws -> [String] {
        var lines: [String] = []
        for table in RedFlagsProjection().tables {
            for row in try await store.query("SELECT * FROM \(table) ORDER BY 1, 2") {
                lines.append("\(table): " + row.values.map(\.description).joined(separator: "|"))
            }
        }
        return lines
    }

    @Test("Raised, revised and dismissed flags: a rebuild gives the same rows, value for value")
    func rebuildGivesTheSameRows() async throws {
        let fixture = try await FlagsFixture()
        _ = try await fixture.run()
        var grown = FlagsFixture.projects
        grown.append(
            Build.project(
                42, departmentName: "กองช่าง", agreed: 90_000, winner: "ร้านวัสดุก่อสร้างตากใบ", tax: Build.taxID(60_000_001),
                awarded: "2025-08-01"))
        #expect(try await fixture.run(grown).revised.count == 1)
        _ = try await fixture.service.dismiss(
            try await fixture.flagID(.splitWindow), reason: "ซื้อวัสดุคนละงาน", context: CommandContext(actor: "anan"))
        let before = try await Self.dump(fixture.store)
        #expect(before.count > 6)
        _ = try await fixture.store.rebuildProjections(progress: nil)
        #expect(try await Self.dump(fixture.store) == before)
        #expect(try await fixture.store.verifyReadModels(progress: nil).isConsistent)
    }

    @Test("The evidence column is the payload's evidence bytes, which are the encoding of the decoded evidence")
    func evidenceColumnIsThePayloadsBytes() async throws {
        let fixture = try await FlagsFixture()
        _ = try await fixture.run()
        var checked = 0
        try await fixture.store.forEachEvent(filter: EventFilter(types: [RedFlagRaised.eventType])) { event in
            let raised = try event.decode(RedFlagRaised.self)
            #expect(try RedFlagsProjection.evidenceColumn(event) == RedFlagsProjection.column(raised.evidence))
            checked += 1
        }
        #expect(checked > 3)
    }

    @Test("A flag's row reads the same from the payload as from the event carried from its append")
    func rowFromPayloadMatchesCarriedEvent() async throws {
        let fixture = try await FlagsFixture()
        _ = try await fixture.run()
        var checked = 0
        try await fixture.store.forEachEvent(filter: EventFilter(types: [RedFlagRaised.eventType])) { event in
            let carried = RecordedEvent(
                sequence: event.sequence, streamID: event.streamID, streamVersion: event.streamVersion,
                type: event.type, schemaVersion: event.schemaVersion, occurredAt: event.occurredAt,
                recordedAt: event.recordedAt, actor: event.actor, payload: event.payload, dedupeKey: event.dedupeKey,
                previousHash: event.previousHash, hash: event.hash,
                decoded: DecodedPayload(try event.decode(RedFlagRaised.self)))
            #expect(try FlagRow(raised: event) == FlagRow(raised: carried))
            #expect(
                try RedFlagsProjection().statements(for: event) == RedFlagsProjection().statements(for: carried))
            checked += 1
        }
        #expect(checked > 3)
    }

    @Test("The member is found past strings holding braces, quotes and escapes; a missing one is nil")
    func payloadMember() {
        let payload = Data(#"{"a":"x}\"{","b":[1,{"c":"]"}],"evidence":{"k":"v\\","n":[]},"z":null}"#.utf8)
        #expect(PayloadMember.text("evidence", in: payload) == #"{"k":"v\\","n":[]}"#)
        #expect(PayloadMember.text("b", in: payload) == #"[1,{"c":"]"}]"#)
        #expect(PayloadMember.text("z", in: payload) == "null")
        #expect(PayloadMember.text("missing", in: payload) == nil)
        #expect(PayloadMember.text("a", in: Data("[1]".utf8)) == nil)
        #expect(PayloadMember.text("a", in: Data(#"{"a":"unterminated"#.utf8)) == nil)
    }

    @Test("The member found by its key and the next key is the walked one, or nil where the search could be fooled")
    func payloadMemberBeforeNext() {
        let flag =
            #"{"c":1,"departmentID":"d\"x","evidence":{"k":"a,\"evidenceKey\":{","n":[]},"evidenceKey":"e|1","u":"v"}"#
        let found = PayloadMember.text("evidence", before: "evidenceKey", in: Data(flag.utf8))
        #expect(found == #"{"k":"a,\"evidenceKey\":{","n":[]}"#)
        #expect(found == PayloadMember.text("evidence", in: Data(flag.utf8)))
        // The evidence holding the next key as a key of its own: the last one is the top level's.
        let nested = #"{"evidence":{"x":{"a":0,"evidenceKey":1},"y":[1,{"z":2}]},"evidenceKey":"k"}"#
        #expect(
            PayloadMember.text("evidence", before: "evidenceKey", in: Data(nested.utf8))
                == #"{"x":{"a":0,"evidenceKey":1},"y":[1,{"z":2}]}"#)
        // A brace or bracket outside the member (even in a string), spaces, another order, a missing key: nil.
        for unusual in [
            #"{"a":"{","evidence":{},"evidenceKey":"k"}"#, #"{"evidence":{},"evidenceKey":"k","b":["x"]}"#,
            #"{"evidence" :{},"evidenceKey":"k"}"#, #"{"evidence": {},"evidenceKey":"k"}"#,
            #"{"evidence":{} ,"evidenceKey":"k"}"#,
            #"{"evidenceKey":"k","evidence":{}}"#, #"{"evidence":{}}"#, #"{"other":{},"evidenceKey":"k"}"#, "[]", "",
            // No top-level `evidenceKey`: the last one is the evidence's own.
            #"{"evidence":{"a":1,"evidenceKey":2},"z":3}"#, #"{"a":"}","evidence":{},"evidenceKey":"k"}"#,
        ] {
            #expect(PayloadMember.text("evidence", before: "evidenceKey", in: Data(unusual.utf8)) == nil, "\(unusual)")
        }
    }
}
