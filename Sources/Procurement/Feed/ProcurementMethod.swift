import Sujarit

/// How a purchase was made, recognised by its Thai name because e-GP's numeric method ids disagree between
/// sources while the names do not.
///
/// The Procurement Act 2560 sets what each method allows (specific method up to 500,000 baht, e-bidding
/// above it, and so on), so the method is what red-flag rules such as contract splitting look at. A name
/// the reader does not know is kept verbatim as ``other(_:)`` rather than rejected: a new method name in
/// the feed should not stop an import, and the text survives for a later, better rule.
public enum ProcurementMethod: Sendable, Hashable, CustomStringConvertible {
    /// ประกวดราคาอิเล็กทรอนิกส์ (e-bidding): open electronic tender, above 500,000 baht.
    case eBidding
    /// ตลาดอิเล็กทรอนิกส์ (e-market): electronic market for listed goods and services.
    case eMarket
    /// เฉพาะเจาะจง: the specific method, a direct purchase (up to 500,000 baht for ordinary purchases).
    case specific
    /// คัดเลือก: selection among at least three invited sellers.
    case selection
    /// สอบราคา: price inquiry (the pre-2560 method, still seen for some purchases).
    case priceInquiry
    /// จ้างที่ปรึกษา: hiring consultants, on the given basis.
    case consulting(SelectionBasis)
    /// จ้างออกแบบหรือควบคุมงานก่อสร้าง: hiring design or construction supervision, on the given basis.
    case designOrSupervision(SelectionBasis)
    /// A method name the reader does not recognise, kept as written (whitespace normalised).
    case other(String)

    /// How a consultant or designer is chosen (Procurement Act 2560, chapters 7 and 8).
    public enum SelectionBasis: String, Sendable, Hashable, CaseIterable {
        /// ประกาศเชิญชวนทั่วไป: open invitation.
        case openInvitation = "ประกาศเชิญชวนทั่วไป"
        /// คัดเลือก: selection among invited firms.
        case selection = "คัดเลือก"
        /// เฉพาะเจาะจง: direct hire.
        case specific = "เฉพาะเจาะจง"
        /// ประกวดแบบ: design contest (design work only).
        case designContest = "ประกวดแบบ"
    }

    /// Recognises the method part of an item's description; nil when it is blank.
    ///
    /// Plan items (P0) carry a blank method written `' '`, so quotes and whitespace alone count as blank.
    /// Matching ignores spacing and Latin case and looks for the method's distinctive words, consulting
    /// and design first because their names also contain `คัดเลือก` or `เฉพาะเจาะจง`.
    public static func recognize(_ text: String) -> ProcurementMethod? {
        let written = FeedText.collapsingWhitespace(text)
        let unquoted = written.unicodeScalars.filter { $0 != "'" && $0 != "\"" && !FeedText.isWhitespace($0) }
        guard !unquoted.isEmpty else { return nil }
        let key = FeedText.comparisonKey(written)
        if key.contains("ที่ปรึกษา") {
            return SelectionBasis.find(in: key).map(ProcurementMethod.consulting) ?? .other(written)
        }
        if key.contains("ออกแบบ") || key.contains("ควบคุมงาน") || key.contains("ประกวดแบบ") {
            return SelectionBasis.find(in: key).map(ProcurementMethod.designOrSupervision) ?? .other(written)
        }
        if key.contains("ประกวดราคาอิเล็กทรอนิกส์") || key.contains("e-bidding") { return .eBidding }
        if key.contains("ตลาดอิเล็กทรอนิกส์") || key.contains("e-market") { return .eMarket }
        if key.contains("เฉพาะเจาะจง") { return .specific }
        if key.contains("คัดเลือก") { return .selection }
        if key.contains("สอบราคา") { return .priceInquiry }
        return .other(written)
    }

    /// The Thai name, as the feed writes it for the known methods.
    public var thaiName: String {
        switch self {
        case .eBidding: "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"
        case .eMarket: "ตลาดอิเล็กทรอนิกส์ (e-market)"
        case .specific: "เฉพาะเจาะจง"
        case .selection: "คัดเลือก"
        case .priceInquiry: "สอบราคา"
        case let .consulting(basis): "จ้างที่ปรึกษาโดยวิธี\(basis.rawValue)"
        case let .designOrSupervision(basis): "จ้างออกแบบหรือควบคุมงานก่อสร้างโดยวิธี\(basis.rawValue)"
        case let .other(text): text
        }
    }

    /// A stable ASCII key for storage and command-line filters, e.g. `e-bidding`, `consulting/specific`;
    /// an unrecognised method is `other:` followed by its Thai text.
    public var key: String {
        switch self {
        case .eBidding: "e-bidding"
        case .eMarket: "e-market"
        case .specific: "specific"
        case .selection: "selection"
        case .priceInquiry: "price-inquiry"
        case let .consulting(basis): "consulting/\(basis.key)"
        case let .designOrSupervision(basis): "design/\(basis.key)"
        case let .other(text): "other:\(text)"
        }
    }

    /// Recreates a method from its ``key``; nil for a key no method has.
    public init?(key: String) {
        if key.hasPrefix("other:") {
            self = .other(String(key.dropFirst("other:".count)))
            return
        }
        switch key {
        case "e-bidding": self = .eBidding; return
        case "e-market": self = .eMarket; return
        case "specific": self = .specific; return
        case "selection": self = .selection; return
        case "price-inquiry": self = .priceInquiry; return
        default: break
        }
        let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, let basis = SelectionBasis.allCases.first(where: { $0.key == parts[1] })
        else { return nil }
        switch parts[0] {
        case "consulting": self = .consulting(basis)
        case "design": self = .designOrSupervision(basis)
        default: return nil
        }
    }

    /// The Thai name and an English one, for bilingual reports.
    public var label: LocalizedLabel {
        let english =
            switch self {
            case .eBidding: "e-bidding"
            case .eMarket: "e-market"
            case .specific: "Specific method"
            case .selection: "Selection"
            case .priceInquiry: "Price inquiry"
            case let .consulting(basis): "Consultant, \(basis.english)"
            case let .designOrSupervision(basis): "Design or supervision, \(basis.english)"
            case let .other(text): text
            }
        return LocalizedLabel(th: thaiName, en: english)
    }

    /// The ``key``.
    public var description: String { key }
}

extension ProcurementMethod: TextCodable {
    /// Reads a stored ``key``; an unknown key is kept as ``other(_:)`` so no stored value is lost.
    public init(parsing key: String) {
        self = ProcurementMethod(key: key) ?? .other(key)
    }
}

extension ProcurementMethod.SelectionBasis {
    /// The ASCII key used inside ``ProcurementMethod/key``.
    var key: String {
        switch self {
        case .openInvitation: "open-invitation"
        case .selection: "selection"
        case .specific: "specific"
        case .designContest: "design-contest"
        }
    }

    /// The English name.
    var english: String {
        switch self {
        case .openInvitation: "open invitation"
        case .selection: "selection"
        case .specific: "specific method"
        case .designContest: "design contest"
        }
    }

    /// The basis named in a comparison key, checking the design contest and open invitation first.
    static func find(in key: String) -> Self? {
        if key.contains("ประกวดแบบ") { return .designContest }
        if key.contains("ประกาศเชิญชวน") { return .openInvitation }
        if key.contains("คัดเลือก") { return .selection }
        if key.contains("เฉพาะเจาะจง") { return .specific }
        return nil
    }
}
