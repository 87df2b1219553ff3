import Foundation
import ArgumentParser
import EventStorePostgres

/// The server whose access is managed: the `--store` URL, which must be PostgreSQL.
struct AccessServerOptions: ParsableArguments {
    @OptionGroup var storeOptions: StoreOptions

    /// Access administration for the store's database.
    func access() throws -> PostgresAccess {
        guard PostgresLocation.isPostgresURL(storeOptions.location) else {
            throw SharedServerRequired(location: storeOptions.location)
        }
        return try PostgresAccess(url: storeOptions.location)
    }
}

/// A command about many agencies was pointed at a SQLite store, which belongs to one.
struct SharedServerRequired: Error, LocalizedError {
    var location: String

    var errorDescription: String? {
        """
        \(location) is a SQLite store, which belongs to one agency; access and cross-agency reports are about a \
        PostgreSQL server shared by many. Give --store postgres://user@host/database.
        """
    }
}

/// What a grant or a revocation covers: one agency, a province, or the whole database.
struct AccessScopeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("An agency's e-GP department id: its store.", valueName: "id"))
    var agency: String?

    @Option(
        help: ArgumentHelp(
            "A two-digit province code (e.g. 96): every agency placed in that province, read only.", valueName: "code"))
    var province: String?

    @Flag(help: "Every agency in the database, read only.")
    var national = false

    @Flag(
        help: """
            Adding to the public procurement data every agency reads (import egp, import contracts); \
            administrators may always.
            """)
    var importer = false

    func validate() throws {
        let given = [agency != nil, province != nil, national, importer].filter { $0 }.count
        guard given == 1 else {
            throw ValidationError("Give exactly one of --agency ID, --province CODE, --national or --importer.")
        }
        if let agency, !PostgresLocation.isAgencyID(agency) {
            throw ValidationError("--agency must be an e-GP department id, 4 to 10 digits (got '\(agency)').")
        }
        if let province, !PostgresAccess.isProvinceCode(province) {
            throw ValidationError(
                "--province must be a two-digit province code, e.g. 96 for นราธิวาส (got '\(province)').")
        }
    }

    var scope: PostgresAccess.Scope {
        if let agency { return .agency(agency) }
        if let province { return .province(province) }
        if importer { return .importer }
        return .national
    }
}
