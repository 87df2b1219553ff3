import EventStore
import Foundation
import Sujarit

/// Reads of engagement work, samples, the charter and the quality self-assessment.
extension AuditQueries {
    /// The engagement's samples, oldest first.
    public static func samples(_ store: any EventStore, engagement: EngagementRef) async throws -> [AuditSampleDrawn] {
        try await store.query(
            "SELECT record FROM audit_samples WHERE fiscal_year = ? AND subject = ? ORDER BY number",
            [engagement.fiscalYear.be, engagement.subject]
        ).map { try EventCoding.decode(AuditSampleDrawn.self, from: Data(($0.string("record") ?? "").utf8)) }
    }

    /// Everything the engagement report prints, or nil when the engagement has not started. Folds the year's
    /// plan and each finding's stream, so a report `--as-of` a past day reads the same from its snapshot.
    public static func engagementFile(
        _ store: any EventStore, engagement: EngagementRef
    ) async throws
        -> EngagementFile?
    {
        let plan = try await AuditPlan.load(engagement.fiscalYear, from: store)
        guard let found = plan.engagements[engagement.subject] else { return nil }
        var findings: [FindingResponses] = []
        for id in found.findings {
            guard let finding = plan.findings[id] else { continue }
            findings.append(FindingResponses(try await FindingFollowUp.load(finding, from: store)))
        }
        return EngagementFile(
            engagement: engagement, entry: plan.entry(engagement.subject), work: found, findings: findings)
    }

    /// Every charter version with its approval and review days, newest first.
    public static func charters(_ store: any EventStore) async throws -> [CharterSummary] {
        try await store.query("SELECT * FROM audit_charters ORDER BY version DESC").map { row in
            CharterSummary(
                version: row.int("version") ?? 0, draftedOn: try CalendarDate.parse(row.string("drafted_on") ?? ""),
                approvedBy: row.string("approved_by"),
                approvedOn: try row.string("approved_on").map(CalendarDate.parse),
                lastReviewOn: try row.string("last_review_on").map(CalendarDate.parse),
                nextReviewOn: try row.string("next_review_on").map(CalendarDate.parse))
        }
    }

    /// The self-assessments recorded, newest year first.
    public static func qualityAssessments(_ store: any EventStore) async throws -> [AuditQualityAssessed] {
        try await store.query("SELECT record FROM audit_quality ORDER BY fiscal_year DESC").map {
            try EventCoding.decode(AuditQualityAssessed.self, from: Data(($0.string("record") ?? "").utf8))
        }
    }
}

/// One charter version as the read model keeps it.
public struct CharterSummary: Sendable, Hashable {
    /// The version number.
    public var version: Int
    /// The day of its (last) draft.
    public var draftedOn: CalendarDate
    /// The approver's staff id, once approved.
    public var approvedBy: String?
    /// The day of approval.
    public var approvedOn: CalendarDate?
    /// The day of its last yearly review, if any.
    public var lastReviewOn: CalendarDate?
    /// When the next review is due (approved versions).
    public var nextReviewOn: CalendarDate?

    /// Whether the review is overdue on `day`.
    public func reviewOverdue(on day: CalendarDate) -> Bool { nextReviewOn.map { $0 < day } ?? false }
}

/// An engagement's file: its plan entry, work and findings with management's responses — what the
/// engagement report (รายงานผลการตรวจสอบ) prints.
public struct EngagementFile: Sendable, Hashable {
    /// Which engagement.
    public var engagement: EngagementRef
    /// Its plan entry (planned person-days, objective, scope as planned), when still in the plan.
    public var entry: AuditPlanEntry?
    /// Its start, close, scope, program, working papers, time and samples.
    public var work: AuditPlan.Engagement
    /// Its findings, each recommendation with its response.
    public var findings: [FindingResponses]

    /// Person-days the plan gave it.
    public var plannedPersonDays: Int? { entry?.personDays }
    /// Person-days recorded on it.
    public var actualPersonDays: Int { work.actualPersonDays }
    /// Recommendations the report may not print yet (no response, no "none received").
    public var unanswered: [RecommendationRef] { findings.flatMap(\.unanswered) }
}
