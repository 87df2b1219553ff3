import Agency
import Foundation
import Presentation
import Reporting
import RiskRegister
import Sujarit

/// The risk committee's year: the FY2568 register, a scoring round with a disagreement the chair resolves,
/// the 6-month progress, what needs attention on 1 April, and the heatmap (also written as SVG and HTML).
struct RiskChapter: DemoChapter {
    let title = "ทะเบียนความเสี่ยงการทุจริต — The corruption-risk register (O34–O35)"

    func run(in demo: DemoContext) async throws {
        let service = RiskService(store: demo.store)
        let context = CommandContext(actor: demo.actor)
        _ = try await service.configure(registers: try DemoFiles.path("Registers"), context: context)
        let summary = try await service.importFile(
            try DemoFiles.path("Registers/examples/takbai/risks-2568.yaml"), dryRun: false, context: context)
        demo.say(
            """
            Imported the FY2568 register: \(summary.risks.count) risks in 4 categories, \(summary.measures.count) \
            measures with owners and due days.
            """
        )

        let sheets = try CommitteeScoringFile.load(
            try DemoFiles.path("Registers/examples/takbai/risks-scores-2568.yaml"))
        let chair = "palad"
        let round = try await service.perform(CommandContext(actor: chair)) { ledger, directory, decision in
            try ledger.openRound(
                fiscalYear: sheets.fiscalYear, kind: sheets.kind, chair: chair, directory: directory, into: &decision)
        }.result
        for sheet in sheets.scores {
            try await service.perform(CommandContext(actor: sheet.member)) { ledger, directory, decision in
                try ledger.score(
                    sheet.risk, member: sheet.member, likelihood: sheet.likelihood, impact: sheet.impact, note: nil,
                    directory: directory, into: &decision)
            }
        }
        let members = Set(sheets.scores.map(\.member)).count
        demo.say(
            """
            Round \(round) (\(sheets.kind.label.th)): \(members) committee members scored on their own — \
            \(sheets.scores.count) RiskScored events.
            """
        )

        do {
            try await finalize(service, chair: chair)
        } catch let RiskRegisterError.unresolvedDisagreements(list) {
            demo.say(
                demo.style.paint(
                    "✗ sujarit risk finalize refused, nothing written: members disagree by 2+ levels", .red))
            for item in list { demo.say("    \(item)") }
        }
        for resolution in sheets.resolutions {
            try await service.perform(CommandContext(actor: chair)) { ledger, directory, decision in
                try ledger.resolve(
                    resolution.risk, chair: chair, likelihood: resolution.likelihood, impact: resolution.impact,
                    note: resolution.note, directory: directory, into: &decision)
            }
            demo.say(
                """
                The chair records the agreed levels for \(resolution.risk): \
                \(resolution.likelihood)×\(resolution.impact) — \(resolution.note.prefix(60))…
                """
            )
        }
        let finalized = try await finalize(service, chair: chair)
        demo.say(
            demo.style.paint(
                """
                ✓ Finalized \(finalized.count) risks: median per axis, \
                \(finalized.filter { $0.resolution != nil }.count) by the committee's resolution.
                """,
                .green))

        for update in sheets.progress {
            try await service.perform(context) { ledger, _, decision in try ledger.report(update, into: &decision) }
        }
        let ledger = try await service.ledger()
        let asOf = try CalendarDate(year: 2025, month: 4, day: 1)
        let done = ledger.measures(in: sheets.fiscalYear).filter { $0.status == .done }.count
        demo.say(
            """
            6-month progress recorded for \(sheets.progress.count) measures (\(done) done). On \
            \(asOf.formatted(.thaiMedium)) (sujarit risk review --as-of):
            """
        )
        for warning in ledger.warnings(fiscalYear: sheets.fiscalYear, on: asOf) {
            demo.say("  ⚠ \(warning.subject) \(warning.message.th)")
        }

        let maps = ledger.heatmaps(fiscalYear: sheets.fiscalYear, kinds: [.inherent, .residual])
        demo.say("Heatmap, inherent → residual target (sujarit heatmap --fy 2568 --both):")
        for map in maps { demo.show(HeatmapRenderer.terminal(map, style: demo.style)) }
        let svg = demo.folder.appendingPathComponent("risk-heatmap-2568.svg")
        // The demo's own files, regenerated on every run (OutputFile: atomic, never a store file).
        try OutputFile(svg.path, store: nil, force: false, overwritesOwnFile: true).write(HeatmapRenderer.svg(maps[0]))
        let html = demo.folder.appendingPathComponent("risk-heatmap-2568.html")
        try OutputFile(html.path, store: nil, force: false, overwritesOwnFile: true).write(HeatmapRenderer.html(maps))
        demo.say("Wrote \(svg.path) and \(html.lastPathComponent) beside it.")
    }

    @discardableResult
    private func finalize(_ service: RiskService, chair: String) async throws -> [RoundConsensus] {
        try await service.perform(CommandContext(actor: chair)) { ledger, directory, decision in
            try ledger.finalize(fiscalYear: nil, chair: chair, directory: directory, into: &decision).1
        }.result
    }
}
