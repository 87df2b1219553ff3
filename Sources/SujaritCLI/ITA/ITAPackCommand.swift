import ArgumentParser
import Foundation
import ITA
import Reporting
import Sujarit

/// `sujarit ita pack`: the year's OIT evidence as a folder of print-ready documents and a Thai index.
struct ITAPackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Write the year's OIT evidence: one document per ready item, named by its code, and index.html.",
        discussion: """
            For every OIT item Sujarit makes and whose data is complete, the print-ready document is written \
            as CODE.html (and CODE.pdf through headless Chromium when it is installed; the index says when it \
            is not). index.html, in Thai, lists every item of the year with its files, what is missing for \
            the incomplete ones (never a placeholder), the address recorded with 'ita publish', the log's \
            anchor and the day. The log is read as it stood at the end of --as-of (today by default), so the \
            same log and day give the same files (the PDFs' dates are set to that day). Upload the folder to \
            the agency's website and give ITAS the addresses.

            Examples:
              sujarit ita pack --fy 2570 --out ita-2570
              sujarit ita pack --fy 2570 --as-of "30 เม.ย. 2570" --out ita-2570 --force --no-pdf
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>
    @OptionGroup var catalogueOptions: ITACatalogueOptions
    @Option(help: ArgumentHelp("The folder to write (created when missing).", valueName: "dir")) var out: String
    @Option(
        name: .customLong("as-of"), help: .day("Read the log as it stood at the end of this day.", valueName: "day"),
        transform: CalendarDate.argument)
    var asOf: CalendarDate?
    @Flag(help: "Replace the files of an earlier pack in the folder.") var force = false
    @Flag(name: .customLong("no-pdf"), help: "Write the HTML only, even when Chromium is installed.") var noPDF = false
    @Option(help: ArgumentHelp("The Reports folder with the templates (default: beside the build).", valueName: "path"))
    var reports: String?

    func run() async throws {
        try await RiskInput.run {
            let year = fiscalYear.year(on: storeOptions.context.today)
            let folder = URL(fileURLWithPath: out).standardizedFileURL
            let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            if !existing.isEmpty, !force {
                throw ValidationError(
                    "--out: \(out) already holds files; give an empty folder, or --force to replace an earlier pack.")
            }
            let (evidence, sources, profile) = try await ITAEvidenceRun.build(
                store: storeOptions, year: year, asOf: asOf, catalogueOptions: catalogueOptions)
            let theme = try await ReportTheme.load(try ReportOptions.reportsFolder(reports))
            let chromium = noPDF ? nil : PDFPrinter.chromium()
            let pack = try ITAPack.make(
                evidence, renderer: ReportRenderer(theme: theme.headed(by: profile)), directory: sources.directory,
                agency: sources.agency, pdf: chromium != nil)
            let pdfs = try ITAPackWriter.write(
                pack, evidence: evidence, to: folder, store: storeOptions.location, force: force, chromium: chromium)
            let checklist = evidence.checklist
            Console.out(
                """
                Wrote \(evidence.documents.count) documents\(chromium == nil ? "" : " and \(pdfs) PDFs") and index.html \
                to \(out) (FY\(year.be), as of \(checklist.asOf.formatted(.thaiMedium))): \
                \(checklist.count(.ready)) items ready, \(checklist.count(.incomplete)) incomplete, \
                \(checklist.count(.notSujarits)) not Sujarit's.
                """)
            if chromium == nil, !noPDF {
                Console.err("No PDF: Chromium was not found (install chromium, or set SUJARIT_CHROMIUM); HTML only.")
            }
            for line in checklist.lines where line.state == .incomplete {
                Console.err("\(line.code): \(line.missing.joined(separator: "; "))")
            }
        }
    }
}
