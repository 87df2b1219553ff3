import RiskRegister
import Sujarit

/// A compact heatmap for a printed page: the inherent and the residual grid side by side, each cell in its
/// band's colour with the number of risks in it, axes numbered, and the bands as a legend.
///
/// The register's own SVG is a poster (one large grid with ids); a report needs both grids in half a page
/// width, so they read as "before → after" at a glance.
enum HeatmapSVG {
    static func render(_ map: Heatmap, text: ThaiText = ThaiText()) -> String {
        let matrix = map.matrix
        let columns = matrix.impact.levels.count, rows = matrix.likelihood.levels.count
        let cell = columns > 3 ? 32 : 50
        let axis = 34, gap = 40, top = 26
        let gridWidth = columns * cell, gridHeight = rows * cell
        let panelWidth = axis + gridWidth
        let kinds = map.kinds
        let width = panelWidth * kinds.count + gap * (kinds.count - 1) + 6
        let legendTop = top + gridHeight + 34
        let legendRows = (matrix.bands.count + 3) / 4
        let height = legendTop + legendRows * 18 + 4
        func digits(_ value: String) -> String { ThaiDigits.apply(text.digits, to: value) }
        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" \
        font-family="'TH Sarabun New', 'TH SarabunPSK', Sarabun, Laksaman, 'Noto Sans Thai', Loma, sans-serif" font-size="15" \
        role="img" aria-label="\(escape("แผนภูมิความเสี่ยง \(map.title)"))">

        """
        for (index, kind) in kinds.enumerated() {
            let left = index * (panelWidth + gap)
            let title = kind == .inherent ? "ก่อนการควบคุม" : kind == .residual ? "คงเหลือ (เป้าหมาย)" : kind.label.th
            svg += "<text x=\"\(left + axis + gridWidth / 2)\" y=\"\(top - 9)\" text-anchor=\"middle\" font-weight=\"bold\" font-size=\"16\">\(escape(title)) (\(digits(String(map.total(kind)))))</text>\n"
            for level in matrix.likelihood.levels {
                let y = top + (rows - level.level) * cell
                svg += "<text x=\"\(left + axis - 6)\" y=\"\(y + cell / 2 + 5)\" text-anchor=\"end\">\(digits(String(level.level)))</text>\n"
                for impact in matrix.impact.levels {
                    let x = left + axis + (impact.level - 1) * cell
                    guard let c = map.cell(likelihood: level.level, impact: impact.level) else { continue }
                    svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell - 2)\" height=\"\(cell - 2)\" rx=\"2\" fill=\"\(c.color)\"/>\n"
                    let count = c.count(kind)
                    if count > 0 {
                        svg += "<text x=\"\(x + (cell - 2) / 2)\" y=\"\(y + cell / 2 + 6)\" text-anchor=\"middle\" font-size=\"20\" font-weight=\"bold\" fill=\"\(ink(on: c.color))\">\(digits(String(count)))</text>\n"
                    }
                }
            }
            for impact in matrix.impact.levels {
                let x = left + axis + (impact.level - 1) * cell + (cell - 2) / 2
                svg += "<text x=\"\(x)\" y=\"\(top + gridHeight + 14)\" text-anchor=\"middle\">\(digits(String(impact.level)))</text>\n"
            }
            svg += "<text x=\"\(left + axis + gridWidth / 2)\" y=\"\(top + gridHeight + 29)\" text-anchor=\"middle\" font-size=\"14\">\(escape(matrix.impact.name.th)) →</text>\n"
            let middle = top + gridHeight / 2
            svg += "<text x=\"\(left + 10)\" y=\"\(middle)\" text-anchor=\"middle\" font-size=\"14\" transform=\"rotate(-90 \(left + 10) \(middle))\">\(escape(matrix.likelihood.name.th)) →</text>\n"
        }
        if kinds.count == 2 {
            let x = panelWidth + gap / 2, y = top + gridHeight / 2
            svg += "<path d=\"M\(x - 12) \(y) L\(x + 8) \(y) M\(x + 2) \(y - 6) L\(x + 9) \(y) L\(x + 2) \(y + 6)\" stroke=\"#444\" stroke-width=\"2.5\" fill=\"none\"/>\n"
        }
        for (index, band) in matrix.bands.sorted(by: { $0.rank < $1.rank }).enumerated() {
            let x = (index % 4) * (width / 4), y = legendTop + (index / 4) * 18
            let label = "\(band.name.th) \(band.scores.lowerBound)–\(band.scores.upperBound)"
            svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"13\" height=\"13\" rx=\"2\" fill=\"\(band.color)\"/>"
            svg += "<text x=\"\(x + 17)\" y=\"\(y + 11)\" font-size=\"14\">\(escape(digits(label)))</text>\n"
        }
        return svg + "</svg>"
    }

    /// Black or white text, whichever reads on `hex`.
    static func ink(on hex: String) -> String {
        guard hex.count == 7, let value = Int(hex.dropFirst(), radix: 16) else { return "#000000" }
        let (r, g, b) = (value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff)
        return (299 * r + 587 * g + 114 * b) / 1000 > 140 ? "#000000" : "#ffffff"
    }

    /// Text safe inside the SVG's elements and attributes (``MarkupText/htmlEscaped(_:)``).
    static func escape(_ text: String) -> String { MarkupText.htmlEscaped(text) }
}
