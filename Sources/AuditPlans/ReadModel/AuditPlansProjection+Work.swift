import EventStore
import Sujarit

/// The statements for engagement work, responses, the charter and the quality self-assessment.
extension AuditPlansProjection {
    /// The statements for the events added with issue 20 (none for an event the register does not know).
    func workStatements(for event: RecordedEvent) throws -> [SQLStatement] {
        switch event.type {
        case AuditEngagementScoped.eventType:
            let scoped = try event.decode(AuditEngagementScoped.self)
            return [
                Self.work(scoped.fiscalYear, scoped.subject, "scope", 0, scoped.scopedOn, event, replace: true)
            ]
        case AuditProgramStepAdded.eventType:
            let step = try event.decode(AuditProgramStepAdded.self)
            return [Self.work(step.fiscalYear, step.subject, "step", step.number, step.addedOn, event)]
        case AuditProgramStepPerformed.eventType:
            let done = try event.decode(AuditProgramStepPerformed.self)
            return [Self.work(done.fiscalYear, done.subject, "step-done", done.number, done.performedOn, event)]
        case AuditWorkingPaperAttached.eventType:
            let paper = try event.decode(AuditWorkingPaperAttached.self)
            return [Self.work(paper.fiscalYear, paper.subject, "paper", paper.number, paper.attachedOn, event)]
        case AuditTimeRecorded.eventType:
            let time = try event.decode(AuditTimeRecorded.self)
            return [
                Self.work(time.fiscalYear, time.subject, "time", event.streamVersion, time.through, event),
                SQLStatement(
                    """
                    UPDATE audit_engagements SET actual_person_days = actual_person_days + ? WHERE fiscal_year = ? \
                    AND subject = ?
                    """,
                    [time.personDays, time.fiscalYear.be, time.subject]),
            ]
        case AuditSampleDrawn.eventType:
            let sample = try event.decode(AuditSampleDrawn.self)
            return [
                SQLStatement(
                    """
                    INSERT INTO audit_samples (fiscal_year, subject, number, source, method, size, seed, \
                    population_size, population_total, drawn_on, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        sample.fiscalYear.be, sample.subject, sample.number, sample.source, sample.method.rawValue,
                        sample.size, String(sample.seed), sample.populationSize, sample.populationTotal.satang,
                        sample.drawnOn.description, event.payloadText,
                    ])
            ]
        default:
            return try responseStatements(for: event)
        }
    }

    private func responseStatements(for event: RecordedEvent) throws -> [SQLStatement] {
        switch event.type {
        case AuditRecommendationAdded.eventType:
            let added = try event.decode(AuditRecommendationAdded.self)
            let recommendation = added.recommendation
            return [
                SQLStatement(
                    """
                    INSERT INTO audit_recommendations (finding_id, number, fiscal_year, subject, action_owner, due, \
                    status, rounds, record, added_on) VALUES (?, ?, ?, (SELECT subject FROM audit_findings WHERE id = \
                    ?), ?, ?, ?, 0, ?, ?)
                    """,
                    [
                        added.finding.description, recommendation.number, added.finding.fiscalYear.be,
                        added.finding.description, recommendation.actionOwner, recommendation.due.description,
                        ProgressStatus.notStarted.rawValue, try Self.json(recommendation), added.addedOn.description,
                    ])
            ]
        case AuditManagementResponded.eventType:
            let response = try event.decode(AuditManagementResponded.self)
            return [
                SQLStatement(
                    """
                    UPDATE audit_recommendations SET response_position = ?, response_on = ?, response = ?, \
                    no_response_by = NULL WHERE finding_id = ? AND number = ?
                    """,
                    [
                        response.position.rawValue, response.respondedOn.description, event.payloadText,
                        response.finding.description, response.recommendation,
                    ])
            ]
        case AuditResponseNotReceived.eventType:
            let none = try event.decode(AuditResponseNotReceived.self)
            return [
                SQLStatement(
                    "UPDATE audit_recommendations SET no_response_by = ? WHERE finding_id = ? AND number = ?",
                    [none.by.description, none.finding.description, none.recommendation])
            ]
        default:
            return try charterStatements(for: event)
        }
    }

    private func charterStatements(for event: RecordedEvent) throws -> [SQLStatement] {
        switch event.type {
        case AuditCharterDrafted.eventType:
            let drafted = try event.decode(AuditCharterDrafted.self)
            return [
                SQLStatement(
                    """
                    INSERT INTO audit_charters (version, drafted_on, record) VALUES (?, ?, ?)
                    ON CONFLICT (version) DO UPDATE SET drafted_on = excluded.drafted_on, record = excluded.record
                    """,
                    [drafted.version, drafted.draftedOn.description, event.payloadText])
            ]
        case AuditCharterApproved.eventType:
            let approved = try event.decode(AuditCharterApproved.self)
            return [
                SQLStatement(
                    "UPDATE audit_charters SET approved_by = ?, approved_on = ?, next_review_on = ? WHERE version = ?",
                    [
                        approved.approvedBy, approved.approvedOn.description, approved.nextReviewOn.description,
                        approved.version,
                    ])
            ]
        case AuditCharterReviewed.eventType:
            let reviewed = try event.decode(AuditCharterReviewed.self)
            return [
                SQLStatement(
                    "UPDATE audit_charters SET last_review_on = ?, next_review_on = ? WHERE version = ?",
                    [reviewed.reviewedOn.description, reviewed.nextReviewOn.description, reviewed.version])
            ]
        case AuditQualityAssessed.eventType:
            let assessed = try event.decode(AuditQualityAssessed.self)
            return [
                SQLStatement(
                    """
                    INSERT INTO audit_quality (fiscal_year, assessed_on, checklist_version, met, partly, not_met, \
                    record) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        assessed.fiscalYear.be, assessed.assessedOn.description, assessed.checklistVersion,
                        assessed.count(.met), assessed.count(.partly), assessed.count(.notMet), event.payloadText,
                    ])
            ]
        default:
            return []
        }
    }

    /// One row of engagement work: the event's payload under its kind and number.
    private static func work(
        _ year: FiscalYear, _ subject: String, _ kind: String, _ number: Int, _ day: CalendarDate,
        _ event: RecordedEvent, replace: Bool = false
    ) -> SQLStatement {
        SQLStatement(
            """
            INSERT INTO audit_engagement_work (fiscal_year, subject, kind, number, day, record) VALUES (?, ?, ?, ?, ?, ?)
            """
                + (replace
                    ? " ON CONFLICT (fiscal_year, subject, kind, number) DO UPDATE SET day = excluded.day, record = excluded.record"
                    : ""),
            [year.be, subject, kind, number, day.description, event.payloadText])
    }
}
