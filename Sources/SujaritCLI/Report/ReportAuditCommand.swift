import ArgumentParser
import Reporting

/// `sujarit report audit`: The internal-audit follow-up register: recommendations, owners, due days, status.
struct ReportAuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The internal-audit follow-up register: recommendations, owners, due days, status.",
        discussion: """
            Examples:
              sujarit report audit --fy 2568 --round 12m --format term
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var options: ReportOptions
    @Option(help: ArgumentHelp("Only this department (its code, e.g. FIN).", valueName: "code"))
    var department: String?

    func run() async throws {
        try await ReportRun.run(.audit, store: storeOptions, options: options, department: department)
    }
}
