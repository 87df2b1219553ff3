import EventStore
import Foundation

/// Who may read personal data — declarations of interest, gift entries and what names them — and what
/// everyone else is shown instead: the one policy every output goes through (register listings, the audit
/// trail, red flags, reports, the read-model check).
///
/// Such records fall under the PDPA. Only the internal auditor and the legal officer (นิติกร), whose work is
/// to review them, see names and details. Everyone else — executives, committee members, staff, and the
/// administrator, who keeps the store running but has no reviewing duty — sees totals, and so does an actor
/// the directory does not know. The log keeps the full record either way; this decides what is shown.
///
/// A value of it is one reader's access under the registers' declarations (``PersonalDataDeclaration``):
/// a command builds it from the acting user and prints only what it returns — ``visible(_:)`` for a typed
/// value, ``eventView(_:)`` for an event of the log.
public struct PersonalDataAccess: Sendable {
    /// How much a viewer sees.
    public enum View: String, Sendable, Hashable, Codable {
        /// Names and details.
        case full
        /// Counts and totals only.
        case totalsOnly = "totals-only"
    }

    /// The roles that see names and details.
    public static let detailRoles: Set<Role> = [.auditor, .legalOfficer]

    /// The directory entry of the acting user (`--as`, `SUJARIT_USER`), matched on the staff id.
    public static func viewer(named actor: String, in directory: AgencyDirectory) -> StaffMember? {
        directory.member(actor)
    }

    /// What `viewer` may see; nil (unknown) sees totals.
    public static func view(for viewer: StaffMember?) -> View {
        guard let viewer, !viewer.roles.isDisjoint(with: detailRoles) else { return .totalsOnly }
        return .full
    }

    /// The reader's directory entry; nil for an actor the directory does not know.
    public let reader: StaffMember?
    /// What the reader may see.
    public let view: View
    /// What the registers declare as personal data.
    public let registers: [PersonalDataDeclaration]

    /// `reader`'s access under `registers`' declarations (for the whole store: every register's).
    public init(reader: StaffMember?, registers: [PersonalDataDeclaration]) {
        self.reader = reader
        self.view = Self.view(for: reader)
        self.registers = registers
    }

    /// The access of the acting user `actor` (`--as`, `SUJARIT_USER`), looked up in `directory`.
    public init(readerNamed actor: String, in directory: AgencyDirectory, registers: [PersonalDataDeclaration]) {
        self.init(reader: Self.viewer(named: actor, in: directory), registers: registers)
    }

    /// Whether the reader sees names and details.
    public var seesPersonalData: Bool { view == .full }

    /// Every declared stream category that holds personal data.
    public var categories: [PersonalDataCategory] { registers.flatMap(\.categories) }

    /// The declaration of `category`, when a register declares it as holding personal data.
    public func personalData(in category: String) -> PersonalDataCategory? {
        categories.first { $0.category == category }
    }

    /// `value` as the reader may see it: itself for a reviewer, without what names people for anyone else.
    public func visible<Value: PersonalDataRedactable>(_ value: Value) -> Value {
        seesPersonalData ? value : value.withoutPersonalData()
    }
}

/// The read-model check's example rows can name people (a declaration's interests, a gift): a reader
/// without a reviewing role sees the tables and counts only.
extension ReadModelReport: PersonalDataRedactable {
    /// The report without its example rows.
    public func withoutPersonalData() -> ReadModelReport { withoutRowExamples() }
}
