import ArgumentParser
import Reporting

/// `sujarit report o34`: The annual corruption-risk assessment with its heatmap (O34).
struct ReportO34Command: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "o34",
        abstract: "The annual corruption-risk assessment with its heatmap (O34).",
        discussion: """
            Examples:
              sujarit report o34 --fy 2568
              sujarit report o34 --fy 2568 --format md -o -
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var options: ReportOptions
    @Option(help: ArgumentHelp("Only this department (its code, e.g. FIN).", valueName: "code"))
    var department: String?

    func run() async throws {
        try await ReportRun.run(.o34, store: storeOptions, options: options, department: department, roundless: true)
    }
}
