import ArgumentParser
import AuditPlans
import Reporting
import Sujarit

/// `sujarit audit charter export`: the charter as a document to sign and file.
struct AuditCharterExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the charter as HTML, Markdown or Word, to sign and file (ส่งออกกฎบัตร).",
        discussion: """
            Drawn through the register templates of the Reports folder (Reports/templates/register.*), \
            like the audit plan. A draft exports marked ร่าง with a blank signature line for the head of \
            agency; the version in force carries the approval.

            Examples:
              sujarit audit charter export --format html -o charter.html
              sujarit audit charter export --format docx -o charter.docx
              sujarit audit charter export --version 1 --format md
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "html (default), md, csv or docx (a Word document to edit and sign; needs LibreOffice and -o).")
    var format: ExportFormat = .html

    @Option(
        help: ArgumentHelp("The version to export (default: the pending draft, else the one in force).", valueName: "n")
    )
    var version: Int?

    @OptionGroup var destination: DocumentOutputOptions

    func validate() throws {
        if format == .docx, destination.file == nil {
            throw ValidationError("--format docx writes a file: give -o FILE.docx.")
        }
    }

    func run() async throws {
        try await AuditInput.run {
            let file = try destination.checked(store: storeOptions.location)
            let store = try storeOptions.open()
            let charter = try await AuditInput.service(store).charter()
            guard let chosen = try AuditCharterShowCommand.pick(version, in: charter) else {
                throw AuditPlansError.charterNotDrafted
            }
            let document = AuditCharterDocument.document(
                chosen, agency: try await AuditInput.agencyName(store),
                nextReview: chosen.approval != nil && chosen == charter.inForce ? charter.nextReviewOn : nil)
            let theme = try await ReportTheme.load(try ReportOptions.reportsFolder(nil))
            let text = try ReportRenderer(theme: theme).render(document, as: format.reportFormat)
            guard var file else { return Console.out(text, terminator: "") }
            file.privacy = OutputFile.Privacy(.shared)
            try file.write(report: text, as: format.reportFormat)
            Console.err("Wrote \(file.path) (charter version \(chosen.draft.version)).")
        }
    }
}
