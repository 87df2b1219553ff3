import Foundation
import Sujarit

/// A table of text cells that renders for a terminal (aligned by display width, so Thai lines up), as
/// CSV, as Markdown, or as JSON objects keyed by column.
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
    public private(set) var rows: [[String]] = []

    public init(columns: [Column]) { self.columns = columns }

    /// Adds a row; missing cells are blank and extra cells are an error in the caller.
    public mutating func append(_ cells: [String]) {
        precondition(cells.count <= columns.count, "a row has more cells than the table has columns")
        rows.append(cells + Array(repeating: "", count: columns.count - cells.count))
    }

    /// The table in the given format.
    public func render(_ format: OutputFormat, style: TerminalStyle = TerminalStyle(colors: false)) -> String {
        switch format {
        case .table: terminal(style: style)
        case .csv: csv()
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

    /// CSV with a byte-order mark, a header row of column keys, CRLF line ends, quoting as RFC 4180 says and
    /// formula-like cells neutralised (``CSVText``).
    public func csv() -> String {
        CSVText.document(header: columns.map(\.key), rows: rows)
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

    /// An array of objects keyed by the columns' keys.
    public func json() -> String {
        let objects = rows.map { row in Dictionary(uniqueKeysWithValues: zip(columns.map(\.key), row)) }
        // Encoding [[String: String]] cannot fail; "[]" keeps the output valid JSON should it ever.
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
