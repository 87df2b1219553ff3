import Agency
import EventStore
import Sujarit

/// The Internal Audit Charter and the yearly quality self-assessment.
extension AuditPlanService {
    /// The charter, every version.
    public func charter() async throws -> AuditCharter { try await AuditCharter.load(from: store) }

    /// Drafts the charter from a charter file (see ``CharterFile``).
    @discardableResult
    public func draftCharter(
        from path: String, on day: CalendarDate? = nil, context: CommandContext
    ) async throws -> AuditCharterDrafted {
        let file = try CharterFile.load(path)
        let charter = try await charter()
        let drafted = try charter.decideDraft(
            file.text, source: file.source, on: day ?? context.today, today: context.today)
        try await append(drafted, to: charter, context: context)
        return drafted
    }

    /// Records the head of agency's approval of the pending draft.
    @discardableResult
    public func approveCharter(
        by approver: String, on day: CalendarDate? = nil, context: CommandContext
    ) async throws -> AuditCharterApproved {
        let charter = try await charter()
        let directory = try await AgencyDirectory.load(from: store)
        let approved = try charter.decideApproval(
            by: approver, on: day ?? context.today, directory: directory, today: context.today)
        try await append(approved, to: charter, context: context)
        return approved
    }

    /// Records the yearly review that keeps the charter in force unchanged.
    @discardableResult
    public func reviewCharter(
        by reviewer: String, on day: CalendarDate? = nil, note: String? = nil, context: CommandContext
    ) async throws -> AuditCharterReviewed {
        let charter = try await charter()
        let directory = try await AgencyDirectory.load(from: store)
        let reviewed = try charter.decideReview(
            by: reviewer, on: day ?? context.today, note: note, directory: directory, today: context.today)
        try await append(reviewed, to: charter, context: context)
        return reviewed
    }

    /// The year's self-assessment, if recorded.
    public func qualityAssessment(_ year: FiscalYear) async throws -> AuditQualityAssessed? {
        try await store.events(in: AuditStreams.quality(year)).last { $0.type == AuditQualityAssessed.eventType }
            .map { try $0.decode(AuditQualityAssessed.self) }
    }

    /// Records the year's self-assessment against the checklist at `checklistPath`.
    @discardableResult
    public func assessQuality(
        _ year: FiscalYear, checklistPath: String = QualityChecklist.defaultPath,
        ratings: [(item: String, rating: QualityRating)], assessors: [String], improvements: String? = nil,
        on day: CalendarDate? = nil, context: CommandContext
    ) async throws -> AuditQualityAssessed {
        let checklist = try QualityChecklist.load(checklistPath)
        let directory = try await AgencyDirectory.load(from: store)
        let stream = try AuditStreams.quality(year)
        let version = try await store.streamVersion(stream)
        let assessed = try checklist.decideAssessment(
            year, ratings: ratings, assessors: assessors, improvements: improvements, on: day ?? context.today,
            existing: try await qualityAssessment(year), directory: directory, today: context.today)
        try await store.append(
            [try ProposedEvent(assessed, occurredAt: context.now, actor: context.actor)], to: stream,
            expectedVersion: version == 0 ? .noStream : .exactly(version))
        return assessed
    }

    /// Appends one event to the charter's stream, expecting the version `charter` was read at.
    private func append<Event: DomainEvent>(
        _ event: Event, to charter: AuditCharter, context: CommandContext
    ) async throws {
        try await store.append(
            [try ProposedEvent(event, occurredAt: context.now, actor: context.actor)], to: AuditStreams.charter,
            expectedVersion: charter.expectedVersion)
    }
}
