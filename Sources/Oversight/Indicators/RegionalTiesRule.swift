import Procurement
import Sujarit

/// One agency of a region as regional-declared-ties reads it: the departments whose projects are its business
/// (`ProcurementScope.agency(of:)`) and its declarations and committee seats (``StoreInputs``), read by the
/// administrator's regional run from the agency's own store.
public struct RegionalAgencyDeclarations: Sendable {
    /// The agency's key (its e-GP department id).
    public var agency: String
    /// The e-GP departments it buys for.
    public var departments: [String]
    /// Its declarations in force and committee seats (personal data: used here, never recorded).
    public var inputs: CrossCheckInputs

    /// Creates the value from its parts.
    public init(agency: String, departments: [String], inputs: CrossCheckInputs) {
        self.agency = agency
        self.departments = departments
        self.inputs = inputs
    }
}

/// regional-declared-ties: one supplier winning, in a fiscal year, projects of at least `regional.ties_min_agencies`
/// agencies of a province (or the country) where members of the project's committees declared an interest tied
/// to it (a declaration in force on the award day).
///
/// Why counts only: declarations are personal data. The flag is recorded in the public store, which provincial
/// and national viewers read, so it carries the supplier, the agencies, the projects and how many committee seats
/// declared a tie, never who or what. Who declared stays in each agency's store, where its own run raises
/// coi-committee with the declarant and the declaration for its reviewers. The run that counts is the
/// administrator's (it may read every agency's declarations); a login that may not read them counts none.
struct RegionalTiesRule {
    /// One supplier's tied awards in one fiscal year.
    private struct Supplier {
        var reference: PartyReference
        var facts: [String: ProjectFact] = [:]
        /// Seats (agency, project, staff id, role) that declared a tie, kept only to be counted.
        var seats: Set<[String]> = []
        var agencies: Set<String> = []
    }

    let region: RegionalScope
    let settings: RedFlagSettings
    private var suppliers: [Int: [String: Supplier]] = [:]

    init(region: RegionalScope, settings: RedFlagSettings) {
        self.region = region
        self.settings = settings
    }

    /// Takes in one of `agency`'s projects, with the agency's declarations and seats in `interests` and `inputs`.
    mutating func consume(
        _ project: ProcurementProject, agency: String, interests: PartyIndex<DeclaredPartyInterest>,
        inputs: CrossCheckInputs
    ) {
        let seats = inputs.seats[project.projectID.rawValue] ?? []
        guard !seats.isEmpty, !interests.isEmpty else { return }
        for contract in project.contracts {
            guard let key = RegionalShareRule.supplierKey(contract) else { continue }
            let tied = interests.matches(contract.winner) { contract.winner.normalizedName }
                .filter { $0.covers(project.awarded) }
            let seated = seats.filter { seat in tied.contains { $0.declarant == seat.staffID } }
            guard !seated.isEmpty else { continue }
            let be = project.fiscalYear.be
            var supplier = suppliers[be]?[key] ?? Supplier(reference: contract.winner)
            supplier.facts[project.projectID.rawValue] = ProjectFact(project)
            for seat in seated { supplier.seats.insert([agency, project.projectID.rawValue, seat.staffID, seat.role]) }
            supplier.agencies.insert(agency)
            suppliers[be, default: [:]][key] = supplier
        }
    }

    /// The flags of every year read, by year and supplier key.
    func finish() -> [FlagCandidate] {
        let minimum = settings.regional.tiesMinimumAgencies
        let source = settings.regional.tiesSource.map { " (\($0))" } ?? ""
        var candidates: [FlagCandidate] = []
        for (be, year) in suppliers.sorted(by: { $0.key < $1.key }) {
            for (key, supplier) in year.sorted(by: { $0.key < $1.key }) where supplier.agencies.count >= minimum {
                let facts = supplier.facts.values.sorted {
                    ($0.departmentID, $0.projectID) < ($1.departmentID, $1.projectID)
                }
                let evidence = FlagEvidence(
                    projects: facts, supplier: supplier.reference,
                    figures: [
                        Figure(.agencies, .count(supplier.agencies.count)), Figure(.count, .count(facts.count)),
                        Figure(.tiedSeats, .count(supplier.seats.count)),
                    ],
                    cutOff: CutOff(
                        setting: "regional.ties_min_agencies" + source, value: .count(minimum), basis: .configured,
                        configurationVersion: settings.version))
                candidates.append(
                    FlagCandidate(
                        indicator: .regionalDeclaredTies, fiscalYear: FiscalYear(be: be), departmentID: region.key,
                        unit: nil, subject: [region.key, key, String(be)], evidence: evidence,
                        records: supplier.agencies.sorted() + facts.map(\.projectID)))
            }
        }
        return candidates
    }
}
