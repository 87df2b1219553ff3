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

/// A gift entry's id, `G-2568-007`: the fiscal year of the gift's date and its number within that year.
public struct GiftEntryID: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let fiscalYear: FiscalYear
    public let number: Int

    public init(fiscalYear: FiscalYear, number: Int) {
        self.fiscalYear = fiscalYear
        self.number = number
    }

    /// Reads `G-2568-007`, also lower case and with Thai digits.
    /// - throws: ``GiftLogError/invalidEntryID(_:)``.
    public init(parsing text: String) throws {
        let parts = ThaiDigits.toArabic(text.trimmingCharacters(in: .whitespaces)).uppercased().split(separator: "-")
        guard parts.count == 3, parts[0] == "G", parts[1].count == 4, let year = Int(parts[1]), year >= 2400,
              parts[2].allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(parts[2]), number > 0
        else { throw GiftLogError.invalidEntryID(text) }
        self.init(fiscalYear: FiscalYear(be: year), number: number)
    }

    public var description: String {
        let digits = String(number)
        return "G-\(fiscalYear.be)-\(String(repeating: "0", count: max(0, 3 - digits.count)))\(digits)"
    }

    public static func < (lhs: GiftEntryID, rhs: GiftEntryID) -> Bool {
        (lhs.fiscalYear, lhs.number) < (rhs.fiscalYear, rhs.number)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do { try self.init(parsing: text) } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.localizedDescription)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

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
