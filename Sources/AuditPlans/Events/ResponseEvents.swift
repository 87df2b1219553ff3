import EventStore
import Foundation
import Sujarit

/// Management's position on a recommendation.
public enum ResponsePosition: String, Sendable, Hashable, Codable, CaseIterable {
    /// เห็นด้วย: management agrees and will act.
    case agree
    /// เห็นด้วยบางส่วน: management agrees in part.
    case partly
    /// ไม่เห็นด้วย: management disagrees (the report prints its reasons beside the auditor's).
    case disagree

    /// The position's name in Thai and English.
    public var label: LocalizedLabel {
        switch self {
        case .agree: LocalizedLabel(th: "เห็นด้วย", en: "agree")
        case .partly: LocalizedLabel(th: "เห็นด้วยบางส่วน", en: "partly agree")
        case .disagree: LocalizedLabel(th: "ไม่เห็นด้วย", en: "disagree")
        }
    }

    /// The accepted words, for messages.
    public static let acceptedText = "agree, partly, disagree (or เห็นด้วย, เห็นด้วยบางส่วน, ไม่เห็นด้วย)"

    /// Reads the English or the Thai word, in any case and with surrounding spaces.
    public init?(text: String) {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let found = Self.allCases.first(where: { $0.rawValue == word || $0.label.th == word }) else {
            return nil
        }
        self = found
    }
}

/// A recommendation was added to a finding already recorded (stream `audit-finding/<id>`), numbered after the
/// finding's own and any added before.
public struct AuditRecommendationAdded: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditRecommendationAdded"
    /// The finding it is added to.
    public var finding: FindingID
    /// The recommendation, with its number, owner and due day.
    public var recommendation: Recommendation
    /// The day it was added.
    public var addedOn: CalendarDate

    /// Creates the value from its parts.
    public init(finding: FindingID, recommendation: Recommendation, addedOn: CalendarDate) {
        self.finding = finding
        self.recommendation = recommendation
        self.addedOn = addedOn
    }

    /// The recommendation it added.
    public var ref: RecommendationRef { RecommendationRef(finding: finding, number: recommendation.number) }
}

/// Management responded to a recommendation (คำชี้แจงของฝ่ายบริหาร, stream `audit-finding/<id>`); a later
/// response to the same recommendation supersedes it.
public struct AuditManagementResponded: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditManagementResponded"
    /// The finding.
    public var finding: FindingID
    /// The recommendation's number within the finding.
    public var recommendation: Int
    /// Agree, partly or disagree.
    public var position: ResponsePosition
    /// What management will do (or, disagreeing, why not).
    public var actionPlan: String
    /// The staff id of the person who will act.
    public var owner: String
    /// The day management commits to.
    public var due: CalendarDate?
    /// The day the response was given (received by the audit unit).
    public var respondedOn: CalendarDate
    /// Which response this is for the recommendation: 1 for the first, higher for a revision.
    public var revision: Int

    /// Creates the value from its parts.
    public init(
        finding: FindingID, recommendation: Int, position: ResponsePosition, actionPlan: String, owner: String,
        due: CalendarDate?, respondedOn: CalendarDate, revision: Int
    ) {
        self.finding = finding
        self.recommendation = recommendation
        self.position = position
        self.actionPlan = actionPlan
        self.owner = owner
        self.due = due
        self.respondedOn = respondedOn
        self.revision = revision
    }

    /// The recommendation it answers.
    public var ref: RecommendationRef { RecommendationRef(finding: finding, number: recommendation) }
}

/// The audit unit recorded that no response to a recommendation had been received by a day, so the report
/// may be issued saying so (stream `audit-finding/<id>`).
public struct AuditResponseNotReceived: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditResponseNotReceived"
    /// The finding.
    public var finding: FindingID
    /// The recommendation's number within the finding.
    public var recommendation: Int
    /// The day by which nothing had come.
    public var by: CalendarDate
    /// How management was asked (the memo, the day), in a line.
    public var note: String?

    /// Creates the value from its parts.
    public init(finding: FindingID, recommendation: Int, by: CalendarDate, note: String?) {
        self.finding = finding
        self.recommendation = recommendation
        self.by = by
        self.note = note
    }

    /// The recommendation it is about.
    public var ref: RecommendationRef { RecommendationRef(finding: finding, number: recommendation) }
}
