import Agency
import Foundation
import Presentation
import Sujarit

/// Writes a report in one of its forms: HTML and Markdown through the agency's Mustache templates, tables for
/// a terminal, the main table as CSV, or the values as JSON.
public struct ReportRenderer: Sendable {
    public let theme: ReportTheme
    /// Dates in Buddhist era always; digits Arabic or Thai (HTML, Markdown and terminal; CSV and JSON stay Arabic).
    public var text: ThaiText

    /// A renderer with `theme`'s templates and styles, writing `digits` in text.
    public init(theme: ReportTheme, digits: DigitStyle = .arabic) {
        self.theme = theme
        text = ThaiText(digits: digits)
    }

    /// The report in `format`.
    ///
    /// - parameters:
    ///   - directory: For the signature block (names and positions of the signers).
    ///   - style: Colours for the terminal.
    public func render(
        _ document: ReportDocument, as format: ReportFormat, directory: AgencyDirectory,
        style: TerminalStyle = TerminalStyle(colors: false)
    ) throws -> String {
        switch format {
        case .json:
            return try document.json()
        case .csv:
            return tables(document, machine: true).first?.table.csv() ?? ""
        case .term:
            return terminal(document, style: style)
        case .docx: // The page a Word document is converted from (WordConverter).
            return try render(document, as: .html, directory: directory, style: style)
        case .html, .md:
            var view = HeaderView.make(document.header, theme: theme, directory: directory, text: text)
            view.merge(content(document)) { _, new in new }
            view["css"] = theme.css
            view["bodyClass"] = text.digits == .thai ? "thai-digits" : ""
            // The page numbers of the page's foot are drawn by CSS, which the digits must follow too.
            view["thaiDigits"] = text.digits == .thai
            // Wide registers print across the page, as agencies print the seed's tables.
            view["landscape"] = [.followup, .o34, .o35, .plan, .measures, .audit].contains(document.header.kind)
            let localized = text.localize(view)
            // Mustache escapes HTML in the HTML templates; the Markdown ones are plain text, and Markdown
            // renders any HTML it meets, so their text is escaped here, once, for every template.
            return try theme.render(
                "\(document.header.kind.rawValue).\(format.rawValue)",
                format == .md ? Self.markdownSafe(localized) : localized)
        }
    }

    /// `view` with every text value made safe for Markdown (``MarkupText/markdownCell(_:)``: HTML escaped,
    /// pipes escaped, line breaks as `<br>`), leaving markup, colours and class names (``ThaiText``'s raw
    /// keys) alone.
    static func markdownSafe(_ view: [String: Any]) -> [String: Any] {
        markdownSafe(view as Any) as! [String: Any]
    }

    private static func markdownSafe(_ value: Any, key: String? = nil) -> Any {
        if let key, ThaiText.rawKeys.contains(key) || key.hasSuffix("SVG") { return value }
        switch value {
        case let text as String: return MarkupText.markdownCell(text)
        case let coded as CodedText: return coded.mapAll(MarkupText.markdownCell)
        case let dictionary as [String: Any]:
            return Dictionary(uniqueKeysWithValues: dictionary.map { ($0.key, markdownSafe($0.value, key: $0.key)) })
        case let array as [Any]: return array.map { markdownSafe($0) }
        default: return value
        }
    }

    /// The report's own values for its template.
    func content(_ document: ReportDocument) -> [String: Any] {
        switch document {
        case .followup(let report): report.view(text)
        case .o34(let report): report.view(text)
        case .o35(let report): report.view(text)
        case .o33(let report): report.view(text)
        case .plan(let report): report.view(text)
        case .audit(let report): report.view(text)
        case .executive(let report): report.view(text)
        case .engagement(let report): report.view(text)
        case .auditAnnual(let report): report.view(text)
        }
    }

    /// The report's tables; the first is the one CSV writes.
    public func tables(_ document: ReportDocument, machine: Bool) -> [ReportTable] {
        switch document {
        case .followup(let report): report.tables(text, machine: machine)
        case .o34(let report): report.tables(text, machine: machine)
        case .o35(let report): report.tables(text, machine: machine)
        case .o33(let report): report.tables(text, machine: machine)
        case .plan(let report): report.tables(text, machine: machine)
        case .audit(let report): report.tables(text, machine: machine)
        case .executive(let report): report.tables(text, machine: machine)
        case .engagement(let report): report.tables(text, machine: machine)
        case .auditAnnual(let report): report.tables(text, machine: machine)
        }
    }

    /// The title block, each table under its heading, and what the report is built from; on a terminal of a
    /// known width (`style.width`) the tables fit it (``Table/terminal(style:)``) and the lines wrap to it.
    func terminal(_ document: ReportDocument, style: TerminalStyle) -> String {
        let header = document.header
        var lines: [String] = []
        // Digits first, then wrapping to the width, then colour (escape codes take no column).
        func add(_ line: String, _ color: TerminalStyle.Color? = nil) {
            let text = ThaiDigits.apply(self.text.digits, to: line)
            var pieces = [text]
            if case .columns(let width) = style.width { pieces = TerminalText.wrap(text, width: width) }
            lines += pieces.map { piece in color.map { style.paint(piece, $0) } ?? piece }
        }
        // The log's day, and the day overdue is judged on when it is another (the round's end, or a register's own).
        let period = header.period
        let judged = period.judgedOn != period.asOf ? " (พิจารณาความล่าช้า ณ \(text.long(period.judgedOn)))" : ""
        let items = header.itaItems.isEmpty ? "" : "  (ITA \(header.itaItems.joined(separator: ", ")))"
        add(header.title.th + items, .bold)
        let names = [header.agency, header.subtitle, header.departmentName ?? ""].filter { !$0.isEmpty }
        add(names.joined(separator: " · "))
        add("ข้อมูล ณ \(text.long(header.period.asOf))" + judged)
        if case .o33(let report) = document { report.lines(text).forEach { add($0) } }
        for table in tables(document, machine: false) {
            lines.append("")
            add(table.title, .bold)
            lines.append(localized(table.table).terminal(style: style).trimmingCharacters(in: .newlines))
        }
        lines.append("")
        for note in header.basis { add("ที่มา: \(note)", .dim) }
        for note in header.omitted { add("ไม่แสดง: \(note)", .dim) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func localized(_ table: Table) -> Table {
        guard text.digits == .thai else { return table }
        var copy = Table(columns: table.columns)
        for row in table.rows { copy.append(row.map(ThaiDigits.toThaiKeepingCodes)) }
        return copy
    }
}
