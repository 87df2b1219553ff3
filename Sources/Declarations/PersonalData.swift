import Agency

extension DeclarationsAccess {
    /// What the declarations register holds that names people: every declaration (its stream names the
    /// declarant, its type says what she did), the key that makes those streams opaque, and committees'
    /// members. ``PersonalDataAccess``, built with this, hides them from readers without a reviewing role.
    public static let personalData = PersonalDataDeclaration(
        register: "Declarations",
        categories: [
            PersonalDataCategory("coi", register: "declarations of interest and recusals", exposure: .wholeEvent),
            PersonalDataCategory(
                "coi-key", register: "the key that makes declaration streams and COI flag dedupe keys opaque",
                exposure: .wholeEvent, readByEveryone: true
            ),
            PersonalDataCategory("committee", register: "procurement committees' members", exposure: .payload),
        ],
        fields: ["declarant", "declarationID", "staffID", "interests", "seats", "reason", "note", "key"],
        tables: ["coi_declarations", "coi_interests", "coi_committee_seats"]
    )
}

extension DeclarationsAccess {
    /// `coi missing --annual` for `viewer`: who has no annual declaration in force, or only how many.
    public static func obligations(_ rows: [AnnualObligation], for viewer: StaffMember?) -> ObligationListing {
        let missing = rows.filter { $0.state != .declared }
        return view(for: viewer) == .full
            ? .detailed(missing)
            : .totals(
                mustDeclare: rows.count, declared: rows.count - missing.count, missing: missing.count
            )
    }
}

/// What `coi missing --annual` may print.
public enum ObligationListing: Sendable, Hashable {
    /// Each person who must declare and has no declaration in force.
    case detailed([AnnualObligation])
    /// How many must declare, have declared, and have not.
    case totals(mustDeclare: Int, declared: Int, missing: Int)
}
