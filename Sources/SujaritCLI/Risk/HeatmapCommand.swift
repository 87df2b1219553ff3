import Agency
import ArgumentParser
import Foundation
import Presentation
import Reporting
import RiskRegister
import Sujarit

/// `sujarit heatmap`: where a year's risks stand on the matrix.
struct HeatmapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "heatmap",
        abstract: "Risk heatmap: counts and ids per cell, in colour (แผนภูมิความเสี่ยง).",
        discussion: """
            term draws the grid with the matrix's colours (plain when piped or NO_COLOR is set); svg is a \
            standalone picture with Thai labels, headed by the agency and the fiscal year; html wraps it in a page \
            with the ids per cell; json is for scripts. --both shows how each risk moves from inherent to \
            residual: ids before the controls are marked ○ (italic), residual targets ● (bold). With --both or \
            --residual, risks that have no residual target yet are listed under the map \
            (ยังไม่กำหนดความเสี่ยงคงเหลือ).
            Examples:
              sujarit heatmap --fy 2568 --both
              sujarit heatmap --fy 2568 --residual --format svg --output heatmap.svg
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case term, svg, html, json }

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>
    @Option(help: ArgumentHelp("Only this department code.", valueName: "code")) var department: String?
    @Flag(help: "Inherent scores (the default).") var inherent = false
    @Flag(help: "Current scores.") var current = false
    @Flag(help: "Residual (target) scores.") var residual = false
    @Flag(help: "Inherent and residual, with each risk's movement.") var both = false
    @Option(help: "term, svg, html or json.") var format: Format = .term
    @Option(
        help: ArgumentHelp(
            "Write to this file instead of standard output (never the store; an existing file only with --force).",
            valueName: "file")) var output: String?
    @OptionGroup var overwrite: ForceOption

    func run() async throws {
        try await RiskInput.run {
            let year = fiscalYear.year
            let chosen = [inherent, current, residual, both].filter { $0 }.count
            guard chosen <= 1 else { throw ValidationError("Choose one of --inherent, --current, --residual, --both.") }
            let kinds: [ScoreKind] =
                both ? [.inherent, .residual] : current ? [.current] : residual ? [.residual] : [.inherent]
            let file = try output.map {
                try OutputFile($0, option: "--output", store: storeOptions.location, force: overwrite.force)
            }
            let store = try storeOptions.open()
            let ledger = try await RiskService(store: store).ledger()
            let maps = ledger.heatmaps(fiscalYear: year, department: department, kinds: kinds)
            guard !maps.isEmpty else {
                Console.err(
                    """
                    No \(kinds.map(\.rawValue).joined(separator: "/")) scores for \
                    FY\(year.be)\(department.map { " in \($0)" } ?? "") yet.
                    """
                )
                return
            }
            let style = output == nil ? TerminalStyle() : TerminalStyle(colors: false)
            // The drawings name whose register it is, and list what a residual map cannot place.
            let agency = try await AgencyProfile.load(from: store)?.agencyName
            let unset =
                kinds.contains(.residual)
                ? HeatmapRenderer.withoutResidual(ledger, fiscalYear: year, department: department) : []
            let text: String
            switch format {
            case .term:
                text = maps.enumerated().map { index, map in
                    HeatmapRenderer.terminal(map, style: style, withoutResidual: index == maps.count - 1 ? unset : [])
                }.joined(separator: "\n")
            case .svg: text = HeatmapRenderer.svg(maps[0], agency: agency, withoutResidual: unset)
            case .html: text = HeatmapRenderer.html(maps, agency: agency, withoutResidual: unset)
            case .json: text = try HeatmapRenderer.json(maps)
            }
            if let file {
                try file.write(text)
                Console.err("Wrote \(file.path).")
            } else {
                Console.out(text, terminator: "")
            }
            if format == .svg, maps.count > 1 {
                Console.err(
                    """
                    Note: the year uses \(maps.count) matrices; the SVG shows \(maps[0].matrix.key). Use --format \
                    html for all.
                    """
                )
            }
        }
    }
}
