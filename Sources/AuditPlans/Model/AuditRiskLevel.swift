import Sujarit

/// How risky an audit subject is, as a rank that orders subjects: 0 not assessed, then 1 (lowest) upwards.
///
/// Two sources give a level: the audit unit's own assessment recorded in the universe (on the usual four
/// bands of a 5×5 matrix: ต่ำ, ปานกลาง, สูง, สูงมาก), and the corruption-risk register's band for the risks a
/// subject links to, whose rank the register's matrix defines (1 for its lowest band). Ranks from both are
/// compared as numbers, which is what the register's band rank is for.
public struct AuditRiskLevel: Sendable, Hashable, Codable, Comparable {
    /// The rank: 0 not assessed, 1 the lowest band, higher is riskier.
    public var rank: Int
    /// The band's name in Thai and English, e.g. สูง / high.
    public var label: LocalizedLabel

    /// Creates the value from its parts.
    public init(rank: Int, label: LocalizedLabel) {
        self.rank = rank
        self.label = label
    }

    /// A subject nobody has assessed yet; it ranks below every assessed one.
    public static let notAssessed = AuditRiskLevel(rank: 0, label: LocalizedLabel(th: "ยังไม่ประเมิน", en: "not assessed"))
    /// ต่ำ (rank 1).
    public static let low = AuditRiskLevel(rank: 1, label: LocalizedLabel(th: "ต่ำ", en: "low"))
    /// ปานกลาง (rank 2).
    public static let medium = AuditRiskLevel(rank: 2, label: LocalizedLabel(th: "ปานกลาง", en: "medium"))
    /// สูง (rank 3).
    public static let high = AuditRiskLevel(rank: 3, label: LocalizedLabel(th: "สูง", en: "high"))
    /// สูงมาก (rank 4).
    public static let veryHigh = AuditRiskLevel(rank: 4, label: LocalizedLabel(th: "สูงมาก", en: "very high"))

    /// The levels the universe records, lowest first.
    public static let recordedScale: [AuditRiskLevel] = [.low, .medium, .high, .veryHigh]

    /// What `--risk-level` and the universe file accept, for error messages.
    public static let acceptedText = "low, medium, high, very-high (ต่ำ, ปานกลาง, สูง, สูงมาก) or 1–4"

    /// Reads a recorded level: `low`/`ต่ำ`/`1` … `very-high`/`สูงมาก`/`4`, Thai digits accepted; nil otherwise.
    public init?(text: String) {
        let key = ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        switch key {
        case "1", "low", "ต่ำ": self = .low
        case "2", "medium", "moderate", "ปานกลาง": self = .medium
        case "3", "high", "สูง": self = .high
        case "4", "very-high", "veryhigh", "สูงมาก": self = .veryHigh
        default: return nil
        }
    }

    /// Orders by rank only; two matrices' bands of the same rank count as the same level.
    public static func < (lhs: AuditRiskLevel, rhs: AuditRiskLevel) -> Bool { lhs.rank < rhs.rank }

    /// The key written to files and JSON: `high`, `very-high`, or the rank for a register band.
    public var key: String {
        switch self {
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        case .veryHigh: "very-high"
        case .notAssessed: "not-assessed"
        default: String(rank)
        }
    }
}
