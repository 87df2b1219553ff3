import Foundation
import Presentation
import RiskRegister
import Sujarit

/// Every form `sujarit heatmap` writes a ``Heatmap`` in: a terminal grid in the bands' colours, the poster
/// SVG (``HeatmapSVG``, the one SVG drawing reports use too), an HTML page around it, or JSON.
///
/// RiskRegister only counts; drawing lives here so that a heatmap looks the same in every output.
public enum HeatmapRenderer {
    /// The grid for a terminal, likelihood from the top down, with the ids of each occupied cell below.
    /// Cells take their band's colour through ``TerminalStyle/background(_:hex:)`` (plain when piped or
    /// `NO_COLOR`).
    public static func terminal(_ map: Heatmap, style: TerminalStyle) -> String {
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
        return lines.joined(separator: "\n") + "\n"
    }

    /// The poster SVG of one heatmap (``HeatmapSVG/Layout/poster``).
    public static func svg(_ map: Heatmap) -> String { HeatmapSVG.render(map, layout: .poster) }

    /// An HTML page holding the poster of each heatmap and a table of the ids per cell.
    public static func html(_ maps: [Heatmap]) -> String {
        var body = ""
        for map in maps {
            body += "<section>\n" + svg(map) + "<table><tr><th>ช่อง</th><th>ระดับ</th><th>ความเสี่ยง</th></tr>\n"
            for cell in map.cells.sorted(by: { $0.score > $1.score }) {
                let ids = map.kinds.map { kind in (cell.risks[kind.rawValue] ?? []).joined(separator: ", ") }
                guard ids.contains(where: { !$0.isEmpty }) else { continue }
                body +=
                    "<tr><td>\(cell.likelihood)×\(cell.impact)=\(cell.score)</td>"
                    + "<td style=\"background:\(cell.color)\">\(MarkupText.htmlEscaped(cell.bandName))</td>"
                    + "<td>\(MarkupText.htmlEscaped(ids.joined(separator: " → ")))</td></tr>\n"
            }
            body += "</table>\n</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="th"><head><meta charset="utf-8"><title>แผนภูมิความเสี่ยง — Risk heatmap</title>
            <style>body{font-family:'Noto Sans Thai','Sarabun',sans-serif;margin:2em}\
            table{border-collapse:collapse;margin:1em 0}\
            td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}</style></head>
            <body>
            \(body)</body></html>

            """
    }

    /// The heatmaps as JSON (``JSONOutput``), for scripts and later reports.
    public static func json(_ maps: [Heatmap]) throws -> String { try JSONOutput.string(maps) + "\n" }
}
