import Foundation
import Testing

/// `sujarit heatmap` through the built binary: the drawings name the agency (from the store's profile) and the
/// fiscal year, `--both` marks before and after, and a risk without a residual target is listed, not dropped.
@Suite("Heatmap end to end")
struct HeatmapEndToEndTests {
    @Test("svg and html --both: agency and year named, ids marked before/after, the unset residual listed")
    func both() throws {
        let sujarit = try SujaritProcess.takBaiRiskRegister()
        try sujarit.succeed(["risk", "assess", "R-2568-001", "--kind", "inherent", "-l", "4", "-i", "4"])
        // The example register gives every risk but R-2568-008 a residual target.
        try sujarit.succeed(["risk", "assess", "R-2568-008", "--kind", "inherent", "-l", "3", "-i", "4"])

        let svg = try sujarit.succeed(["heatmap", "--fy", "2568", "--both", "--format", "svg"]).stdout
        #expect(svg.contains("แผนภูมิความเสี่ยง เทศบาลเมืองตากใบ ปีงบประมาณ พ.ศ. 2568"), "\(svg.prefix(800))")
        #expect(svg.contains("<tspan font-style=\"italic\">○ </tspan>R-2568-001</text>"), "before, marked")
        #expect(svg.contains("<tspan>● </tspan>R-2568-001</text>"), "after, marked")
        #expect(svg.contains("ยังไม่กำหนดความเสี่ยงคงเหลือ (no residual target)"))
        #expect(svg.contains("R-2568-008"), "the risk without a residual target is still named")

        let html = try sujarit.succeed(["heatmap", "--fy", "2568", "--both", "--format", "html"]).stdout
        #expect(html.contains("<h1>แผนภูมิความเสี่ยง เทศบาลเมืองตากใบ ปีงบประมาณ พ.ศ. 2568</h1>"))
        let unset = try #require(html.range(of: "<p class=\"unset\">").map { html[$0.lowerBound...] })
        #expect(unset.prefix { $0 != "\n" }.contains("R-2568-008"), "listed under the map")
        #expect(!unset.prefix { $0 != "\n" }.contains("R-2568-001"), "R-2568-001 has its target")

        let term = try sujarit.succeed(["heatmap", "--fy", "2568", "--residual"]).stdout
        #expect(term.contains("ยังไม่กำหนดความเสี่ยงคงเหลือ (no residual target): R-2568-008"), "\(term)")
        let inherent = try sujarit.succeed(["heatmap", "--fy", "2568", "--format", "svg"]).stdout
        #expect(!inherent.contains("ยังไม่กำหนดความเสี่ยงคงเหลือ"), "an inherent map has no residual to miss")
    }
}
