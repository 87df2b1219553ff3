import ArgumentParser
import EventStorePostgres
import Oversight
import Procurement

/// `flags run --province CODE` / `--national`: the region's agencies from the server's catalogue, the run over
/// the public procurement data, and where its flags are recorded.
enum FlagsRegion {
    /// Runs the regional flags of `province` (nil: the country) over the shared server `storeOptions` names.
    static func run(
        province: String?, storeOptions: StoreOptions, settings: RedFlagSettings
    ) async throws -> RedFlagService.RunSummary {
        guard PostgresLocation.isPostgresURL(storeOptions.location) else {
            throw SharedServerRequired(location: storeOptions.location)
        }
        let region: RegionalScope
        let catalogue = try await PostgresAccess(url: storeOptions.location).agencies()
        var agencies = catalogue.map(\.departmentID)
        if let province {
            agencies = catalogue.filter { $0.province == province }.map(\.departmentID)
            guard !agencies.isEmpty else {
                throw ValidationError(
                    """
                    No agency of this server is placed in province \(province): place them with 'sujarit access \
                    province ID \(province)' (the administrator), or check the code.
                    """)
            }
            region = .province(province, departments: agencies)
        } else {
            region = .national
        }
        let url = try PostgresLocation.url(storeOptions.location, agency: PostgresLocation.publicDataAgency)
        let summary = try await RegionalFlagService(store: try StoreLocation.open(url)).run(
            region: region, settings: settings,
            declarations: try await declarations(of: agencies, storeOptions: storeOptions),
            context: storeOptions.context)
        Console.err(
            """
            Recorded in the server's public procurement data, which every login reads: sujarit flags list --store \
            '\(try PostgresLocation(url: url).description)'
            """)
        return summary
    }

    /// Each agency's departments and declarations, read from its own store by the login running (an
    /// administrator reads them all; others only those they review), for regional-declared-ties, which records
    /// counts of seats, never who declared.
    static func declarations(
        of agencies: [String], storeOptions: StoreOptions
    ) async throws -> [RegionalAgencyDeclarations] {
        var result: [RegionalAgencyDeclarations] = []
        for agency in agencies {
            let store = try StoreLocation.open(try PostgresLocation.url(storeOptions.location, agency: agency))
            let inputs = try await StoreInputs.load(from: store)
            guard !inputs.interests.isEmpty else { continue }
            let scope = try await ProcurementScope.agency(of: store)
            result.append(
                RegionalAgencyDeclarations(agency: agency, departments: scope.departments ?? [], inputs: inputs))
        }
        return result
    }
}
