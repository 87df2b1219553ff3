import Agency
import ArgumentParser
import ITA
import Sujarit

/// `sujarit ita publish`: records where an OIT item was published.
struct ITAPublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Record the web address where a year's OIT item is published (the URL given to ITAS).",
        discussion: """
            The item is the year's code for the agency's type (see 'sujarit ita catalogue show'). The address \
            is kept in the log with the item's purpose, and 'sujarit ita checklist' shows it. Giving a new \
            address records it as the item's latest; giving the same one again records nothing.

            Examples:
              sujarit ita publish O21 --fy 2570 --url https://www.takbai.go.th/ita/2570/o21
              sujarit ita publish o๒๑ --url https://www.takbai.go.th/ita/2570/o21.pdf
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp("The item's code this year, e.g. O21 (Thai digits are fine).", valueName: "code"))
    var code: String
    @Option(help: ArgumentHelp("The full https:// address of the page or file.", valueName: "url")) var url: String
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>
    @OptionGroup var catalogueOptions: ITACatalogueOptions

    func run() async throws {
        try await RiskInput.run {
            let context = storeOptions.context
            let store = try storeOptions.open()
            let year = fiscalYear.year(on: context.today)
            let profile = try await AgencyProfile.load(from: store)
            let catalogue = try catalogueOptions.library().usable(
                year, type: catalogueOptions.agencyType(profile: profile))
            let service = ITAService(store: store)
            if let published = try await service.publish(code: code, url: url, catalogue: catalogue, context: context) {
                Console.out("Recorded \(published.code) (FY\(year.be), \(published.purpose)) at \(published.url).")
            } else {
                Console.out(
                    "\(ITACode.normalize(code, letters: ["O"]) ?? code) of FY\(year.be) is already recorded at that address; nothing added."
                )
            }
        }
    }
}
