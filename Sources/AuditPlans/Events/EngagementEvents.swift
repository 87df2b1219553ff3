import EventStore
import Sujarit

/// Fieldwork on a plan entry began (stream `audit-plan/<year>`).
public struct AuditEngagementStarted: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditEngagementStarted"
    /// The plan's fiscal year.
    public var fiscalYear: FiscalYear
    /// The universe subject id the entry, engagement or finding is about.
    public var subject: String
    /// The day fieldwork began.
    public var startedOn: CalendarDate
    /// Staff ids of the auditors on it, the one in charge first.
    public var auditors: [String]

    /// Creates the value from its parts.
    public init(fiscalYear: FiscalYear, subject: String, startedOn: CalendarDate, auditors: [String]) {
        self.fiscalYear = fiscalYear
        self.subject = subject
        self.startedOn = startedOn
        self.auditors = auditors
    }
}

/// An engagement ended (the report went to the head of agency). Its subject counts as audited that day,
/// and no finding can be added to it any more.
public struct AuditEngagementClosed: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditEngagementClosed"
    /// The plan's fiscal year.
    public var fiscalYear: FiscalYear
    /// The universe subject id the entry, engagement or finding is about.
    public var subject: String
    /// The day the engagement closed (its report was issued).
    public var closedOn: CalendarDate
    /// What the engagement concluded, in a line.
    public var summary: String?

    /// Creates the value from its parts.
    public init(fiscalYear: FiscalYear, subject: String, closedOn: CalendarDate, summary: String?) {
        self.fiscalYear = fiscalYear
        self.subject = subject
        self.closedOn = closedOn
        self.summary = summary
    }
}

/// An engagement recorded a finding (ข้อตรวจพบ) in the five parts the standards ask for, with its
/// recommendations.
public struct AuditFindingRecorded: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditFindingRecorded"
    /// The finding's id, numbered within the year.
    public var id: FindingID
    /// The universe subject id the entry, engagement or finding is about.
    public var subject: String
    /// A short title, as tables and reports print it.
    public var title: String
    /// เกณฑ์: the law, rule or standard that should be met.
    public var criteria: String
    /// สภาพที่เกิดจริง: what the auditor found.
    public var condition: String
    /// สาเหตุ.
    public var cause: String
    /// ผลกระทบ.
    public var effect: String
    /// The recommendations (ข้อเสนอแนะ), numbered from 1.
    public var recommendations: [Recommendation]
    /// The day the finding was recorded.
    public var recordedOn: CalendarDate

    /// Creates the value from its parts.
    public init(
        id: FindingID, subject: String, title: String, criteria: String, condition: String, cause: String,
        effect: String, recommendations: [Recommendation], recordedOn: CalendarDate
    ) {
        self.id = id
        self.subject = subject
        self.title = title
        self.criteria = criteria
        self.condition = condition
        self.cause = cause
        self.effect = effect
        self.recommendations = recommendations
        self.recordedOn = recordedOn
    }
}

/// A recommendation (ข้อเสนอแนะ) with management's answer to it.
public struct Recommendation: Sendable, Hashable, Codable {
    /// 1 for the finding's first.
    public var number: Int
    /// What management is asked to do.
    public var text: String
    /// คำชี้แจงของฝ่ายบริหาร: what management said it will do; nil while awaited.
    public var managementResponse: String?
    /// The staff id of the person who must act on it.
    public var actionOwner: String
    /// The day the action is due; after it an unfinished recommendation is overdue.
    public var due: CalendarDate

    /// Creates the value from its parts.
    public init(number: Int, text: String, managementResponse: String?, actionOwner: String, due: CalendarDate) {
        self.number = number
        self.text = text
        self.managementResponse = managementResponse
        self.actionOwner = actionOwner
        self.due = due
    }
}
