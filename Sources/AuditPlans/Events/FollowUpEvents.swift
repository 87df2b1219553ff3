import EventStore
import Sujarit

/// A follow-up round (การติดตามผล) recorded where one recommendation stands (stream `audit-finding/<id>`).
public struct AuditFollowUpRecorded: DomainEvent, Hashable {
    public static let eventType = "AuditFollowUpRecorded"
    public var finding: FindingID
    public var recommendation: Int
    /// 1 for the recommendation's first round.
    public var round: Int
    public var on: CalendarDate
    public var status: FollowUpStatus
    /// What was seen: evidence, progress, problems.
    public var note: String?
    /// Present exactly when `status` is risk accepted.
    public var acceptance: RiskAcceptance?

    public init(finding: FindingID, recommendation: Int, round: Int, on: CalendarDate, status: FollowUpStatus, note: String?, acceptance: RiskAcceptance?) {
        self.finding = finding
        self.recommendation = recommendation
        self.round = round
        self.on = on
        self.status = status
        self.note = note
        self.acceptance = acceptance
    }

    /// The recommendation it is about.
    public var ref: RecommendationRef { RecommendationRef(finding: finding, number: recommendation) }
}

/// Management's decision to accept the risk of not carrying a recommendation out.
public struct RiskAcceptance: Sendable, Hashable, Codable {
    /// The executive's staff id, and name on the day.
    public var approver: String
    public var approverName: String
    public var reason: String

    public init(approver: String, approverName: String, reason: String) {
        self.approver = approver
        self.approverName = approverName
        self.reason = reason
    }
}
