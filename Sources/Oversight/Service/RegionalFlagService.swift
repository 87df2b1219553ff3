import Agency
import EventStore
import Procurement
import Sujarit

/// Which agencies a regional run looks across: a province's or the country's.
public struct RegionalScope: Sendable, Hashable {
    /// The prefix of a province's ``key``.
    public static let provincePrefix = "province-"

    /// What the flags are recorded under in place of a department id: `province-96`, or `national`.
    public let key: String
    /// The e-GP departments of the region's agencies; nil for the country (every department of the data).
    public let departments: [String]?

    /// The agencies of the province `code` (two digits), given as their e-GP department ids.
    public static func province(_ code: String, departments: [String]) -> RegionalScope {
        RegionalScope(key: provincePrefix + code, departments: departments)
    }

    /// Every agency of the country.
    public static let national = RegionalScope(key: "national", departments: nil)
}

/// The red flags only a province or the country can see, computed over the shared public procurement data and
/// recorded in that store, which every login reads and only administrators (and importers) write: staff of an
/// agency can neither dismiss nor edit them (`flags run --province 96`, `--national`).
///
/// It raises regional-supplier-share (``RegionalShareRule``), regional-split (``RegionalSplitRule``) and, from the
/// declarations of the agencies given, regional-declared-ties (counts only); the flags are numbered and deduplicated as an
/// agency's are (``RedFlagService/record(_:projects:settings:context:)``), so running it again adds nothing.
public struct RegionalFlagService: Sendable {
    /// The public-data store read and recorded to.
    public let store: any EventStore

    /// Creates the service over the public-data store (``ProcurementScope/importTarget(for:)``'s store).
    public init(store: any EventStore) { self.store = store }

    /// Computes the regional flags of `region` and records the new ones; `declarations` are the region's agencies
    /// whose declarations the run may read (none: no regional-declared-ties).
    public func run(
        region: RegionalScope, settings: RedFlagSettings, declarations: [RegionalAgencyDeclarations] = [],
        context: CommandContext
    ) async throws -> RedFlagService.RunSummary {
        let scope = ProcurementScope(store: store, departments: region.departments)
        var share = RegionalShareRule(region: region, settings: settings)
        var split = RegionalSplitRule(region: region, settings: settings)
        for department in try await ProcurementReadModel.departments(in: scope) {
            try await ProcurementReadModel.forEachProject(in: scope, departmentID: department) { project in
                try share.consume(project)
                split.consume(project)
            }
        }
        var ties = RegionalTiesRule(region: region, settings: settings)
        for agency in declarations where !agency.inputs.interests.isEmpty {
            let interests = PartyIndex(agency.inputs.interests.map { ($0.party, $0) })
            let own = ProcurementScope(store: store, departments: agency.departments)
            try await ProcurementReadModel.forEachProject(in: own) { project in
                ties.consume(project, agency: agency.agency, interests: interests, inputs: agency.inputs)
            }
        }
        return try await RedFlagService(store: store).record(
            try split.finish() + share.finish() + ties.finish(), projects: share.projectCount, settings: settings,
            context: context)
    }
}
