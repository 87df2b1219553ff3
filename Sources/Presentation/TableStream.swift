import Sujarit

/// A ``Table`` written out as its rows arrive, for lists that may hold a country's data.
///
/// CSV, JSON and Markdown are written row by row: memory holds one row (or one chunk of output), and the
/// first row is out as soon as it is read. The output is byte for byte what
/// ``Table/render(_:style:byteOrderMark:)`` writes for the same rows; CSV and JSON rows are written straight
/// into one reusable UTF-8 buffer (``CSVText/appendField(_:to:)``, ``JSONOutput``'s object layout) instead of
/// a table per row. A terminal table needs its column widths before its first line, so rows are gathered
/// ``terminalChunk`` at a time and each chunk is drawn as a table (the header only once; a table too wide for
/// the terminal as records numbered on): the columns line up within a chunk, and memory still holds one chunk.
public struct TableStream {
    /// How many rows a terminal chunk holds.
    public static let terminalChunk = 1_000
    /// The longest a row may wait in the buffer once later rows are slow to come.
    static let maximumDelay = Duration.milliseconds(200)

    private let columns: [Table.Column]
    private let format: OutputFormat
    private let style: TerminalStyle
    private let chunkBytes: Int
    /// Hands a piece of output on, as UTF-8 bytes.
    private let write: ([UInt8]) -> Void
    private let layout: JSONOutput.ObjectLayout?
    private var pending: Table
    private var buffer: [UInt8] = []
    private var lastWrite = ContinuousClock.now
    private var rows = 0
    private var started = false

    /// - parameters:
    ///   - format: How to write; `byteOrderMark` as ``Table/csv(byteOrderMark:)`` says.
    ///   - chunkBytes: CSV, JSON and Markdown output is handed to `write` once this many bytes are waiting
    ///     (and always with the first row, and when a row waited ``maximumDelay``): a printer that makes a
    ///     system call per piece passes 64 KiB. 0 writes a piece per row.
    ///   - write: Called with each piece of output, in order (e.g. printing it without a line break).
    public init(
        columns: [Table.Column], format: OutputFormat, style: TerminalStyle = TerminalStyle(colors: false),
        byteOrderMark: Bool = false, chunkBytes: Int = 0, write: @escaping (String) -> Void
    ) {
        self.init(
            columns: columns, format: format, style: style, byteOrderMark: byteOrderMark, chunkBytes: chunkBytes,
            writeUTF8: { write(String(decoding: $0, as: UTF8.self)) })
    }

    /// A stream that hands its output on as UTF-8 bytes, as it makes them: a printer that writes bytes saves
    /// checking a national list's output into a `String` (a tenth of writing it).
    public init(
        columns: [Table.Column], format: OutputFormat, style: TerminalStyle = TerminalStyle(colors: false),
        byteOrderMark: Bool = false, chunkBytes: Int = 0, writeUTF8 write: @escaping ([UInt8]) -> Void
    ) {
        self.columns = columns
        self.format = format
        self.style = style
        self.chunkBytes = chunkBytes
        self.write = write
        layout = format == .json ? JSONOutput.ObjectLayout(keys: columns.map(\.key)) : nil
        pending = Table(columns: columns)
        if chunkBytes > 0 { buffer.reserveCapacity(chunkBytes + 4_096) }
        if format == .csv, byteOrderMark { write(Array(CSVText.byteOrderMark.utf8)) }
    }

    /// How many rows were appended.
    public var count: Int { rows }

    /// Adds a row, writing it (or its chunk) out.
    public mutating func append(_ cells: [Table.Cell]) {
        precondition(cells.count <= columns.count, "a row has more cells than the table has columns")
        rows += 1
        switch format {
        case .csv:
            if !started { CSVText.appendRecord(columns.map(\.key), to: &buffer) }
            // Cells the row leaves out are blank, as Table.append makes them.
            for index in columns.indices {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                if index < cells.count { CSVText.appendField(cells[index].value.csvText, to: &buffer) }
            }
            buffer.append(contentsOf: [0x0D, 0x0A])
            started = true
        case .json:
            let mark = buffer.count
            buffer.append(contentsOf: (started ? ",\n" : "[\n").utf8)
            if let layout, layout.append(cells.map(\.value), to: &buffer) {
                started = true
            } else {
                buffer.removeSubrange(mark...)
                appendPiece(cells)
            }
        case .markdown:
            // The header once, then each row's line, as Table.markdown() writes them.
            if !started { buffer.append(contentsOf: (Table.markdownHeader(columns) + "\n").utf8) }
            let texts = columns.indices.map { $0 < cells.count ? cells[$0].text : "" }
            buffer.append(contentsOf: (Table.markdownLine(texts) + "\n").utf8)
            started = true
        case .table:
            pending.append(cells)
            if pending.cells.count >= Self.terminalChunk { flushTerminal() }
            return
        }
        if buffer.count >= chunkBytes || rows == 1 || lastWrite.duration(to: .now) >= Self.maximumDelay {
            flush()
        }
    }

    /// Adds a row of text cells.
    public mutating func append(_ cells: [String]) { append(cells.map(Table.Cell.init(stringLiteral:))) }

    /// Writes what is left and the closing bracket of JSON. Call it once, after the last row.
    public mutating func finish() {
        switch format {
        case .json: buffer.append(contentsOf: (started ? "\n]\n" : Table(columns: columns).json()).utf8)
        case .csv, .markdown: if !started { buffer.append(contentsOf: Table(columns: columns).render(format).utf8) }
        case .table: if !pending.cells.isEmpty || !started { flushTerminal(finishing: true) }
        }
        flush()
    }

    /// Hands the waiting output to `write`.
    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        write(buffer)
        buffer.removeAll(keepingCapacity: true)
        lastWrite = .now
    }

    /// Appends one row's text made through a one-row ``Table``: JSON rows the object layout does not take.
    private mutating func appendPiece(_ cells: [Table.Cell]) {
        var single = Table(columns: columns)
        single.append(cells)
        buffer.append(contentsOf: piece(of: single).utf8)
    }

    /// One JSON row's text, with the separator before it.
    private mutating func piece(of single: Table) -> String {
        defer { started = true }
        // Table.json() writes "[\n  {…}\n]\n"; the object between the brackets is the row.
        let text = single.json()
        let object = text.dropFirst(2).dropLast(3)
        return (started ? ",\n" : "[\n") + object
    }

    /// Draws the waiting rows: the first chunk with the header (an empty list is its header), the next ones
    /// without it, rows shown as records numbered on. A list that is one chunk (`finishing` a stream that
    /// wrote nothing yet) is drawn as the whole table it is, its records numbered "3/40".
    private mutating func flushTerminal(finishing: Bool = false) {
        let before = rows - pending.cells.count
        let text = pending.terminal(style: style, streamedAfter: finishing && !started ? nil : before)
        if !text.isEmpty { write(Array(text.utf8)) }
        started = true
        pending = Table(columns: columns)
    }
}
