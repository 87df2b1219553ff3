import Agency

/// Who may read a report's file once written, decided with the report from the registers' personal-data
/// declarations (``PersonalDataDeclaration``), so the command that writes the file follows the report and
/// holds no rule of its own.
public enum ReportPrivacy: String, Sendable, Hashable, Codable {
    /// Meant to be published or passed on (the ITA items, the plans, the registers): the file takes the
    /// permissions of the user's umask.
    case shared
    /// Built from records a register declares personal (the O33 from the gift log's entries): the file is
    /// readable by its owner only (PDPA), whatever this reader was shown.
    case personalData = "personal-data"
    /// The confidential version (ลับ, `--internal`), which carries what red flags allege for the reviewers
    /// ``PersonalDataAccess`` lets see details: owner-only, and its file name says `internal`.
    case confidential

    /// The privacy of a report read from `registers`' records: personal data when any of them declares a
    /// stream category that holds it, shared otherwise.
    public init(reading registers: [PersonalDataDeclaration]) {
        self = registers.contains { !$0.categories.isEmpty } ? .personalData : .shared
    }

    /// Whether the file must be readable by its owner only.
    public var isOwnerOnly: Bool { self != .shared }
}
