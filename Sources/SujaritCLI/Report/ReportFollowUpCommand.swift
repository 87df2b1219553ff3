import ArgumentParser
import Reporting

/// `sujarit report followup`: Follow-up of every measure and audit recommendation, with owner, due day, status and result (รายงานการติดตามผล).
struct ReportFollowUpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract:
            """
            Follow-up of every measure and audit recommendation, with owner, due day, status and result \
            (รายงานการติดตามผล).
            """,
        discussion: """
            Examples:
              sujarit report followup --fy 2568 --round 6m
              sujarit report followup --fy 2568 --round 12m --department FIN --format term
              sujarit report followup --fy 2568 --round 6m --as-of 2025-04-10 --format csv -o followup.csv
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var options: ReportOptions
    @Option(help: ArgumentHelp("Only this department (its code, e.g. FIN).", valueName: "code"))
    var department: String?

    func run() async throws {
        try await ReportRun.run(.followup, store: storeOptions, options: options, department: department)
    }
}
