import ArgumentParser
import Reporting

/// `sujarit report plan`: The anti-corruption action plan (O36), or with --round its 6-month (O37) or annual (O38) report.
struct ReportPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "The anti-corruption action plan (O36), or with --round its 6-month (O37) or annual (O38) report.",
        discussion: """
            Examples:
              sujarit report plan --fy 2568
              sujarit report plan --fy 2568 --round 6m --pdf
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var options: ReportOptions
    @Option(help: ArgumentHelp("Only this department (its code, e.g. FIN).", valueName: "code"))
    var department: String?

    func run() async throws {
        try await ReportRun.run(.plan, store: storeOptions, options: options, department: department, roundless: true)
    }
}
