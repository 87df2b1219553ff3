import ArgumentParser
import Reporting

/// `sujarit report executive`: One or two A4 pages for the executives: ITA, risks, measures, gifts, declarations, audit, changes.
struct ReportExecutiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "executive",
        abstract: "One or two A4 pages for the executives: ITA, risks, measures, gifts, declarations, audit, changes.",
        discussion: """
            Examples:
              sujarit report executive --fy 2568 --round 12m --pdf
              sujarit report executive --fy 2568 --round 6m --as-of "31 มี.ค. 68"
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var options: ReportOptions

    func run() async throws {
        try await ReportRun.run(.executive, store: storeOptions, options: options)
    }
}
