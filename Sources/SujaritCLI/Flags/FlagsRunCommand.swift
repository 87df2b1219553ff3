import ArgumentParser
import EventStorePostgres
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

            On a shared PostgreSQL server, --province CODE and --national look across \
            the agencies of a province (those placed in it with 'sujarit access \
            province') or of the country, in the public procurement data, for what no \
            agency's own run can see (regional-supplier-share: one supplier's share of \
            the region's awarded amount, at the 'regional' threshold and source of the \
            file). Those flags are recorded in the public data (?agency=public), which \
            every login reads and only administrators and importers write: list them \
            with 'sujarit flags list --store postgres://…?agency=public'.
            Examples:
              sujarit flags run
              sujarit flags run --config my-thresholds.yaml --as anan
              sujarit flags run --province 96 --store postgres://admin@db.example/narathiwat
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("The thresholds file (default: Registers/red-flags.yaml).", valueName: "path"))
    var config: String?

    @Option(
        help: ArgumentHelp(
            "On a shared server: look across the agencies of this province (two digits, e.g. 96).", valueName: "code"))
    var province: String?

    @Flag(help: "On a shared server: look across every agency of the country.")
    var national = false

    func validate() throws {
        if province != nil && national { throw ValidationError("Give --province CODE or --national, not both.") }
        if let province, !PostgresAccess.isProvinceCode(province) {
            throw ValidationError(
                "--province must be a two-digit province code, e.g. 96 for นราธิวาส (got '\(province)').")
        }
    }

    func run() async throws {
        try await FlagsInput.run {
            let (settings, path) = try FlagsInput.settings(config)
            let summary: RedFlagService.RunSummary
            if province != nil || national {
                summary = try await FlagsRegion.run(
                    province: province, storeOptions: storeOptions, settings: settings)
            } else {
                let store = try storeOptions.open()
                summary = try await RedFlagService(store: store).run(
                    settings: settings, source: try await StoreProjectSource.agency(of: store),
                    context: storeOptions.context)
            }
            // CSV always gets its header (no rows when nothing is new); people get the line on standard error.
            if output.format == .json {
                Console.out(try JSONOutput.string(FlagsRunJSON(summary, config: path)))
            } else if output.format == .csv || !summary.raised.isEmpty {
                Console.out(output.render(Self.table(summary, machine: output.format != .table)), terminator: "")
            }
            Console.err(
                "\(summary.projects) projects checked with \(path) (version \(summary.configurationVersion)): "
                    + "\(summary.raised.count) new flag(s), \(summary.revised.count) revised, \(summary.unchanged) already recorded."
                    + (summary.raised.isEmpty ? "" : " See them with 'sujarit flags list --status open'.")
            )
        }
    }

    /// The new flags per indicator: the Thai name for people, the code and both names for scripts.
    static func table(_ summary: RedFlagService.RunSummary, machine: Bool) -> Table {
        var table = Table(
            columns: machine
                ? [.init("indicator"), .init("name_th"), .init("name_en"), .init("new")]
                : [
                    .init("ตัวชี้วัด Indicator", key: "indicator"), .init("ชื่อ Name", key: "name"),
                    .init("ใหม่ New", key: "new", alignment: .trailing),
                ])
        for indicator in Indicator.allCases {
            guard let count = summary.raisedByIndicator[indicator] else { continue }
            table.append(
                [.text(indicator.rawValue), .text(indicator.label.th)]
                    + (machine ? [.text(indicator.label.en)] : []) + [.integer(count)])
        }
        return table
    }
}

/// `flags run --format json`: what the run checked and raised (`Docs/schemas/flags-run.schema.json`), never
/// empty even when nothing is new.
struct FlagsRunJSON: Encodable {
    /// The flags raised for one indicator.
    struct Raised: Encodable {
        var indicator: String
        var nameTh: String
        var nameEn: String
        var new: Int
    }

    var projects: Int
    var found: Int
    var new: Int
    var revised: Int
    var unchanged: Int
    var config: String
    var configurationVersion: Int
    var raised: [String]
    var revisedFlags: [String]
    var byIndicator: [Raised]

    init(_ summary: RedFlagService.RunSummary, config: String) {
        projects = summary.projects
        found = summary.found
        new = summary.raised.count
        revised = summary.revised.count
        unchanged = summary.unchanged
        self.config = config
        configurationVersion = summary.configurationVersion
        raised = summary.raised.map(\.description)
        revisedFlags = summary.revised.map(\.description)
        byIndicator = Indicator.allCases.compactMap { indicator in
            summary.raisedByIndicator[indicator].map {
                Raised(indicator: indicator.rawValue, nameTh: indicator.label.th, nameEn: indicator.label.en, new: $0)
            }
        }
    }
}
