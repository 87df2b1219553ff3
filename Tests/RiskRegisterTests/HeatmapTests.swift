import RiskRegister
import Sujarit
import Testing

@Suite("Heatmaps")
struct HeatmapTests {
    @Test("cells count risks per kind and list movement from inherent to residual")
    func counts() async throws {
        let fixture = try await RiskFixture()
        let a = try await fixture.addRisk(scores: [.inherent: [4, 4], .residual: [2, 3]])
        let b = try await fixture.addRisk(department: "ENG", scores: [.inherent: [4, 4], .residual: [4, 4]])
        _ = try await fixture.addRisk(scores: [.inherent: [1, 1]], matrix: "3x3")
        let ledger = try await fixture.ledger()
        let maps = ledger.heatmaps(fiscalYear: FiscalYear(be: 2568), kinds: [.inherent, .residual])
        #expect(maps.map(\.matrix.id) == ["3x3", "5x5"])
        let five = maps[1]
        #expect(five.cell(likelihood: 4, impact: 4)?.risks["inherent"] == [a.description, b.description])
        #expect(five.cell(likelihood: 4, impact: 4)?.count(.residual) == 1)
        #expect(five.cell(likelihood: 2, impact: 3)?.risks["residual"] == [a.description])
        #expect(five.total(.inherent) == 2)
        #expect(five.movements.count == 2)

        let eng = ledger.heatmaps(fiscalYear: FiscalYear(be: 2568), department: "ENG", kinds: [.inherent])
        #expect(eng.count == 1 && eng[0].total(.inherent) == 1)

        // Drawing (terminal, SVG, HTML, JSON) is Reporting's: see ReportingTests/HeatmapDrawingTests.
    }
}
