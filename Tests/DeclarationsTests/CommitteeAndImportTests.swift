import Agency
@testable import Declarations
import EventStore
import Foundation
import Sujarit
import Testing

@Suite("Declarations: committees, missing declarations, import, cross-checks")
struct CommitteeAndImportTests {
    typealias F = DeclarationsFixture

    var exampleFile: String { F.root.appendingPathComponent("Registers/examples/takbai/declarations-2568.yaml").path }

    @Test("The example file imports in one append: a committee, eight declarations, one recusal")
    func importExample() async throws {
        let fixture = try await F()
        let before = try await fixture.store.lastSequence()
        let summary = try await fixture.service.importFile(
            try DeclarationsFile.load(exampleFile), context: F.context("pimchanok"))
        #expect(summary == .init(committees: 1, declarations: 8, recusals: 1))
        // 1 committee event + 8 declarations + 1 recusal + the store's declaration-stream key.
        #expect(try await fixture.store.lastSequence() == before + 11)
        #expect(try await fixture.store.streamVersion(DeclarationStreamKey.stream()) == 1)
        let rows = try await DeclarationQueries.list(
            fixture.store, filter: DeclarationFilter(fiscalYear: FiscalYear(be: 2568)))
        #expect(rows.count == 8)
        #expect(rows.filter(\.recused).map(\.declarant) == ["rusdee"])
    }

    @Test("coi missing lists the seats without a declaration in force, withdrawn ones marked")
    func missing() async throws {
        let fixture = try await F()
        _ = try await fixture.service.importFile(
            try DeclarationsFile.load(exampleFile), context: F.context("pimchanok"))
        var seats = try #require(try await DeclarationQueries.seats(fixture.store, project: F.project))
        #expect(seats.count == 7)
        let missing = seats.filter { $0.state != .declared }.map { "\($0.seat.staffID):\($0.seat.role)" }.sorted()
        #expect(missing == ["fatimah:inspection-member", "surachai:inspection-chair", "wanida:e-bidding-member"])
        #expect(seats.first { $0.seat.staffID == "rusdee" }?.recused == true)

        try await fixture.service.withdraw(
            "67119000333-officer-kittipong", on: F.date("1 ธ.ค. 67"), reason: "ลงนามผิดแบบฟอร์ม",
            context: F.context("kittipong"))
        seats = try #require(try await DeclarationQueries.seats(fixture.store, project: F.project))
        #expect(seats.first { $0.seat.staffID == "kittipong" }?.state == .withdrawn)
        #expect(
            try await DeclarationQueries.seats(fixture.store, project: try EGPProjectID(projectNumber: "67119000999"))
                == nil)
    }

    @Test("Importing the same file again is refused, naming the line, and writes nothing")
    func importTwice() async throws {
        let fixture = try await F()
        let file = try DeclarationsFile.load(exampleFile)
        _ = try await fixture.service.importFile(file, context: F.context("x"))
        let before = try await fixture.store.lastSequence()
        let error = try await #require(throws: ConfigurationError.self) {
            try await fixture.service.importFile(file, context: F.context("x"))
        }
        #expect(error.line == 9)
        #expect(error.message.contains("already recorded"))
        #expect(try await fixture.store.lastSequence() == before)
    }

    @Test("A bad committee is refused: unknown person, a person twice in one role, two chairs")
    func badCommittee() async throws {
        let fixture = try await F()
        func record(_ seats: [String]) async throws {
            try await fixture.service.recordCommittee(
                F.project, seats: try seats.map(CommitteeSeat.init(parsing:)), appointedOn: nil, order: nil,
                context: F.context("x"))
        }
        #expect(try await fixture.expectRefusal(.unknownPerson("ghost")) { try await record(["ghost:officer"]) })
        #expect(
            try await fixture.expectRefusal(.duplicateSeat(person: "nisa", role: .officer)) {
                try await record(["nisa:officer", "nisa:officer"])
            })
        #expect(
            try await fixture.expectRefusal(.twoChairs(.tor, "nisa", "surachai")) {
                try await record(["nisa:tor-chair", "surachai:tor-chair"])
            })
        #expect(try await fixture.expectRefusal(.emptyCommittee(F.project)) { try await record([]) })
        #expect(throws: DeclarationsError.malformedSeat("nisa")) { try CommitteeSeat(parsing: "nisa") }
        #expect(throws: DeclarationsError.unknownRole("chair")) { try CommitteeSeat(parsing: "nisa:chair") }
        let committee = try await fixture.service.recordCommittee(
            F.project, seats: [try CommitteeSeat(parsing: "nisa:tor-chair")], appointedOn: F.date("1 ต.ค. 67"),
            order: nil, context: F.context("x"))
        #expect(committee.version == 1)
        #expect(
            try await fixture.expectRefusal(.unchangedCommittee(F.project)) {
                try await fixture.service.recordCommittee(
                    F.project, seats: [try CommitteeSeat(parsing: "nisa:tor-chair")], appointedOn: F.date("1 ต.ค. 67"),
                    order: nil, context: F.context("x"))
            })
    }

    @Test("A declared party is found by tax id, or by its name however the firm is written")
    func crossCheck() async throws {
        let fixture = try await F()
        _ = try await fixture.service.importFile(try DeclarationsFile.load(exampleFile), context: F.context("x"))
        let byTaxID = try await DeclarationQueries.interests(matching: F.firm, in: fixture.store)
        #expect(byTaxID.map(\.declarant) == ["rusdee"])
        #expect(byTaxID.first?.project == "67119000333")
        let byName = try await DeclarationQueries.interests(
            matching: PartyReference(name: "หจก.รุ่งเรือง การโยธา"), in: fixture.store)
        #expect(byName.map(\.declarant) == ["rusdee"])
        let otherFirm = PartyReference(name: "ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา", taxID: try TaxID(validating: "0965560001238"))
        #expect(
            try await DeclarationQueries.interests(matching: otherFirm, in: fixture.store).isEmpty,
            "same name, another tax id: another firm")
    }

    @Test("A file with a bad value names the file, line and field")
    func badFile() throws {
        let text = """
            declarations:
              - person: rusdee
                project: 67119000333
                role: e-bidding-member
                signed: 20 พ.ย. 67
                interests:
                  - party: หจก. ตัวอย่าง
                    tax_id: 0963550000122
                    relationship: relative
            """
        let error = try #require(throws: ConfigurationError.self) {
            try DeclarationsFile.parse(try ConfigNode.parse(text, file: "d.yaml"))
        }
        #expect(error.file == "d.yaml")
        #expect(error.line == 8)
        #expect(error.field == "declarations[1].interests[1].tax_id")
        #expect(error.message.contains("check digit") || error.message.contains("last digit"))
    }

    @Test("Rebuilding the read model from the log gives the same rows")
    func rebuild() async throws {
        let fixture = try await F()
        _ = try await fixture.service.importFile(try DeclarationsFile.load(exampleFile), context: F.context("x"))
        try await fixture.service.amend(
            "A2568-nisa", interests: [], noInterest: true, on: F.date("1 ม.ค. 68"), reason: "ขายหุ้น",
            context: F.context("nisa"))
        let query = "SELECT * FROM coi_interests ORDER BY declaration_id, position"
        let rows = try await DeclarationQueries.list(fixture.store), interests = try await fixture.store.query(query)
        _ = try await fixture.store.rebuildProjections(progress: nil)
        #expect(try await DeclarationQueries.list(fixture.store) == rows)
        #expect(try await fixture.store.query(query) == interests)
        #expect(interests.count == 1)
    }
}
