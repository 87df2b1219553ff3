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

    /// Colours for this run: only on a terminal, never with NO_COLOR, never for machine formats.
    var style: TerminalStyle {
        format == .table ? TerminalStyle() : TerminalStyle(colors: false)
    }
}
