import EventStore
import Foundation
import RiskRegister
import Sujarit
import Testing

@Suite("The register's read model")
struct ProjectionTests {
    @Test("risk list filters by year, department, category, level and derived status; a rebuild gives the same")
    func list() async throws {
        let fixture = try await RiskFixture()
        _ = try await fixture.service.importFile(ExchangeTests.example, dryRun: false, context: RiskFixture.context)
        let r1 = try RiskID(parsing: "R-2568-001"), r8 = try RiskID(parsing: "R-2568-008")
        try await fixture.run { ledger, _, decision in
            try ledger.assess(r1, kind: .current, likelihood: 4, impact: 4, note: nil, into: &decision)
            try ledger.assess(r8, kind: .inherent, likelihood: 5, impact: 4, note: nil, into: &decision)
        }
        try await fixture.run { ledger, directory, decision in
            try ledger.accept(
                r8, approver: "palad", rationale: "ต้นทุนสูง", expires: try CalendarDate(year: 2025, month: 3, day: 31),
                directory: directory, into: &decision)
        }
        let day = RiskFixture.day
        let all = try await RiskRegisterQueries.list(
            fixture.store, filter: RiskListFilter(fiscalYear: FiscalYear(be: 2568)), on: day)
        #expect(all.count == 8)
        #expect(all.first { $0.id == "R-2568-001" }?.scores[.current] == "4×4=16 สูง")
        #expect(all.first { $0.id == "R-2568-001" }?.status == .treated)
        #expect(all.first { $0.id == "R-2568-008" }?.status == .accepted)

        let fin = try await RiskRegisterQueries.list(fixture.store, filter: RiskListFilter(department: "FIN"), on: day)
        #expect(fin.map(\.id) == ["R-2568-001", "R-2568-008"])
        let high = try await RiskRegisterQueries.list(fixture.store, filter: RiskListFilter(level: "สูง"), on: day)
        #expect(high.map(\.id) == ["R-2568-001"])
        let veryHigh = try await RiskRegisterQueries.list(
            fixture.store, filter: RiskListFilter(level: "very-high"), on: day)
        #expect(veryHigh.map(\.id) == ["R-2568-008"])
        let residualLow = try await RiskRegisterQueries.list(
            fixture.store, filter: RiskListFilter(level: "low", kind: .residual), on: day)
        #expect(residualLow.map(\.id) == ["R-2568-005", "R-2568-006", "R-2568-007"])
        let permits = try await RiskRegisterQueries.list(
            fixture.store, filter: RiskListFilter(category: "permits"), on: day)
        #expect(permits.map(\.id) == ["R-2568-003", "R-2568-007"])
        let later = try CalendarDate(year: 2025, month: 4, day: 1)
        let expired = try await RiskRegisterQueries.list(
            fixture.store, filter: RiskListFilter(status: .expired), on: later)
        #expect(expired.map(\.id) == ["R-2568-008"])

        _ = try await fixture.store.rebuildProjections(progress: nil)
        #expect(
            try await RiskRegisterQueries.list(
                fixture.store, filter: RiskListFilter(fiscalYear: FiscalYear(be: 2568)), on: day) == all)
    }
}
