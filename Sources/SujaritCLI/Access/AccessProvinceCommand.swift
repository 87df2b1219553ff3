import ArgumentParser
import EventStorePostgres

/// `sujarit access province`: places an agency in a province, for the province's view.
struct AccessProvinceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "province",
        abstract: "Place an agency in a province, so the province's view reads its store (จังหวัด).",
        discussion: "Example: sujarit access province 6302203 96"
    )

    @Argument(help: ArgumentHelp("The agency's e-GP department id.", valueName: "agency"))
    var agency: String

    @Argument(help: ArgumentHelp("The two-digit province code, e.g. 96 for นราธิวาส.", valueName: "province"))
    var province: String

    @OptionGroup var server: AccessServerOptions

    func validate() throws {
        guard PostgresLocation.isAgencyID(agency) else {
            throw ValidationError("The agency must be an e-GP department id, 4 to 10 digits (got '\(agency)').")
        }
        guard PostgresAccess.isProvinceCode(province) else {
            throw ValidationError("The province must be a two-digit code, e.g. 96 (got '\(province)').")
        }
    }

    func run() async throws {
        try await CommandFailure.report {
            try await server.access().setProvince(province, of: agency)
            Console.out("Agency \(agency) is now in province \(province).")
        }
    }
}
