import Sujarit

/// Which of a risk's three scores is meant.
///
/// Peer GRC tools score a risk three times: before any control (inherent), as it stands with the controls
/// that exist (current), and the level the measures aim for (residual, the target). A committee round
/// assesses one of them, chosen when the chair opens the round.
public enum ScoreKind: String, Sendable, Hashable, Codable, CaseIterable {
    case inherent, current, residual

    /// The kind's name in Thai and English.
    public var label: LocalizedLabel {
        switch self {
        case .inherent: LocalizedLabel(th: "ความเสี่ยงก่อนการควบคุม", en: "inherent")
        case .current: LocalizedLabel(th: "ความเสี่ยงปัจจุบัน", en: "current")
        case .residual: LocalizedLabel(th: "ความเสี่ยงคงเหลือ (เป้าหมาย)", en: "residual (target)")
        }
    }

    /// Reads `inherent`, `current`, `residual` (or `target`), also in Thai. Besides the one printed term
    /// (ก่อนการควบคุม), the inherent score also reads the older spellings registers may still hold.
    public init?(text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "inherent", "ก่อนการควบคุม", "ความเสี่ยงก่อนการควบคุม", "ก่อนควบคุม", "ความเสี่ยงก่อนมีการควบคุม": self = .inherent
        case "current", "ปัจจุบัน", "ความเสี่ยงปัจจุบัน": self = .current
        case "residual", "target", "คงเหลือ", "เป้าหมาย", "ความเสี่ยงคงเหลือ": self = .residual
        default: return nil
        }
    }
}

/// How well an existing control works (ความเพียงพอของการควบคุม).
public enum ControlAdequacy: String, Sendable, Hashable, Codable, CaseIterable {
    case good, fair, weak

    /// ดี / พอใช้ / อ่อน, as registers write it.
    public var thai: String {
        switch self {
        case .good: "ดี"
        case .fair: "พอใช้"
        case .weak: "อ่อน"
        }
    }

    /// Reads the Thai word or `good`, `fair`, `weak`.
    public init?(text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "ดี", "good": self = .good
        case "พอใช้", "fair": self = .fair
        case "อ่อน", "weak": self = .weak
        default: return nil
        }
    }
}

/// Whether the risk factor is one that has happened before (PACC's Known Factor) or one that is foreseeable but
/// has not happened yet (Unknown Factor).
public enum RiskFactor: String, Sendable, Hashable, Codable, CaseIterable {
    case known, unknown

    /// Known Factor / Unknown Factor in the Thai wording registers use.
    public var thai: String { self == .known ? "ปัจจัยที่รู้มาก่อน (Known)" : "ปัจจัยที่คาดว่าจะเกิดขึ้นแต่ยังไม่เกิด (Unknown)" }

    /// Reads `known`/`unknown`, also `รู้`/`ไม่รู้`.
    public init?(text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "known", "known factor", "รู้", "รู้มาก่อน": self = .known
        case "unknown", "unknown factor", "ไม่รู้", "ใหม่": self = .unknown
        default: return nil
        }
    }
}

/// An existing control and how adequate it is.
public struct ExistingControl: Sendable, Hashable, Codable {
    public var text: String
    public var adequacy: ControlAdequacy

    public init(text: String, adequacy: ControlAdequacy) {
        self.text = text
        self.adequacy = adequacy
    }
}

/// A measure's progress status: the three progress words of ``ProgressStatus``, without its
/// `risk-accepted`.
///
/// Kept as its own type because a measure is carried out or not: management accepting a risk is recorded on
/// the risk (``RiskStatus/accepted``), never as a measure's progress, and this type makes that state
/// unwritable. The raw values are ``ProgressStatus``'s, so the stored text is the same word either way;
/// reports show a measure through ``progress``.
public enum MeasureStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case done

    /// The same state as a ``ProgressStatus``, for follow-up lines that mix measures and recommendations.
    public var progress: ProgressStatus {
        switch self {
        case .notStarted: .notStarted
        case .inProgress: .inProgress
        case .done: .done
        }
    }

    /// ยังไม่ได้ดำเนินการ / อยู่ระหว่างดำเนินการ / ดำเนินการแล้วเสร็จ.
    public var thai: String { progress.label.th }

    /// Reads the code (`not-started`, `in-progress`, `done`) or the Thai wording, in full or short.
    public init?(text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let status = MeasureStatus(rawValue: key) { self = status; return }
        switch key {
        case "ยังไม่ได้ดำเนินการ", "ยังไม่ดำเนินการ", "notstarted", "not started": self = .notStarted
        case "อยู่ระหว่างดำเนินการ", "ระหว่างดำเนินการ", "inprogress", "in progress": self = .inProgress
        case "ดำเนินการแล้วเสร็จ", "แล้วเสร็จ", "เสร็จ", "completed": self = .done
        default: return nil
        }
    }
}

/// What a measure answers in the ITA (O42/O43): an issue area and the IIT/EIT questions and OIT items.
public struct IntegrityLink: Sendable, Hashable, Codable {
    /// The ITA issue area (ประเด็นการประเมิน) as the plan names it.
    public var issueArea: String
    /// IIT/EIT question codes, e.g. `I25`, `E6`.
    public var questions: [String]
    /// OIT item codes, e.g. `O34`.
    public var oitItems: [String]

    public init(issueArea: String, questions: [String] = [], oitItems: [String] = []) {
        self.issueArea = issueArea
        self.questions = questions
        self.oitItems = oitItems
    }

    /// Normalises an ITA code: Thai digits, lower case and the Thai zero some documents type for `O`
    /// (`๐๓๙` → `O39`). Returns nil when it is not `I1`–`I99`, `E1`–`E99` or `O1`–`O99`.
    public static func code(_ text: String, allowed: Set<Character>) -> String? {
        var value = text.trimmingCharacters(in: .whitespaces)
        if value.hasPrefix("๐"), value.count >= 3 { value = "O" + value.dropFirst() }
        value = ThaiDigits.toArabic(value).uppercased()
        guard let letter = value.first, allowed.contains(letter) else { return nil }
        let digits = value.dropFirst()
        guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCII), let number = Int(digits), number > 0 else {
            return nil
        }
        return "\(letter)\(number)"
    }
}
