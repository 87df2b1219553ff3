import Foundation

/// Where a piece of follow-up work stands: an audit recommendation, or a line of a follow-up report.
///
/// The first three are the progress words Thai registers use; the fourth closes a recommendation without
/// carrying it out, which the standards allow only when management accepts the risk. The raw values are
/// stored in event payloads and read-model rows, so they never change. A risk measure's own status
/// (`MeasureStatus` in RiskRegister) has only the first three and maps onto this one for reports.
public enum ProgressStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// ยังไม่ได้ดำเนินการ.
    case notStarted = "not-started"
    /// อยู่ระหว่างดำเนินการ.
    case inProgress = "in-progress"
    /// ดำเนินการแล้วเสร็จ.
    case done
    /// ฝ่ายบริหารยอมรับความเสี่ยง.
    case riskAccepted = "risk-accepted"

    /// The status's name in Thai and English.
    public var label: LocalizedLabel {
        switch self {
        case .notStarted: LocalizedLabel(th: "ยังไม่ได้ดำเนินการ", en: "not started")
        case .inProgress: LocalizedLabel(th: "อยู่ระหว่างดำเนินการ", en: "in progress")
        case .done: LocalizedLabel(th: "ดำเนินการแล้วเสร็จ", en: "done")
        case .riskAccepted: LocalizedLabel(th: "ฝ่ายบริหารยอมรับความเสี่ยง", en: "risk accepted")
        }
    }

    /// A word or two for narrow columns: แล้วเสร็จ / ระหว่างดำเนินการ / ยังไม่เริ่ม / ยอมรับความเสี่ยง.
    public var shortLabel: String {
        switch self {
        case .notStarted: "ยังไม่เริ่ม"
        case .inProgress: "ระหว่างดำเนินการ"
        case .done: "แล้วเสร็จ"
        case .riskAccepted: "ยอมรับความเสี่ยง"
        }
    }

    /// Whether nothing more is expected.
    public var isFinal: Bool { self == .done || self == .riskAccepted }

    /// What `--status` accepts, for error messages.
    public static let acceptedText = allCases.map { "\($0.rawValue) (\($0.label.th))" }.joined(separator: ", ")

    /// Reads the raw value (also with `_` or a space), or the Thai words; nil otherwise.
    public init?(text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        switch key {
        case "not-started", "notstarted", "ยังไม่ได้ดำเนินการ", "ยังไม่ดำเนินการ": self = .notStarted
        case "in-progress", "inprogress", "อยู่ระหว่างดำเนินการ", "กำลังดำเนินการ": self = .inProgress
        case "done", "completed", "ดำเนินการแล้วเสร็จ", "แล้วเสร็จ", "เสร็จ": self = .done
        case "risk-accepted", "accepted", "ยอมรับความเสี่ยง", "ฝ่ายบริหารยอมรับความเสี่ยง": self = .riskAccepted
        default: return nil
        }
    }
}
