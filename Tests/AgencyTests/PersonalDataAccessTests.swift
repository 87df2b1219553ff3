import Agency
import EventStore
import Foundation
import Testing

@Suite("Personal data: one redaction policy for every output")
struct PersonalDataAccessTests {
    func event(
        _ stream: String, type: String, actor: String = "rusdee",
        payload: String = #"{"declarant":"rusdee","relationship":"relative"}"#, dedupe: String? = "67119000333-rusdee"
    ) throws -> RecordedEvent {
        RecordedEvent(
            sequence: 123, streamID: try StreamID(stream), streamVersion: 2, type: type, schemaVersion: 1,
            occurredAt: Date(timeIntervalSince1970: 1_700_000_000),
            recordedAt: Date(timeIntervalSince1970: 1_700_000_100),
            actor: actor, payload: Data(payload.utf8), dedupeKey: dedupe, previousHash: .genesis, hash: .genesis
        )
    }

    func staff(_ roles: Set<Role>) -> StaffMember {
        StaffMember(id: "x", name: "x", position: "x", department: "FIN", roles: roles)
    }

    /// The registers' declarations as the policy sees them (each register's own is checked in its tests).
    static let registers = [
        PersonalDataDeclaration(
            register: "Declarations",
            categories: [
                PersonalDataCategory("coi", register: "declarations", exposure: .wholeEvent),
                PersonalDataCategory("committee", register: "committees", exposure: .payload),
            ],
            fields: ["declarant"]
        ),
        PersonalDataDeclaration(
            register: "GiftLog", categories: [PersonalDataCategory("gift", register: "gifts", exposure: .wholeEvent)],
            otherCategories: ["gift-rules"], fields: ["person"]
        ),
        PersonalDataDeclaration(
            register: "Oversight", categories: [PersonalDataCategory("flag", register: "flags", exposure: .payload)],
            fields: ["people"]
        ),
    ]

    /// The policy for a reader with `view`: an auditor sees everything, an unknown actor totals.
    func access(_ view: PersonalDataAccess.View) -> PersonalDataAccess {
        PersonalDataAccess(reader: view == .full ? staff([.auditor]) : nil, registers: Self.registers)
    }

    @Test("Only the auditor and the legal officer see full detail; an unknown actor sees totals")
    func views() {
        #expect(PersonalDataAccess.view(for: staff([.auditor])) == .full)
        #expect(PersonalDataAccess.view(for: staff([.legalOfficer, .staff])) == .full)
        for roles: Set<Role> in [[.staff], [.administrator], [.executive], [.committeeChair, .committeeMember]] {
            #expect(PersonalDataAccess.view(for: staff(roles)) == .totalsOnly)
        }
        #expect(PersonalDataAccess.view(for: nil) == .totalsOnly)
    }

    @Test("A declaration event shows a non-reviewer nothing that names the person: stream, type, actor, payload, key")
    func declarationHidden() throws {
        let recusal = try event("coi/67119000333-e-bidding-member-rusdee", type: "RecusalRecorded")
        let shown = access(.totalsOnly).eventView(recusal)
        #expect(shown.redacted)
        #expect(shown.stream == "coi/(ซ่อน #123)")
        #expect(shown.type == PersonalDataAccess.hiddenType)
        #expect(shown.actor == PersonalDataAccess.hiddenActor)
        #expect(shown.payload == PersonalDataAccess.hiddenPayload)
        #expect(shown.dedupeKey == nil)
        let everything = [shown.stream, shown.type, shown.actor, shown.payload, shown.dedupeKey ?? ""].joined()
        #expect(!everything.contains("rusdee") && !everything.contains("Recusal"))
        // The chain stays provable.
        #expect(shown.sequence == 123 && shown.streamVersion == 2 && shown.hash == .genesis)
    }

    @Test("Gifts are hidden whole; committees and flags keep their stream and type but not their payload")
    func categories() throws {
        let gift = access(.totalsOnly).eventView(try event("gift/G-2568-003", type: "GiftLogged", actor: "surachai"))
        #expect(
            gift.stream == "gift/(ซ่อน #123)" && gift.actor == PersonalDataAccess.hiddenActor
                && gift.type == PersonalDataAccess.hiddenType)
        let recorded = try event("committee/67119000333", type: "CommitteeRecorded", actor: "kittipong")
        let committee = access(.totalsOnly).eventView(recorded)
        #expect(committee.stream == "committee/67119000333" && committee.type == "CommitteeRecorded")
        #expect(committee.payload == PersonalDataAccess.hiddenPayload && committee.dedupeKey == nil)
        let flag = access(.totalsOnly).eventView(try event("flag/RF-2568-0013", type: "RedFlagRaised", actor: "anan"))
        #expect(flag.stream == "flag/RF-2568-0013" && flag.payload == PersonalDataAccess.hiddenPayload)
    }

    @Test("Reviewers see every event as recorded; other registers are never redacted")
    func reviewersAndOthers() throws {
        let original = try event("coi/A2568-rusdee", type: "DeclarationSigned")
        let full = access(.full).eventView(original)
        #expect(
            !full.redacted && full.stream == "coi/A2568-rusdee" && full.type == "DeclarationSigned"
                && full.actor == "rusdee")
        #expect(full.payload == original.payloadText && full.dedupeKey == original.dedupeKey)
        let risk = access(.totalsOnly).eventView(try event("risk/R-2568-003", type: "RiskScored", payload: "{}"))
        #expect(!risk.redacted && risk.stream == "risk/R-2568-003" && risk.payload == "{}")
    }

    @Test("A search by stream, actor or type may not match whole personal-data events for a non-reviewer")
    func selection() {
        #expect(!access(.totalsOnly).mayMatch(category: "coi", bySelection: true))
        #expect(!access(.totalsOnly).mayMatch(category: "gift", bySelection: true))
        #expect(access(.totalsOnly).mayMatch(category: "coi", bySelection: false))
        #expect(access(.full).mayMatch(category: "coi", bySelection: true))
        #expect(access(.totalsOnly).mayMatch(category: "flag", bySelection: true))
        #expect(access(.totalsOnly).mayMatch(category: "risk", bySelection: true))
    }
}
