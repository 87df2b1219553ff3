import ArgumentParser
import GiftLog

/// `sujarit gift import`: records a file of gift-log records at once.
struct GiftImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Record a policy declaration, activities and gifts from a YAML file, all or none (นำเข้าบันทึกของขวัญ).",
        discussion: """
            The file explains its format. Example:
              sujarit gift import Registers/examples/takbai/gifts-2568.yaml
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The YAML file.", valueName: "file"))
    var file: String

    func run() async throws {
        let parsed = try GiftLogFile.load(file, limits: try ImportLimits.resolve())
        let summary = try await GiftLogService(store: try storeOptions.open()).importFile(parsed, actor: storeOptions.actorName)
        let ids = summary.entries.map(\.id)
        Console.out("Recorded \(summary.policy ? "the policy declaration, " : "")\(summary.activities) activit\(summary.activities == 1 ? "y" : "ies") and \(ids.count) gift entr\(ids.count == 1 ? "y" : "ies")\(ids.isEmpty ? "" : " (\(ids.first!) … \(ids.last!))") from \(file).")
    }
}
