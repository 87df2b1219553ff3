import Foundation
import Sujarit

/// The rules a gift is judged by: the value a non-relative may give per occasion, the days allowed to
/// report a gift above it to the head of agency, and who counts as a relative.
///
/// The defaults are the Organic Act on Anti-Corruption 2561 s.128 and the NACC notification on gifts:
/// 3,000 baht per giver per occasion, 30 days, and the relatives the notification lists. They are
/// configuration (`Registers/gift-rules.yaml`), versioned: every entry records the version that judged it,
/// and the store keeps each adopted version, so changing the file never changes an old verdict.
///
/// The model has no coding of its own: the file is read through `ConfigNode` (``GiftRules/load(_:)``), and the
/// log and the `gift_rules` read model store adopted rules as `GiftRulesPayloadV1`.
public struct GiftRules: Sendable, Hashable {
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
    /// The agency's No Gift declaration, when the rules apply it: a gift of any value from a party with
    /// business before the agency is not to be accepted and must be reported. Nil in rules adopted before
    /// it existed, so their verdicts do not change.
    public var noGiftPolicy: NoGiftPolicyRule?
    /// Who decides on a gift the head of agency received: the next authority per agency type. Nil in rules
    /// adopted before it existed (then ``GiftRules/defaults``' table applies: who decides is not a verdict).
    public var headOfAgency: HeadOfAgencyRule?
    /// The limits on gifts staff give (to superiors, bought with public money). Nil in rules adopted before
    /// they existed, so gifts logged under those keep the plain ``GiftVerdict/given``.
    public var givenGifts: GivenGiftRule?

    public init(
        version: Int, threshold: Money, reportWithinDays: Int, relatives: [RelativeKind], source: String? = nil,
        noGiftPolicy: NoGiftPolicyRule? = nil, headOfAgency: HeadOfAgencyRule? = nil, givenGifts: GivenGiftRule? = nil
    ) {
        self.version = version
        self.threshold = threshold
        self.reportWithinDays = reportWithinDays
        self.relatives = relatives
        self.source = source
        self.noGiftPolicy = noGiftPolicy
        self.headOfAgency = headOfAgency
        self.givenGifts = givenGifts
    }

    /// True when a gift received from a party with business before the agency is judged
    /// ``GiftVerdict/notAcceptable`` whatever its value.
    public var refusesPartiesWithBusiness: Bool { noGiftPolicy?.partiesWithBusiness == true }

    /// The relative kind with `code`, if the rules list it.
    public func relative(_ code: String) -> RelativeKind? {
        let key = code.trimmingCharacters(in: .whitespaces).lowercased()
        return relatives.first { $0.code == key || $0.name == code.trimmingCharacters(in: .whitespaces) }
    }

