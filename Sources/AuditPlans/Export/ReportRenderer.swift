import Sujarit

/// Renders a ``ReportDocument`` as a self-contained HTML page (A4 print CSS, Thai fonts), Markdown or CSV.
public enum ReportRenderer {
    /// The Thai font stack every printed report uses: the government's Sarabun first, then what Linux has.
    public static let thaiFontStack = #""TH Sarabun New", Sarabun, "Noto Sans Thai", Loma, sans-serif"#

    // MARK: HTML

    /// A complete HTML document with its styles inline, ready to open in a browser and print on A4.
    public static func html(_ document: ReportDocument) -> String {
        var body: [String] = []
        body.append("<header>")
        body.append("<h1>\(escape(document.title))</h1>")
        for line in document.subtitle { body.append("<p class=\"subtitle\">\(escape(line))</p>") }
        body.append("</header>")
        for table in document.tables { body.append(htmlTable(table)) }
        if !document.notes.isEmpty {
            body.append("<section class=\"notes\">")
            for note in document.notes { body.append("<p>\(escape(note))</p>") }
            body.append("</section>")
        }
        if !document.signatures.isEmpty {
            body.append("<section class=\"signatures\">")
            for signature in document.signatures { body.append(htmlSignature(signature)) }
            body.append("</section>")
        }
        if let footer = document.footer { body.append("<footer>\(escape(footer))</footer>") }
        return """
            <!DOCTYPE html>
            <html lang="th">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(document.title))</title>
            <style>
            \(css(document.orientation))
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// The page's styles: A4 with print margins, the Thai font stack, ruled tables whose header repeats on
    /// every printed page and whose rows never split across pages.
    public static func css(_ orientation: ReportDocument.Orientation) -> String {
        """
        @page { size: A4 \(orientation.rawValue); margin: 15mm 12mm; }
        * { box-sizing: border-box; }
        body { font-family: \(thaiFontStack); font-size: 14pt; line-height: 1.3; color: #000; margin: 0; }
        @media screen { body { margin: 0 auto; max-width: \(orientation == .landscape ? "273mm" : "186mm"); padding: 8mm 0; } }
        header { text-align: center; margin-bottom: 6mm; }
        h1 { font-size: 18pt; margin: 0 0 2mm; }
        .subtitle { margin: 0; }
        table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 4mm 0; font-size: 12pt; }
        caption { text-align: left; font-weight: bold; padding-bottom: 2mm; }
        th, td { border: 0.5pt solid #000; padding: 1mm 1.5mm; vertical-align: top; }
        th { background: #eee; text-align: center; }
        td.trailing { text-align: right; }
        td { overflow-wrap: anywhere; }
        td.center { text-align: center; }
        tr.totals td { font-weight: bold; background: #f6f6f6; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; break-inside: avoid; }
        .notes p { margin: 1mm 0; }
        .signatures { display: flex; justify-content: space-around; margin-top: 14mm; page-break-inside: avoid; break-inside: avoid; }
        .signature { text-align: center; min-width: 70mm; }
        .signature .line { margin-top: 12mm; }
        footer { margin-top: 8mm; font-size: 10pt; color: #555; }
        @media print { th, tr.totals td { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
        """
    }

    static func htmlTable(_ table: ReportTable) -> String {
        let total = max(1, table.columns.reduce(0) { $0 + $1.weight })
        var out = ["<table>"]
        if let caption = table.caption { out.append("<caption>\(escape(caption))</caption>") }
        out.append("<colgroup>" + table.columns.map { "<col style=\"width: \($0.weight * 100 / total)%\">" }.joined() + "</colgroup>")
        out.append("<thead><tr>" + table.columns.map { "<th>\(escape($0.header))</th>" }.joined() + "</tr></thead>")
        out.append("<tbody>")
        func row(_ cells: [String], cssClass: String? = nil) -> String {
            let opening = cssClass.map { "<tr class=\"\($0)\">" } ?? "<tr>"
            return opening + zip(cells, table.columns).map { cell, column in
                let alignment = column.alignment == .leading ? "" : " class=\"\(column.alignment == .trailing ? "trailing" : "center")\""
                return "<td\(alignment)>\(escape(cell).replacingOccurrences(of: "\n", with: "<br>"))</td>"
            }.joined() + "</tr>"
        }
        if table.rows.isEmpty {
            out.append("<tr><td colspan=\"\(table.columns.count)\" class=\"center\">— ไม่มีรายการ —</td></tr>")
        }
        out += table.rows.map { row($0) }
        if let totals = table.totals { out.append(row(totals, cssClass: "totals")) }
        out.append("</tbody></table>")
        return out.joined(separator: "\n")
    }

    static func htmlSignature(_ signature: ReportSignature) -> String {
        var lines = ["<div class=\"signature\">", "<div class=\"line\">(ลงชื่อ) ........................................ \(escape(signature.role))</div>"]
        lines.append("<div>( \(escape(signature.name ?? "........................................")) )</div>")
        if let position = signature.position { lines.append("<div>\(escape(position))</div>") }
        lines.append("<div>วันที่ \(escape(signature.date?.formatted(.thaiLong) ?? "........ / ........ / ........"))</div>")
        lines.append("</div>")
        return lines.joined(separator: "\n")
    }

    /// Text made safe inside HTML elements and attribute values.
    public static func escape(_ text: String) -> String { MarkupText.htmlEscaped(text) }

    // MARK: Markdown

    /// GitHub-flavoured Markdown: the title as a heading, the tables as pipe tables, then notes and signatures.
    public static func markdown(_ document: ReportDocument) -> String {
        var out = ["# \(markdownText(document.title))", ""]
        if !document.subtitle.isEmpty {
            out += document.subtitle.map { markdownText($0) + "  " }
            out.append("")
        }
        for table in document.tables {
            if let caption = table.caption { out += ["**\(markdownText(caption))**", ""] }
            out.append("| " + table.columns.map { markdownCell($0.header) }.joined(separator: " | ") + " |")
            out.append("|" + table.columns.map { column in
                switch column.alignment {
                case .leading: " --- |"
                case .trailing: " ---: |"
                case .center: " :---: |"
                }
            }.joined())
            for row in table.rows { out.append("| " + row.map(markdownCell).joined(separator: " | ") + " |") }
            if let totals = table.totals { out.append("| " + totals.map { $0.isEmpty ? "" : "**\(markdownCell($0))**" }.joined(separator: " | ") + " |") }
            out.append("")
        }
        for note in document.notes { out += [markdownText(note), ""] }
        for signature in document.signatures {
            let parts = [signature.role, signature.name, signature.position, signature.date.map { "วันที่ \($0.formatted(.thaiLong))" }].compactMap { $0 }
            out += ["- " + markdownText(parts.joined(separator: " — ")) + (signature.name == nil ? " — (ลงชื่อ) ...................." : "")]
        }
        if !document.signatures.isEmpty { out.append("") }
        if let footer = document.footer { out += ["_\(markdownText(footer))_", ""] }
        return out.joined(separator: "\n")
    }

    /// A table cell: HTML escaped, pipes escaped, line breaks as `<br>` (``MarkupText/markdownCell(_:)``).
    static func markdownCell(_ text: String) -> String { MarkupText.markdownCell(text) }

    /// Running text: HTML escaped, and characters Markdown would read as markup escaped at the start of a line.
    static func markdownText(_ text: String) -> String {
        let text = MarkupText.htmlEscaped(text)
        guard let first = text.first, "#*-+>|_`".contains(first) else { return text }
        return "\\" + text
    }

    // MARK: CSV

    /// One table as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Thai), a header row,
    /// CRLF line ends, quoting as RFC 4180 says. The totals row is left out: spreadsheets sum for themselves.
    public static func csv(_ table: ReportTable) -> String {
        CSVText.document(header: table.columns.map(\.header), rows: table.rows)
    }
}
