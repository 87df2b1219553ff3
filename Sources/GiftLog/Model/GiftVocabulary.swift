import Foundation
import Sujarit

/// Whether staff received a gift, gave one, or refused one offered. The No Gift Policy is "ไม่รับ – ไม่ให้",
/// so all three are logged and the O33 report counts each.
public enum GiftDirection: String, Sendable, Hashable, Codable, CaseIterable {
    case received
    case given
    case refused

    public var label: LocalizedLabel {
        switch self {
        case .received: LocalizedLabel(th: "รับ", en: "received")
        case .given: LocalizedLabel(th: "ให้", en: "given")
        case .refused: LocalizedLabel(th: "ปฏิเสธการรับ", en: "refused")
        }
    }

    /// Reads the raw value or the Thai word.
    public init?(text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "received", "receive", "รับ": self = .received
        case "given", "give", "ให้": self = .given
        case "refused", "refuse", "ปฏิเสธ", "ปฏิเสธการรับ", "ไม่รับ": self = .refused
        default: return nil
        }
    }
}

/// What the head of agency ordered for a gift reported above the threshold.
public enum GiftDecision: String, Sendable, Hashable, Codable, CaseIterable {
    /// The official may keep it (ให้ถือครองได้).
    case keep
    /// Return it to the giver (ส่งคืนผู้ให้).
    case `return`
    /// Hand it over to the agency (ส่งมอบเป็นสิทธิของหน่วยงาน).
    case handOver = "hand-over"

    public var label: LocalizedLabel {
        switch self {
        case .keep: LocalizedLabel(th: "ให้ถือครองได้", en: "keep")
        case .return: LocalizedLabel(th: "ส่งคืนผู้ให้", en: "return to giver")
        case .handOver: LocalizedLabel(th: "ส่งมอบให้หน่วยงาน", en: "hand over to the agency")
        }
    }

    /// Reads the raw value, `handover`, or the Thai word.
    public init?(text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "keep", "ถือครอง", "เก็บ": self = .keep
        case "return", "คืน", "ส่งคืน": self = .return
        case "hand-over", "handover", "hand over", "ส่งมอบ", "มอบหน่วยงาน": self = .handOver
        default: return nil
        }
    }
}

/// What makes a ``GiftEntryID``: `G`, and ``GiftLogError/invalidEntryID(_:)``.
public enum GiftEntryIDKind: YearNumberedKind {
    /// `G`.
    public static let prefix = "G"
    /// ``GiftLogError/invalidEntryID(_:)``.
    public static func invalidID(_ text: String) -> any Error { GiftLogError.invalidEntryID(text) }
}

/// A gift entry's id, `G-2568-007`: the fiscal year of the gift's date and its number within that year.
public typealias GiftEntryID = YearNumberedID<GiftEntryIDKind>

/// A family member who received (or refused) a gift on a staff member's account: the gift is the staff
/// member's under the rules, and the log says who actually took it.
public struct FamilyRecipient: Sendable, Hashable, Codable {
    /// Their name as written on the form.
    public var name: String
    /// Their relation to the staff member: a relative code of the rules, e.g. `spouse`.
    public var relation: String

    public init(name: String, relation: String) {
        self.name = name
        self.relation = relation
    }
}
