import ArgumentParser
import RiskRegister
import Sujarit

/// `sujarit risk import FILE`: a register, measures or an integrity plan from YAML, JSON or CSV.
struct RiskImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import risks, measures or an integrity plan from YAML, JSON or CSV (นำเข้าทะเบียนความเสี่ยง).",
        discussion: """
            All or nothing: every row is checked first and the first problem is reported with its line; then \
            nothing is written. A .csv file holds risks (one per row, as 'risk export --format csv' writes); \
            YAML and JSON may also hold measures with progress and the integrity plan grouped by ITA issue area.
            Examples:
              sujarit risk import Registers/examples/takbai/risks-2568.yaml --dry-run
              sujarit risk import Registers/examples/takbai/risks-plan-2567.yaml
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp("The file: .yaml, .json or .csv.", valueName: "file"))
    var file: String
    @Flag(help: "Check the file and show what would be added, without recording anything.")
    var dryRun = false

    func run() async throws {
        try await RiskInput.run {
            let store = try storeOptions.open()
            let service = RiskService(store: store)
            let summary = try await service.importFile(
                file, dryRun: dryRun, dimensions: try PlanDimensions.resolve(registers: try? RiskInput.registers(nil)),
                context: storeOptions.context
            )
            let verb = dryRun ? "Would import" : "Imported"
            Console.out(
                """
                \(verb) \(summary.risks.count) risk(s), \(summary.scores) score(s), \(summary.measures.count) \
                measure(s), \(summary.progressUpdates) progress update(s), \(summary.acceptances) acceptance(s) \
                from \(file).
                """
            )
            if let first = summary.risks.first, let last = summary.risks.last {
                Console.out("  risks \(first) … \(last)")
            }
            if let first = summary.measures.first, let last = summary.measures.last {
                Console.out("  measures \(first) … \(last)")
            }
            if !dryRun, !summary.measures.isEmpty {
                // A measure due outside its own fiscal year is taken (carried-over measures are real) but named.
                let imported = Set(summary.measures.map(\.description))
                for warning in try await RiskLedger.load(from: store).warnings(fiscalYear: nil, on: .today())
                where warning.kind == .dueOutsideFiscalYear && imported.contains(warning.subject) {
                    Console.err("Warning: \(warning.subject): \(warning.message.en).")
                }
            }
        }
    }
}
