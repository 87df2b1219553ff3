import EventStore
import Foundation
import Sujarit

/// Keeps the audit plans register's read model, in portable SQL:
///
/// - `audit_subjects`: the universe, one row per subject with the record as JSON, and the day the last
///   engagement on it closed (which a later `AuditSubjectDefined` never clears);
/// - `audit_plans`: one row per fiscal year — status, capacity, totals, approval and amendments;
/// - `audit_engagements`: one row per engagement;
/// - `audit_findings` and `audit_recommendations`: findings as JSON, and each recommendation (those added
///   later too, with their record) with its owner, due day, the latest follow-up round (status, day, round
///   number, the round as JSON), and management's response or the day by which none had come;
/// - `audit_engagement_work`: each engagement's scope, program steps, working papers and time as JSON, and
///   `audit_engagements` the person-days recorded;
/// - `audit_samples`: each sample drawn, with its method, seed and population;
/// - `audit_charters`: every charter version, its approval and the next review day;
/// - `audit_quality`: each year's self-assessment with its counts.
///
/// Overdue is not stored: it depends on the as-of day, so ``FollowUpRegister`` derives it when read.
public struct AuditPlansProjection: Projection {
    /// Creates the value from its parts.
    public init() {}
    /// The projection's name, also its tables' prefix.
    public let name = "audit_plans"
    /// The tables' shape version.
    public let version = 2
    /// The types `statements(for:)` reads, with `workStatements(for:)`'s (see ``Projection/eventTypes``).
    public var eventTypes: Set<String>? {
        [
            AuditSubjectDefined.eventType, AuditPlanDrafted.eventType, AuditPlanEdited.eventType,
            AuditPlanAmended.eventType, AuditPlanApproved.eventType, AuditPlanApprovalCorrected.eventType,
            AuditEngagementStarted.eventType, AuditEngagementClosed.eventType, AuditFindingRecorded.eventType,
            AuditFollowUpRecorded.eventType, AuditEngagementScoped.eventType, AuditProgramStepAdded.eventType,
            AuditProgramStepPerformed.eventType, AuditWorkingPaperAttached.eventType, AuditTimeRecorded.eventType,
            AuditSampleDrawn.eventType, AuditRecommendationAdded.eventType, AuditManagementResponded.eventType,
            AuditResponseNotReceived.eventType, AuditCharterDrafted.eventType, AuditCharterApproved.eventType,
            AuditCharterReviewed.eventType, AuditQualityAssessed.eventType,
        ]
    }
    /// The tables it owns.
    public let tables = [
        "audit_subjects", "audit_plans", "audit_engagements", "audit_findings", "audit_recommendations",
        "audit_engagement_work", "audit_samples", "audit_charters", "audit_quality",
    ]
    /// Their `CREATE` statements, in portable SQL.
    public let schema = [
        """
        CREATE TABLE audit_subjects (
            id                     TEXT PRIMARY KEY,
            kind                   TEXT NOT NULL,
            title                  TEXT NOT NULL,
            department             TEXT,
            risk_rank              BIGINT,
            last_engagement_closed TEXT,
            record                 TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE audit_plans (
            fiscal_year       BIGINT PRIMARY KEY,
            status            TEXT NOT NULL,
            capacity          BIGINT NOT NULL,
            entry_count       BIGINT NOT NULL,
            total_person_days BIGINT NOT NULL,
            approved_by       TEXT,
            approved_on       TEXT,
            amendments        BIGINT NOT NULL
        )
        """,
        """
        CREATE TABLE audit_engagements (
            fiscal_year BIGINT NOT NULL,
            subject     TEXT NOT NULL,
            started_on  TEXT NOT NULL,
            closed_on   TEXT,
            auditors    TEXT NOT NULL,
            actual_person_days BIGINT NOT NULL DEFAULT 0,
            PRIMARY KEY (fiscal_year, subject)
        )
        """,
        """
        CREATE TABLE audit_findings (
            id          TEXT PRIMARY KEY,
            fiscal_year BIGINT NOT NULL,
            number      BIGINT NOT NULL,
            subject     TEXT NOT NULL,
            recorded_on TEXT NOT NULL,
            record      TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE audit_recommendations (
            finding_id   TEXT NOT NULL,
            number       BIGINT NOT NULL,
            fiscal_year  BIGINT NOT NULL,
            subject      TEXT NOT NULL,
            action_owner TEXT NOT NULL,
            due          TEXT NOT NULL,
            status       TEXT NOT NULL,
            rounds       BIGINT NOT NULL,
            last_round_on TEXT,
            last_round   TEXT,
            record       TEXT,
            added_on     TEXT,
            response_position TEXT,
            response_on  TEXT,
            response     TEXT,
            no_response_by TEXT,
            PRIMARY KEY (finding_id, number)
        )
        """,
        "CREATE INDEX audit_recommendations_subject ON audit_recommendations (subject, status)",
        """
        CREATE TABLE audit_engagement_work (
            fiscal_year BIGINT NOT NULL,
            subject     TEXT NOT NULL,
            kind        TEXT NOT NULL,
            number      BIGINT NOT NULL,
            day         TEXT NOT NULL,
            record      TEXT NOT NULL,
            PRIMARY KEY (fiscal_year, subject, kind, number)
        )
        """,
        """
        CREATE TABLE audit_samples (
            fiscal_year      BIGINT NOT NULL,
            subject          TEXT NOT NULL,
            number           BIGINT NOT NULL,
            source           TEXT NOT NULL,
            method           TEXT NOT NULL,
            size             BIGINT NOT NULL,
            seed             TEXT NOT NULL,
            population_size  BIGINT NOT NULL,
            population_total BIGINT NOT NULL,
            drawn_on         TEXT NOT NULL,
            record           TEXT NOT NULL,
            PRIMARY KEY (fiscal_year, subject, number)
        )
        """,
        """
        CREATE TABLE audit_charters (
            version        BIGINT PRIMARY KEY,
            drafted_on     TEXT NOT NULL,
            approved_by    TEXT,
            approved_on    TEXT,
            next_review_on TEXT,
            last_review_on TEXT,
            record         TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE audit_quality (
            fiscal_year       BIGINT PRIMARY KEY,
            assessed_on       TEXT NOT NULL,
            checklist_version BIGINT NOT NULL,
            met               BIGINT NOT NULL,
            partly            BIGINT NOT NULL,
            not_met           BIGINT NOT NULL,
            record            TEXT NOT NULL
        )
        """,
    ]

