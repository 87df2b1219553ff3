/// How a command writes what it found: for a person at a terminal, or for a script.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a terminal, with colour when the terminal allows it.
    case table
    /// One JSON document (an array of objects for a table).
    case json
    /// RFC 4180 CSV with a header row, UTF-8 with a byte-order mark so that Excel opens Thai correctly.
    case csv
    /// A GitHub-flavoured Markdown table.
    case markdown
}
