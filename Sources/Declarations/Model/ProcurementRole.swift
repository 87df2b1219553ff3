import Foundation
import Sujarit

/// A committee the Finance Ministry regulation 2560 (cl. 25) or practice appoints for a procurement.
///
/// Each member of these committees signs a แบบแสดงความบริสุทธิ์ใจ for the project, so the committee is
/// part of the signer's role. Raw values are what clerks type in `--role`.
public enum CommitteeType: String, Sendable, Hashable, Codable, CaseIterable {
    /// คณะกรรมการพิจารณาผลการประกวดราคาอิเล็กทรอนิกส์.
    case eBidding = "e-bidding"
    /// คณะกรรมการพิจารณาผลการสอบราคา.
    case priceTender = "price-tender"
    /// คณะกรรมการซื้อหรือจ้างโดยวิธีคัดเลือก.
    case selection
    /// คณะกรรมการซื้อหรือจ้างโดยวิธีเฉพาะเจาะจง.
    case specificMethod = "specific"
    /// คณะกรรมการตรวจรับพัสดุ.
    case inspection
    /// คณะกรรมการจัดทำร่างขอบเขตของงาน (TOR) หรือรายละเอียดคุณลักษณะเฉพาะ.
    case tor
    /// คณะกรรมการกำหนดราคากลาง.
    case referencePrice = "reference-price"

    /// The committee's name in Thai and English.
    public var label: LocalizedLabel {
        switch self {
        case .eBidding: LocalizedLabel(th: "คณะกรรมการพิจารณาผลการประกวดราคาอิเล็กทรอนิกส์", en: "e-bidding committee")
        case .priceTender: LocalizedLabel(th: "คณะกรรมการพิจารณาผลการสอบราคา", en: "price-tender committee")
        case .selection: LocalizedLabel(th: "คณะกรรมการซื้อหรือจ้างโดยวิธีคัดเลือก", en: "selection committee")
        case .specificMethod: LocalizedLabel(th: "คณะกรรมการซื้อหรือจ้างโดยวิธีเฉพาะเจาะจง", en: "specific-method committee")
        case .inspection: LocalizedLabel(th: "คณะกรรมการตรวจรับพัสดุ", en: "inspection committee")
        case .tor: LocalizedLabel(th: "คณะกรรมการจัดทำร่างขอบเขตของงาน (TOR)", en: "TOR committee")
        case .referencePrice: LocalizedLabel(th: "คณะกรรมการกำหนดราคากลาง", en: "reference-price committee")
        }
    }

    /// A few words for narrow table columns, e.g. ตรวจรับ.
    public var shortLabel: LocalizedLabel {
        switch self {
        case .eBidding: LocalizedLabel(th: "พิจารณาผล e-bidding", en: "e-bidding")
        case .priceTender: LocalizedLabel(th: "พิจารณาผลสอบราคา", en: "price tender")
        case .selection: LocalizedLabel(th: "วิธีคัดเลือก", en: "selection")
        case .specificMethod: LocalizedLabel(th: "วิธีเฉพาะเจาะจง", en: "specific method")
        case .inspection: LocalizedLabel(th: "ตรวจรับพัสดุ", en: "inspection")
        case .tor: LocalizedLabel(th: "ร่าง TOR", en: "TOR")
        case .referencePrice: LocalizedLabel(th: "ราคากลาง", en: "reference price")
        }
    }
}

/// The capacity in which someone signs a per-procurement declaration: หัวหน้าเจ้าหน้าที่, เจ้าหน้าที่,
/// ผู้ตรวจรับพัสดุ, ผู้ควบคุมงาน, or chair or member of one of the project's committees.
///
/// Written `head-officer`, `officer`, `inspector`, `works-supervisor`, `<committee>-chair` or
/// `<committee>-member`, e.g. `inspection-member`, `e-bidding-chair`; that text is also the stored form.
public struct ProcurementRole: Sendable, Hashable, Comparable, TextCodable {
    /// The signer's seat.
    public enum Seat: String, Sendable, Hashable, Codable {
        /// หัวหน้าเจ้าหน้าที่ (head of the procurement officers).
        case headOfficer = "head-officer"
        /// เจ้าหน้าที่ (procurement officer).
        case officer
        /// ผู้ตรวจรับพัสดุ: one person appointed to inspect instead of a committee (regulation 2560 clause 25
        /// allows it for small purchases).
        case inspector
        /// ผู้ควบคุมงาน: the works supervisor of a construction contract (regulation 2560 clause 176).
        case supervisor = "works-supervisor"
        /// ประธานกรรมการ.
        case chair
        /// กรรมการ.
        case member
    }

