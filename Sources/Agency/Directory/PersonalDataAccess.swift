/// Who may read personal data: declarations of interest, gift entries and what names them.
///
/// Such records fall under the PDPA. Only the internal auditor and the legal officer (นิติกร), whose work is
/// to review them, see names and details. Everyone else — executives, committee members, staff, and the
/// administrator, who keeps the store running but has no reviewing duty — sees totals, and so does an actor
/// the directory does not know. The log keeps the full record either way; this decides what is shown.
public enum PersonalDataAccess {
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
}
