import Agency
import EventStore
import Sujarit

/// Engagement work: objectives and scope, the audit program, working papers, time and samples. Each call
/// folds the year's plan, decides on the open engagement and appends with the version it read.
extension AuditPlanService {
    /// Sets the open engagement's objectives, scope and criteria.
    @discardableResult
    public func scope(
        _ engagement: EngagementRef, objectives: [String], scope: String, criteria: [String],
        on day: CalendarDate? = nil, context: CommandContext
    ) async throws -> AuditEngagementScoped {
        let plan = try await plan(engagement.fiscalYear)
        let scoped = try plan.decideScope(
            try AuditSubject.normalizedID(engagement.subject), objectives: objectives, scope: scope,
            criteria: criteria, on: day ?? context.today, today: context.today)
        try await append(scoped, to: plan, context: context)
        return scoped
    }

    /// Adds a step to the open engagement's audit program.
    @discardableResult
    public func addStep(
        _ engagement: EngagementRef, procedure: String, assignedTo: String? = nil, on day: CalendarDate? = nil,
        context: CommandContext
    ) async throws -> AuditProgramStepAdded {
        let plan = try await plan(engagement.fiscalYear)
        let directory = try await AgencyDirectory.load(from: store)
        let added = try plan.decideStep(
            try AuditSubject.normalizedID(engagement.subject), procedure: procedure, assignedTo: assignedTo,
            on: day ?? context.today, directory: directory, today: context.today)
        try await append(added, to: plan, context: context)
        return added
    }

    /// Records who carried out a program step and when.
    @discardableResult
    public func performStep(
        _ engagement: EngagementRef, step: Int, by auditors: [String], on day: CalendarDate? = nil,
        note: String? = nil, context: CommandContext
    ) async throws -> AuditProgramStepPerformed {
        let plan = try await plan(engagement.fiscalYear)
        let directory = try await AgencyDirectory.load(from: store)
        let performed = try plan.decideStepPerformed(
            try AuditSubject.normalizedID(engagement.subject), step: step, by: auditors, on: day ?? context.today,
            note: note, directory: directory, today: context.today)
        try await append(performed, to: plan, context: context)
        return performed
    }

    /// References a working paper by the fingerprint the caller took of it.
    @discardableResult
    public func attachWorkingPaper(
        _ engagement: EngagementRef, file: FileFingerprint, title: String, step: Int? = nil,
        on day: CalendarDate? = nil, context: CommandContext
    ) async throws -> AuditWorkingPaperAttached {
        let plan = try await plan(engagement.fiscalYear)
        let attached = try plan.decideWorkingPaper(
            try AuditSubject.normalizedID(engagement.subject), file: file, title: title, step: step,
            on: day ?? context.today, today: context.today)
        try await append(attached, to: plan, context: context)
        return attached
    }

    /// The engagement's working papers (closed engagements too), for re-checking them against their files.
    public func workingPapers(_ engagement: EngagementRef) async throws -> [AuditWorkingPaperAttached] {
        let subject = try AuditSubject.normalizedID(engagement.subject)
        let plan = try await plan(engagement.fiscalYear)
        guard let found = plan.engagements[subject] else {
            throw AuditPlansError.engagementNotStarted(subject, engagement.fiscalYear)
        }
        return found.workingPapers
    }

    /// Records an auditor's person-days on the open engagement.
    @discardableResult
    public func recordTime(
        _ engagement: EngagementRef, auditor: String, personDays: Int, through day: CalendarDate? = nil,
        note: String? = nil, context: CommandContext
    ) async throws -> AuditTimeRecorded {
        let plan = try await plan(engagement.fiscalYear)
        let directory = try await AgencyDirectory.load(from: store)
        let time = try plan.decideTime(
            try AuditSubject.normalizedID(engagement.subject), auditor: auditor, personDays: personDays,
            through: day ?? context.today, note: note, directory: directory, today: context.today)
        try await append(time, to: plan, context: context)
        return time
    }

    /// Records a drawn sample after checking the engagement exists and is open and the draw is consistent.
    @discardableResult
    public func recordSample(_ draw: AuditSampleDraw, context: CommandContext) async throws -> AuditSampleDrawn {
        var draw = draw
        draw.engagement.subject = try AuditSubject.normalizedID(draw.engagement.subject)
        let plan = try await plan(draw.engagement.fiscalYear)
        let drawn = try plan.decideSample(draw, today: context.today)
        try await append(drawn, to: plan, context: context)
        return drawn
    }
}