    /// The seat.
    public let seat: Seat
    /// The committee, for `chair` and `member`; nil for the officers.
    public let committee: CommitteeType?

    /// A procurement officer's role.
    public static let headOfficer = ProcurementRole(seat: .headOfficer, committee: nil)
    /// A procurement officer's role.
    public static let officer = ProcurementRole(seat: .officer, committee: nil)
    /// The single inspector's role (ผู้ตรวจรับพัสดุ).
    public static let inspector = ProcurementRole(seat: .inspector, committee: nil)
    /// The works supervisor's role (ผู้ควบคุมงาน).
    public static let supervisor = ProcurementRole(seat: .supervisor, committee: nil)

    /// The chair of `committee`.
    public static func chair(_ committee: CommitteeType) -> ProcurementRole {
        ProcurementRole(seat: .chair, committee: committee)
    }
    /// A member of `committee`.
    public static func member(_ committee: CommitteeType) -> ProcurementRole {
        ProcurementRole(seat: .member, committee: committee)
    }

    private init(seat: Seat, committee: CommitteeType?) {
        self.seat = seat
        self.committee = committee
    }

    /// Every role, for help texts and error messages.
    public static var all: [ProcurementRole] {
        [.headOfficer, .officer, .inspector, .supervisor] + CommitteeType.allCases.flatMap { [chair($0), member($0)] }
    }

    /// Reads `head-officer`, `officer`, `inspection-chair`, `tor-member`, … in any letter case.
    ///
    /// - throws: ``DeclarationsError/unknownRole(_:)`` listing the accepted forms.
    public init(parsing text: String) throws {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let role = Self.all.first(where: { $0.description == key }) {
            self = role
        } else {
            throw DeclarationsError.unknownRole(text)
        }
    }

    /// `inspection-member`, the form typed and stored.
    public var description: String {
        guard let committee else { return seat.rawValue }
        return "\(committee.rawValue)-\(seat.rawValue)"
    }

    /// The role in Thai and English, e.g. กรรมการ คณะกรรมการตรวจรับพัสดุ / member, inspection committee.
    public var label: LocalizedLabel {
        switch (seat, committee) {
        case (.headOfficer, _): LocalizedLabel(th: "หัวหน้าเจ้าหน้าที่", en: "head of procurement officers")
        case (.officer, _): LocalizedLabel(th: "เจ้าหน้าที่", en: "procurement officer")
        case (.inspector, _): LocalizedLabel(th: "ผู้ตรวจรับพัสดุ", en: "inspector")
        case (.supervisor, _): LocalizedLabel(th: "ผู้ควบคุมงาน", en: "works supervisor")
        case (.chair, let committee?):
            LocalizedLabel(th: "ประธาน\(committee.label.th)", en: "chair, \(committee.label.en)")
        case (.member, let committee?):
            LocalizedLabel(th: "กรรมการ (\(committee.label.th))", en: "member, \(committee.label.en)")
        case (.chair, nil), (.member, nil): LocalizedLabel(th: seat.rawValue, en: seat.rawValue)
        }
    }

    /// The role in a few words for narrow table columns, e.g. กรรมการตรวจรับพัสดุ / inspection member.
    public var shortLabel: LocalizedLabel {
        switch (seat, committee) {
        case (.chair, let committee?):
            LocalizedLabel(th: "ประธานกรรมการ\(committee.shortLabel.th)", en: "\(committee.shortLabel.en) chair")
        case (.member, let committee?):
            LocalizedLabel(th: "กรรมการ\(committee.shortLabel.th)", en: "\(committee.shortLabel.en) member")
        default: label
        }
    }

    public static func < (lhs: ProcurementRole, rhs: ProcurementRole) -> Bool {
        lhs.description < rhs.description
    }
}