    /// The statements that apply one event.
    public func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        switch event.type {
        case AuditSubjectDefined.eventType:
            let subject = try event.decode(AuditSubjectDefined.self).subject
            return [
                SQLStatement(
                    """
                    INSERT INTO audit_subjects (id, kind, title, department, risk_rank, record) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, title = excluded.title, department = excluded.department,
                        risk_rank = excluded.risk_rank, record = excluded.record
                    """,
                    [
                        subject.id, subject.kind.rawValue, subject.title, subject.department, subject.riskLevel?.rank,
                        try Self.json(subject),
                    ]
                )
            ]
        case AuditPlanDrafted.eventType:
            let drafted = try event.decode(AuditPlanDrafted.self)
            return [
                SQLStatement(
                    """
                    INSERT INTO audit_plans (fiscal_year, status, capacity, entry_count, total_person_days, amendments) VALUES (?, 'draft', ?, ?, ?, 0)
                    ON CONFLICT (fiscal_year) DO UPDATE SET capacity = excluded.capacity, entry_count = excluded.entry_count,
                        total_person_days = excluded.total_person_days
                    """,
                    [
                        drafted.fiscalYear.be, drafted.capacity, drafted.entries.count,
                        drafted.entries.reduce(0) { $0 + $1.personDays },
                    ]
                )
            ]
        case AuditPlanEdited.eventType:
            let edited = try event.decode(AuditPlanEdited.self)
            return Self.totals(
                edited.fiscalYear, capacity: edited.capacity, entries: edited.entryCount, days: edited.totalPersonDays)
        case AuditPlanAmended.eventType:
            let amended = try event.decode(AuditPlanAmended.self)
            return Self.totals(
                amended.fiscalYear, capacity: amended.capacity, entries: amended.entryCount,
                days: amended.totalPersonDays) + [
                    SQLStatement(
                        "UPDATE audit_plans SET amendments = ? WHERE fiscal_year = ?",
                        [amended.number, amended.fiscalYear.be])
                ]
        case AuditPlanApproved.eventType:
            let approved = try event.decode(AuditPlanApproved.self)
            return [
                SQLStatement(
                    """
                    UPDATE audit_plans SET status = 'approved', approved_by = ?, approved_on = ? WHERE \
                    fiscal_year = ?
                    """,
                    [approved.approvedBy, approved.approvedOn.description, approved.fiscalYear.be]
                )
            ]
        case AuditPlanApprovalCorrected.eventType:
            let corrected = try event.decode(AuditPlanApprovalCorrected.self)
            return [
                SQLStatement(
                    "UPDATE audit_plans SET approved_by = ?, approved_on = ? WHERE fiscal_year = ?",
                    [corrected.approvedBy, corrected.approvedOn.description, corrected.fiscalYear.be]
                )
            ]
        case AuditEngagementStarted.eventType:
            let started = try event.decode(AuditEngagementStarted.self)
            return [
                SQLStatement(
                    "INSERT INTO audit_engagements (fiscal_year, subject, started_on, auditors) VALUES (?, ?, ?, ?)",
                    [
                        started.fiscalYear.be, started.subject, started.startedOn.description,
                        started.auditors.joined(separator: ","),
                    ]
                )
            ]
        case AuditEngagementClosed.eventType:
            let closed = try event.decode(AuditEngagementClosed.self)
            let day = closed.closedOn.description
            return [
                SQLStatement(
                    "UPDATE audit_engagements SET closed_on = ? WHERE fiscal_year = ? AND subject = ?",
                    [day, closed.fiscalYear.be, closed.subject]),
                SQLStatement(
                    """
                    UPDATE audit_subjects SET last_engagement_closed = ? WHERE id = ? AND (last_engagement_closed \
                    IS NULL OR last_engagement_closed < ?)
                    """,
                    [day, closed.subject, day]
                ),
            ]
        case AuditFindingRecorded.eventType:
            let finding = try event.decode(AuditFindingRecorded.self)
            var statements = [
                SQLStatement(
                    """
                    INSERT INTO audit_findings (id, fiscal_year, number, subject, recorded_on, record) VALUES (?, \
                    ?, ?, ?, ?, ?)
                    """,
                    [
                        finding.id.description, finding.id.fiscalYear.be, finding.id.number, finding.subject,
                        finding.recordedOn.description, event.payloadText,
                    ]
                )
            ]
            for recommendation in finding.recommendations {
                statements.append(
                    SQLStatement(
                        """
                        INSERT INTO audit_recommendations (finding_id, number, fiscal_year, subject, action_owner, due, status, rounds)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 0)
                        """,
                        [
                            finding.id.description, recommendation.number, finding.id.fiscalYear.be, finding.subject,
                            recommendation.actionOwner, recommendation.due.description,
                            ProgressStatus.notStarted.rawValue,
                        ]
                    ))
            }
            return statements
        case AuditFollowUpRecorded.eventType:
            let round = try event.decode(AuditFollowUpRecorded.self)
            return [
                SQLStatement(
                    """
                    UPDATE audit_recommendations SET status = ?, rounds = ?, last_round_on = ?, last_round = ? \
                    WHERE finding_id = ? AND number = ?
                    """,
                    [
                        round.status.rawValue, round.round, round.on.description, event.payloadText,
                        round.finding.description, round.recommendation,
                    ]
                )
            ]
        default:
            return try workStatements(for: event)
        }
    }

    private static func totals(_ year: FiscalYear, capacity: Int?, entries: Int, days: Int) -> [SQLStatement] {
        var statements = [
            SQLStatement(
                "UPDATE audit_plans SET entry_count = ?, total_person_days = ? WHERE fiscal_year = ?",
                [entries, days, year.be]
            )
        ]
        if let capacity {
            statements.append(
                SQLStatement("UPDATE audit_plans SET capacity = ? WHERE fiscal_year = ?", [capacity, year.be]))
        }
        return statements
    }

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try EventCoding.encode(value), as: UTF8.self)
    }
}
