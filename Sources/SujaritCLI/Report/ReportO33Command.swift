import ArgumentParser
import Reporting

/// `sujarit report o33`: The No Gift Policy report of a round (O33); names only for the auditor and the legal officer.
struct ReportO33Command: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "o33",
        abstract: "The No Gift Policy report of a round (O33); names only for the auditor and the legal officer.",
        discussion: """
            Examples:
              sujarit report o33 --fy 2568 --round 12m --as anan
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var options: ReportOptions

    func run() async throws {
        try await ReportRun.run(.o33, store: storeOptions, options: options)
    }
}
