import Foundation
import Sujarit

/// How the declarant is tied to the party of an interest — the relationships a แบบแสดงความบริสุทธิ์ใจ asks about.
///
/// Raw values are what clerks type in `rel=`; Thai words are accepted too (see ``init(parsing:)``).
public enum Relationship: String, Sendable, Hashable, Codable, CaseIterable {
    /// The declarant personally (e.g. owns the shop that sells to the agency).
    case personal = "self"
    /// Spouse or de-facto partner (คู่สมรสหรือผู้อยู่กินฉันสามีภริยา), Organic Act s.126.
    case spouse
    /// A relative (ญาติ): parent, child, sibling, uncle or aunt, in-laws, adopted child.
    case relative
    /// Shareholder or business partner (ผู้ถือหุ้นหรือหุ้นส่วน); the only relationship with a share percentage.
    case shareholder
    /// Director, manager or employee (กรรมการ ผู้จัดการ หรือลูกจ้าง) of the party.
    case director
    /// Creditor or debtor (เจ้าหนี้หรือลูกหนี้) of the party.
    case creditor
    /// Took part in drafting the TOR or the reference price (ร่วมจัดทำ TOR หรือราคากลาง); the party may be omitted.
    case draftedTOR = "drafted-tor"

    /// The relationship in Thai and English.
    public var label: LocalizedLabel {
        switch self {
        case .personal: LocalizedLabel(th: "ตนเอง", en: "self")
        case .spouse: LocalizedLabel(th: "คู่สมรสหรือผู้อยู่กินฉันสามีภริยา", en: "spouse or partner")
        case .relative: LocalizedLabel(th: "ญาติ", en: "relative")
        case .shareholder: LocalizedLabel(th: "ผู้ถือหุ้นหรือหุ้นส่วน", en: "shareholder or partner")
        case .director: LocalizedLabel(th: "กรรมการ ผู้จัดการ หรือลูกจ้าง", en: "director, manager or employee")
        case .creditor: LocalizedLabel(th: "เจ้าหนี้หรือลูกหนี้", en: "creditor or debtor")
        case .draftedTOR: LocalizedLabel(th: "ร่วมจัดทำ TOR หรือราคากลาง", en: "drafted the TOR or reference price")
        }
    }

    /// Whether a share percentage may be given.
    public var takesShare: Bool { self == .shareholder }

    /// Whether the interest must name a party (all but drafting the TOR or reference price).
    public var needsParty: Bool { self != .draftedTOR }

    /// Reads the raw value, a synonym (`manager`, `employee`, `debtor`, `tor`, `reference-price`) or the Thai word.
    /// - throws: ``DeclarationsError/unknownRelationship(_:)`` listing what is accepted.
    public init(parsing text: String) throws {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        let synonyms: [String: Relationship] = [
            "ตนเอง": .personal, "คู่สมรส": .spouse, "ญาติ": .relative, "ผู้ถือหุ้น": .shareholder, "หุ้นส่วน": .shareholder,
            "กรรมการ": .director, "ผู้จัดการ": .director, "ลูกจ้าง": .director, "manager": .director, "employee": .director,
            "เจ้าหนี้": .creditor, "ลูกหนี้": .creditor, "debtor": .creditor, "tor": .draftedTOR,
            "reference-price": .draftedTOR, "ราคากลาง": .draftedTOR,
        ]
        guard let relationship = Relationship(rawValue: key) ?? synonyms[key] else {
            throw DeclarationsError.unknownRelationship(text)
        }
        self = relationship
    }
}