    /// The rules used until an agency adopts its own: the same values as `Registers/gift-rules.yaml`.
    public static let defaults = GiftRules(
        version: 2,
        threshold: .baht(3_000),
        reportWithinDays: 30,
        relatives: [
            RelativeKind(code: "spouse", name: "คู่สมรส", limit: .baht(100_000)),
            RelativeKind(code: "partner", name: "ผู้อยู่กินฉันสามีภริยา", limit: .baht(100_000)),
            RelativeKind(code: "ascendant", name: "ผู้บุพการี (บิดา มารดา ปู่ ย่า ตา ยาย)", limit: .baht(100_000)),
            RelativeKind(code: "descendant", name: "ผู้สืบสันดาน (บุตร หลาน)", limit: .baht(100_000)),
            RelativeKind(code: "sibling", name: "พี่น้องร่วมบิดามารดาหรือร่วมบิดาหรือมารดาเดียวกัน", limit: .baht(30_000)),
            RelativeKind(code: "uncle-aunt", name: "ลุง ป้า น้า อา", limit: .baht(10_000)),
            RelativeKind(code: "spouse-ascendant", name: "ผู้บุพการีของคู่สมรส", limit: .baht(30_000)),
            RelativeKind(code: "spouse-descendant", name: "ผู้สืบสันดานของคู่สมรส", limit: .baht(30_000)),
            RelativeKind(code: "adopted-child", name: "บุตรบุญธรรม", limit: .baht(100_000)),
            RelativeKind(code: "adoptive-parent", name: "ผู้รับบุตรบุญธรรม", limit: .baht(100_000)),
        ],
        source:
            """
            พ.ร.ป. ว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. 2561 มาตรา 128 และประกาศ ป.ป.ช. เรื่อง \
            หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา
            """,
        noGiftPolicy: NoGiftPolicyRule(partiesWithBusiness: true, source: NoGiftPolicyRule.defaultSource),
        headOfAgency: HeadOfAgencyRule(
            types: [
                AgencyTypeAuthority(type: "เทศบาลตำบล", headPositions: ["นายกเทศมนตรีตำบล"], nextAuthority: "นายอำเภอ"),
                AgencyTypeAuthority(
                    type: "องค์การบริหารส่วนตำบล", headPositions: ["นายกองค์การบริหารส่วนตำบล", "นายก อบต."],
                    nextAuthority: "นายอำเภอ"),
                AgencyTypeAuthority(
                    type: "เทศบาลเมือง", headPositions: ["นายกเทศมนตรีเมือง"], nextAuthority: "ผู้ว่าราชการจังหวัด"),
                AgencyTypeAuthority(
                    type: "เทศบาลนคร", headPositions: ["นายกเทศมนตรีนคร"], nextAuthority: "ผู้ว่าราชการจังหวัด"),
                AgencyTypeAuthority(
                    type: "องค์การบริหารส่วนจังหวัด", headPositions: ["นายกองค์การบริหารส่วนจังหวัด", "นายก อบจ."],
                    nextAuthority: "ผู้ว่าราชการจังหวัด"),
            ],
            source: HeadOfAgencyRule.defaultSource
        ),
        givenGifts: GivenGiftRule(
            superiorLimit: .baht(3_000), superiorSource: GivenGiftRule.defaultSuperiorSource,
            publicMoneyLimit: .zero, publicMoneySource: GivenGiftRule.defaultPublicMoneySource
        )
    )

    /// The table of next authorities in force: this version's, else the built-in one.
    public var headOfAgencyInForce: HeadOfAgencyRule { headOfAgency ?? GiftRules.defaults.headOfAgency! }
}

/// Who decides on a gift the head of agency received: the head does not decide on their own gift, the
/// authority that supervises the agency does (for a local government, นายอำเภอ or ผู้ว่าราชการจังหวัด).
public struct HeadOfAgencyRule: Sendable, Hashable {
    /// Per agency type, the head's positions and the next authority.
    public var types: [AgencyTypeAuthority]
    /// The regulation the table rests on.
    public var source: String?

    public init(types: [AgencyTypeAuthority], source: String?) {
        self.types = types
        self.source = source
    }

    /// The agency type whose head holds `position` (its title begins with one of the type's head positions,
    /// spaces ignored); nil for anyone who is not a head of agency.
    public func type(ofHeadPosition position: String) -> AgencyTypeAuthority? {
        let key = Self.compact(position)
        return types.first { type in
            type.headPositions.contains { !Self.compact($0).isEmpty && key.hasPrefix(Self.compact($0)) }
        }
    }

    /// Text without white space, so `นายก อบต.` and `นายกอบต.` compare equal.
    static func compact(_ text: String) -> String { String(text.filter { !$0.isWhitespace }) }

    /// The source the built-in defaults and `Registers/gift-rules.yaml` name.
    public static let defaultSource =
        """
        ประกาศ ป.ป.ช. เรื่อง หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา \
        (ผู้ดำรงตำแหน่งหัวหน้าหน่วยงานแจ้งต่อผู้มีอำนาจกำกับดูแล) \
        และอำนาจกำกับดูแลองค์กรปกครองส่วนท้องถิ่นของนายอำเภอและผู้ว่าราชการจังหวัด
        """
}

/// One agency type's head positions and the authority above the head.
public struct AgencyTypeAuthority: Sendable, Hashable {
    /// The agency type, e.g. เทศบาลเมือง.
    public var type: String
    /// The head's position titles, as they begin, e.g. นายกเทศมนตรีเมือง.
    public var headPositions: [String]
    /// The authority that decides on the head's own gift, e.g. ผู้ว่าราชการจังหวัด.
    public var nextAuthority: String

    public init(type: String, headPositions: [String], nextAuthority: String) {
        self.type = type
        self.headPositions = headPositions
        self.nextAuthority = nextAuthority
    }
}

