import Agency
import AuditPlans
import Foundation
import Oversight
import Presentation
import Reporting
import Sujarit

/// The audit unit's reports on the audit chapter's year: the engagement's monetary-unit sample listed and drawn
/// again from its seed (the same projects), a sample refused on the closed engagement, the engagement report as
/// a Thai memo, and the annual report of internal-audit activity.
struct AuditReportsChapter: DemoChapter {
    let title = "รายงานการตรวจสอบภายใน — Audit samples, the engagement report and the annual report"

    func run(in demo: DemoContext) async throws {
        let year = FiscalYear(be: 2568)
        let engagement = EngagementRef(fiscalYear: year, subject: "PROC-SPECIFIC")
        let filter = ProcurementPopulationFilter(method: .specific)
        if let sample = try await AuditSampleTable.recorded(engagement, in: demo.store).first {
            let population = try await ProcurementPopulation.items(in: demo.store, filter: filter)
            let again = try SampleDraw.draw(population, method: sample.method, size: sample.size, seed: sample.seed)
            let same = again.items.map(\.item.id) == sample.items.map(\.id)
            demo.say(
                """
                sujarit audit sample --engagement PROC-SPECIFIC --fy 2568 --list → sample \(sample.number) \
                (\(sample.method.label.th), seed \(sample.seed)); drawn again from the same seed: \
                \(same ? "the same \(again.items.count) projects" : "different projects (the data changed)").
                """)
            demo.show(AuditSampleTable.drawn(again, .table).terminal(style: demo.style))
            if let interval = again.interval {
                demo.say(
                    """
                    Interval \(interval.formatted()) บาท = \(again.populationTotal.formatted()) / \(again.size); \
                    \(again.items.filter(\.isKeyItem).count) project(s) as large as the interval (those are always drawn).
                    """)
            }
        }
        let before = try await demo.store.lastSequence()
        do {
            _ = try await AuditSampling(store: demo.store).drawFromProcurement(
                for: engagement, filter: filter, method: .random, size: 3, seed: 7,
                context: CommandContext(actor: "anan"))
        } catch {
            let unchanged = try await demo.store.lastSequence() == before
            demo.say("sujarit audit sample --engagement PROC-SPECIFIC --fy 2568 --method random … (after the close):")
            demo.say(
                demo.style.paint("✗ \(error.localizedDescription)\(unchanged ? "" : " (but the log changed!)")", .red))
        }

        let reports = try ReportOptions.reportsFolder(nil)
        for (kind, command) in [
            (ReportKind.engagement, "sujarit audit report engagement PROC-SPECIFIC --fy 2568"),
            (.auditAnnual, "sujarit audit report annual --fy 2568"),
        ] {
            let (document, renderer, sources) = try await ReportRun.build(
                kind, store: demo.store, year: year, round: nil, asOf: nil, viewer: "anan", reports: reports,
                engagement: kind == .engagement ? engagement.subject : nil)
            let html = demo.folder.appendingPathComponent(document.fileName("html"))
            try OutputFile(html.path, store: nil, force: false, overwritesOwnFile: true)
                .write(try renderer.render(document, as: .html, directory: sources.directory))
            demo.say("\(command) → wrote \(html.path) (A4; add --pdf to print it).")
            if case .auditAnnual = document {
                for table in renderer.tables(document, machine: false).dropFirst().prefix(2) {
                    demo.say(table.title)
                    demo.show(table.table.terminal(style: demo.style))
                }
            }
        }
    }
}
