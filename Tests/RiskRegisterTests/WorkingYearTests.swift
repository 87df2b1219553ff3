import RiskRegister
import Sujarit
import Testing

@Suite("The register the committee is working on")
struct WorkingYearTests {
    @Test("no risk: the fallback; risks in 2568 and 2569: 2569")
    func latestYearWithRisks() async throws {
        let fixture = try await RiskFixture()
        #expect(try await fixture.ledger().workingYear(default: FiscalYear(be: 2567)) == FiscalYear(be: 2567))
        _ = try await fixture.addRisk(year: 2568)
        #expect(try await fixture.ledger().workingYear(default: FiscalYear(be: 2567)) == FiscalYear(be: 2568))
        _ = try await fixture.addRisk(year: 2569)
        #expect(try await fixture.ledger().workingYear(default: FiscalYear(be: 2568)) == FiscalYear(be: 2569))
    }
}
