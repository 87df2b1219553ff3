import AuditPlans
import EventStore
import RiskRegister
import Sujarit

/// Turning measures and audit recommendations into follow-up lines for a period.
enum Lines {
    /// The year's measures, by id, optionally of one department.
    static func measures(_ sources: ReportSources, department: String? = nil) -> [Measure] {
        sources.ledger.measures(in: sources.period.fiscalYear).filter {
            department == nil || $0.planned.department == department
        }
    }

    /// The update a period shows for a measure: the last one made for a round the period counts
    /// (a six-month report shows the six-month update even when the annual one exists).
    static func update(_ measure: Measure, in period: ReportPeriod) -> MeasureProgressReported? {
        measure.progress.last { period.counts($0.round) }
    }

    /// The day a measure is due: its due day, else the end of the timeframe the plan writes.
    static func due(_ measure: Measure) -> CalendarDate? {
        measure.planned.due
            ?? measure.planned.timeframe.flatMap { Timeframe.dates($0, fiscalYear: measure.id.fiscalYear)?.upperBound }
    }

    /// A measure's line as it stood in `sources`' period.
    static func line(_ measure: Measure, _ sources: ReportSources) -> FollowUpLine {
        let planned = measure.planned
        let update = update(measure, in: sources.period)
        let status = (update?.status ?? .notStarted).progress
        let due = due(measure)
        var links = planned.risks.map(\.description)
        if let integrity = planned.integrity { links += integrity.questions + integrity.oitItems }
        return FollowUpLine(
            id: measure.id.description, kind: planned.risks.isEmpty ? .integrityMeasure : .riskMeasure,
            title: planned.title,
            owner: planned.owner, department: planned.department,
            departmentName: planned.department.map(sources.departmentName),
            due: due, timeframe: planned.timeframe, status: status, reportedOn: update?.asOf, result: update?.result,
            problems: update?.problems, evidence: update?.evidence ?? [],
            overdueDays: overdueDays(measure, in: sources.period), links: links
        )
    }

    /// Days a measure was past due on the period's judging day, nil when it was not overdue: due (``due(_:)``)
    /// before that day and not done by the update the period shows.
    static func overdueDays(_ measure: Measure, in period: ReportPeriod) -> Int? {
        let status = (update(measure, in: period)?.status ?? .notStarted).progress
        let judged = period.judgedOn
        return due(measure).flatMap { $0 < judged && status != .done ? $0.days(until: judged) : nil }
    }

    /// The audit recommendations a period follows up: those of the year's findings recorded by the judging
    /// day, and earlier years' still open then; each with its status on the judging day.
    static func audit(_ sources: ReportSources, department: String? = nil) async throws -> [AuditItem] {
        let judged = sources.period.judgedOn
        var lines: [AuditItem] = []
        var rounds: [FindingID: FindingFollowUp] = [:]
        for item in try await AuditQueries.followUpItems(sources.store) {
            let finding = item.finding
            guard isFollowedUp(finding, in: sources.period) else { continue }
            if rounds[finding.id] == nil {
                rounds[finding.id] = try await FindingFollowUp.load(finding, from: sources.store)
            }
            let (status, last) = auditStatus(rounds[finding.id]?.rounds[item.recommendation.number] ?? [], on: judged)
            guard isFollowedUp(finding, status: status, in: sources.period) else { continue }
            let owner = sources.directory.member(item.recommendation.actionOwner)
            guard department == nil || owner?.department == department else { continue }
            let due = item.recommendation.due
            lines.append(
                AuditItem(
                    finding: finding, recommendation: item.recommendation,
                    line: FollowUpLine(
                        id: item.ref.description, kind: .auditRecommendation, title: item.recommendation.text,
                        owner: owner.map { "\($0.name) (\($0.position))" } ?? item.recommendation.actionOwner,
                        department: owner?.department,
                        departmentName: owner.map { sources.departmentName($0.department) },
                        due: due, timeframe: nil, status: status, reportedOn: last?.on, result: last?.note,
                        problems: last?.acceptance.map { "ยอมรับความเสี่ยง: \($0.reason)" }, evidence: [],
                        overdueDays: auditOverdueDays(due: due, status: status, on: judged),
                        links: [finding.id.description, finding.subject]
                    ), lastRound: last))
        }
        return lines
    }
}

extension Lines {
    /// A recommendation's status on `day`, from its last round on or before it (not started before any), with
    /// that round.
    static func auditStatus(
        _ rounds: [AuditFollowUpRecorded], on day: CalendarDate
    ) -> (ProgressStatus, AuditFollowUpRecorded?) {
        let last = rounds.last { $0.on <= day }
        let status: ProgressStatus =
            switch last?.status {
            case .done?: .done
            case .riskAccepted?: .riskAccepted
            case .inProgress?: .inProgress
            case .notStarted?, nil: .notStarted
            }
        return (status, last)
    }

    /// Days a recommendation due on `due` and standing at `status` was overdue on `day`, nil when it was not.
    static func auditOverdueDays(due: CalendarDate, status: ProgressStatus, on day: CalendarDate) -> Int? {
        due < day && !status.isFinal ? due.days(until: day) : nil
    }

    /// Whether a period may follow up `finding`'s recommendations: found in its year or before, and recorded by
    /// the judging day.
    static func isFollowedUp(_ finding: AuditFindingRecorded, in period: ReportPeriod) -> Bool {
        finding.id.fiscalYear <= period.fiscalYear && finding.recordedOn <= period.judgedOn
    }

    /// Whether a period follows up a recommendation standing at `status`: all of its year's, and earlier years'
    /// while still open.
    static func isFollowedUp(_ finding: AuditFindingRecorded, status: ProgressStatus, in period: ReportPeriod) -> Bool {
        finding.id.fiscalYear == period.fiscalYear || !status.isFinal
    }
}

/// An audit recommendation's line with the finding it comes from.
struct AuditItem: Sendable, Hashable {
    var finding: AuditFindingRecorded
    var recommendation: Recommendation
    var line: FollowUpLine
    /// The last follow-up round recorded by the judging day, nil before any.
    var lastRound: AuditFollowUpRecorded?
}
