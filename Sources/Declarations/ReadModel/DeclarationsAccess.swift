import Agency
import Sujarit

/// Who may see what in the declarations register: the agency-wide rule of ``PersonalDataAccess`` applied to its listings.
public enum DeclarationsAccess {
    /// How much a viewer sees (the agency-wide rule, ``PersonalDataAccess``).
    public typealias View = PersonalDataAccess.View

    /// The roles that see names and details.
    public static var detailRoles: Set<Role> { PersonalDataAccess.detailRoles }

    /// The directory entry of the acting user (`--as`, `SUJARIT_USER`), matched on the staff id.
    public static func viewer(named actor: String, in directory: AgencyDirectory) -> StaffMember? {
        PersonalDataAccess.viewer(named: actor, in: directory)
    }

    /// What `viewer` may see; nil (unknown) sees totals.
    public static func view(for viewer: StaffMember?) -> View { PersonalDataAccess.view(for: viewer) }

    /// `coi list` for `viewer`: the rows themselves, or only their totals.
    public static func listing(_ rows: [DeclarationSummary], for viewer: StaffMember?) -> DeclarationListing {
        view(for: viewer) == .full ? .detailed(rows) : .totals(DeclarationTotals(rows))
    }

    /// `coi missing` for `viewer`: each seat, or only how many are covered.
    public static func seats(_ seats: [SeatDeclaration], for viewer: StaffMember?) -> SeatListing {
        view(for: viewer) == .full
            ? .detailed(seats)
            : .totals(
                seats: seats.count, declared: seats.filter { $0.state == .declared }.count,
                recused: seats.filter(\.recused).count
            )
    }

    /// `coi show` for `viewer`: the declaration, or nothing.
    public static func declaration(_ declaration: Declaration, for viewer: StaffMember?) -> Declaration? {
        view(for: viewer) == .full ? declaration : nil
    }
}

/// What `coi list` may print.
public enum DeclarationListing: Sendable, Hashable {
    case detailed([DeclarationSummary])
    case totals(DeclarationTotals)
}

/// What `coi missing` may print.
public enum SeatListing: Sendable, Hashable {
    case detailed([SeatDeclaration])
    case totals(seats: Int, declared: Int, recused: Int)
}

/// Counts over declarations, with no name in them.
public struct DeclarationTotals: Sendable, Hashable {
    public var total = 0
    public var annual = 0
    public var procurement = 0
    public var noInterest = 0
    public var withInterest = 0
    public var recusals = 0
    public var amended = 0
    public var withdrawn = 0

    /// The totals of `rows`; withdrawn declarations count only as withdrawn.
    public init(_ rows: [DeclarationSummary]) {
        for row in rows {
            total += 1
            guard row.isActive else {
                withdrawn += 1
                continue
            }
            if row.kind == .annual { annual += 1 } else { procurement += 1 }
            if row.interestCount == 0 { noInterest += 1 } else { withInterest += 1 }
            if row.recused { recusals += 1 }
            if row.amendments > 0 { amended += 1 }
        }
    }
}
