import ArgumentParser
import Foundation
import Reporting
import Sujarit

extension ReportFormat: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case "term", "table", "text": self = .term
        case "md", "markdown": self = .md
        case "html": self = .html
        case "csv": self = .csv
        case "json": self = .json
        case "docx", "word": self = .docx
        default: return nil
        }
    }

    public static var allValueStrings: [String] { ["term", "md", "html", "csv", "json", "docx"] }
}

/// The options every report takes.
struct ReportOptions: ParsableArguments {
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Option(
        help: ArgumentHelp(
            "The round: 6m (1 Oct – 31 Mar) or 12m (the whole year); default: 12m once the year is over, else 6m.",
            valueName: "round"))
    var round: String?

    @Option(
        name: .customLong("as-of"), help: .day("Show the log as it stood at the end of this day.", valueName: "day"),
        transform: CalendarDate.argument)
    var asOf: CalendarDate?

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "term, md, html, csv, json or docx (default html; docx when -o names a .docx file).",
            discussion: """
                docx is an editable Word document (the HTML page converted by LibreOffice, which must be \
                installed: apt install libreoffice-writer-nogui), in the report's Thai font, to edit and sign in \
                Word. Example: sujarit report executive --fy 2568 -o executive-2568.docx
                """,
            valueName: "format"))
    var formatChoice: ReportFormat?

    /// The format to write: as asked, else a Word document for `-o FILE.docx`, else the HTML page.
    var format: ReportFormat { formatChoice ?? (Self.namesWordFile(output) ? .docx : .html) }

    @Flag(help: "Also print the report to PDF (A4) through headless Chromium.")
    var pdf = false

    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp(
            """
            Write to this file; '-' for standard output. Default: a named file in Reports/out/, replaced on each \
            run (term: standard output). Never the store; an existing file only with --force.
            """,
            valueName: "file"))
    var output: String?

    @Flag(help: "Replace the -o file (and the PDF and HTML beside it) if it exists.")
    var force = false

    @Flag(
        name: .customLong("internal"),
        help: ArgumentHelp(
            """
            o34/o35: the confidential version (ลับ) with the findings of risks entered from red flags; auditor \
            and legal officer only.
            """,
            discussion:
                """
                The public report (the default) leaves out what a flag alleges: firm, tax id and finding. The \
                internal file is written readable by you only.
                """
        ))
    var internalVersion = false

    @Flag(
        name: .customLong("thai-digits"),
        help: "Write numbers and dates with Thai digits (๐–๙) in HTML, Markdown and the terminal.")
    var thaiDigits = false

    @Flag(help: "term: print every table row on one line, however wide (default: fit the terminal's width).")
    var wide = false

    @Option(
        help: ArgumentHelp(
            """
            The Reports folder (templates, styles, letterhead.yaml). Default: $SUJARIT_REPORTS, ./Reports, or the \
            one beside the build.
            """,
            valueName: "path"))
    var reports: String?

    func validate() throws {
        if format == .docx, output == "-" {
            throw ValidationError("--format docx writes a file: give -o FILE.docx, or leave -o out.")
        }
        if let formatChoice, formatChoice != .docx, Self.namesWordFile(output) {
            throw ValidationError(
                "-o \(output ?? "") names a Word file but --format is \(formatChoice.rawValue): use --format docx.")
        }
    }

    /// Whether `-o` names a Word document.
    static func namesWordFile(_ output: String?) -> Bool { output?.lowercased().hasSuffix(".docx") == true }

    /// The round asked for; by default the annual round once the year is over, else the six-month one.
    func reportingRound(_ year: FiscalYear, today: CalendarDate) throws -> ReportingRound {
        guard let round else { return today > year.end ? .annual : .sixMonths }
        guard let parsed = ReportingRound(argument: round) else {
            throw ValidationError("--round must be 6m or 12m (got '\(round)').")
        }
        return parsed
    }

    /// The Reports folder.
    func reportsFolder() throws -> String { try Self.reportsFolder(reports) }

    /// The Reports folder: `given`, else `$SUJARIT_REPORTS`, else the one found beside the build (for the
    /// commands that print a report without the report options, such as `audit plan export`).
    static func reportsFolder(_ given: String?) throws -> String {
        if let given { return given }
        if let env = ProcessInfo.processInfo.environment["SUJARIT_REPORTS"], !env.isEmpty { return env }
        // Look for the templates, not the folder: ./Reports may hold only the out/ folder of earlier reports.
        return (try DemoFiles.path("Reports/templates") as NSString).deletingLastPathComponent
    }
}

extension OutputFile {
    /// Writes a report's rendered `text` in `format`: as it is, or, for a Word document, converted from the
    /// HTML page by LibreOffice (``WordConverter``) into the file, with the same permissions as the page.
    func write(report text: String, as format: ReportFormat) throws {
        guard format == .docx else { return try write(text) }
        try produce { temporary in try WordConverter.convert(html: text, to: temporary) }
    }
}
