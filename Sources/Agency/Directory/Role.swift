import Sujarit

/// What a person may do in Sujarit. Roles come from the agency directory; modules check them (for
/// example, only committee members score risks, only auditors and the legal officer see gift details).
public enum Role: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A member of the corruption-risk committee (คณะทำงานประเมินความเสี่ยง), who scores risks.
    case committeeMember = "committee-member"
    /// The committee's chair, who closes scoring rounds.
    case committeeChair = "committee-chair"
    /// An internal auditor (ผู้ตรวจสอบภายใน).
    case auditor
    /// The legal officer (นิติกร).
    case legalOfficer = "legal-officer"
    /// The head of agency or an executive (ผู้บริหาร), who approves plans and decides on gifts.
    case executive
    /// Any member of staff.
    case staff
    /// Keeps the directory and the store.
    case administrator
    /// A procurement officer (เจ้าหน้าที่พัสดุ).
    case procurementOfficer = "procurement-officer"

    /// The role's name in Thai and English.
    public var label: LocalizedLabel {
        switch self {
        case .committeeMember: LocalizedLabel(th: "กรรมการประเมินความเสี่ยง", en: "risk committee member")
        case .committeeChair: LocalizedLabel(th: "ประธานคณะกรรมการประเมินความเสี่ยง", en: "risk committee chair")
        case .auditor: LocalizedLabel(th: "ผู้ตรวจสอบภายใน", en: "internal auditor")
        case .legalOfficer: LocalizedLabel(th: "นิติกร", en: "legal officer")
        case .executive: LocalizedLabel(th: "ผู้บริหาร", en: "executive")
        case .staff: LocalizedLabel(th: "เจ้าหน้าที่", en: "staff")
        case .administrator: LocalizedLabel(th: "ผู้ดูแลระบบ", en: "administrator")
        case .procurementOfficer: LocalizedLabel(th: "เจ้าหน้าที่พัสดุ", en: "procurement officer")
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }
}
