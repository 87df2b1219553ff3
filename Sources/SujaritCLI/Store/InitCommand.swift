import Agency
import ArgumentParser
import EventStore

/// `sujarit init`: creates an agency's store.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new store (สร้างฐานข้อมูลใหม่). Never overwrites an existing one.",
        discussion: "Example: sujarit init --agency \"เทศบาลเมืองตากใบ\" --dept 6302203"
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("The agency's name as it signs documents.", valueName: "name"))
    var agency: String?

    @Option(name: .customLong("dept"), help: ArgumentHelp("The agency's e-GP department id (4 or 7 digits).", valueName: "id"))
    var departmentID: String?

    func validate() throws {
        if let departmentID, !(departmentID.count == 4 || departmentID.count == 7) || !departmentID.allSatisfy(\.isASCIIDigit) {
            throw ValidationError("--dept must be the e-GP department id: 4 digits for a central agency, 7 for a local one (got '\(departmentID)').")
        }
    }

    func run() async throws {
        let store = try storeOptions.create()
        try await AgencyProfile.initialize(
            store, agencyName: agency, departmentID: departmentID,
            sujaritVersion: SujaritVersion.current, actor: storeOptions.actorName
        )
        Console.out("Created \(store.location)\(agency.map { " for \($0)" } ?? "").")
        Console.out("สร้างฐานข้อมูล \(store.location) เรียบร้อยแล้ว")
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
