import RiskRegister
import Sujarit

/// The one SVG drawing of a ``Heatmap``: a grid per kind of score side by side ("before → after"), each cell
/// in its band's colour with the number of risks in it, axes numbered, and the bands as a legend.
///
/// A report prints it compact (``Layout/page``, half a page wide); `sujarit heatmap --format svg` writes it
/// as a poster (``Layout/poster``): large cells with the risk ids, level names on the axes, a heading naming
/// the agency and the fiscal year, and the risks' movements. Before and after side by side, each id carries
/// its side's mark (``beforeMark``, ``afterMark``) and style, so a cell read alone still says which it is; a
/// risk that has no residual target yet is listed under the grid rather than silently missing from it. Both
/// layouts are the same drawing, so a change of look reaches every heatmap Sujarit prints.
public enum HeatmapSVG {
    /// The mark before an id placed by its score before the controls (inherent), drawn in italics.
    public static let beforeMark = "○"
    /// The mark before an id placed by its residual target (after the controls), drawn in bold.
    public static let afterMark = "●"
    /// The heading of the risks without a residual target, under the grid and on the HTML page.
    public static let withoutResidualLabel = "ยังไม่กำหนดความเสี่ยงคงเหลือ (no residual target)"

    /// How large the drawing is and how much it says.
    public enum Layout: Sendable {
        /// Compact, counts only: for a report's page.
        case page
        /// Large, with ids, level names, a heading and the movements: a standalone picture.
        case poster
    }

