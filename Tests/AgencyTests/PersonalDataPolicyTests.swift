import Agency
import EventStore
import Foundation
import Testing

/// The policy applies the registers' declarations, and only them: a category is hidden because a register
/// declared it, and a typed value is redacted by its own rule only for readers without a reviewing role.
@Suite("Personal data: the policy is built from the registers' declarations")
struct PersonalDataPolicyTests {
    /// A row that names a person, as a register's list might print it.
    struct Row: PersonalDataRedactable, Equatable {
        var project: String
        var person: String?

        func withoutPersonalData() -> Row { Row(project: project, person: nil) }
    }

    static let auditor = StaffMember(
        id: "anan", name: "anan", position: "auditor", department: "FIN", roles: [.auditor]
    )
    static let clerk = StaffMember(id: "kittipong", name: "k", position: "clerk", department: "FIN", roles: [.staff])

    static let declarations = PersonalDataDeclaration(
        register: "Test",
        categories: [
            PersonalDataCategory("hr", register: "staff files", exposure: .wholeEvent),
            PersonalDataCategory("panel", register: "panels", exposure: .payload),
        ],
        otherCategories: ["hr-rules"], fields: ["person"]
    )

    func event(_ stream: String, sequence: Int64 = 7) throws -> RecordedEvent {
        RecordedEvent(
            sequence: sequence, streamID: try StreamID(stream), streamVersion: 1, type: "StaffFileOpened",
            schemaVersion: 1, occurredAt: Date(timeIntervalSince1970: 1_700_000_000),
            recordedAt: Date(timeIntervalSince1970: 1_700_000_100),
            actor: "rusdee", payload: Data(#"{"person":"rusdee"}"#.utf8), dedupeKey: "rusdee", previousHash: .genesis,
            hash: .genesis
        )
    }

    @Test("Every category a register declares is hidden from a non-reviewer; without the declaration it is not")
    func declaredCategoriesAreCovered() throws {
        let clerk = PersonalDataAccess(reader: Self.clerk, registers: [Self.declarations])
        for declared in Self.declarations.categories {
            #expect(clerk.personalData(in: declared.category) == declared)
            let shown = clerk.eventView(try event("\(declared.category)/X-1"))
            #expect(shown.redacted && shown.payload == PersonalDataAccess.hiddenPayload && shown.dedupeKey == nil)
            #expect(!shown.payload.contains("rusdee"))
            #expect((shown.actor == PersonalDataAccess.hiddenActor) == (declared.exposure == .wholeEvent))
        }
        #expect(!clerk.eventView(try event("hr-rules/agency")).redacted)
        let undeclared = PersonalDataAccess(reader: Self.clerk, registers: [])
        #expect(!undeclared.eventView(try event("hr/X-1")).redacted)
        #expect(Self.declarations.classifies("hr") && Self.declarations.classifies("hr-rules"))
        #expect(!Self.declarations.classifies("hr-archive"))
    }

    @Test("A search by stream, actor or type leaves whole-event personal data out; by category it hides it")
    func searches() throws {
        let clerk = PersonalDataAccess(
            readerNamed: "nobody", in: AgencyDirectory(departments: [], staff: []),
            registers: [Self.declarations])
        #expect(clerk.reader == nil && !clerk.seesPersonalData)
        let hr = try event("hr/X-1"), panel = try event("panel/P-1")
        let searches = [
            EventFilter(stream: try StreamID("hr/X-1")), EventFilter(actor: "rusdee"),
            EventFilter(types: ["StaffFileOpened"]),
        ]
        for filter in searches {
            #expect(clerk.eventView(hr, foundBy: filter) == nil)
            #expect(clerk.eventView(panel, foundBy: filter)?.redacted == true)
        }
        #expect(clerk.eventView(hr, foundBy: EventFilter(category: "hr"))?.stream == "hr/(ซ่อน #7)")
        let auditor = PersonalDataAccess(reader: Self.auditor, registers: [Self.declarations])
        #expect(auditor.eventView(hr, foundBy: EventFilter(actor: "rusdee"))?.payload == #"{"person":"rusdee"}"#)
    }

    @Test("visible(_:) applies a value's own redaction to non-reviewers only")
    func typedValues() {
        let row = Row(project: "67119000333", person: "rusdee")
        #expect(PersonalDataAccess(reader: Self.auditor, registers: []).visible(row) == row)
        #expect(PersonalDataAccess(reader: Self.clerk, registers: []).visible(row) == Row(project: "67119000333"))
        #expect(PersonalDataAccess(reader: nil, registers: []).visible(row).person == nil)
    }
}
