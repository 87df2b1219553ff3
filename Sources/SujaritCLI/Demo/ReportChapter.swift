import Agency
import Foundation
import ITA
import Reporting
import RiskRegister
import Sujarit

/// The year's close: the ITA result the plan answers, the twelve-month progress, and the executive summary
/// written as an A4 page (and PDF when Chromium is installed), whose path the demo prints.
struct ReportChapter: DemoChapter {
    let title = "ผล ITA และรายงานสรุปสำหรับผู้บริหาร — ITA analysis and the executive summary"

    func run(in demo: DemoContext) async throws {
        let file = "Registers/examples/takbai/ita-2566.yaml"
        let frameworks = try ITAFramework.loadFolder(try DemoFiles.path("Registers/ita"))
        let result = try ITAResultFile.load(try DemoFiles.path(file))
        let service = ITAService(store: demo.store)
        try await service.record(
            result, framework: frameworks[result.fiscalYear]!, replace: false, context: CommandContext(actor: "anan"))
        let ledger = try await RiskLedger.load(from: demo.store)
        let briefing = ITABriefing(
            try await service.requireResult(result.fiscalYear), ledger: ledger, top: 3,
            measureYears: { $0 >= result.fiscalYear })
        demo.say("sujarit ita record --file \(file)   (the seed's figures)")
        demo.say(
            """
            sujarit ita analyze --fy 2566 → \(briefing.overall) \(briefing.bandCode) \(briefing.bandName): \
            \(briefing.working)
            """
        )
        for weak in briefing.weakest {
            let measures = weak.measures.map { "\($0.id) (\($0.status.shortLabel))" }.joined(separator: ", ")
            demo.say(
                """
                  \(weak.code) \(weak.scores.map(\.description).joined(separator: "/")) → \
                \(ITACode.compact(weak.oitItems)) · \
                \(measures.isEmpty ? demo.style.paint("ยังไม่มีมาตรการ", .red) : measures)
                """
            )
        }

        // The twelve-month round: three measures report, so the summary has something to compare.
        let year = FiscalYear(be: 2568), end = year.end
        let updates: [(String, MeasureStatus, String?, String?)] = [
            ("M-2568-002", .done, "กรรมการตรวจรับลงนามครบ 15 โครงการ และอบรมแล้วเมื่อ พ.ค. 2568", nil),
            ("M-2568-003", .inProgress, "เปิดยื่นคำขออนุญาตก่อสร้างทางเว็บไซต์แล้ว ยังไม่เปิดติดตามคำขอ", "ผู้ดูแลระบบลาออก"),
            ("M-2568-006", .done, "สุ่มตรวจ 7 จาก 12 เดือน ไม่พบการเบิกเกิน", nil),
        ]
        _ = try await RiskService(store: demo.store).perform(CommandContext(actor: "anan")) { ledger, _, decision in
            for (id, status, resultText, problems) in updates {
                try ledger.report(
                    MeasureProgressReported(
                        measure: try MeasureID(parsing: id), round: .annual, asOf: end, status: status,
                        result: resultText, problems: problems, evidence: []
                    ), into: &decision)
            }
        }
        demo.say("sujarit risk measure progress … --round 12m: \(updates.count) measures report on the year.")

        let sources = try await ReportSources.open(
            demo.store, fiscalYear: year, round: .annual, asOf: nil, projections: ModuleCatalog.projections)
        let document = try await ReportBuilder.build(.executive, sources)
        let renderer = ReportRenderer(
            theme: try await ReportTheme.load(
                (try DemoFiles.path("Reports/templates") as NSString).deletingLastPathComponent
            ).headed(by: try await AgencyProfile.load(from: demo.store)))
        let html = demo.folder.appendingPathComponent(document.fileName("html"))
        try OutputFile(html.path, store: nil, force: false, overwritesOwnFile: true).write(
            try renderer.render(document, as: .html, directory: sources.directory))
        if case .executive(let summary) = document {
            if let counts = summary.measures?.counts {
                demo.say(
                    """
                    Measures: \(counts.done) done, \(counts.inProgress) in progress, \(counts.notStarted) not \
                    started, \(counts.overdue) overdue on \(sources.period.judgedOn.formatted(.thaiMedium)).
                    """
                )
            }
            for change in summary.changes where change.trend != 0 {
                demo.say("  \(change.label): \(change.previous ?? "–") → \(change.current)")
            }
        }
        demo.say("sujarit report executive --fy 2568 --round 12m → \(html.path)")
        if let anchor = sources.anchor {
            demo.say(
                """
                Its footer carries the log's anchor, รหัสยืนยันบันทึก \(anchor): 'sujarit verify --anchor \
                \(anchor)' proves later that the log was not rewritten since the page was printed.
                """
            )
        }
        if let chromium = PDFPrinter.chromium() {
            let pdf = html.deletingPathExtension().appendingPathExtension("pdf")
            do {
                try PDFPrinter.print(html: html, to: pdf, chromium: chromium)
                demo.say("… and --pdf → \(pdf.path)")
            } catch {
                demo.say("(PDF not printed: \(error.localizedDescription))")
            }
        } else {
            demo.say("(--pdf needs Chromium, not installed here; open the HTML in a browser and print it to A4.)")
        }
    }
}
