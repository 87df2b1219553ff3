import Agency
import Declarations
import EventStore
import Foundation
import Sujarit
import Testing
import TestSupport

@Suite("Declarations: who must make the annual declaration (coi missing --annual)")
struct AnnualObligationTests {
    typealias F = DeclarationsFixture

    static var shipped: AnnualDeclarationRules {
        try! AnnualDeclarationRules.load(F.root.appendingPathComponent("Registers/annual-declarations.yaml").path)
    }

    @Test("The example for FY2568: 9 must declare (roles and positions), 4 did, 5 have not")
    func example() async throws {
        let fixture = try await F()
        _ = try await fixture.service.importFile(
            try DeclarationsFile.load(
                F.root.appendingPathComponent("Registers/examples/takbai/declarations-2568.yaml").path),
            context: F.context("x"))
        let directory = try await AgencyDirectory.load(from: fixture.store)
        let rows = try await DeclarationQueries.annualObligations(
            fixture.store, fiscalYear: FiscalYear(be: 2568), rules: Self.shipped, directory: directory)
        #expect(
            rows.map(\.staffID) == [
                "anan", "fatimah", "kittipong", "mayor", "nisa", "palad", "pimchanok", "sompong", "surachai",
            ])
        #expect(
            rows.filter { $0.state != .declared }.map(\.staffID) == [
                "anan", "fatimah", "mayor", "pimchanok", "sompong",
            ])
        #expect(rows.first { $0.staffID == "mayor" }?.because == "role:executive")
        // Nobody declared for FY2569 yet.
        let next = try await DeclarationQueries.annualObligations(
            fixture.store, fiscalYear: FiscalYear(be: 2569), rules: Self.shipped, directory: directory)
        #expect(next.allSatisfy { $0.state == .missing } && next.count == 9)
        // A withdrawn declaration is not one in force.
        try await fixture.service.withdraw(
            "A2568-palad", on: F.date("1 ธ.ค. 67"), reason: "ผิดปี", context: F.context("palad"))
        let after = try await DeclarationQueries.annualObligations(
            fixture.store, fiscalYear: FiscalYear(be: 2568), rules: Self.shipped, directory: directory)
        #expect(after.first { $0.staffID == "palad" }?.state == .withdrawn)
    }

    @Test("Near misses: service ending the day before the year vs on its first day; a prefix entry vs an exact one")
    func nearMisses() throws {
        let rules = AnnualDeclarationRules(source: "x", roles: [], positions: ["ปลัดเทศบาล", "ผู้อำนวยการกอง*"])
        func member(_ position: String, until: CalendarDate? = nil) -> StaffMember {
            StaffMember(id: "p", name: "ก", position: position, department: "FIN", roles: [], since: nil, until: until)
        }
        #expect(rules.obligation(of: member("ปลัดเทศบาล")) == "position:ปลัดเทศบาล")
        #expect(rules.obligation(of: member("รองปลัดเทศบาล")) == nil) // exact entries match exactly
        #expect(rules.obligation(of: member("ผู้อำนวยการกองช่าง")) == "position:ผู้อำนวยการกอง*")
        #expect(rules.obligation(of: member("ผู้อำนวยการ")) == nil)
        #expect(
            Self.shipped.obligation(
                of: StaffMember(id: "q", name: "ข", position: "นายช่าง", department: "ENG", roles: [.staff])) == nil)
    }

    @Test("Service dates: who left the day before the fiscal year need not declare; who left on its first day must")
    func serviceDates() async throws {
        let fixture = try await F()
        let year = FiscalYear(be: 2568)
        var directory = try await AgencyDirectory.load(from: fixture.store)
        let index = try #require(directory.staff.firstIndex { $0.id == "mayor" })
        directory.staff[index].until = year.start.adding(days: -1)
        var rows = try await DeclarationQueries.annualObligations(
            fixture.store, fiscalYear: year, rules: Self.shipped, directory: directory)
        #expect(!rows.contains { $0.staffID == "mayor" })
        directory.staff[index].until = year.start
        rows = try await DeclarationQueries.annualObligations(
            fixture.store, fiscalYear: year, rules: Self.shipped, directory: directory)
        #expect(rows.contains { $0.staffID == "mayor" })
    }

    @Test(
        """
        The rules file: a bad role names the line and the roles accepted; without a file the command says where \
        to put one
        """
    )
    func rulesFile() throws {
        let folder = try TemporaryFolder("annual")
        #expect(throws: DeclarationsError.noAnnualRules(folder.path)) {
            try AnnualDeclarationRules.resolve(registers: folder.path)
        }
        let path = folder.appendingPathComponent("annual-declarations.yaml").path
        try "source: x\nroles:\n  - executive\n  - mayor\n".write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: ConfigurationError.self) {
            try AnnualDeclarationRules.resolve(registers: folder.path)
        }
        #expect(error.line == 4 && error.message.contains("procurement-officer"))
        try "source: x\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ConfigurationError.self) { try AnnualDeclarationRules.load(path) }
        #expect(Self.shipped.roles.contains(.executive) && Self.shipped.positions.contains("ผอ.กอง*"))
    }
}
