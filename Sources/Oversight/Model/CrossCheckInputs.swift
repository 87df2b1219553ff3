import Sujarit

/// What the agency's own registers say, as plain values, for the conflict-of-interest and gift checks:
/// declared interests, committee seats, which seats have a declaration, and gifts received.
///
/// The rules read only this, never a store, so tests build it by hand and the benchmark passes it empty.
/// ``StoreInputs`` fills it from the declarations and gift read models.
public struct CrossCheckInputs: Sendable, Hashable {
    /// Interests of declarations in force that name a party.
    public var interests: [DeclaredPartyInterest]
    /// Who sat on each project's committees, by project id.
    public var seats: [String: [CommitteeSeatRecord]]
    /// For each project id, the staff who have a per-procurement declaration in force for it (any role).
    public var declaredForProject: [String: Set<String>]
    /// Gifts received (not given, not refused), with their giver.
    public var gifts: [GiftFact]
    /// Agency departments (code and Thai name), for recognising a buyer by name.
    public var departments: [DepartmentName]
    /// The e-GP department id of the agency itself, from the store's profile.
    public var agencyDepartmentID: String?

    /// Creates the value from its parts.
    public init(
        interests: [DeclaredPartyInterest] = [], seats: [String: [CommitteeSeatRecord]] = [:],
        declaredForProject: [String: Set<String>] = [:], gifts: [GiftFact] = [], departments: [DepartmentName] = [],
        agencyDepartmentID: String? = nil
    ) {
        self.interests = interests
        self.seats = seats
        self.declaredForProject = declaredForProject
        self.gifts = gifts
        self.departments = departments
        self.agencyDepartmentID = agencyDepartmentID
    }

    /// No declarations, seats or gifts: only the procurement rules run.
    public static let none = CrossCheckInputs()
}

/// One interest from a declaration in force, with the declarant and the party.
public struct DeclaredPartyInterest: Sendable, Hashable {
    /// The declaration's id.
    public var declarationID: String
    /// The declarant's staff id.
    public var declarant: String
    /// The declarant's department when signing.
    public var department: String
    /// The project of a per-procurement declaration; nil for an annual one.
    public var project: String?
    /// The party of the interest.
    public var party: PartyReference
    /// The `Relationship` raw value.
    public var relationship: String
    /// Free text from the form.
    public var detail: String?
    /// When the tie began and ended, when known; an award outside it does not match.
    public var from: CalendarDate?
    /// When the tie ended, when it has.
    public var to: CalendarDate?
    /// Whether a recusal was recorded because of the declaration.
    public var recused: Bool

    /// Creates the value from its parts.
    public init(
        declarationID: String, declarant: String, department: String, project: String? = nil, party: PartyReference,
        relationship: String, detail: String? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil,
        recused: Bool = false
    ) {
        self.declarationID = declarationID
        self.declarant = declarant
        self.department = department
        self.project = project
        self.party = party
        self.relationship = relationship
        self.detail = detail
        self.from = from
        self.to = to
        self.recused = recused
    }

    /// Whether the tie held on `day` (an unknown day, or unknown bounds, count as held).
    func covers(_ day: CalendarDate?) -> Bool {
        guard let day else { return true }
        if let from, day < from { return false }
        if let to, day > to { return false }
        return true
    }

    var fact: DeclarationFact {
        DeclarationFact(
            declarationID: declarationID, declarant: declarant, department: department, project: project, party: party,
            relationship: relationship, detail: detail, recused: recused
        )
    }
}

/// One seat on a project's committees.
public struct CommitteeSeatRecord: Sendable, Hashable {
    /// The staff id.
    public var staffID: String
    /// The `ProcurementRole` text, e.g. `e-bidding-member`.
    public var role: String

    /// Creates the value from its parts.
    public init(staffID: String, role: String) {
        self.staffID = staffID
        self.role = role
    }
}

/// An agency department's code and Thai name.
public struct DepartmentName: Sendable, Hashable {
    /// The department code.
    public var code: String
    /// The name the rules and explanations look it up by.
    public var name: String

    /// Creates the value from its parts.
    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

/// Who bought, in the agency's own terms: one of its departments, the agency as a whole, or someone else.
///
/// e-GP names the buyer by its e-GP department id (a whole municipality is one id) and sometimes a name;
/// declarations and gifts name the agency's own departments (กองช่าง, `ENG`). The conflict-of-interest and
/// gift rules need to know whether a declarant or recipient works for the buyer.
public enum BuyingUnit: Sendable, Hashable {
    /// One department, by code.
    case department(String)
    /// The agency as a whole: every member of staff works for the buyer.
    case agency
    /// A buyer outside the agency, or one that could not be placed.
    case unknown

    /// Whether staff of `department` work for this buyer.
    func includes(_ department: String) -> Bool {
        switch self {
        case .department(let code): code == department
        case .agency: true
        case .unknown: false
        }
    }

    /// The department code, when one.
    var code: String? {
        if case .department(let code) = self { return code }
        return nil
    }
}

/// Places an e-GP buyer: first the settings' `buyers` list, then a department code equal to the e-GP id, then
/// a department's Thai name inside the buyer's name (the longest wins: กองช่างสุขาภิบาล before กองช่าง), then
/// the agency's own e-GP id (the whole agency).
struct BuyerResolver: Sendable {
    let mappings: [String: String]
    let departments: [DepartmentName]
    let codes: Set<String>
    let agencyDepartmentID: String?

    init(settings: RedFlagSettings, inputs: CrossCheckInputs) {
        mappings = Dictionary(settings.buyers.map { ($0.egp, $0.unit) }) { first, _ in first }
        departments = inputs.departments.sorted { $0.name.count > $1.name.count }
        codes = Set(inputs.departments.map(\.code))
        agencyDepartmentID = inputs.agencyDepartmentID
    }

    func resolve(departmentID: String, departmentName: String?) -> BuyingUnit {
        for key in [departmentID, departmentName].compactMap({ $0 }) {
            if let unit = mappings[key] { return unit == "agency" ? .agency : .department(unit) }
        }
        if codes.contains(departmentID) { return .department(departmentID) }
        if let departmentName,
            let match = departments.first(where: { !$0.name.isEmpty && departmentName.contains($0.name) })
        {
            return .department(match.code)
        }
        if let agencyDepartmentID, agencyDepartmentID == departmentID { return .agency }
        return .unknown
    }
}
