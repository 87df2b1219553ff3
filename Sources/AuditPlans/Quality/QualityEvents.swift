import EventStore
import Sujarit

/// How far an item of the checklist is met.
public enum QualityRating: String, Sendable, Hashable, Codable, CaseIterable {
    /// เป็นไปตามมาตรฐาน.
    case met
    /// เป็นไปตามมาตรฐานบางส่วน.
    case partly
    /// ไม่เป็นไปตามมาตรฐาน.
    case notMet = "not-met"

    /// The rating's name in Thai and English.
    public var label: LocalizedLabel {
        switch self {
        case .met: LocalizedLabel(th: "เป็นไปตามมาตรฐาน", en: "met")
        case .partly: LocalizedLabel(th: "เป็นไปตามมาตรฐานบางส่วน", en: "partly met")
        case .notMet: LocalizedLabel(th: "ไม่เป็นไปตามมาตรฐาน", en: "not met")
        }
    }
}

/// One answered item.
public struct QualityAnswer: Sendable, Hashable, Codable {
    /// The checklist item's id.
    public var item: String
    /// The standard it comes from, as the checklist said.
    public var standard: String?
    /// The item's text, as the checklist said, so the record reads without the file.
    public var text: String
    /// Met, partly or not met.
    public var rating: QualityRating

    /// Creates the value from its parts.
    public init(item: String, standard: String?, text: String, rating: QualityRating) {
        self.item = item
        self.standard = standard
        self.text = text
        self.rating = rating
    }
}

/// The audit activity assessed itself for a year (stream `audit-quality/<year>`), against a version of the
/// checklist, every item answered.
public struct AuditQualityAssessed: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditQualityAssessed"
    /// The fiscal year assessed.
    public var fiscalYear: FiscalYear
    /// The checklist's version.
    public var checklistVersion: Int
    /// The checklist's source (the standard).
    public var source: String
    /// Every item with its rating, in the checklist's order.
    public var answers: [QualityAnswer]
    /// Staff ids of the auditors who assessed.
    public var assessors: [String]
    /// What to improve, in the assessors' words.
    public var improvements: String?
    /// The day of the assessment.
    public var assessedOn: CalendarDate

    /// Creates the value from its parts.
    public init(
        fiscalYear: FiscalYear, checklistVersion: Int, source: String, answers: [QualityAnswer], assessors: [String],
        improvements: String?, assessedOn: CalendarDate
    ) {
        self.fiscalYear = fiscalYear
        self.checklistVersion = checklistVersion
        self.source = source
        self.answers = answers
        self.assessors = assessors
        self.improvements = improvements
        self.assessedOn = assessedOn
    }

    /// How many items have `rating`.
    public func count(_ rating: QualityRating) -> Int { answers.filter { $0.rating == rating }.count }
}
