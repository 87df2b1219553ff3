import Sujarit

/// What an e-GP announcement is: a plan item, draft documents, a reference price, an invitation, a winner,
/// or a cancellation or amendment of one of these.
///
/// The raw value is e-GP's own code (the feed's `anounceType` parameter), so stored data matches the
/// source. In the feed itself the type appears only by its Thai name, as the third part of an item's
/// `description`; ``init(thaiName:)`` recognises it. An unrecognised name is an error, not a guess,
/// because the type decides which red-flag rules apply to an announcement.
public enum AnnouncementType: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// P0 แผนการจัดซื้อจัดจ้าง: an item of the procurement plan.
    case plan = "P0"
    /// B0 ร่างเอกสารประกวดราคา (e-Bidding) และร่างเอกสารซื้อหรือจ้างด้วยวิธีสอบราคา: draft bidding documents
    /// (the TOR) published for comment.
    case draftDocuments = "B0"
    /// 15 ประกาศราคากลาง: the reference price (ราคากลาง).
    case referencePrice = "15"
    /// D0 ประกาศเชิญชวน: the invitation to bid.
    case invitation = "D0"
    /// D1 ยกเลิกประกาศเชิญชวน: the invitation cancelled.
    case invitationCancelled = "D1"
    /// D2 เปลี่ยนแปลงประกาศเชิญชวน: the invitation amended.
    case invitationAmended = "D2"
    /// W0 ประกาศรายชื่อผู้ชนะการเสนอราคา / ประกาศผู้ได้รับการคัดเลือก: the winner announced.
    case winner = "W0"
    /// W1 ยกเลิกประกาศรายชื่อผู้ชนะการเสนอราคา / ประกาศผู้ได้รับการคัดเลือก: the award cancelled.
    case awardCancelled = "W1"
    /// W2 เปลี่ยนแปลงประกาศรายชื่อผู้ชนะการเสนอราคา: the award amended.
    case awardAmended = "W2"

    /// e-GP's code, e.g. `W0`.
    public var code: String { rawValue }

    /// The name as the feed writes it, e.g. `ประกาศเชิญชวน`.
    public var thaiName: String {
        Self.spellings[self]![0]
    }

    /// The Thai name with an English translation, for bilingual reports.
    public var label: LocalizedLabel {
        let english =
            switch self {
            case .plan: "Procurement plan item"
            case .draftDocuments: "Draft bidding documents"
            case .referencePrice: "Reference price"
            case .invitation: "Invitation to bid"
            case .invitationCancelled: "Invitation cancelled"
            case .invitationAmended: "Invitation amended"
            case .winner: "Winner announced"
            case .awardCancelled: "Award cancelled"
            case .awardAmended: "Award amended"
            }
        return LocalizedLabel(th: thaiName, en: english)
    }

    /// `code thaiName`, e.g. `D0 ประกาศเชิญชวน`.
    public var description: String { "\(code) \(thaiName)" }

    /// Recognises the Thai name of a type as it appears in a feed item's description.
    ///
    /// Spacing and the case of Latin letters are ignored (`(e-Bidding)` and `( e-bidding )` match), and
    /// either half of a name written `A / B` is accepted on its own. Names are compared whole, never by
    /// prefix or containment, because `ประกาศเชิญชวน` is contained in `ยกเลิกประกาศเชิญชวน`.
    public init?(thaiName: String) {
        guard let type = Self.lookup[FeedText.comparisonKey(thaiName)] else { return nil }
        self = type
    }

    /// Every accepted spelling per type; the first is the canonical one.
    private static let spellings: [AnnouncementType: [String]] = [
        .plan: ["แผนการจัดซื้อจัดจ้าง"],
        .draftDocuments: [
            "ร่างเอกสารประกวดราคา (e-Bidding) และร่างเอกสารซื้อหรือจ้างด้วยวิธีสอบราคา",
            "ร่างเอกสารประกวดราคา (e-Bidding)",
            "ร่างเอกสารซื้อหรือจ้างด้วยวิธีสอบราคา",
        ],
        .referencePrice: ["ประกาศราคากลาง"],
        .invitation: ["ประกาศเชิญชวน"],
        .invitationCancelled: ["ยกเลิกประกาศเชิญชวน"],
        .invitationAmended: ["เปลี่ยนแปลงประกาศเชิญชวน"],
        .winner: [
            "ประกาศรายชื่อผู้ชนะการเสนอราคา / ประกาศผู้ได้รับการคัดเลือก",
            "ประกาศรายชื่อผู้ชนะการเสนอราคา",
            "ประกาศผู้ได้รับการคัดเลือก",
        ],
        .awardCancelled: [
            "ยกเลิกประกาศรายชื่อผู้ชนะการเสนอราคา / ประกาศผู้ได้รับการคัดเลือก",
            "ยกเลิกประกาศรายชื่อผู้ชนะการเสนอราคา",
            "ยกเลิกประกาศผู้ได้รับการคัดเลือก",
        ],
        .awardAmended: [
            "เปลี่ยนแปลงประกาศรายชื่อผู้ชนะการเสนอราคา",
            "เปลี่ยนแปลงประกาศรายชื่อผู้ชนะการเสนอราคา / ประกาศผู้ได้รับการคัดเลือก",
            "เปลี่ยนแปลงประกาศผู้ได้รับการคัดเลือก",
        ],
    ]

    /// Comparison keys of every spelling, mapped to their type.
    private static let lookup: [String: AnnouncementType] = {
        var table: [String: AnnouncementType] = [:]
        for (type, names) in spellings {
            for name in names { table[FeedText.comparisonKey(name)] = type }
        }
        return table
    }()
}
