import Foundation
import Sujarit

/// The rules a gift is judged by: the value a non-relative may give per occasion, the days allowed to
/// report a gift above it to the head of agency, and who counts as a relative.
///
/// The defaults are the Organic Act on Anti-Corruption 2561 s.128 and the NACC notification on gifts:
/// 3,000 baht per giver per occasion, 30 days, and the relatives the notification lists. They are
/// configuration (`Registers/gift-rules.yaml`), versioned: every entry records the version that judged it,
/// and the store keeps each adopted version, so changing the file never changes an old verdict.
public struct GiftRules: Sendable, Hashable, Codable {
    /// The version number; each adopted version must be higher than the last.
    public var version: Int
    /// From a non-relative, a gift worth this much or less per giver per occasion is allowed.
    public var threshold: Money
    /// A gift above the threshold must be reported to the head of agency within this many days of receipt.
    public var reportWithinDays: Int
    /// The relationships that make a giver a relative, by code.
    public var relatives: [RelativeKind]
    /// The source of the rules, shown in reports.
    public var source: String?

    public init(version: Int, threshold: Money, reportWithinDays: Int, relatives: [RelativeKind], source: String? = nil) {
        self.version = version
        self.threshold = threshold
        self.reportWithinDays = reportWithinDays
        self.relatives = relatives
        self.source = source
    }

    /// The relative kind with `code`, if the rules list it.
    public func relative(_ code: String) -> RelativeKind? {
        let key = code.trimmingCharacters(in: .whitespaces).lowercased()
        return relatives.first { $0.code == key || $0.name == code.trimmingCharacters(in: .whitespaces) }
    }

    /// The rules used until an agency adopts its own: the same values as `Registers/gift-rules.yaml`.
    public static let defaults = GiftRules(
        version: 1,
        threshold: .baht(3_000),
        reportWithinDays: 30,
        relatives: [
            RelativeKind(code: "spouse", name: "คู่สมรส"),
            RelativeKind(code: "partner", name: "ผู้อยู่กินฉันสามีภริยา"),
            RelativeKind(code: "ascendant", name: "ผู้บุพการี (บิดา มารดา ปู่ ย่า ตา ยาย)"),
            RelativeKind(code: "descendant", name: "ผู้สืบสันดาน (บุตร หลาน)"),
            RelativeKind(code: "sibling", name: "พี่น้องร่วมบิดามารดาหรือร่วมบิดาหรือมารดาเดียวกัน"),
            RelativeKind(code: "uncle-aunt", name: "ลุง ป้า น้า อา"),
            RelativeKind(code: "spouse-ascendant", name: "ผู้บุพการีของคู่สมรส"),
            RelativeKind(code: "spouse-descendant", name: "ผู้สืบสันดานของคู่สมรส"),
            RelativeKind(code: "adopted-child", name: "บุตรบุญธรรม"),
            RelativeKind(code: "adoptive-parent", name: "ผู้รับบุตรบุญธรรม"),
        ],
        source: "พ.ร.ป. ว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. 2561 มาตรา 128 และประกาศ ป.ป.ช. เรื่อง หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา"
    )
}

/// A relationship that makes a giver a relative (ญาติ) under the rules, e.g. `sibling`.
public struct RelativeKind: Sendable, Hashable, Codable {
    /// What clerks type in `--relative`, e.g. `sibling`.
    public var code: String
    /// The Thai name, e.g. พี่น้องร่วมบิดามารดา.
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
