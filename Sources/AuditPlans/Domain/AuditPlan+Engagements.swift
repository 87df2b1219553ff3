import Agency
import Sujarit

/// A finding as the auditor writes it, before it is checked and numbered.
public struct FindingDraft: Sendable, Hashable {
    /// A short title, as tables and reports print it.
    public var title: String
    /// เกณฑ์.
    public var criteria: String
    /// สภาพที่เกิดจริง.
    public var condition: String
    /// สาเหตุ.
    public var cause: String
    /// ผลกระทบ.
    public var effect: String
    /// At least one recommendation.
    public var recommendations: [RecommendationDraft]
    /// The day it was recorded (usually the day it went to management).
    public var on: CalendarDate

    /// Creates the value from its parts.
    public init(
        title: String, criteria: String, condition: String, cause: String, effect: String,
        recommendations: [RecommendationDraft], on: CalendarDate
    ) {
        self.title = title
        self.criteria = criteria
        self.condition = condition
        self.cause = cause
        self.effect = effect
        self.recommendations = recommendations
        self.on = on
    }
}

/// A recommendation as given, with management's response, the owner's staff id and the due day.
public struct RecommendationDraft: Sendable, Hashable {
    /// What management is asked to do.
    public var text: String
    /// Management's response, when already given.
    public var managementResponse: String?
    /// The action owner's staff id.
    public var actionOwner: String
    /// The day the action is due.
    public var due: CalendarDate

    /// Creates the value from its parts.
    public init(text: String, managementResponse: String?, actionOwner: String, due: CalendarDate) {
        self.text = text
        self.managementResponse = managementResponse
        self.actionOwner = actionOwner
        self.due = due
    }
}

extension AuditPlan {
    /// Starts fieldwork on an approved entry. The auditors default to the entry's; each must be an auditor.
    public func decideStart(
        _ subject: String, on day: CalendarDate, auditors: [String], directory: AgencyDirectory, today: CalendarDate
    ) throws -> AuditEngagementStarted {
        guard let approval else {
            throw status == .none ? AuditPlansError.noPlan(fiscalYear) : AuditPlansError.planNotApproved(fiscalYear)
        }
        guard let entry = entry(subject) else { throw AuditPlansError.notInPlan(subject, fiscalYear) }
        if let engagement = engagements[subject] {
            throw AuditPlansError.engagementAlreadyStarted(subject, on: engagement.started.startedOn)
        }
        try Check.notFuture(day, field: "--on", today: today)
        if day < approval.approvedOn {
            throw AuditPlansError.dateBefore(field: "--on", day, what: "the plan's approval", approval.approvedOn)
        }
        let team = auditors.isEmpty ? [entry.auditor].compactMap { $0 } : auditors
        for id in team { _ = try directory.require(id, field: "--auditor", role: .auditor) }
        return AuditEngagementStarted(fiscalYear: fiscalYear, subject: subject, startedOn: day, auditors: team)
    }

    /// Closes an open engagement.
    public func decideClose(
        _ subject: String, on day: CalendarDate, summary: String?, today: CalendarDate
    ) throws -> AuditEngagementClosed {
        let engagement = try openEngagement(subject)
        try Check.notFuture(day, field: "--on", today: today)
        if day < engagement.started.startedOn {
            throw AuditPlansError.dateBefore(
                field: "--on", day, what: "the engagement's start", engagement.started.startedOn)
        }
        if let last = engagement.findings.compactMap({ findings[$0]?.recordedOn }).max(), day < last {
            throw AuditPlansError.dateBefore(field: "--on", day, what: "its last finding", last)
        }
        return AuditEngagementClosed(
            fiscalYear: fiscalYear, subject: subject, closedOn: day, summary: Check.optionalText(summary))
    }

    /// Records a finding on an open engagement, numbered next in the year.
    ///
    /// Every part is required; each recommendation needs an owner in the directory and a due day on or after
    /// the finding's day.
    public func decideFinding(
        _ subject: String, _ draft: FindingDraft, directory: AgencyDirectory, today: CalendarDate
    ) throws -> AuditFindingRecorded {
        let engagement = try openEngagement(subject)
        try Check.notFuture(draft.on, field: "--on", today: today)
        if draft.on < engagement.started.startedOn {
            throw AuditPlansError.dateBefore(
                field: "--on", draft.on, what: "the engagement's start", engagement.started.startedOn)
        }
        let title = try Check.text(draft.title, field: "--title")
        let criteria = try Check.text(draft.criteria, field: "--criteria")
        let condition = try Check.text(draft.condition, field: "--condition")
        let cause = try Check.text(draft.cause, field: "--cause")
        let effect = try Check.text(draft.effect, field: "--effect")
        guard !draft.recommendations.isEmpty else { throw AuditPlansError.noRecommendation }
        var recommendations: [Recommendation] = []
        for (index, given) in draft.recommendations.enumerated() {
            let text = try Check.text(given.text, field: "--recommendation")
            let owner = try directory.require(given.actionOwner, field: "--owner")
            if given.due < draft.on {
                throw AuditPlansError.dateBefore(field: "--due", given.due, what: "the finding's day", draft.on)
            }
            recommendations.append(
                Recommendation(
                    number: index + 1, text: text, managementResponse: Check.optionalText(given.managementResponse),
                    actionOwner: owner.id, due: given.due
                ))
        }
        return AuditFindingRecorded(
            id: nextFindingID, subject: subject, title: title, criteria: criteria, condition: condition, cause: cause,
            effect: effect, recommendations: recommendations, recordedOn: draft.on
        )
    }

    /// The engagement on `subject` if it is open, else the error that says why not.
    func openEngagement(_ subject: String) throws -> Engagement {
        guard status != .none else { throw AuditPlansError.noPlan(fiscalYear) }
        guard entry(subject) != nil || engagements[subject] != nil else {
            throw AuditPlansError.notInPlan(subject, fiscalYear)
        }
        guard let engagement = engagements[subject] else {
            throw AuditPlansError.engagementNotStarted(subject, fiscalYear)
        }
        if let closed = engagement.closed { throw AuditPlansError.engagementClosed(subject, on: closed.closedOn) }
        return engagement
    }
}
