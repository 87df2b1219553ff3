import Foundation
import Sujarit

/// A table that renders for a terminal (aligned by display width, so Thai lines up), as Markdown, or for
/// scripts as CSV and as JSON objects keyed by column.
///
/// Each cell (``Cell``) holds the text a person reads and the typed value a script reads: the terminal shows
/// `720,000.00`, JSON carries `"720000.00"`; the terminal shows `-`, JSON carries `null`.
public struct Table: Sendable {
    /// One column: the header people read, the key scripts read, and its alignment.
    public struct Column: Sendable {
        public var header: String
        public var key: String
        public var alignment: TextAlignment
        /// The widest a terminal cell may be before it is cut with `…` (nil: never cut).
        public var maxWidth: Int?

        public init(_ header: String, key: String? = nil, alignment: TextAlignment = .leading, maxWidth: Int? = nil) {
            self.header = header
            self.key = key ?? header
            self.alignment = alignment
            self.maxWidth = maxWidth
        }
    }

    public var columns: [Column]
    /// The rows' cells, each as long as ``columns``.
    public private(set) var cells: [[Cell]] = []

    public init(columns: [Column]) { self.columns = columns }

    /// The rows as people read them (the cells' text).
    public var rows: [[String]] { cells.map { $0.map(\.text) } }

    /// Adds a row of text cells; missing cells are blank and extra cells are an error in the caller.
    public mutating func append(_ cells: [String]) {
        append(cells.map(Cell.init(stringLiteral:)))
    }

    /// Adds a row of typed cells; missing cells are blank and extra cells are an error in the caller.
    public mutating func append(_ cells: [Cell]) {
        precondition(cells.count <= columns.count, "a row has more cells than the table has columns")
        self.cells.append(cells + Array(repeating: "", count: columns.count - cells.count))
    }

    /// The table in the given format.
    public func render(
        _ format: OutputFormat, style: TerminalStyle = TerminalStyle(colors: false), byteOrderMark: Bool = false
    ) -> String {
        switch format {
        case .table: terminal(style: style)
        case .csv: csv(byteOrderMark: byteOrderMark)
        case .markdown: markdown()
        case .json: json()
        }
    }

    /// Aligned columns separated by two spaces, with a rule under the header. Control characters in cells
    /// and headers are shown as symbols (``TerminalText``), never sent to the terminal.
    public func terminal(style: TerminalStyle) -> String {
        let cells = rows.map { row in
            zip(row, columns).map { cell, column in
                let safe = TerminalText.safe(cell)
                return column.maxWidth.map { safe.truncated(toWidth: $0) } ?? safe
            }
        }
        let headers = columns.map { TerminalText.safe($0.header) }
        let widths = columns.indices.map { index in
            max(headers[index].displayWidth, cells.map { $0[index].displayWidth }.max() ?? 0)
        }
        func line(_ values: [String]) -> String {
            zip(values, columns.indices).map { value, index in
                value.padded(toWidth: widths[index], alignment: columns[index].alignment)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var out = [style.paint(line(headers), .bold)]
        out.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        out += cells.map(line)
        return out.joined(separator: "\n") + "\n"
    }

    /// CSV as RFC 4180 says: a header row of column keys, CRLF line ends, the cells' typed values (ISO dates,
    /// `720000.00`, empty for none) and formula-like cells neutralised (``CSVText``). `byteOrderMark` puts
    /// the UTF-8 mark first, which Excel needs to show Thai; other readers are better without it.
    public func csv(byteOrderMark: Bool = false) -> String {
        let document = CSVText.document(header: columns.map(\.key), rows: cells.map { $0.map(\.value.csvText) })
        return byteOrderMark ? document : String(document.dropFirst(CSVText.byteOrderMark.count))
    }

    /// A Markdown table: HTML in cells escaped, pipes escaped, line breaks as `<br>` (``MarkupText``).
    public func markdown() -> String {
        func line(_ values: [String]) -> String {
            "| " + values.map(MarkupText.markdownCell).joined(separator: " | ") + " |"
        }
        var out = [line(columns.map(\.header))]
        out.append("|" + columns.map { $0.alignment == .trailing ? " ---: |" : " --- |" }.joined())
        out += rows.map(line)
        return out.joined(separator: "\n") + "\n"
    }

    /// An array of objects keyed by the columns' keys, each value typed (``TableValue``).
    public func json() -> String {
        let objects = cells.map { row in Dictionary(uniqueKeysWithValues: zip(columns.map(\.key), row.map(\.value))) }
        // Encoding scalars cannot fail; "[]" keeps the output valid JSON should it ever.
        return ((try? JSONOutput.string(objects)) ?? "[]") + "\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
