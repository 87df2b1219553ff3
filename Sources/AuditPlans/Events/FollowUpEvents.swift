import EventStore
import Sujarit

/// A follow-up round (การติดตามผล) recorded where one recommendation stands (stream `audit-finding/<id>`).
public struct AuditFollowUpRecorded: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditFollowUpRecorded"
    /// The finding the round is about.
    public var finding: FindingID
    /// The recommendation's number within the finding.
    public var recommendation: Int
    /// 1 for the recommendation's first round.
    public var round: Int
    /// The day of the round.
    public var on: CalendarDate
    /// Where the recommendation stands after the round.
    public var status: ProgressStatus
    /// What was seen: evidence, progress, problems.
    public var note: String?
    /// Present exactly when `status` is risk accepted.
    public var acceptance: RiskAcceptance?

    /// Creates the value from its parts.
    public init(
        finding: FindingID, recommendation: Int, round: Int, on: CalendarDate, status: ProgressStatus, note: String?,
        acceptance: RiskAcceptance?
    ) {
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
    /// The approver's name on the day, as documents print it.
    public var approverName: String
    /// Why, in the words of the record.
    public var reason: String

    /// Creates the value from its parts.
    public init(approver: String, approverName: String, reason: String) {
        self.approver = approver
        self.approverName = approverName
        self.reason = reason
    }
}
