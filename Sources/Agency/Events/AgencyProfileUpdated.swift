import EventStore
import Foundation

/// What kind of body the agency is, which decides how its documents are headed and signed.
public enum AgencyKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// องค์กรปกครองส่วนท้องถิ่น: a municipality (เทศบาล), a subdistrict administrative organisation (อบต.), a PAO (อบจ.).
    case localGovernment = "local-government"
    /// หน่วยงานของรัฐ: a central or provincial state agency.
    case stateAgency = "state-agency"

    /// The Thai name.
    public var thai: String {
        switch self {
        case .localGovernment: "องค์กรปกครองส่วนท้องถิ่น"
        case .stateAgency: "หน่วยงานของรัฐ"
        }
    }

    /// Reads `local-government`/`local`/`อปท.`/the Thai name, or `state-agency`/`state`/`หน่วยงานของรัฐ`.
    public init?(text: String) {
        let key = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch key {
        case "local-government", "local", "lg", "อปท", "อปท.", "องค์กรปกครองส่วนท้องถิ่น": self = .localGovernment
        case "state-agency", "state", "หน่วยงานของรัฐ", "ส่วนราชการ": self = .stateAgency
        default: return nil
        }
    }
}

/// The agency's profile was set or changed after the store was created (`sujarit agency profile set`): its
/// name as it signs documents, kind, province, district, address and the head's title. Only the fields
/// given change; nil keeps what was recorded. Every report's letterhead is headed from the profile.
public struct AgencyProfileUpdated: DomainEvent, Equatable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AgencyProfileUpdated"

    /// The agency's name as it signs documents, e.g. เทศบาลเมืองตากใบ.
    public var agencyName: String?
    /// Local government or state agency.
    public var kind: AgencyKind?
    /// The province, e.g. นราธิวาส (without "จังหวัด").
    public var province: String?
    /// The district, e.g. ตากใบ (without "อำเภอ").
    public var district: String?
    /// The address line under the name on a letterhead; when absent the district and province are used.
    public var address: String?
    /// The head's title as documents sign it, e.g. นายกเทศมนตรีเมืองตากใบ.
    public var headTitle: String?
    /// Other e-GP departments whose feeds this store also follows (its sub-units, or the agencies a
    /// provincial office oversees), replacing the list recorded before; an empty list follows none. nil keeps
    /// the list as it was. Absent from events written before it existed, which therefore decode as before.
    public var followedDepartments: [String]?

    /// Creates the value from its parts.
    public init(
        agencyName: String? = nil, kind: AgencyKind? = nil, province: String? = nil, district: String? = nil,
        address: String? = nil,
        headTitle: String? = nil, followedDepartments: [String]? = nil
    ) {
        self.agencyName = agencyName
        self.kind = kind
        self.province = province
        self.district = district
        self.address = address
        self.headTitle = headTitle
        self.followedDepartments = followedDepartments
    }

    /// True when no field is given.
    public var isEmpty: Bool { self == AgencyProfileUpdated() }
}
