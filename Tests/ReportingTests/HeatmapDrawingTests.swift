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

    @Test("the poster and the HTML page name the agency and the fiscal year (BE)")
    func agencyAndYear() async throws {
        let map = try await Self.map()
        let svg = HeatmapRenderer.svg(map, agency: "เทศบาลเมืองตากใบ")
        #expect(svg.contains("แผนภูมิความเสี่ยง เทศบาลเมืองตากใบ ปีงบประมาณ พ.ศ. 2568</text>"))
        #expect(svg.contains("<title>แผนภูมิความเสี่ยง เทศบาลเมืองตากใบ ปีงบประมาณ พ.ศ. 2568"))
        let html = HeatmapRenderer.html([map], agency: "เทศบาลเมืองตากใบ")
        #expect(html.contains("<h1>แผนภูมิความเสี่ยง เทศบาลเมืองตากใบ ปีงบประมาณ พ.ศ. 2568</h1>"))
        #expect(html.contains("<title>แผนภูมิความเสี่ยง เทศบาลเมืองตากใบ ปีงบประมาณ พ.ศ. 2568"))
        #expect(!HeatmapRenderer.svg(map).contains("เทศบาล"), "no agency given, none named")
    }

    @Test("before → after: each id in a cell carries its side's mark and style, explained by a legend")
    func beforeAndAfterMarked() async throws {
        let map = try await Self.map()
        let svg = HeatmapRenderer.svg(map)
        let before = try #require(map.cells.first { $0.count(.inherent) > 0 }?.risks["inherent"]?.first)
        let after = try #require(map.cells.first { $0.count(.residual) > 0 }?.risks["residual"]?.first)
        #expect(svg.contains("font-style=\"italic\"><tspan font-style=\"italic\">○ </tspan>\(before)</text>"))
        #expect(svg.contains("font-weight=\"bold\"><tspan>● </tspan>\(after)</text>"))
        #expect(svg.contains("○ ความเสี่ยงก่อนการควบคุม") || svg.contains("○ \(ScoreKind.inherent.label.th)"))
        #expect(svg.contains("● \(ScoreKind.residual.label.th)"), "the legend says what the marks mean")
        var single = map
        single.kinds = [.inherent]
        #expect(!HeatmapRenderer.svg(single).contains("○"), "one kind needs no marks")
        let html = HeatmapRenderer.html([map])
        #expect(
            html.contains(
                "<th>○ \(ScoreKind.inherent.label.th) (ก่อน)</th><th>● \(ScoreKind.residual.label.th) (หลัง)</th>"))
        #expect(html.contains("<td class=\"before\">") && html.contains("<td class=\"after\">"))
        #expect(!html.contains(" → R-"), "before and after are never run together in one cell")
    }

    @Test("a risk without a residual target is listed under the map, not dropped")
    func withoutResidual() async throws {
        let sources = try await ReportFixture.make(ita: false, audit: false).sources(.annual)
        let year = FiscalYear(be: 2568)
        let map = try #require(sources.ledger.heatmaps(fiscalYear: year, kinds: [.inherent, .residual]).first)
        let unset = HeatmapRenderer.withoutResidual(sources.ledger, fiscalYear: year)
        let residual = Set(map.cells.flatMap { $0.risks["residual"] ?? [] })
        let inherent = Set(map.cells.flatMap { $0.risks["inherent"] ?? [] })
        let dropped = inherent.subtracting(residual)
        #expect(!dropped.isEmpty, "the fixture has a scored risk without a residual target")
        #expect(dropped.isSubset(of: Set(unset)) && Set(unset).isDisjoint(with: residual), "\(unset)")
        #expect(HeatmapRenderer.withoutResidual(sources.ledger, fiscalYear: year, department: "NONE").isEmpty)

        let svg = HeatmapRenderer.svg(map, withoutResidual: unset)
        #expect(svg.contains("ยังไม่กำหนดความเสี่ยงคงเหลือ (no residual target): \(unset.count)</text>"))
        for id in dropped { #expect(svg.contains(id + ", ") || svg.contains(id + "</text>")) }
        let plain = HeatmapSVG.Geometry(map, layout: .poster),
            noted = HeatmapSVG.Geometry(map, layout: .poster, notes: 2)
        #expect(noted.height == plain.height + 36, "the drawing grows to hold the list")
        let html = HeatmapRenderer.html([map], withoutResidual: unset)
        #expect(html.contains("<p class=\"unset\"><strong>ยังไม่กำหนดความเสี่ยงคงเหลือ"))
        let terminal = HeatmapRenderer.terminal(map, style: TerminalStyle(colors: false), withoutResidual: unset)
        #expect(terminal.contains("ยังไม่กำหนดความเสี่ยงคงเหลือ (no residual target): \(unset.joined(separator: ", "))"))
    }

    @Test("JSON gives every cell's ids and each move as two scores with their parts, every key present")
    func json() async throws {
        let map = try await Self.map()
        let json = try HeatmapRenderer.json([map])
        let maps = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let first = try #require(maps.first)
        let cells = try #require(first["cells"] as? [[String: Any]])
        #expect(cells.count == map.cells.count)
        let cell = try #require(map.cells.first { $0.count(.inherent) > 0 })
        let written = try #require(
            cells.first { $0["likelihood"] as? Int == cell.likelihood && $0["impact"] as? Int == cell.impact })
        #expect(written["band_th"] as? String == cell.bandName && written["score"] as? Int == cell.score)
        #expect((written["risks"] as? [String: [String]])?["inherent"] == cell.risks["inherent"])
        let move = try #require((first["movements"] as? [[String: Any]])?.first)
        let from = try #require(move["from"] as? [String: Any])
        #expect(move["risk"] as? String == map.movements[0].risk)
        #expect(
            from["likelihood"] as? Int == map.movements[0].from[0] && from["impact"] as? Int == map.movements[0].from[1]
        )
        #expect(from["band_th"] as? String == map.movements[0].fromBand && from["band"] is String)
        let levels = try #require((first["matrix"] as? [String: Any])?["impact"] as? [[String: Any]])
        #expect(levels.allSatisfy { $0.keys.contains("lower") && $0.keys.contains("upper") }, "null, not left out")
    }
}
