import ArgumentParser
import Oversight
import Presentation

/// `sujarit flags run`: computes every indicator over what is in the store and records the new flags.
struct FlagsRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Compute the red flags over the store's procurement data and record the new ones (ตรวจหาข้อสังเกต).",
        discussion: """
            Reads the imported projects one e-GP department at a time, the declarations \
            and the gift log, and records each new flag as an event with its evidence. \
            A flag already recorded is not recorded again; one whose records changed (a \
            fourth split award) is revised. Thresholds come from --config (default \
            Registers/red-flags.yaml) and each flag records the file's version.
            Examples:
              sujarit flags run
              sujarit flags run --config my-thresholds.yaml --as anan
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("The thresholds file (default: Registers/red-flags.yaml).", valueName: "path"))
    var config: String?

    func run() async throws {
        try await FlagsInput.run {
            let (settings, path) = try FlagsInput.settings(config)
            let store = try storeOptions.open()
            let summary = try await RedFlagService(store: store).run(
                settings: settings, source: StoreProjectSource(store: store), context: storeOptions.context)
            var table = Table(columns: [
                .init("ตัวชี้วัด Indicator", key: "indicator"), .init("ชื่อ Name", key: "name"),
                .init("ใหม่ New", key: "new", alignment: .trailing),
            ])
            for indicator in Indicator.allCases {
                guard let count = summary.raisedByIndicator[indicator] else { continue }
                table.append([
                    indicator.rawValue, output.format == .table ? indicator.label.th : indicator.label.en,
                    String(count),
                ])
            }
            if !summary.raised.isEmpty { Console.out(table.render(output.format, style: output.style), terminator: "") }
            Console.err(
                "\(summary.projects) projects checked with \(path) (version \(summary.configurationVersion)): "
                    + "\(summary.raised.count) new flag(s), \(summary.revised.count) revised, \(summary.unchanged) already recorded."
                    + (summary.raised.isEmpty ? "" : " See them with 'sujarit flags list --status open'.")
            )
        }
    }
}
