import Foundation
import Presentation
import RiskRegister
import Sujarit
import Testing
@testable import Reporting

/// The heatmap's drawings, all in Reporting: the terminal grid, the one SVG drawing (poster and page), the
/// HTML page and JSON. RiskRegister's own tests check the counting.
@Suite("Heatmap drawing")
struct HeatmapDrawingTests {
    static func map() async throws -> Heatmap {
        let sources = try await ReportFixture.make(ita: false, audit: false).sources(.annual)
        let maps = sources.ledger.heatmaps(fiscalYear: FiscalYear(be: 2568), kinds: [.inherent, .residual])
        return try #require(maps.first)
    }

    @Test("the terminal grid shows before → after counts, in the bands' colours only when asked")
    func terminal() async throws {
        let map = try await Self.map()
        let cell = try #require(map.cells.first { $0.count(.inherent) > 0 && $0.count(.residual) > 0 })
        let plain = HeatmapRenderer.terminal(map, style: TerminalStyle(colors: false))
        #expect(!plain.contains("\u{1B}["))
        #expect(plain.contains("\(cell.count(.inherent))→\(cell.count(.residual))"))
        #expect(plain.contains(map.movements[0].risk))
        #expect(HeatmapRenderer.terminal(map, style: TerminalStyle(colors: true)).contains("48;2;229;57;53"))
    }

    @Test("the poster is the same drawing as the page's, larger, with ids, level names and movements")
    func poster() async throws {
        let map = try await Self.map()
        let svg = HeatmapRenderer.svg(map)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("โอกาสที่จะเกิด") && svg.contains("ผลกระทบ") && svg.contains("#e53935"))
        #expect(svg.contains(">\(map.movements[0].risk)</text>"), "a poster names the risks in each cell")
        #expect(svg.contains("\(map.movements[0].risk): "), "and lists how each moved")
        let page = HeatmapSVG.render(map)
        #expect(!page.contains(">\(map.movements[0].risk)</text>"), "a page shows counts only")
        #expect(page.contains("ก่อนการควบคุม (8)") && svg.contains("ก่อนการควบคุม (8)"))
    }

    @Test("text from the register is escaped in the SVG and the HTML page")
    func escaping() async throws {
        var map = try await Self.map()
        map.title = "<script>&"
        let html = HeatmapRenderer.html([map])
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;&amp;"))
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<table>"))
    }

    @Test("JSON decodes back to the same heatmaps")
    func json() async throws {
        let map = try await Self.map()
        let json = try HeatmapRenderer.json([map])
        #expect(try JSONDecoder().decode([Heatmap].self, from: Data(json.utf8)) == [map])
    }
}
