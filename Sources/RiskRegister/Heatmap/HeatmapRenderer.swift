import Foundation
import Sujarit

/// Draws a ``Heatmap``: a terminal grid with the bands' background colours, a standalone SVG with Thai
/// labels, an HTML page around it, or JSON. Rendering is kept apart from the counting so reports can reuse it.
public enum HeatmapRenderer {
    /// The grid for a terminal, likelihood from the top down, with the ids of each occupied cell below.
    /// - parameter colors: ANSI 24-bit backgrounds from the matrix's band colours (off when piped or `NO_COLOR`).
    public static func terminal(_ map: Heatmap, colors: Bool) -> String {
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
                let cell = map.cell(likelihood: level.level, impact: i)!
                let counts = map.kinds.map { cell.count($0) }
                let text = counts.allSatisfy { $0 == 0 } ? (colors ? "" : "·") : counts.map(String.init).joined(separator: "→")
                line += " " + paint(text.padded(toWidth: cellWidth, alignment: .center), hex: cell.color, colors: colors)
            }
            lines.append(line)
        }
        var footer = String(repeating: " ", count: labelWidth + 1)
        for level in matrix.impact.levels {
            footer += " " + "\(level.level) \(level.name.th)".fitted(toWidth: cellWidth, alignment: .center)
        }
        lines.append(footer)
        lines.append("แถบ: " + matrix.bands.map { band in
            paint(" \(band.name.th) \(band.scores.lowerBound)–\(band.scores.upperBound) ", hex: band.color, colors: colors)
        }.joined(separator: " "))
        if both {
            lines.append("ตัวเลขในช่อง: จำนวน\(map.kinds[0].label.th) → \(map.kinds[1].label.th)")
            for move in map.movements {
                let arrow = move.from == move.to ? "=" : "→"
                lines.append("  \(move.risk)  \(move.from[0])×\(move.from[1]) \(move.fromBand) \(arrow) \(move.to[0])×\(move.to[1]) \(move.toBand)")
            }
        } else if let kind = map.kinds.first {
            for cell in map.cells.sorted(by: { ($0.score, $0.likelihood) > ($1.score, $1.likelihood) }) where cell.count(kind) > 0 {
                lines.append("  \(cell.likelihood)×\(cell.impact)=\(cell.score) \(cell.bandName): \(cell.risks[kind.rawValue]!.joined(separator: ", "))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func paint(_ text: String, hex: String, colors: Bool) -> String {
        guard colors, hex.count == 7, let value = Int(hex.dropFirst(), radix: 16) else { return text }
        let (r, g, b) = (value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff)
        let foreground = (299 * r + 587 * g + 114 * b) / 1000 > 140 ? "30" : "97"
        return "\u{1B}[\(foreground);48;2;\(r);\(g);\(b)m\(text)\u{1B}[0m"
    }

    /// A standalone SVG (UTF-8, Thai labels, fonts a Thai desktop or Debian's fonts-thai-tlwg provide).
    public static func svg(_ map: Heatmap) -> String {
        let matrix = map.matrix
        let cell = 92, left = 190, top = 86
        let columns = matrix.impact.levels.count, rows = matrix.likelihood.levels.count
        let width = left + columns * cell + 30
        let legendTop = top + rows * cell + 70
        let movementLines = map.kinds.count == 2 ? map.movements.count : 0
        let height = legendTop + 40 + movementLines * 18
        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" \
        font-family="'Noto Sans Thai', 'Sarabun', 'Loma', 'Garuda', sans-serif" font-size="13">
        <title>\(escape(map.title)) — \(escape(matrix.name.th))</title>
        <rect width="100%" height="100%" fill="#ffffff"/>
        <text x="\(left)" y="24" font-size="17" font-weight="bold">\(escape("แผนภูมิความเสี่ยง \(map.title)"))</text>
        <text x="\(left)" y="44" fill="#444">\(escape(map.kinds.map(\.label.th).joined(separator: " → ")))</text>
        <text x="\(left)" y="62" fill="#444" font-size="12">\(escape(matrix.name.th + " (" + matrix.key.description + ")" + (map.kinds.count == 2 ? " · ตัวเลขในช่อง: ก่อน → หลัง" : "")))</text>

        """
        for level in matrix.likelihood.levels {
            let y = top + (rows - level.level) * cell
            svg += "<text x=\"\(left - 10)\" y=\"\(y + cell / 2 + 5)\" text-anchor=\"end\">\(escape("\(level.level) \(level.name.th)"))</text>\n"
            for impact in matrix.impact.levels {
                let x = left + (impact.level - 1) * cell
                let c = map.cell(likelihood: level.level, impact: impact.level)!
                let counts = map.kinds.map { c.count($0) }
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell - 2)\" height=\"\(cell - 2)\" rx=\"4\" fill=\"\(c.color)\"><title>\(escape("\(c.likelihood)×\(c.impact)=\(c.score) \(c.bandName)"))</title></rect>\n"
                if counts.contains(where: { $0 > 0 }) {
                    svg += "<text x=\"\(x + cell / 2 - 1)\" y=\"\(y + 32)\" text-anchor=\"middle\" font-size=\"22\" font-weight=\"bold\">\(counts.map(String.init).joined(separator: "→"))</text>\n"
                    let ids = map.kinds.flatMap { c.risks[$0.rawValue] ?? [] }
                    for (index, id) in Set(ids).sorted().prefix(3).enumerated() {
                        svg += "<text x=\"\(x + cell / 2 - 1)\" y=\"\(y + 50 + index * 13)\" text-anchor=\"middle\" font-size=\"10\">\(escape(id))</text>\n"
                    }
                    if Set(ids).count > 3 {
                        svg += "<text x=\"\(x + cell / 2 - 1)\" y=\"\(y + 89)\" text-anchor=\"middle\" font-size=\"10\">+\(Set(ids).count - 3)</text>\n"
                    }
                }
            }
        }
        for impact in matrix.impact.levels {
            let x = left + (impact.level - 1) * cell + cell / 2
            svg += "<text x=\"\(x)\" y=\"\(top + rows * cell + 18)\" text-anchor=\"middle\">\(escape("\(impact.level) \(impact.name.th)"))</text>\n"
        }
        svg += "<text x=\"\(left + columns * cell / 2)\" y=\"\(top + rows * cell + 42)\" text-anchor=\"middle\" font-weight=\"bold\">\(escape(matrix.impact.name.th + " (" + matrix.impact.name.en + ")"))</text>\n"
        svg += "<text x=\"24\" y=\"\(top + rows * cell / 2)\" font-weight=\"bold\" transform=\"rotate(-90 24 \(top + rows * cell / 2))\" text-anchor=\"middle\">\(escape(matrix.likelihood.name.th + " (" + matrix.likelihood.name.en + ")"))</text>\n"
        var x = left
        for band in matrix.bands {
            svg += "<rect x=\"\(x)\" y=\"\(legendTop)\" width=\"14\" height=\"14\" fill=\"\(band.color)\"/>"
            let label = "\(band.name.th) \(band.scores.lowerBound)–\(band.scores.upperBound)"
            svg += "<text x=\"\(x + 19)\" y=\"\(legendTop + 12)\">\(escape(label))</text>\n"
            x += 30 + label.displayWidth * 8
        }
        if map.kinds.count == 2 {
            for (index, move) in map.movements.enumerated() {
                let text = "\(move.risk): \(move.from[0])×\(move.from[1]) \(move.fromBand) → \(move.to[0])×\(move.to[1]) \(move.toBand)"
                svg += "<text x=\"\(left)\" y=\"\(legendTop + 40 + index * 18)\" font-size=\"12\">\(escape(text))</text>\n"
            }
        }
        return svg + "</svg>\n"
    }

    /// An HTML page holding the SVG of each heatmap and a table of the ids per cell.
    public static func html(_ maps: [Heatmap]) -> String {
        var body = ""
        for map in maps {
            body += "<section>\n" + svg(map) + "<table><tr><th>ช่อง</th><th>ระดับ</th><th>ความเสี่ยง</th></tr>\n"
            for cell in map.cells.sorted(by: { $0.score > $1.score }) {
                let ids = map.kinds.map { kind in (cell.risks[kind.rawValue] ?? []).joined(separator: ", ") }
                guard ids.contains(where: { !$0.isEmpty }) else { continue }
                body += "<tr><td>\(cell.likelihood)×\(cell.impact)=\(cell.score)</td><td style=\"background:\(cell.color)\">\(escape(cell.bandName))</td><td>\(escape(ids.joined(separator: " → ")))</td></tr>\n"
            }
            body += "</table>\n</section>\n"
        }
        return """
        <!DOCTYPE html>
        <html lang="th"><head><meta charset="utf-8"><title>แผนภูมิความเสี่ยง — Risk heatmap</title>
        <style>body{font-family:'Noto Sans Thai','Sarabun',sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}\
        td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}</style></head>
        <body>
        \(body)</body></html>

        """
    }

    /// The heatmaps as JSON (sorted keys), for scripts and later reports.
    public static func json(_ maps: [Heatmap]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(maps), as: UTF8.self) + "\n"
    }

    /// Text safe inside the SVG's elements and attributes (``MarkupText/htmlEscaped(_:)``).
    static func escape(_ text: String) -> String { MarkupText.htmlEscaped(text) }
}
