import Sujarit

/// A red-flag indicator: one rule that marks procurement worth a second look.
///
/// The catalogue (`Registers/RED-FLAGS.md`) documents each code with its definition, the data it needs,
/// its default thresholds and the public indicator it follows (cardinal-rs R-codes, the Government
/// Transparency Institute's corruption risk index, ACT Ai). The raw value is the code stored on flags and
/// typed in `flags list --indicator`, so it never changes once flags carry it.
public enum Indicator: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Specific-method awards from one department to one supplier in a fiscal year, each within the
    /// specific-method limit, together above it.
    case splitYear = "split-year"
    /// The same within any window of `splitting.window_days` days (R055, draft).
    case splitWindow = "split-window"
    /// Specific-method amounts bunched just below a legal line compared with the band below it.
    case bunching
    /// September's specific-method spending far above the department's monthly average.
    case yearEnd = "year-end"
    /// A supplier's share of a department's awarded amount in a fiscal year.
    case supplierShare = "supplier-share"
    /// A supplier winning many of a department's projects in a fiscal year.
    case repeatWinner = "repeat-winner"
    /// Agreed price at 99 % or more of the reference price (and not above it).
    case priceNearReference = "price-near-reference"
    /// Agreed price above the reference price.
    case priceAboveReference = "price-above-reference"
    /// Agreed price or contracts above the budget.
    case priceAboveBudget = "price-above-budget"
    /// Contracts signed for more than the agreed price.
    case contractAboveAgreed = "contract-above-agreed"
    /// The reference price equal to the budget.
    case referenceEqualsBudget = "reference-equals-budget"
    /// A department's share of projects with cancelled or amended announcements (D1, D2, W1, W2).
    case processChanges = "process-changes"
    /// Days from invitation (D0) to winner (W0) far below the method's norm (R003).
    case fastAward = "fast-award"
    /// A winner announced with no invitation on record, for a method that requires one.
    case noInvitation = "no-invitation"
    /// Only one bidder in a competitive procedure (R018).
    case singleBidder = "single-bidder"
    /// Fewer bidders than the rule expects in a competitive procedure.
    case fewBidders = "few-bidders"
    /// The winner is a party in an interest declared by someone who sat on the project's committee.
    case coiCommittee = "coi-committee"
    /// The winner is a party in an interest declared by someone in the buying department.
    case coiDepartment = "coi-department"
    /// A committee member with no declaration for the project.
    case undeclaredMember = "undeclared-member"
    /// One person appointed both to consider the bids and to inspect the same procurement.
    case committeeSeparation = "committee-separation"
    /// A gift to staff from a firm with an open procurement with their department within the window.
    case giftFromSupplier = "gift-from-supplier"
    /// A supplier's share of the priced awards of a province's (or the country's) agencies in a fiscal year, at
    /// or above the configured share: only a provincial or national view sees it (`flags run --province`).
    case regionalSupplierShare = "regional-supplier-share"
    /// Awards by the splitting methods from several agencies of a province (or the country) to one supplier,
    /// each within the specific-method limit, together above it, within a few weeks (`flags run --province`).
    case regionalSplit = "regional-split"
    /// One supplier winning in several agencies of a province (or the country) where committee members of its
    /// projects declared ties to it; recorded with counts of seats only, never who (`flags run --province`).
    case regionalDeclaredTies = "regional-declared-ties"

    /// The indicator's name in Thai and English.
    public var label: LocalizedLabel {
        switch self {
        case .splitYear: LocalizedLabel(th: "แบ่งซื้อแบ่งจ้างภายในปีงบประมาณ", en: "Split purchases within a fiscal year")
        case .splitWindow: LocalizedLabel(th: "แบ่งซื้อแบ่งจ้างในช่วงเวลาใกล้กัน", en: "Split purchases within a short window")
        case .bunching: LocalizedLabel(th: "วงเงินกระจุกใต้เกณฑ์", en: "Amounts bunched below a threshold")
        case .yearEnd: LocalizedLabel(th: "เร่งใช้จ่ายปลายปีงบประมาณ", en: "Year-end spending rush")
        case .supplierShare: LocalizedLabel(th: "สัดส่วนผู้ขายรายเดียวสูง", en: "Supplier concentration")
        case .repeatWinner: LocalizedLabel(th: "ผู้ชนะซ้ำหลายโครงการ", en: "Repeat winner")
        case .priceNearReference: LocalizedLabel(th: "ราคาที่ตกลงใกล้ราคากลาง", en: "Price close to the reference price")
        case .priceAboveReference: LocalizedLabel(th: "ราคาที่ตกลงสูงกว่าราคากลาง", en: "Price above the reference price")
        case .priceAboveBudget: LocalizedLabel(th: "ราคาสูงกว่างบประมาณ", en: "Price above the budget")
        case .contractAboveAgreed: LocalizedLabel(th: "สัญญาสูงกว่าราคาที่ตกลง", en: "Contract above the agreed price")
        case .referenceEqualsBudget:
            LocalizedLabel(th: "ราคากลางเท่ากับงบประมาณ", en: "Reference price equal to the budget")
        case .processChanges: LocalizedLabel(th: "ยกเลิก/แก้ไขประกาศบ่อย", en: "Frequent cancellations and amendments")
        case .fastAward: LocalizedLabel(th: "ประกาศผู้ชนะเร็วผิดปกติ", en: "Unusually fast award")
        case .noInvitation: LocalizedLabel(th: "มีประกาศผู้ชนะแต่ไม่มีประกาศเชิญชวน", en: "Winner without an invitation")
        case .singleBidder: LocalizedLabel(th: "มีผู้เสนอราคารายเดียว", en: "Single bidder")
        case .fewBidders: LocalizedLabel(th: "ผู้เสนอราคาน้อยราย", en: "Few bidders")
        case .coiCommittee: LocalizedLabel(th: "ผู้ชนะมีส่วนได้เสียกับกรรมการ", en: "Winner tied to a committee member")
        case .coiDepartment:
            LocalizedLabel(
                th: "ผู้ชนะมีส่วนได้เสียกับบุคลากรของหน่วยงานผู้ซื้อ", en: "Winner tied to staff of the buying department")
        case .undeclaredMember:
            LocalizedLabel(th: "กรรมการไม่ได้แสดงการมีส่วนได้เสีย", en: "Committee member without a declaration")
        case .committeeSeparation:
            LocalizedLabel(th: "กรรมการพิจารณาผลเป็นกรรมการตรวจรับพัสดุด้วย", en: "Bid committee member also inspects")
        case .giftFromSupplier:
            LocalizedLabel(th: "รับของขวัญจากผู้ขายที่มีการจัดซื้อจัดจ้างอยู่", en: "Gift from a firm with an open procurement")
        case .regionalSplit:
            LocalizedLabel(
                th: "แบ่งซื้อแบ่งจ้างกับผู้ขายรายเดียวข้ามหน่วยงานใกล้เคียง",
                en: "Split purchases from one supplier across neighbouring agencies")
        case .regionalDeclaredTies:
            LocalizedLabel(
                th: "ผู้ชนะหลายหน่วยงานที่กรรมการแสดงว่ามีส่วนได้เสีย",
                en: "Supplier winning in several agencies whose committee members declared ties to it")
        case .regionalSupplierShare:
            LocalizedLabel(
                th: "สัดส่วนผู้ขายรายเดียวสูงในหน่วยงานทั้งจังหวัดหรือทั้งประเทศ",
                en: "Supplier concentration across a province's or the country's agencies")
        }
    }

    /// The family the indicator belongs to, for grouping in lists and the catalogue.
    public var family: Family {
        switch self {
        case .splitYear, .splitWindow, .bunching, .yearEnd, .regionalSplit: .splitting
        case .supplierShare, .repeatWinner, .regionalSupplierShare: .concentration
        case .priceNearReference, .priceAboveReference, .priceAboveBudget, .contractAboveAgreed, .referenceEqualsBudget:
            .price
        case .processChanges, .fastAward, .noInvitation: .process
        case .singleBidder, .fewBidders: .competition
        case .coiCommittee, .coiDepartment, .undeclaredMember, .committeeSeparation, .giftFromSupplier,
            .regionalDeclaredTies:
            .integrity
        }
    }

    /// Whether flags of this indicator look across a province's or the country's agencies (`flags run
    /// --province`): their department id is the region's key (`province-96`, `national`), not a buyer's.
    public var isRegional: Bool { [.regionalSupplierShare, .regionalSplit, .regionalDeclaredTies].contains(self) }

    /// Whether flags of this indicator name people (declarants, committee members, gift recipients), which
    /// only the auditor and the legal officer may see.
    /// regional-declared-ties is an integrity flag that names nobody: provincial and national viewers read it, so
    /// it carries counts of seats only (``RegionalTiesRule``).
    public var namesPeople: Bool { family == .integrity && !isRegional }

    /// The public indicator this one follows, for the catalogue and `flags explain`.
    public var publicReference: String {
        switch self {
        case .splitYear: "ACT Ai: suspected contract splitting; cardinal-rs R055 (draft)"
        case .splitWindow:
            "cardinal-rs R055 (draft): direct awards summing past the open-tender threshold per buyer–supplier pair"
        case .bunching: "ACT Ai: suspected contract splitting (amounts just under the threshold)"
        case .yearEnd: "ACT Ai: specific-method purchases at fiscal year-end"
        case .supplierShare: "GTI corruption risk index: supplier spending concentration"
        case .repeatWinner: "GTI corruption risk index: buyer spending concentration; ACT Ai: frequent winner"
        case .priceNearReference: "ACT Ai: bid close to the reference price"
        case .priceAboveReference: "ACT Ai: bid above the reference price"
        case .priceAboveBudget: "ACT Ai: reference price vs budget"
        case .contractAboveAgreed: "ACT Ai: contract above the winning bid"
        case .referenceEqualsBudget: "ACT Ai: reference price vs budget"
        case .processChanges: "GTI corruption risk index: unusual procedure (cancellations, amendments)"
        case .fastAward: "cardinal-rs R003 short submission period; GTI: unusual decision period"
        case .noInvitation: "GTI corruption risk index: no published call for tenders"
        case .singleBidder: "cardinal-rs R018 single bid received; GTI: single bidding"
        case .fewBidders: "ACT Ai: fewer than 3 bidders"
        case .coiCommittee: "ACT Ai: contractor links to officials — here from the agency's own declarations"
        case .coiDepartment: "Organic Act on Anti-Corruption 2561 s.126; ACT Ai: contractor links to officials"
        case .undeclaredMember: "Finance Ministry regulation 2560: แบบแสดงความบริสุทธิ์ใจ per procurement"
        case .committeeSeparation:
            "Finance Ministry procurement regulation 2560, clause 26: bid committee members may not inspect"
        case .giftFromSupplier: "Organic Act 2561 s.128 and the No Gift Policy — the agency's own gift log"
        case .regionalSplit:
            "cardinal-rs R055 (draft) and ACT Ai's suspected splitting, across the buyers of a province or the country"
        case .regionalSupplierShare:
            "GTI corruption risk index: supplier spending concentration, across the buyers of a province or the country"
        case .regionalDeclaredTies:
            "Organic Act 2561 s.126-128 (conflicts of interest), across the agencies of a province or the country"
        }
    }

    /// Reads a code as typed, in any letter case.
    public init?(code: String) {
        self.init(rawValue: code.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// Every code, for help texts and error messages.
    public static var codes: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Orders values for stable listings.
    public static func < (lhs: Indicator, rhs: Indicator) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Families of indicators.
    public enum Family: String, Sendable, Hashable, Codable, CaseIterable {
        case splitting, concentration, price, process, competition, integrity

        /// The family's name in Thai and English.
        public var label: LocalizedLabel {
            switch self {
            case .splitting: LocalizedLabel(th: "การแบ่งซื้อแบ่งจ้างและจังหวะเวลา", en: "Splitting and timing")
            case .concentration: LocalizedLabel(th: "การกระจุกตัวของผู้ขาย", en: "Supplier concentration")
            case .price: LocalizedLabel(th: "ราคา", en: "Price")
            case .process: LocalizedLabel(th: "กระบวนการ", en: "Process")
            case .competition: LocalizedLabel(th: "การแข่งขัน", en: "Competition")
            case .integrity: LocalizedLabel(th: "ส่วนได้เสียและของขวัญ", en: "Conflicts of interest and gifts")
            }
        }
    }
}
