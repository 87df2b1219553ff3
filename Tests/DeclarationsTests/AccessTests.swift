import Agency
@testable import Declarations
import Sujarit
import Testing

@Suite("Declarations: who sees names and details")
struct AccessTests {
    typealias F = DeclarationsFixture

    static func person(_ roles: Set<Role>) -> StaffMember {
        StaffMember(id: "p", name: "ผู้ทดสอบ", position: "-", department: "CLERK", roles: roles.union([.staff]))
    }

    @Test("Only the auditor and the legal officer see details; everyone else, and an unknown actor, sees totals")
    func views() {
        let examples: [(Set<Role>, DeclarationsAccess.View)] = [
            ([.auditor], .full), ([.legalOfficer], .full), ([.auditor, .executive], .full),
            ([.executive], .totalsOnly), ([.administrator], .totalsOnly),
            ([.committeeChair, .committeeMember], .totalsOnly),
            ([.procurementOfficer], .totalsOnly), ([], .totalsOnly),
        ]
        for (roles, expected) in examples {
            #expect(DeclarationsAccess.view(for: Self.person(roles)) == expected, "roles \(roles.sorted())")
        }
        #expect(DeclarationsAccess.view(for: nil) == .totalsOnly)
    }

    @Test("The filter turns rows into totals with no name, and hides a single declaration")
    func filter() async throws {
        let fixture = try await F()
        _ = try await fixture.service.importFile(
            try DeclarationsFile.load(
                F.root.appendingPathComponent("Registers/examples/takbai/declarations-2568.yaml").path),
            context: F.context("x"))
        let rows = try await DeclarationQueries.list(fixture.store)
        let directory = try await AgencyDirectory.load(from: fixture.store)
        #expect(DeclarationsAccess.view(for: DeclarationsAccess.viewer(named: "nobody", in: directory)) == .totalsOnly)
        guard case .totals(let totals) = DeclarationsAccess.listing(rows, for: directory.member("rusdee")) else {
            Issue.record("a staff member must see totals only")
            return
        }
        #expect(totals.total == 8)
        #expect(totals.annual == 4)
        #expect(totals.withInterest == 2)
        #expect(totals.recusals == 1)
        #expect(!String(describing: totals).contains("rusdee"))
        guard case .detailed(let detailed) = DeclarationsAccess.listing(rows, for: directory.member("anan")) else {
            Issue.record("the auditor must see the rows")
            return
        }
        #expect(detailed.count == 8)
        let one = try #require(try await fixture.service.declaration("A2568-nisa"))
        #expect(DeclarationsAccess.declaration(one, for: directory.member("pimchanok")) != nil)
        #expect(DeclarationsAccess.declaration(one, for: directory.member("mayor")) == nil)
        let seats = try #require(try await DeclarationQueries.seats(fixture.store, project: F.project))
        #expect(
            DeclarationsAccess.seats(seats, for: directory.member("admin"))
                == .totals(seats: 7, declared: 4, recused: 1))
    }
}