/// The part of the rules that applies the agency's No Gift declaration (OIT O31): from a party with business
/// before the agency (a bidder, a contractor, a permit applicant), a gift of any value is "ไม่ควรรับ" and
/// must be reported to the head of agency, whatever the threshold allows.
public struct NoGiftPolicyRule: Sendable, Hashable {
    /// Whether gifts from parties with business before the agency are judged not acceptable.
    public var partiesWithBusiness: Bool
    /// The regulation and clause the rule rests on, shown with the verdict.
    public var source: String?

    public init(partiesWithBusiness: Bool, source: String?) {
        self.partiesWithBusiness = partiesWithBusiness
        self.source = source
    }

    /// The source the built-in defaults and `Registers/gift-rules.yaml` name.
    public static let defaultSource =
        """
        ประกาศเจตนารมณ์ No Gift Policy ของหน่วยงาน (OIT O31) \
        และระเบียบสำนักนายกรัฐมนตรีว่าด้วยการให้หรือรับของขวัญของเจ้าหน้าที่ของรัฐ พ.ศ. 2565 \
        (ห้ามรับของขวัญจากผู้ซึ่งมีส่วนได้เสียกับการปฏิบัติหน้าที่)
        """
}

/// A relationship that makes a giver a relative (ญาติ) under the rules, e.g. `sibling`; the same codes name
/// the family member who received a gift on a staff member's account (`--received-by … --relation CODE`).
public struct RelativeKind: Sendable, Hashable {
    /// What clerks type in `--relative`, e.g. `sibling`.
    public var code: String
    /// The Thai name, e.g. พี่น้องร่วมบิดามารดา.
    public var name: String
    /// The most a gift from this kind of relative may be worth "ตามฐานานุรูป" (as befits the relation); a
    /// gift above it must be reported like a gift above the threshold. Nil: no amount set (rules adopted
    /// before limits existed kept "whatever the value", so their verdicts do not change).
    public var limit: Money?

    public init(code: String, name: String, limit: Money? = nil) {
        self.code = code
        self.name = name
        self.limit = limit
    }
}

/// The PM Office regulation on gifts (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการให้หรือรับของขวัญของเจ้าหน้าที่ของรัฐ
/// พ.ศ. 2565) applied to gifts staff give: to a superior, only as custom has it and not above a value; and
/// public money not used for gifts beyond what the agency allows.
public struct GivenGiftRule: Sendable, Hashable {
    /// A gift to a superior (or their family) worth more than this is ``GiftVerdict/givenAboveSuperiorLimit``.
    public var superiorLimit: Money
    /// The clause the superior limit rests on, shown with the verdict.
    public var superiorSource: String?
    /// A gift paid with public money (the agency's budget) worth more than this is
    /// ``GiftVerdict/givenWithPublicMoney``; zero: none may be.
    public var publicMoneyLimit: Money
    /// The clause the public-money limit rests on, shown with the verdict.
    public var publicMoneySource: String?

    public init(superiorLimit: Money, superiorSource: String?, publicMoneyLimit: Money, publicMoneySource: String?) {
        self.superiorLimit = superiorLimit
        self.superiorSource = superiorSource
        self.publicMoneyLimit = publicMoneyLimit
        self.publicMoneySource = publicMoneySource
    }

    /// The superior-limit source the built-in defaults and `Registers/gift-rules.yaml` name.
    public static let defaultSuperiorSource =
        """
        ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการให้หรือรับของขวัญของเจ้าหน้าที่ของรัฐ พ.ศ. 2565: \
        ไม่ควรให้ของขวัญแก่ผู้บังคับบัญชาหรือบุคคลในครอบครัวของผู้บังคับบัญชา นอกจากตามปกติประเพณีนิยม \
        และมูลค่าไม่เกินที่ ป.ป.ช. กำหนด (3,000 บาท)
        """
    /// The public-money source the built-in defaults and `Registers/gift-rules.yaml` name.
    public static let defaultPublicMoneySource =
        """
        ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการให้หรือรับของขวัญของเจ้าหน้าที่ของรัฐ พ.ศ. 2565: \
        ห้ามใช้เงินหรือทรัพย์สินของทางราชการ (เงินงบประมาณ) ซื้อของขวัญให้ผู้บังคับบัญชาหรือบุคคลอื่น
        """
}
