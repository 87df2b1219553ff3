import Sujarit

/// A ``Table`` written out as its rows arrive, for lists that may hold a country's data.
///
/// CSV, JSON and Markdown are written row by row: memory holds one row, and the first row is out as soon
/// as it is read. The output is byte for byte what ``Table/render(_:style:byteOrderMark:)`` writes for
/// the same rows. A terminal table needs its column widths before its first line, so rows are gathered
/// ``terminalChunk`` at a time and each chunk is drawn as a table (the header only once): the columns
/// line up within a chunk, and memory still holds one chunk.
public struct TableStream {
    /// How many rows a terminal chunk holds.
    public static let terminalChunk = 1_000

    private let columns: [Table.Column]
    private let format: OutputFormat
    private let style: TerminalStyle
    private let write: (String) -> Void
    private var pending: Table
    private var rows = 0
    private var started = false

    /// - parameters:
    ///   - format: How to write; `byteOrderMark` as ``Table/csv(byteOrderMark:)`` says.
    ///   - write: Called with each piece of output, in order (e.g. printing it without a line break).
    public init(
        columns: [Table.Column], format: OutputFormat, style: TerminalStyle = TerminalStyle(colors: false),
        byteOrderMark: Bool = false, write: @escaping (String) -> Void
    ) {
        self.columns = columns
        self.format = format
        self.style = style
        self.write = write
        pending = Table(columns: columns)
        if format == .csv, byteOrderMark { write(CSVText.byteOrderMark) }
    }

    /// How many rows were appended.
    public var count: Int { rows }

    /// Adds a row, writing it (or its chunk) out.
    public mutating func append(_ cells: [Table.Cell]) {
        rows += 1
        pending.append(cells)
        switch format {
        case .csv, .markdown, .json:
            let single = pending
            pending = Table(columns: columns)
            write(piece(of: single))
        case .table:
            if pending.cells.count >= Self.terminalChunk { flushTerminal() }
        }
    }

    /// Adds a row of text cells.
    public mutating func append(_ cells: [String]) { append(cells.map(Table.Cell.init(stringLiteral:))) }

    /// Writes what is left and the closing bracket of JSON. Call it once, after the last row.
    public mutating func finish() {
        switch format {
        case .json: write(started ? "\n]\n" : Table(columns: columns).json())
        case .csv, .markdown: if !started { write(Table(columns: columns).render(format)) }
        case .table: if !pending.cells.isEmpty || !started { flushTerminal() }
        }
    }

    /// One row's text: the header with the first row, separators for JSON.
    private mutating func piece(of single: Table) -> String {
        defer { started = true }
        switch format {
        case .csv:
            let text = single.csv()
            // CSV lines end in CRLF, one Character in Swift: the header is everything up to the first.
            return started ? String(text.drop { $0 != "\r\n" }.dropFirst()) : text
        case .markdown:
            let text = single.markdown()
            return started
                ? text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2)
                    .joined(separator: "\n") : text
        default:
            // Table.json() writes "[\n  {…}\n]\n"; the object between the brackets is the row.
            let text = single.json()
            let object = text.dropFirst(2).dropLast(3)
            return (started ? ",\n" : "[\n") + object
        }
    }

    private mutating func flushTerminal() {
        let text = pending.terminal(style: style)
        write(
            started
                ? text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2)
                    .joined(separator: "\n") : text)
        started = true
        pending = Table(columns: columns)
    }
}
