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
    /// An editable Word document: the HTML page converted by LibreOffice (``WordConverter``), for officials
    /// who edit and sign a report in Word before it goes out.
    case docx

    /// The file extension written for it.
    public var fileExtension: String {
        switch self {
        case .term: "txt"
        case .md: "md"
        case .html: "html"
        case .csv: "csv"
        case .json: "json"
        case .docx: "docx"
        }
    }

    /// The text form the renderer writes for it: the HTML page for a Word document (converted afterwards, as
    /// a PDF is printed from it), else the format itself.
    public var textForm: ReportFormat { self == .docx ? .html : self }

    /// Whether it is written as a binary file made from ``textForm`` (never to standard output).
    public var isConverted: Bool { self != textForm }
}
