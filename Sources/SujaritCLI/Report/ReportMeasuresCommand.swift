import ArgumentParser
import Reporting

/// `sujarit report measures`: The integrity measures by ITA issue area (O42), or with --round their progress (O43).
struct ReportMeasuresCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measures",
        abstract: "The integrity measures by ITA issue area (O42), or with --round their progress (O43).",
        discussion: """
            Examples:
              sujarit report measures --fy 2568
              sujarit report measures --fy 2568 --round 12m --thai-digits
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var options: ReportOptions
    @Option(help: ArgumentHelp("Only this department (its code, e.g. FIN).", valueName: "code"))
    var department: String?

    func run() async throws {
        try await ReportRun.run(
            .measures, store: storeOptions, options: options, department: department, roundless: true)
    }
}
