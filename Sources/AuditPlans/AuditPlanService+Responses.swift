import Agency
import EventStore
import Sujarit

/// Management responses and recommendations added after the fact, on each finding's own stream.
extension AuditPlanService {
    /// Adds a recommendation to finding `id`.
    @discardableResult
    public func addRecommendation(
        to id: FindingID, text: String, owner: String, due: CalendarDate, on day: CalendarDate? = nil,
        context: CommandContext
    ) async throws -> AuditRecommendationAdded {
        let followUp = try await followUp(id)
        let directory = try await AgencyDirectory.load(from: store)
        let added = try followUp.decideAddRecommendation(
            text: text, owner: owner, due: due, on: day ?? context.today, directory: directory, today: context.today)
        try await append([added], to: followUp, context: context)
        return added
    }

    /// Records management's response to a recommendation, given as `F-2570-001.2` (or `F-2570-001` when the
    /// finding has one).
    @discardableResult
    public func respond(
        _ reference: String, position: ResponsePosition, actionPlan: String, owner: String, due: CalendarDate?,
        on day: CalendarDate? = nil, context: CommandContext
    ) async throws -> AuditManagementResponded {
        let parsed = try RecommendationRef.parse(reference)
        let followUp = try await followUp(parsed.finding)
        let directory = try await AgencyDirectory.load(from: store)
        let response = try followUp.decideResponse(
            recommendation: parsed.number, position: position, actionPlan: actionPlan, owner: owner, due: due,
            on: day ?? context.today, directory: directory, today: context.today)
        try await append([response], to: followUp, context: context)
        return response
    }

    /// Records that no response had been received by `day`: for one recommendation (`F-2570-001.2`), or for
    /// each of a finding's recommendations still unanswered (`F-2570-001`).
    @discardableResult
    public func recordNoResponse(
        _ reference: String, by day: CalendarDate, note: String? = nil, context: CommandContext
    ) async throws -> [AuditResponseNotReceived] {
        let parsed = try RecommendationRef.parse(reference)
        let followUp = try await followUp(parsed.finding)
        let records = try followUp.decideNoResponse(
            recommendation: parsed.number, by: day, note: note, today: context.today)
        try await append(records, to: followUp, context: context)
        return records
    }

    /// The engagement's findings with their recommendations (added ones too) and where each response stands.
    public func responses(for engagement: EngagementRef) async throws -> [FindingResponses] {
        let subject = try AuditSubject.normalizedID(engagement.subject)
        let plan = try await plan(engagement.fiscalYear)
        guard let found = plan.engagements[subject] else {
            throw AuditPlansError.engagementNotStarted(subject, engagement.fiscalYear)
        }
        var all: [FindingResponses] = []
        for id in found.findings {
            guard let finding = plan.findings[id] else { continue }
            all.append(FindingResponses(try await FindingFollowUp.load(finding, from: store)))
        }
        return all
    }

    /// Refuses, naming each, when a recommendation of the engagement has neither a management response nor
    /// a "no response received by DAY" record: the standard lets no report go out before that.
    ///
    /// - throws: ``AuditPlansError/responsesMissing(_:_:)``.
    public func requireResponses(for engagement: EngagementRef) async throws {
        let missing = try await responses(for: engagement).flatMap(\.unanswered)
        if !missing.isEmpty {
            throw AuditPlansError.responsesMissing(
                EngagementRef(
                    fiscalYear: engagement.fiscalYear, subject: try AuditSubject.normalizedID(engagement.subject)),
                missing)
        }
    }

    /// Appends events to the finding's stream, expecting the version `followUp` was read at.
    private func append<Event: DomainEvent>(
        _ events: [Event], to followUp: FindingFollowUp, context: CommandContext
    ) async throws {
        try await store.append(
            try events.map { try ProposedEvent($0, occurredAt: context.now, actor: context.actor) },
            to: AuditStreams.finding(followUp.finding.id),
            expectedVersion: followUp.version == 0 ? .noStream : .exactly(followUp.version))
    }
}

/// A finding as the engagement report prints it: each recommendation with management's response, or the
/// day by which none had come.
public struct FindingResponses: Sendable, Hashable {
    /// One recommendation and its answer.
    public struct Item: Sendable, Hashable {
        /// The recommendation (one added later included).
        public var recommendation: Recommendation
        /// The response that stands, if any.
        public var response: AuditManagementResponded?
        /// "No response received by DAY", when recorded and no response came since.
        public var notReceived: AuditResponseNotReceived?

        /// Whether the report may print it: a response (recorded later, or given with the finding), or an
        /// explicit "none received".
        public var isAnswered: Bool {
            response != nil || notReceived != nil || recommendation.managementResponse != nil
        }
    }

    /// The finding as recorded.
    public var finding: AuditFindingRecorded
    /// Its recommendations, by number.
    public var items: [Item]

    /// Builds the value from a folded finding stream.
    public init(_ followUp: FindingFollowUp) {
        finding = followUp.finding
        items = followUp.recommendations.map { recommendation in
            let response = followUp.response(recommendation.number)
            return Item(
                recommendation: recommendation, response: response,
                notReceived: response == nil ? followUp.notReceived[recommendation.number] : nil)
        }
    }

    /// The recommendations the report may not yet print.
    public var unanswered: [RecommendationRef] {
        items.filter { !$0.isAnswered }.map { RecommendationRef(finding: finding.id, number: $0.recommendation.number) }
    }
}
