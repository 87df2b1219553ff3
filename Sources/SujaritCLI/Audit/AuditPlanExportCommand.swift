import Agency
import ArgumentParser
import AuditPlans
import Foundation
import Reporting
import Sujarit

/// The document formats `plan export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case html, md, csv, docx

    init?(argument: String) {
        switch argument.lowercased() {
        case "html", "htm": self = .html
        case "md", "markdown": self = .md
        case "csv": self = .csv
        case "docx", "word": self = .docx // An editable Word document, to sign (needs LibreOffice).
        default: return nil
        }
    }

    /// The report form that writes it.
    var reportFormat: ReportFormat {
        switch self {
        case .html: .html
        case .md: .md
        case .csv: .csv
        case .docx: .docx
        }
    }
}

/// `sujarit audit plan export`: the plan or the follow-up register as a document.
struct AuditPlanExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the plan or the follow-up register as HTML, Markdown, CSV or Word (ส่งออกเอกสาร).",
        discussion: """
            The plan has the columns audit units file: ลำดับ, หน่วยรับตรวจ/เรื่องที่ตรวจสอบ, \
            ระดับความเสี่ยง, วัตถุประสงค์, ขอบเขต, วิธีการ, ระยะเวลา, ผู้รับผิดชอบ, จำนวนวัน-คน. HTML is one \
            self-contained page set up for A4 (open it in a browser and print). A draft exports marked \
            ร่าง with blank signature lines, for the head of agency to sign before 'plan approve'.

            Examples:
              sujarit audit plan export --fy 2568 --format html -o plan-2568.html
              sujarit audit plan export --fy 2568 --format docx -o plan-2568.docx
              sujarit audit plan export --fy 2568 --follow-up \\
                  --as-of "31 มี.ค. 2568" --format csv -o followup.csv
              sujarit audit plan export --fy 2568 --strategic --format md
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Option(help: "html (default), md, csv or docx (a Word document to edit and sign; needs LibreOffice and -o).")
    var format: ExportFormat = .html

    @Flag(help: "Export the follow-up register of the year's findings instead of the plan.")
    var followUp = false

    @Flag(help: "Export the 3-year strategic plan instead of the annual plan.")
    var strategic = false

    @Option(
        name: .customLong("as-of"),
        help: .day("The day overdue is judged on, for --follow-up (default: today in Bangkok)."),
        transform: CalendarDate.argument)
    var asOf: CalendarDate?

    @OptionGroup var destination: DocumentOutputOptions

    func validate() throws {
        if followUp && strategic { throw ValidationError("Choose --follow-up or --strategic, not both.") }
        if format == .docx, destination.file == nil {
            throw ValidationError("--format docx writes a file: give -o FILE.docx.")
        }
    }

    func run() async throws {
        try await AuditInput.run {
            // Records nothing: the context only says which day is today, for the year and --as-of.
            let today = storeOptions.context.today
            let year = fiscalYear.year(on: today)
            // The file is checked before anything is read, so a wrong -o fails first; its permissions are the
            // document's to say, once it is built (write(_:rows:to:privacy:)).
            let file = try destination.checked(store: storeOptions.location)
            let store = try storeOptions.open()
            let reports = try ReportOptions.reportsFolder(nil)
            if followUp {
                // `report audit`'s register through the one report pipeline, with the two days kept apart:
                // the log as it stands now, overdue judged on --as-of (today by default).
                let judgedOn = asOf ?? today
                let (document, renderer, sources) = try await ReportRun.build(
                    .audit, store: store, year: year, round: nil, asOf: nil, judgedOn: judgedOn,
                    viewer: storeOptions.actorName, reports: reports
                )
                let text = try renderer.render(document, as: format.reportFormat, directory: sources.directory)
                let rows = renderer.tables(document, machine: true).first?.table.rows.count ?? 0
                try write(text, rows: rows, to: file, privacy: document.header.privacy)
                return
            }
            let service = AuditInput.service(store)
            let agency = try await AuditInput.agencyName(store)
            let document: RegisterDocument
            if strategic {
                document = AuditDocuments.strategic(try await service.strategicPlan(year), agency: agency)
            } else {
                let plan = try await service.plan(year)
                guard plan.status != .none else { throw AuditPlansError.noPlan(year) }
                let directory = try await AgencyDirectory.load(from: store)
                document = AuditDocuments.plan(plan, agency: agency, directory: directory)
            }
            // The one report pipeline: the register.* templates of the Reports folder, as `report` uses.
            let theme = try await ReportTheme.load(reports)
            let text = try ReportRenderer(theme: theme).render(document, as: format.reportFormat)
            try write(text, rows: document.tables[0].rows.count, to: file, privacy: .shared)
        }
    }

    /// Writes `text` to the checked `--output` file with the permissions `privacy` asks for (as `report` gives
    /// its files: ``OutputFile/Privacy/init(_:)``), or to standard output.
    private func write(_ text: String, rows: Int, to checked: OutputFile?, privacy: ReportPrivacy) throws {
        guard var file = checked else { return Console.out(text, terminator: "") }
        file.privacy = OutputFile.Privacy(privacy)
        try file.write(report: text, as: format.reportFormat)
        Console.err("Wrote \(file.path) (\(rows) rows).")
    }
}
