import Agency
import EventStore
import Sujarit

/// A finding with the follow-up rounds of its recommendations, folded from its stream
/// (`audit-finding/<id>`); the finding itself comes from the year's plan.
public struct FindingFollowUp: Sendable, Hashable {
    /// The finding, as recorded in its year's plan.
    public let finding: AuditFindingRecorded
    /// Rounds per recommendation number, oldest first.
    public var rounds: [Int: [AuditFollowUpRecorded]] = [:]
    /// Recommendations added after the finding was recorded, in order.
    public var added: [AuditRecommendationAdded] = []
    /// Management's responses per recommendation number, oldest first (the last one stands).
    public var responses: [Int: [AuditManagementResponded]] = [:]
    /// "No response received by DAY" per recommendation number, the latest.
    public var notReceived: [Int: AuditResponseNotReceived] = [:]
    /// The stream's version after the last event folded.
    public var version = 0

    /// Creates the value from its parts.
    public init(finding: AuditFindingRecorded) { self.finding = finding }

    /// Reads the finding's rounds.
    public static func load(_ finding: AuditFindingRecorded, from store: any EventStore) async throws -> FindingFollowUp
    {
        var followUp = FindingFollowUp(finding: finding)
        for event in try await store.events(in: AuditStreams.finding(finding.id)) { try followUp.apply(event) }
        return followUp
    }

    /// Folds one event of the finding's stream.
    public mutating func apply(_ event: RecordedEvent) throws {
        version = event.streamVersion
        switch event.type {
        case AuditFollowUpRecorded.eventType:
            let round = try event.decode(AuditFollowUpRecorded.self)
            rounds[round.recommendation, default: []].append(round)
        case AuditRecommendationAdded.eventType:
            added.append(try event.decode(AuditRecommendationAdded.self))
        case AuditManagementResponded.eventType:
            let response = try event.decode(AuditManagementResponded.self)
            responses[response.recommendation, default: []].append(response)
        case AuditResponseNotReceived.eventType:
            let none = try event.decode(AuditResponseNotReceived.self)
            notReceived[none.recommendation] = none
        default:
            break
        }
    }

    /// The finding's recommendations and those added since, by number.
    public var recommendations: [Recommendation] { finding.recommendations + added.map(\.recommendation) }

    /// The recommendation numbered `number`, or the one recommendation when `number` is nil.
    public func recommendation(_ number: Int?) throws -> Recommendation {
        let all = recommendations
        guard let number else {
            guard all.count == 1 else { throw AuditPlansError.recommendationNeeded(finding.id, count: all.count) }
            return all[0]
        }
        guard let found = all.first(where: { $0.number == number }) else {
            throw AuditPlansError.unknownRecommendation(finding.id, number, count: all.count)
        }
        return found
    }

    /// Records a round on recommendation `number` (nil when the finding has one).
    ///
    /// A round is refused once a recommendation is done or its risk accepted, before the finding's day or
    /// the previous round's, or in the future. Accepting the risk needs an executive approver (serving on
    /// the day) and a reason; neither is taken with another status.
    public func decideRound(
        recommendation number: Int?, status: ProgressStatus, on day: CalendarDate, note: String?,
        approver: String?, reason: String?, directory: AgencyDirectory, today: CalendarDate
    ) throws -> AuditFollowUpRecorded {
        let recommendation = try recommendation(number)
        let ref = RecommendationRef(finding: finding.id, number: recommendation.number)
        let earlier = rounds[recommendation.number] ?? []
        if let last = earlier.last, last.status.isFinal {
            throw AuditPlansError.followUpClosed(ref, last.status, on: last.on)
        }
        try Check.notFuture(day, field: "--on", today: today)
        if day < finding.recordedOn {
            throw AuditPlansError.dateBefore(field: "--on", day, what: "the finding's day", finding.recordedOn)
        }
        if let last = earlier.last, day < last.on {
            throw AuditPlansError.dateBefore(field: "--on", day, what: "the previous round", last.on)
        }
        var acceptance: RiskAcceptance?
        if status == .riskAccepted {
            guard let approver = Check.optionalText(approver) else {
                throw AuditPlansError.acceptanceNeeds("--approver")
            }
            guard let reason = Check.optionalText(reason) else { throw AuditPlansError.acceptanceNeeds("--reason") }
            let member = try directory.require(approver, field: "--approver", role: .executive, servingOn: day)
            acceptance = RiskAcceptance(approver: member.id, approverName: member.name, reason: reason)
        } else {
            if Check.optionalText(approver) != nil { throw AuditPlansError.acceptanceOnly("--approver") }
            if Check.optionalText(reason) != nil { throw AuditPlansError.acceptanceOnly("--reason") }
        }
        return AuditFollowUpRecorded(
            finding: finding.id, recommendation: recommendation.number, round: earlier.count + 1, on: day,
            status: status, note: Check.optionalText(note), acceptance: acceptance
        )
    }
}
