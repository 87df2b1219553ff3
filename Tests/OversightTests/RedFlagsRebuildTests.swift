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

    @Test("The evidence column is the listed evidence: cut out of the payload's bytes as JSONEncoder writes it")
    func evidenceColumnIsTheListedEvidence() async throws {
        let fixture = try await FlagsFixture()
        _ = try await fixture.run()
        var checked = 0
        var shortened = 0
        try await fixture.store.forEachEvent(filter: EventFilter(types: [RedFlagRaised.eventType])) { event in
            let raised = try event.decode(RedFlagRaised.self)
            let (_, column) = try FlagRow.withEvidence(event, raised: true)
            let encoded = try EventCoding.encode(FlagEvidencePayloadV1(raised.evidence.listed))
            #expect(column == String(decoding: encoded, as: UTF8.self))
            #expect(column == (try RedFlagsProjection.column(raised.evidence)))
            #expect(column == (try RedFlagsProjection.listedColumn(event)))
            let listed = try RedFlagsProjection.evidence(column: column)
            #expect(listed == raised.evidence.listed)
            // What a list shows of it is what it showed of the whole evidence.
            #expect(listed.projects.first == raised.evidence.projects.first)
            #expect(
                listed.projects.count + listed.omittedProjects == raised.evidence.projects.count
                    + raised.evidence.omittedProjects)
            #expect(listed.figures == raised.evidence.figures && listed.cutOff == raised.evidence.cutOff)
            #expect(listed.supplier == raised.evidence.supplier && !listed.namesPeople)
            if raised.evidence.projects.count > 1 || raised.evidence.namesPeople { shortened += 1 }
            checked += 1
        }
        #expect(checked > 3 && shortened > 0)
    }

    @Test("A stored evidence that cannot be read names its flag and what to do, not a decoding error")
    func unreadableEvidenceNamed() throws {
        for evidence in [#"{"figures":["#, "", "=HYPERLINK(\"x\")", #"{"projects":"<script>"}"#] {
            let row = SQLRow(columns: ["flag_id", "evidence"], values: [.text("RF-2568-0001"), .text(evidence)])
            let error = try #require(throws: OversightError.self) { try RedFlagQueries.summary(row) }
            #expect(error == .unreadableFlagRow("RF-2568-0001"))
            let message = error.localizedDescription
            #expect(message.contains("RF-2568-0001") && message.contains("sujarit verify"))
            #expect(message.contains("sujarit rebuild"))
        }
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
}
