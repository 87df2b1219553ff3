import ArgumentParser
import Reporting

/// `sujarit report o35`: Managing the risks in a round: each risk's measures and progress, inherent → residual (O35).
struct ReportO35Command: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "o35",
        abstract: "Managing the risks in a round: each risk's measures and progress, inherent → residual (O35).",
        discussion: """
            Examples:
              sujarit report o35 --fy 2568 --round 6m --pdf
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var options: ReportOptions
    @Option(help: ArgumentHelp("Only this department (its code, e.g. FIN).", valueName: "code"))
    var department: String?

    func run() async throws {
        try await ReportRun.run(.o35, store: storeOptions, options: options, department: department)
    }
}
