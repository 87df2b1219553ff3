import Agency
import ArgumentParser
import AuditPlans
import Foundation
import Sujarit

/// The document formats `plan export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case html, md, csv

    init?(argument: String) {
        switch argument.lowercased() {
        case "html", "htm": self = .html
        case "md", "markdown": self = .md
        case "csv": self = .csv
        default: return nil
        }
    }
}

/// `sujarit audit plan export`: the plan or the follow-up register as a document.
struct AuditPlanExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the plan or the follow-up register as HTML, Markdown or CSV (ส่งออกเอกสาร).",
        discussion: """
            The plan has the columns audit units file: ลำดับ, หน่วยรับตรวจ/เรื่องที่ตรวจสอบ, \
            ระดับความเสี่ยง, วัตถุประสงค์, ขอบเขต, วิธีการ, ระยะเวลา, ผู้รับผิดชอบ, จำนวนวัน-คน. HTML is one \
            self-contained page set up for A4 (open it in a browser and print). A draft exports marked \
            ร่าง with blank signature lines, for the head of agency to sign before 'plan approve'.

            Examples:
              sujarit audit plan export --fy 2568 --format html -o plan-2568.html
              sujarit audit plan export --fy 2568 --follow-up \\
                  --as-of "31 มี.ค. 2568" --format csv -o followup.csv
              sujarit audit plan export --fy 2568 --strategic --format md
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption

    @Option(help: "html (default), md or csv.")
    var format: ExportFormat = .html

    @Flag(help: "Export the follow-up register of the year's findings instead of the plan.")
    var followUp = false

    @Flag(help: "Export the 3-year strategic plan instead of the annual plan.")
    var strategic = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day overdue is judged on, for --follow-up (default: today in Bangkok).", valueName: "date"))
    var asOf: String?

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output (never the store; an existing file only with --force).", valueName: "file"))
    var output: String?

    @OptionGroup var overwrite: ForceOption

    func validate() throws {
        if followUp && strategic { throw ValidationError("Choose --follow-up or --strategic, not both.") }
    }

    func run() async throws {
        try await AuditInput.run {
            let year = try fiscalYear.year
            let file = try output.map { try OutputFile($0, store: storeOptions.location, force: overwrite.force) }
            let store = try storeOptions.open()
            let service = AuditInput.service(store)
            let directory = try await AgencyDirectory.load(from: store)
            let agency = try await AuditInput.agencyName(store)
            let document: ReportDocument
            if followUp {
                let titles = Dictionary(try await service.universe().map { ($0.id, $0.subject.title) }) { first, _ in first }
                let day = try AuditInput.day(asOf, option: "--as-of") ?? service.today
                document = AuditDocuments.followUp(try await service.followUpRegister(year), asOf: day, year: year, agency: agency, subjectTitles: titles, directory: directory)
            } else if strategic {
                document = AuditDocuments.strategic(try await service.strategicPlan(year), agency: agency)
            } else {
                let plan = try await service.plan(year)
                guard plan.status != .none else { throw AuditPlansError.noPlan(year) }
                document = AuditDocuments.plan(plan, agency: agency, directory: directory)
            }
            let text: String = switch format {
            case .html: ReportRenderer.html(document)
            case .md: ReportRenderer.markdown(document)
            case .csv: ReportRenderer.csv(document.tables[0])
            }
            if let file {
                try file.write(text)
                Console.err("Wrote \(file.path) (\(document.tables[0].rows.count) rows).")
            } else {
                Console.out(text, terminator: "")
            }
        }
    }
}
