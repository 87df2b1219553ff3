/// The forms a report is written in.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// Tables for a terminal.
    case term
    /// Markdown, from the `*.md.mustache` templates.
    case md
    /// A self-contained A4 page (inline CSS and SVG), from the `*.html.mustache` templates.
    case html
    /// The report's main table as CSV (UTF-8 with a byte-order mark, for Excel).
    case csv
    /// The report's values as JSON, for scripts.
    case json

    /// The file extension written for it.
    public var fileExtension: String {
        switch self {
        case .term: "txt"
        case .md: "md"
        case .html: "html"
        case .csv: "csv"
        case .json: "json"
        }
    }
}
