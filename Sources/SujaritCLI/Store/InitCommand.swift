import Agency
import ArgumentParser
import EventStore
import EventStorePostgres
import Sujarit

/// `sujarit init`: creates an agency's store.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new store (สร้างฐานข้อมูลใหม่). Never overwrites an existing one.",
        discussion: """
            Examples:
              sujarit init --agency "เทศบาลเมืองตากใบ" --dept 6302203
              sujarit init --agency "เทศบาลเมืองตากใบ" --province 96 --store 'postgres://admin@db.example/narathiwat?agency=6302203'

            --agency and --dept are required: every report is headed with the agency's name, and e-GP \
            imports default to its department (on a shared PostgreSQL server ?agency= in the URL gives it). \
            Set the rest of the letterhead afterwards with 'sujarit agency profile set'.
            On a PostgreSQL server shared by many agencies, ?agency= in the URL names the agency's own store \
            (its department id); --province places it in a province's view (see sujarit access).
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("The agency's name as it signs documents.", valueName: "name"))
    var agency: String?

    @Option(
        name: .customLong("dept"),
        help: ArgumentHelp(
            "The agency's e-GP department id (4 digits central, 7 local, 10 a sub-unit's deptsubId).",
            valueName: "id"))
    var departmentID: String?

    @Option(
        help: ArgumentHelp(
            "On a shared PostgreSQL server: the two-digit province code the agency belongs to.", valueName: "code"))
    var province: String?

    /// The agency the PostgreSQL URL names, if any.
    private var urlAgency: String? {
        guard PostgresLocation.isPostgresURL(storeOptions.location) else { return nil }
        return (try? PostgresLocation(url: storeOptions.location))?.agency
    }

    func validate() throws {
        guard let agency, !agency.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError(
                """
                --agency NAME is required: the agency's name as it signs documents (e.g. --agency \
                \"เทศบาลเมืองตากใบ\"); every report is headed with it.
                """
            )
        }
        guard departmentID != nil || urlAgency != nil else {
            throw ValidationError(
                """
                --dept ID is required: the agency's e-GP department id (7 digits for a local government, 4 for a \
                central agency, e.g. --dept 6960501); e-GP imports are checked against it.
                """
            )
        }
        if let urlAgency, let departmentID, urlAgency != departmentID {
            throw ValidationError(
                """
                --dept \(departmentID) differs from agency=\(urlAgency) in the store URL; an agency's store is \
                named by its own department id.
                """
            )
        }
        if let province {
            guard urlAgency != nil else {
                throw ValidationError(
                    "--province applies to an agency's store on a shared PostgreSQL server (a URL with ?agency=ID).")
            }
            guard PostgresAccess.isProvinceCode(province) else {
                throw ValidationError(
                    "--province must be a two-digit province code, e.g. 96 for นราธิวาส (got '\(province)').")
            }
        }
        if let departmentID {
            do { _ = try EGPDepartmentID(parsing: departmentID) } catch {
                throw ValidationError(error.localizedDescription)
            }
        }
    }

    func run() async throws {
        let store = try storeOptions.create()
        try await AgencyProfile.initialize(
            store, agencyName: agency,
            departmentID: departmentID.flatMap { try? EGPDepartmentID(parsing: $0).rawValue } ?? urlAgency,
            sujaritVersion: SujaritVersion.current, context: storeOptions.context
        )
        if let province, let urlAgency {
            try await PostgresAccess(url: storeOptions.location).setProvince(province, of: urlAgency)
        }
        Console.out("Created \(store.location)\(agency.map { " for \($0)" } ?? "").")
        Console.out("สร้างฐานข้อมูล \(store.location) เรียบร้อยแล้ว")
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
