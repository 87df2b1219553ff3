import Agency
import Foundation
import ITA
import Presentation
import Reporting
import Sujarit

/// The demo's OIT evidence: the same duty under each year's number, an item's address recorded, the year's
/// checklist, and the pack written beside the demo's store.
struct ITAEvidenceChapter: DemoChapter {
    let title = "หลักฐาน OIT ของปี 2568 — the OIT checklist and evidence pack"

    func run(in demo: DemoContext) async throws {
        let library = try ITACatalogueLibrary.load(folder: try DemoFiles.path("Registers/ita"))
        let codes = [(2566, AgencyKind.localGovernment), (2568, .stateAgency), (2569, .stateAgency)].compactMap {
            year, type in
            library.catalogue(FiscalYear(be: year), type: type)?.item(purpose: "risk-assessment")
                .map { "\(year) \($0.code)" }
        }
        demo.say("The NACC renumbers the OIT: the risk assessment is \(codes.joined(separator: " → ")).")
        for type in AgencyKind.allCases {
            let catalogue = try library.require(FiscalYear(be: 2570), type: type)
            let findings = ITACatalogueCheck.findings(catalogue, in: library)
            demo.say(
                """
                sujarit ita catalogue check --fy 2570 --type \(type.catalogueKey) → \(catalogue.items.count) items, \
                \(findings.filter { $0.severity == .error }.count) errors, \(catalogue.unconfirmedCount) ยังไม่ยืนยัน
                """)
        }

        let year = FiscalYear(be: 2568)
        let context = CommandContext(actor: "anan")
        let catalogue = try library.usable(year, type: .localGovernment)
        let url = "https://www.takbai.go.th/ita/2568/o23"
        try await ITAService(store: demo.store).publish(code: "O23", url: url, catalogue: catalogue, context: context)
        demo.say("sujarit ita publish O23 --fy 2568 --url \(url)")

        // The demo's events are recorded today, so the log is read as of today.
        let (evidence, sources) = try await ITAEvidenceRun.build(
            demo.store, year: year, type: .localGovernment, library: library, asOf: context.today)
        var table = Table(columns: [
            .init("ข้อ", key: "code"), .init("รายการ", key: "title", maxWidth: 34), .init("สถานะ", key: "state"),
            .init("ที่ยังขาด", key: "missing", maxWidth: 44),
        ])
        for line in evidence.checklist.lines {
            table.append([line.code, line.title ?? "", line.state.thai, line.missing.joined(separator: "; ")])
        }
        demo.say("sujarit ita checklist --fy 2568")
        demo.show(table.render(.table, style: demo.style))

        let chromium = PDFPrinter.chromium()
        let pack = try ITAPack.make(
            evidence,
            renderer: ReportRenderer(
                theme: try await ReportTheme.load(try ReportOptions.reportsFolder(nil)).headed(
                    by: try await AgencyProfile.load(from: demo.store))),
            directory: sources.directory, agency: sources.agency, pdf: chromium != nil)
        let folder = demo.folder.appendingPathComponent("ita-2568")
        let pdfs = try ITAPackWriter.write(
            pack, evidence: evidence, to: folder, store: nil, force: true, chromium: chromium)
        demo.say(
            """
            sujarit ita pack --fy 2568 --out \(folder.path) → \(evidence.documents.count) documents\
            \(chromium == nil ? " (no PDF: Chromium is not installed)" : " and \(pdfs) PDFs") and index.html
            """)
    }
}
