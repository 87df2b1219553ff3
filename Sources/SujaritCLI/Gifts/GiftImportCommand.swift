import ArgumentParser
import GiftLog
import Oversight

/// `sujarit gift import`: records a file of gift-log records at once.
struct GiftImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Record a policy declaration, activities and gifts from a YAML file, all or none (นำเข้าบันทึกของขวัญ).",
        discussion: """
            A giver found as a winner or bidder of the agency's procurements in the \
            imported e-GP data is recorded as dealing with the agency, as if the file \
            said deals_with_agency. The file explains its format. Example:
              sujarit gift import Registers/examples/takbai/gifts-2568.yaml
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The YAML file.", valueName: "file"))
    var file: String

    func run() async throws {
        let parsed = try GiftLogFile.load(file, limits: try ImportLimits.resolve())
        let store = try storeOptions.open()
        // A giver found as a winner or bidder in the procurement data is recorded as dealing with the agency.
        let service = GiftLogService(
            store: store, business: try await ProcurementPartiesWithBusiness.forAgency(in: store))
        let summary = try await service.importFile(parsed, context: storeOptions.context)
        let ids = summary.entries.map(\.id)
        Console.out(
            """
            Recorded \(summary.policy ? "the policy declaration, " : "")\(summary.activities) \
            activit\(summary.activities == 1 ? "y" : "ies") and \(ids.count) gift \
            entr\(ids.count == 1 ? "y" : "ies")\(ids.isEmpty ? "" : " (\(ids.first!) … \(ids.last!))") from \
            \(file).
            """
        )
    }
}
