import Foundation
import Presentation
import Sujarit

extension ReportRenderer {
    /// A ``RegisterDocument`` in `format`: HTML and Markdown through the `register.*.mustache` templates (the
    /// agency edits them like every report's), the first table as CSV, the document as JSON, or the tables
    /// for a terminal.
    public func render(
        _ document: RegisterDocument, as format: ReportFormat, style: TerminalStyle = TerminalStyle(colors: false)
    ) throws -> String {
        switch format {
        case .csv:
            return document.tables.first.map(Self.csv) ?? ""
        case .json:
            return try JSONOutput.string(document) + "\n"
        case .term:
            return terminal(document, style: style)
        case .docx: // The page a Word document is converted from (WordConverter).
            return try render(document, as: .html, style: style)
        case .html, .md:
            let view = text.localize(document.view)
            return try theme.render("register.\(format.rawValue)", format == .md ? Self.markdownSafe(view) : view)
        }
    }

    /// One table as CSV for spreadsheets (``CSVText``: a byte-order mark so Excel reads Thai, a header row,
    /// CRLF). The totals row is left out: spreadsheets sum for themselves.
    public static func csv(_ table: RegisterDocument.Table) -> String {
        CSVText.document(header: table.columns.map(\.header), rows: table.rows)
    }

    /// The title, each table aligned, then the notes.
    func terminal(_ document: RegisterDocument, style: TerminalStyle) -> String {
        var lines = [style.paint(document.title, .bold)] + (document.memo?.lines ?? []) + document.subtitle
        for table in document.tables {
            var aligned = Table(columns: table.columns.map { Table.Column($0.header, alignment: $0.alignment) })
            for row in table.rows + (table.totals.map { [$0] } ?? []) { aligned.append(row) }
            lines += ["", table.caption.map { style.paint($0, .bold) }, aligned.terminal(style: style)]
                .compactMap { $0?.trimmingCharacters(in: .newlines) }
        }
        lines += document.notes.map { style.paint($0, .dim) }
        return ThaiDigits.apply(text.digits, to: lines.joined(separator: "\n")) + "\n"
    }
}

extension RegisterDocument {
    /// The values the `register.*` templates read. Cells keep their line breaks as separate lines, so the
    /// HTML template writes `<br>` between them and Mustache escapes each line.
    var view: [String: Any] {
        var view: [String: Any] = [
            "title": title, "subtitle": subtitle, "hasSubtitle": !subtitle.isEmpty, "notes": notes,
            "hasNotes": !notes.isEmpty, "orientation": orientation.rawValue,
            "landscape": orientation == .landscape,
            "tables": tables.map(\.view),
            "signatures": signatures.map(\.view), "hasSignatures": !signatures.isEmpty,
        ]
        if let footer { view["footer"] = footer }
        if let memo { view["memo"] = memo.view }
        return view
    }
}

extension RegisterDocument.Table {
    var view: [String: Any] {
        let total = max(1, columns.reduce(0) { $0 + $1.weight })
        func cells(_ row: [String]) -> [[String: Any]] {
            zip(row, columns).map { cell, column in
                let parts = cell.split(separator: "\n", omittingEmptySubsequences: false)
                let lines = parts.enumerated().map { index, line -> [String: Any] in
                    ["line": String(line), "br": index > 0]
                }
                var entry: [String: Any] = ["cell": cell, "lines": lines, "filled": !cell.isEmpty]
                if column.alignment != .leading {
                    entry["align"] = column.alignment == .trailing ? "trailing" : "center"
                }
                return entry
            }
        }
        var view: [String: Any] = [
            "columns": columns.map { column -> [String: Any] in
                let rule =
                    switch column.alignment {
                    case .leading: "---"
                    case .trailing: "---:"
                    case .center: ":---:"
                    }
                return ["header": column.header, "width": column.weight * 100 / total, "rule": rule]
            },
            "columnCount": columns.count, "rows": rows.map { ["cells": cells($0)] }, "empty": rows.isEmpty,
        ]
        if let caption { view["caption"] = caption }
        if let totals { view["totals"] = ["cells": cells(totals)] }
        return view
    }
}

extension RegisterDocument.Signature {
    var view: [String: Any] {
        let day = date.map { "วันที่ \($0.formatted(.thaiLong))" }
        var view: [String: Any] = [
            "role": role, "signedOn": date?.formatted(.thaiLong) ?? "........ / ........ / ........",
            "summary": [role, name, position, day].compactMap { $0 }.joined(separator: " — "), "unsigned": name == nil,
        ]
        if let name { view["signer"] = name }
        if let position { view["position"] = position }
        return view
    }
}
