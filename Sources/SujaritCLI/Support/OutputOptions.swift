import ArgumentParser
import Presentation

extension OutputFormat: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case "table", "term", "text": self = .table
        case "json": self = .json
        case "csv": self = .csv
        case "md", "markdown": self = .markdown
        default: return nil
        }
    }

    public static var allValueStrings: [String] { ["table", "json", "csv", "md"] }
}

/// `--format`: how list-like commands print.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table (for people), json or csv (for scripts), md.")
    var format: OutputFormat = .table

    @Flag(
        name: .customLong("bom"),
        help: "With --format csv: start with a UTF-8 byte-order mark, which Excel needs to show Thai.")
    var byteOrderMark = false

    @Flag(
        name: .long,
        help: """
            With --format table: print every cell whole on one line, however wide. Without it, a table on a \
            terminal wraps its text columns to fit the width (COLUMNS, else the terminal's; a pipe is not wrapped).
            """)
    var wide = false

    /// A list written to standard output as its rows arrive (``TableStream``), in the chosen format, colours,
    /// width and byte-order mark as the options say: for lists that may hold a country's data.
    func stream(_ columns: [Table.Column]) -> TableStream {
        TableStream(
            columns: columns, format: format, style: style, byteOrderMark: byteOrderMark, chunkBytes: 64 * 1_024
        ) {
            Console.out(utf8: $0)
        }
    }

    /// `table` in the chosen format, colours and byte-order mark as the options say.
    func render(_ table: Table) -> String {
        table.render(format, style: style, byteOrderMark: byteOrderMark)
    }

    /// Colours and width for this run: colours only on a terminal, never with NO_COLOR, never for machine
    /// formats; tables fitted to the terminal unless `--wide`.
    var style: TerminalStyle {
        format == .table ? TerminalStyle(wide: wide) : TerminalStyle(colors: false)
    }
}
