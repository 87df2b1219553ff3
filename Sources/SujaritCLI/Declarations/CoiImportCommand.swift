import ArgumentParser
import Declarations

/// `sujarit coi import`: records a file of committees and declarations at once.
struct CoiImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Record committees and declarations from a YAML file, all or none (นำเข้าแบบแสดงการมีส่วนได้เสีย).",
        discussion: """
            The file explains its format. Example:
              sujarit coi import Registers/examples/takbai/declarations-2568.yaml
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The YAML file.", valueName: "file"))
    var file: String

    func run() async throws {
        let parsed = try DeclarationsFile.load(file)
        let rules = try CommitteeWarnings.rules()
        let store = try storeOptions.open()
        let summary = try await DeclarationService(store: store).importFile(parsed, context: storeOptions.context)
        Console.out(
            """
            Recorded \(summary.committees) committee list(s), \(summary.declarations) declaration(s) and \
            \(summary.recusals) recusal(s) from \(file).
            """
        )
        for item in parsed.committees {
            try await CommitteeWarnings.print(
                item.project, store: store, place: "\(item.place.file):\(item.place.line.map(String.init) ?? "?")",
                rules: rules)
        }
    }
}
