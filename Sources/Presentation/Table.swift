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
        /// The widest a terminal cell may be before it is cut with `…` (nil: never cut; `--wide` cuts nothing).
        public var maxWidth: Int?
        /// Whether the terminal may wrap the column's cells onto several lines to fit the table in the
        /// terminal's width. A column that does not wrap is never wrapped or cut: ids, codes, numbers, dates.
        public var wraps: Bool

        /// A column; `wraps` defaults to ``wrapsByDefault(header:key:alignment:)``.
        public init(
            _ header: String, key: String? = nil, alignment: TextAlignment = .leading, maxWidth: Int? = nil,
            wraps: Bool? = nil
        ) {
            self.header = header
            self.key = key ?? header
            self.alignment = alignment
            self.maxWidth = maxWidth
            self.wraps = wraps ?? Self.wrapsByDefault(header: header, key: self.key, alignment: alignment)
        }

        /// Whether a column wraps unless told: a leading-aligned column (text; numbers are trailing) whose key
        /// and header name no identifier, code, number or day — no word of the key (split at `_` and
        /// camelCase) or of the header is in ``identifierWords``, and the header holds none of
        /// ``thaiIdentifierWords``. So `event`, `title`, `owner` wrap; `id`, `project_id`, `fiscal_year`,
        /// `signedOn`, `due`, `code`, `type` (an event type), and every trailing column do not.
        public static func wrapsByDefault(header: String, key: String, alignment: TextAlignment) -> Bool {
            guard alignment == .leading else { return false }
            let words = Set(keyWords(key) + header.split(separator: " ").map { $0.lowercased() })
            return words.isDisjoint(with: identifierWords)
                && !thaiIdentifierWords.contains(where: header.contains)
        }

        /// English words in a key or header that name something never to wrap.
        public static let identifierWords: Set<String> = [
            "id", "ids", "code", "codes", "no", "no.", "number", "ref", "hash", "url", "path", "file",
            "stream", "sequence", "version", "login", "tax", "type", "year", "fy", "date", "day", "on", "at", "due",
            "be", "from", "to",
        ]
        /// Thai words in a header that name something never to wrap: code, number, day, order, fiscal year.
        public static let thaiIdentifierWords = ["รหัส", "เลขที่", "วันที่", "ลำดับ", "ปีงบ"]

        /// `fiscal_year` → fiscal, year; `signedOn` → signed, on.
        static func keyWords(_ key: String) -> [String] {
            var words: [String] = []
            var word = ""
            for character in key {
                if character == "_" || character == "-" || character == " " || (character.isUppercase && !word.isEmpty)
                {
                    if !word.isEmpty { words.append(word.lowercased()) }
                    word = character.isUppercase ? String(character) : ""
                } else {
                    word.append(character)
                }
            }
            if !word.isEmpty { words.append(word.lowercased()) }
            return words
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

    /// CSV as RFC 4180 says: a header row of column keys, CRLF line ends, the cells' typed values (ISO dates,
    /// `720000.00`, empty for none) and formula-like cells neutralised (``CSVText``). `byteOrderMark` puts
    /// the UTF-8 mark first, which Excel needs to show Thai; other readers are better without it.
    public func csv(byteOrderMark: Bool = false) -> String {
        let document = CSVText.document(header: columns.map(\.key), rows: cells.map { $0.map(\.value.csvText) })
        return byteOrderMark ? document : String(document.dropFirst(CSVText.byteOrderMark.count))
    }

    /// A Markdown table: HTML in cells escaped, pipes escaped, line breaks as `<br>` (``MarkupText``).
    public func markdown() -> String {
        ([Self.markdownHeader(columns)] + rows.map(Self.markdownLine)).joined(separator: "\n") + "\n"
    }

    /// The header of a Markdown table of `columns`: its headers' line and the alignment line under it.
    static func markdownHeader(_ columns: [Column]) -> String {
        markdownLine(columns.map(\.header)) + "\n|"
            + columns.map { $0.alignment == .trailing ? " ---: |" : " --- |" }.joined()
    }

    /// One line of a Markdown table: the texts escaped (``MarkupText/markdownCell(_:)``) between pipes.
    static func markdownLine(_ values: [String]) -> String {
        "| " + values.map(MarkupText.markdownCell).joined(separator: " | ") + " |"
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
