import Foundation
import Presentation
import RiskRegister
import Sujarit

/// Every form `sujarit heatmap` writes a ``Heatmap`` in: a terminal grid in the bands' colours, the poster
/// SVG (``HeatmapSVG``, the one SVG drawing reports use too), an HTML page around it, or JSON.
///
/// RiskRegister only counts; drawing lives here so that a heatmap looks the same in every output.
public enum HeatmapRenderer {
    /// The ids of a year's risks (of one department) that have no residual target yet, which a residual
    /// heatmap cannot place: listed under it rather than silently missing.
    public static func withoutResidual(
        _ ledger: RiskLedger, fiscalYear: FiscalYear, department: String? = nil
    ) -> [String] {
        ledger.risks(in: fiscalYear)
            .filter { (department == nil || $0.identified.department == department) && $0.scores[.residual] == nil }
            .map(\.id.description)
    }

    /// The grid for a terminal, likelihood from the top down, with the ids of each occupied cell below.
    /// Cells take their band's colour through ``TerminalStyle/background(_:hex:)`` (plain when piped or
    /// `NO_COLOR`). `withoutResidual` (``withoutResidual(_:fiscalYear:department:)``) is listed last.
    public static func terminal(_ map: Heatmap, style: TerminalStyle, withoutResidual: [String] = []) -> String {
        let matrix = map.matrix
        let both = map.kinds.count == 2
        let cellWidth = both ? 9 : 7
        let rowLabels = matrix.likelihood.levels.map { "\($0.level) \($0.name.th)" }
        let labelWidth = max(rowLabels.map(\.displayWidth).max() ?? 0, matrix.likelihood.name.th.displayWidth)
        var lines: [String] = []
        let kindText = map.kinds.map(\.label.th).joined(separator: " → ")
        lines.append("\(map.title) · \(kindText) · \(matrix.name.th) (\(matrix.key))")
        lines.append(matrix.likelihood.name.th.padded(toWidth: labelWidth) + "  " + "\(matrix.impact.name.th) →")
        for level in matrix.likelihood.levels.reversed() {
            var line = rowLabels[level.level - 1].padded(toWidth: labelWidth) + " "
            for i in matrix.impact.range {
                guard let cell = map.cell(likelihood: level.level, impact: i) else { continue }
                let counts = map.kinds.map { cell.count($0) }
                let empty = counts.allSatisfy { $0 == 0 }
                let text = empty ? (style.colors ? "" : "·") : counts.map(String.init).joined(separator: "→")
                line += " " + style.background(text.padded(toWidth: cellWidth, alignment: .center), hex: cell.color)
            }
            lines.append(line)
        }
        var footer = String(repeating: " ", count: labelWidth + 1)
        for level in matrix.impact.levels {
            footer += " " + "\(level.level) \(level.name.th)".fitted(toWidth: cellWidth, alignment: .center)
        }
        lines.append(footer)
        lines.append(
            "แถบ: "
                + matrix.bands.map { band in
                    style.background(
                        " \(band.name.th) \(band.scores.lowerBound)–\(band.scores.upperBound) ", hex: band.color)
                }.joined(separator: " "))
        if both {
            lines.append("ตัวเลขในช่อง: จำนวน\(map.kinds[0].label.th) → \(map.kinds[1].label.th)")
            for move in map.movements {
                let arrow = move.from == move.to ? "=" : "→"
                lines.append(
                    "  \(move.risk)  \(move.from[0])×\(move.from[1]) \(move.fromBand) \(arrow) "
                        + "\(move.to[0])×\(move.to[1]) \(move.toBand)")
            }
        } else if let kind = map.kinds.first {
            let cells = map.cells.sorted { ($0.score, $0.likelihood) > ($1.score, $1.likelihood) }
            for cell in cells where cell.count(kind) > 0 {
                let ids = (cell.risks[kind.rawValue] ?? []).joined(separator: ", ")
                lines.append("  \(cell.likelihood)×\(cell.impact)=\(cell.score) \(cell.bandName): \(ids)")
            }
        }
        if !withoutResidual.isEmpty {
            lines.append("\(HeatmapSVG.withoutResidualLabel): \(withoutResidual.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The poster SVG of one heatmap (``HeatmapSVG/Layout/poster``), headed by `agency` and the year, with
    /// `withoutResidual` listed under the grid.
    public static func svg(_ map: Heatmap, agency: String? = nil, withoutResidual: [String] = []) -> String {
        HeatmapSVG.render(map, layout: .poster, agency: agency, withoutResidual: withoutResidual)
    }

    /// An HTML page headed by the agency and the year, holding the poster of each heatmap and a table of the
    /// ids per cell (before and after in columns of their own, marked as on the poster), then the risks
    /// without a residual target.
    public static func html(_ maps: [Heatmap], agency: String? = nil, withoutResidual: [String] = []) -> String {
        var body = ""
        for map in maps {
            let both = map.kinds.count == 2
            let headers =
                both
                ? "<th>\(HeatmapSVG.beforeMark) \(MarkupText.htmlEscaped(map.kinds[0].label.th)) (ก่อน)</th>"
                    + "<th>\(HeatmapSVG.afterMark) \(MarkupText.htmlEscaped(map.kinds[1].label.th)) (หลัง)</th>"
                : "<th>ความเสี่ยง</th>"
            body += "<section>\n" + svg(map, agency: agency) + "<table><tr><th>ช่อง</th><th>ระดับ</th>\(headers)</tr>\n"
            for cell in map.cells.sorted(by: { $0.score > $1.score }) {
                let ids = map.kinds.map { kind in (cell.risks[kind.rawValue] ?? []).joined(separator: ", ") }
                guard ids.contains(where: { !$0.isEmpty }) else { continue }
                let classes = both ? ["before", "after"] : [""]
                body +=
                    "<tr><td>\(cell.likelihood)×\(cell.impact)=\(cell.score)</td>"
                    + "<td style=\"background:\(cell.color)\">\(MarkupText.htmlEscaped(cell.bandName))</td>"
                    + zip(ids, classes).map { ids, kind in
                        "<td\(kind.isEmpty ? "" : " class=\"\(kind)\"")>\(MarkupText.htmlEscaped(ids))</td>"
                    }.joined() + "</tr>\n"
            }
            body += "</table>\n</section>\n"
        }
        if !withoutResidual.isEmpty {
            body +=
                "<p class=\"unset\"><strong>\(MarkupText.htmlEscaped(HeatmapSVG.withoutResidualLabel))</strong> "
                + "(\(withoutResidual.count)): \(MarkupText.htmlEscaped(withoutResidual.joined(separator: ", ")))</p>\n"
        }
        let heading = MarkupText.htmlEscaped(
            "แผนภูมิความเสี่ยง " + (agency.map { "\($0) " } ?? "") + (maps.first?.title ?? ""))
        return """
            <!DOCTYPE html>
            <html lang="th"><head><meta charset="utf-8"><title>\(heading) — Risk heatmap</title>
            <style>body{font-family:'Noto Sans Thai','Sarabun',sans-serif;margin:2em}\
            table{border-collapse:collapse;margin:1em 0}\
            td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}\
            td.before{font-style:italic}td.after{font-weight:bold}</style></head>
            <body>
            <h1>\(heading)</h1>
            \(body)</body></html>

            """
    }

    /// The heatmaps as JSON (``JSONOutput``) for scripts, each as its ``HeatmapJSON`` view: every key present,
    /// scores as their parts (`Docs/schemas/heatmap.schema.json`).
    public static func json(_ maps: [Heatmap]) throws -> String {
        try JSONOutput.string(maps.map(HeatmapJSON.init)) + "\n"
    }
}
