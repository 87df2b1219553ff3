import ArgumentParser
import Reporting
import Sujarit

/// `sujarit gift report`: the O33 report for a fiscal year's round.
struct GiftReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The O33 No Gift Policy report for a fiscal year or its first six months (รายงานผล No Gift Policy).",
        discussion: """
            Counts and values by verdict, gifts above the limit with their reports and \
            decisions, late and missing reports, gifts given and refused, and the O31 \
            declaration and O32 activities. A period with nothing to report is a nil \
            report and says so. Cases with names are shown to the internal auditor and \
            the legal officer only. It is the report 'sujarit report o33' writes (the same \
            templates), printed here as a table, Markdown, CSV (one row per figure) or JSON. Examples:
              sujarit gift report --fy 2568 --as anan
              sujarit gift report --fy 2568 --round 6m --format md \\
                  --as pimchanok > o33-2568-6m.md
              sujarit gift report --fy 2568 --format json
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @OptionGroup var fiscalYear: FiscalYearOption<RequiredFiscalYear>

    @Option(help: ArgumentHelp("6m (1 Oct – 31 Mar) or 12m (the whole year, default).", valueName: "round"))
    var round: String = "12m"

    @Option(help: .day("Judge reports as of this day (default: today)."), transform: CalendarDate.argument)
    var asOf: CalendarDate?

    func run() async throws {
        let year = fiscalYear.year
        guard let chosen = ReportingRound(argument: round) else {
            throw ValidationError("--round '\(round)' is not a round: write 6m (รอบ 6 เดือน) or 12m (ประจำปี).")
        }
        // The O33 of `report o33`, through the same pipeline; this command keeps its own options and prints.
        try await CommandFailure.report {
            let (document, renderer, sources) = try await ReportRun.build(
                .o33, store: try storeOptions.open(), year: year, round: chosen,
                asOf: asOf, viewer: storeOptions.actorName,
                reports: try ReportOptions.reportsFolder(nil)
            )
            let format: ReportFormat =
                switch output.format {
                case .table: .term
                case .json: .json
                case .csv: .csv
                case .markdown: .md
                }
            let text = try renderer.render(document, as: format, directory: sources.directory, style: output.style)
            Console.out(text, terminator: "")
            if case .o33(let o33) = document, o33.report.view == .totalsOnly {
                let viewer = sources.directory.member(storeOptions.actorName)
                Console.err(RegisterInput.totalsNotice(storeOptions.actorName, viewer: viewer))
            }
        }
    }
}
