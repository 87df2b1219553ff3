import EventStore
import Sujarit

/// Fieldwork on a plan entry began (stream `audit-plan/<year>`).
public struct AuditEngagementStarted: DomainEvent, Hashable {
    public static let eventType = "AuditEngagementStarted"
    public var fiscalYear: FiscalYear
    public var subject: String
    public var startedOn: CalendarDate
    /// Staff ids of the auditors on it, the one in charge first.
    public var auditors: [String]

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
    public static let eventType = "AuditEngagementClosed"
    public var fiscalYear: FiscalYear
    public var subject: String
    public var closedOn: CalendarDate
    public var summary: String?

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
    public static let eventType = "AuditFindingRecorded"
    public var id: FindingID
    public var subject: String
    public var title: String
    /// เกณฑ์: the law, rule or standard that should be met.
    public var criteria: String
    /// สภาพที่เกิดจริง: what the auditor found.
    public var condition: String
    /// สาเหตุ.
    public var cause: String
    /// ผลกระทบ.
    public var effect: String
    public var recommendations: [Recommendation]
    public var recordedOn: CalendarDate

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
    public var text: String
    /// คำชี้แจงของฝ่ายบริหาร: what management said it will do; nil while awaited.
    public var managementResponse: String?
    /// The staff id of the person who must act on it.
    public var actionOwner: String
    /// The day the action is due; after it an unfinished recommendation is overdue.
    public var due: CalendarDate

    public init(number: Int, text: String, managementResponse: String?, actionOwner: String, due: CalendarDate) {
        self.number = number
        self.text = text
        self.managementResponse = managementResponse
        self.actionOwner = actionOwner
        self.due = due
    }
}