    /// The heatmap as a standalone SVG (UTF-8, Thai labels, fonts a Thai desktop or Debian's fonts-thai-tlwg
    /// provide). Every text is escaped with ``MarkupText/htmlEscaped(_:)``.
    ///
    /// - parameters:
    ///   - agency: The agency whose register it is, named in the poster's heading.
    ///   - withoutResidual: Ids of the risks that have no residual target yet, listed under the grid.
    public static func render(
        _ map: Heatmap, layout: Layout = .page, text: ThaiText = ThaiText(), agency: String? = nil,
        withoutResidual: [String] = []
    ) -> String {
        let notes = notes(withoutResidual)
        let grid = Geometry(map, layout: layout, notes: notes.count)
        let matrix = map.matrix
        func digits(_ value: String) -> String { ThaiDigits.apply(text.digits, to: value) }
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(grid.width) \(grid.height)" \
            width="\(grid.width)" height="\(grid.height)" \
            font-family="'TH Sarabun New', 'TH SarabunPSK', Sarabun, Laksaman, 'Noto Sans Thai', Loma, sans-serif" \
            font-size="15" role="img" aria-label="\(MarkupText.htmlEscaped("แผนภูมิความเสี่ยง \(map.title)"))">

            """
        if layout == .poster { svg += heading(map, agency: agency) }
        for (index, kind) in map.kinds.enumerated() {
            svg += panel(map, kind: kind, left: index * (grid.panelWidth + grid.gap), grid: grid, digits: digits)
        }
        if map.kinds.count == 2 {
            let x = grid.panelWidth + grid.gap / 2, y = grid.top + grid.gridHeight / 2
            svg +=
                "<path d=\"M\(x - 12) \(y) L\(x + 8) \(y) M\(x + 2) \(y - 6) L\(x + 9) \(y) L\(x + 2) \(y + 6)\" "
                + "stroke=\"#444\" stroke-width=\"2.5\" fill=\"none\"/>\n"
        }
        for (index, band) in matrix.bands.sorted(by: { $0.rank < $1.rank }).enumerated() {
            let x = (index % 4) * (grid.width / 4), y = grid.legendTop + (index / 4) * 18
            let label = "\(band.name.th) \(band.scores.lowerBound)–\(band.scores.upperBound)"
            svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"13\" height=\"13\" rx=\"2\" fill=\"\(band.color)\"/>"
            svg +=
                "<text x=\"\(x + 17)\" y=\"\(y + 11)\" font-size=\"14\">"
                + "\(MarkupText.htmlEscaped(digits(label)))</text>\n"
        }
        if grid.marksLegend {
            let y = grid.legendTop + grid.bandRows * 18 + 11
            svg +=
                "<text x=\"0\" y=\"\(y)\" font-size=\"14\"><tspan font-style=\"italic\">\(beforeMark) "
                + "\(MarkupText.htmlEscaped(ScoreKind.inherent.label.th))</tspan> (inherent, ก่อน) · "
                + "<tspan font-weight=\"bold\">\(afterMark) \(MarkupText.htmlEscaped(ScoreKind.residual.label.th))"
                + "</tspan> (residual, หลัง)</text>\n"
        }
        for (index, move) in grid.movements.enumerated() {
            let line =
                "\(move.risk): \(move.from[0])×\(move.from[1]) \(move.fromBand) → "
                + "\(move.to[0])×\(move.to[1]) \(move.toBand)"
            svg +=
                "<text x=\"0\" y=\"\(grid.movementsTop + index * 18)\" font-size=\"13\">"
                + "\(MarkupText.htmlEscaped(digits(line)))</text>\n"
        }
        for (index, note) in notes.enumerated() {
            let y = grid.movementsTop + (grid.movements.count + index) * 18
            svg +=
                "<text x=\"0\" y=\"\(y)\" font-size=\"13\"\(index == 0 ? " font-weight=\"bold\"" : "")>"
                + "\(MarkupText.htmlEscaped(note))</text>\n"
        }
        return svg + "</svg>" + (layout == .poster ? "\n" : "")
    }

    /// The lines that list the risks without a residual target: a heading, then six ids a line.
    static func notes(_ withoutResidual: [String]) -> [String] {
        guard !withoutResidual.isEmpty else { return [] }
        let lines = stride(from: 0, to: withoutResidual.count, by: 6).map {
            withoutResidual[$0..<min($0 + 6, withoutResidual.count)].joined(separator: ", ")
        }
        return ["\(withoutResidualLabel): \(withoutResidual.count)"] + lines
    }

    /// Sizes and positions, from the layout and the matrix.
    struct Geometry {
        let poster: Bool
        /// Whether the ids carry their side's mark, and a line under the bands explains the marks.
        let marksLegend: Bool
        let cell, axis, gap, top, gridWidth, gridHeight, panelWidth, width, legendTop, bandRows: Int
        let movementsTop, height: Int
        let movements: [Heatmap.Movement]

        init(_ map: Heatmap, layout: Layout, notes: Int = 0) {
            let columns = map.matrix.impact.levels.count, rows = map.matrix.likelihood.levels.count
            poster = layout == .poster
            cell = poster ? 92 : columns > 3 ? 32 : 50
            // The poster names each level beside its number, so its likelihood axis is wider.
            axis = poster ? 170 : 34
            gap = poster ? 60 : 40
            top = poster ? 96 : 26
            gridWidth = columns * cell
            gridHeight = rows * cell
            panelWidth = axis + gridWidth
            let kinds = map.kinds.count
            width = panelWidth * kinds + gap * (kinds - 1) + 6
            legendTop = top + gridHeight + (poster ? 48 : 34)
            movements = poster && kinds == 2 ? map.movements : []
            marksLegend = poster && kinds == 2
            bandRows = (map.matrix.bands.count + 3) / 4
            movementsTop = legendTop + (bandRows + (marksLegend ? 1 : 0)) * 18 + 22
            let lines = movements.count + notes
            height = lines == 0 ? movementsTop - 18 : movementsTop + lines * 18
        }
    }

    /// The poster's heading: the agency, the year (the map's title), the kinds compared, and the matrix.
    static func heading(_ map: Heatmap, agency: String?) -> String {
        let kinds = map.kinds.map(\.label.th).joined(separator: " → ")
        let movement = map.kinds.count == 2 ? " · ตัวเลขในช่อง: ก่อน → หลัง" : ""
        let matrix = "\(map.matrix.name.th) (\(map.matrix.key))" + movement
        let title = MarkupText.htmlEscaped(
            "แผนภูมิความเสี่ยง " + (agency.map { "\($0) " } ?? "") + map.title)
        return """
            <title>\(title) — \(MarkupText.htmlEscaped(map.matrix.name.th))</title>
            <rect width="100%" height="100%" fill="#ffffff"/>
            <text x="0" y="24" font-size="19" font-weight="bold">\(title)</text>
            <text x="0" y="44" fill="#444">\(MarkupText.htmlEscaped(kinds))</text>
            <text x="0" y="62" fill="#444" font-size="14">\(MarkupText.htmlEscaped(matrix))</text>

            """
    }

    /// One kind's grid, with its title, axes and counts (and, on a poster, the ids in each cell).
    static func panel(
        _ map: Heatmap, kind: ScoreKind, left: Int, grid: Geometry, digits: (String) -> String
    ) -> String {
        let matrix = map.matrix, cell = grid.cell, top = grid.top, poster = grid.poster
        let rows = matrix.likelihood.levels.count
        let title = kind == .inherent ? "ก่อนการควบคุม" : kind == .residual ? "คงเหลือ (เป้าหมาย)" : kind.label.th
        var svg =
            "<text x=\"\(left + grid.axis + grid.gridWidth / 2)\" y=\"\(top - 9)\" text-anchor=\"middle\" "
            + "font-weight=\"bold\" font-size=\"16\">"
            + "\(MarkupText.htmlEscaped(title)) (\(digits(String(map.total(kind)))))</text>\n"
        for level in matrix.likelihood.levels {
            let y = top + (rows - level.level) * cell
            let label = poster ? "\(level.level) \(level.name.th)" : String(level.level)
            svg +=
                "<text x=\"\(left + grid.axis - 6)\" y=\"\(y + cell / 2 + 5)\" text-anchor=\"end\">"
                + "\(MarkupText.htmlEscaped(digits(label)))</text>\n"
            for impact in matrix.impact.levels {
                let x = left + grid.axis + (impact.level - 1) * cell
                guard let c = map.cell(likelihood: level.level, impact: impact.level) else { continue }
                let place = "\(c.likelihood)×\(c.impact)=\(c.score) \(c.bandName)"
                let tip = poster ? "<title>\(MarkupText.htmlEscaped(place))</title>" : ""
                svg +=
                    "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell - 2)\" height=\"\(cell - 2)\" rx=\"2\" "
                    + "fill=\"\(c.color)\"" + (tip.isEmpty ? "/>\n" : ">\(tip)</rect>\n")
                let count = c.count(kind)
                guard count > 0 else { continue }
                let middle = x + (cell - 2) / 2, ink = ink(on: c.color)
                svg +=
                    "<text x=\"\(middle)\" y=\"\(y + (poster ? 32 : cell / 2 + 6))\" text-anchor=\"middle\" "
                    + "font-size=\"\(poster ? 22 : 20)\" font-weight=\"bold\" fill=\"\(ink)\">"
                    + "\(digits(String(count)))</text>\n"
                guard poster else { continue }
                let ids = c.risks[kind.rawValue] ?? []
                // Before and after side by side: each id says its side, by a mark and a style.
                let mark =
                    !grid.marksLegend
                    ? ""
                    : kind == map.kinds[0]
                        ? "<tspan font-style=\"italic\">\(beforeMark) </tspan>" : "<tspan>\(afterMark) </tspan>"
                let style =
                    !grid.marksLegend ? "" : kind == map.kinds[0] ? " font-style=\"italic\"" : " font-weight=\"bold\""
                for (index, id) in ids.prefix(3).enumerated() {
                    svg +=
                        "<text x=\"\(middle)\" y=\"\(y + 50 + index * 13)\" text-anchor=\"middle\" font-size=\"11\" "
                        + "fill=\"\(ink)\"\(style)>\(mark)\(MarkupText.htmlEscaped(id))</text>\n"
                }
                if ids.count > 3 {
                    svg +=
                        "<text x=\"\(middle)\" y=\"\(y + 89)\" text-anchor=\"middle\" font-size=\"11\" "
                        + "fill=\"\(ink)\">+\(ids.count - 3)</text>\n"
                }
            }
        }
        for impact in matrix.impact.levels {
            let x = left + grid.axis + (impact.level - 1) * cell + (cell - 2) / 2
            let label = poster ? "\(impact.level) \(impact.name.th)" : String(impact.level)
            svg +=
                "<text x=\"\(x)\" y=\"\(top + grid.gridHeight + 14)\" text-anchor=\"middle\""
                + "\(poster ? " font-size=\"12\"" : "")>\(MarkupText.htmlEscaped(digits(label)))</text>\n"
        }
        svg +=
            "<text x=\"\(left + grid.axis + grid.gridWidth / 2)\" y=\"\(top + grid.gridHeight + 29)\" "
            + "text-anchor=\"middle\" font-size=\"14\">\(MarkupText.htmlEscaped(matrix.impact.name.th)) →</text>\n"
        let middle = top + grid.gridHeight / 2
        svg +=
            "<text x=\"\(left + 10)\" y=\"\(middle)\" text-anchor=\"middle\" font-size=\"14\" "
            + "transform=\"rotate(-90 \(left + 10) \(middle))\">"
            + "\(MarkupText.htmlEscaped(matrix.likelihood.name.th)) →</text>\n"
        return svg
    }

    /// Black or white text, whichever reads on `hex`.
    static func ink(on hex: String) -> String {
        guard hex.count == 7, let value = Int(hex.dropFirst(), radix: 16) else { return "#000000" }
        let (r, g, b) = (value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff)
        return (299 * r + 587 * g + 114 * b) / 1000 > 140 ? "#000000" : "#ffffff"
    }

}
