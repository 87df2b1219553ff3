import Agency
import EventStore
import Sujarit

/// A step of an engagement's audit program, and its performance once recorded.
public struct ProgramStep: Sendable, Hashable {
    /// The step as added.
    public var added: AuditProgramStepAdded
    /// Who did it and when, once done.
    public var performed: AuditProgramStepPerformed?

    /// Creates the value from its parts.
    public init(added: AuditProgramStepAdded, performed: AuditProgramStepPerformed? = nil) {
        self.added = added
        self.performed = performed
    }
}

/// Engagement work: objectives and scope, the audit program, working papers, time and samples. Each is
/// recorded only on an open engagement, on or after its start and never in the future.
extension AuditPlan {
    /// Folds one engagement-work event (other events are not the plan's and are ignored).
    mutating func applyWork(_ event: RecordedEvent) throws {
        switch event.type {
        case AuditEngagementScoped.eventType:
            let scoped = try event.decode(AuditEngagementScoped.self)
            engagements[scoped.subject]?.scope = scoped
        case AuditProgramStepAdded.eventType:
            let added = try event.decode(AuditProgramStepAdded.self)
            engagements[added.subject]?.steps.append(ProgramStep(added: added))
        case AuditProgramStepPerformed.eventType:
            let performed = try event.decode(AuditProgramStepPerformed.self)
            if let index = engagements[performed.subject]?.steps.firstIndex(where: {
                $0.added.number == performed.number
            }) {
                engagements[performed.subject]?.steps[index].performed = performed
            }
        case AuditWorkingPaperAttached.eventType:
            let paper = try event.decode(AuditWorkingPaperAttached.self)
            engagements[paper.subject]?.workingPapers.append(paper)
        case AuditTimeRecorded.eventType:
            let time = try event.decode(AuditTimeRecorded.self)
            engagements[time.subject]?.time.append(time)
        case AuditSampleDrawn.eventType:
            let sample = try event.decode(AuditSampleDrawn.self)
            engagements[sample.subject]?.samples.append(sample)
        default:
            break
        }
    }

    /// The open engagement on `subject`, checked that `day` is neither in the future nor before its start.
    private func openEngagement(
        _ subject: String, on day: CalendarDate, field: String, today: CalendarDate
    ) throws -> Engagement {
        let engagement = try openEngagement(subject)
        try Check.notFuture(day, field: field, today: today)
        if day < engagement.started.startedOn {
            throw AuditPlansError.dateBefore(
                field: field, day, what: "the engagement's start", engagement.started.startedOn)
        }
        return engagement
    }

    /// Sets the engagement's objectives, scope and criteria (replacing earlier ones).
    public func decideScope(
        _ subject: String, objectives: [String], scope: String, criteria: [String], on day: CalendarDate,
        today: CalendarDate
    ) throws -> AuditEngagementScoped {
        _ = try openEngagement(subject, on: day, field: "--on", today: today)
        let objectives = objectives.compactMap(Check.optionalText)
        guard !objectives.isEmpty else { throw AuditPlansError.emptyField("--objective") }
        let criteria = criteria.compactMap(Check.optionalText)
        guard !criteria.isEmpty else { throw AuditPlansError.emptyField("--criteria") }
        return AuditEngagementScoped(
            fiscalYear: fiscalYear, subject: subject, objectives: objectives,
            scope: try Check.text(scope, field: "--scope"), criteria: criteria, scopedOn: day)
    }

    /// Adds a step to the engagement's program, numbered next; the assignee must be an auditor.
    public func decideStep(
        _ subject: String, procedure: String, assignedTo: String?, on day: CalendarDate, directory: AgencyDirectory,
        today: CalendarDate
    ) throws -> AuditProgramStepAdded {
        let engagement = try openEngagement(subject, on: day, field: "--on", today: today)
        let assignee = try Check.optionalText(assignedTo).map {
            try directory.require($0, field: "--assign", role: .auditor).id
        }
        return AuditProgramStepAdded(
            fiscalYear: fiscalYear, subject: subject, number: (engagement.steps.map(\.added.number).max() ?? 0) + 1,
            procedure: try Check.text(procedure, field: "--procedure"), assignedTo: assignee, addedOn: day)
    }

    /// Records who carried out step `number` and when; a step is performed once, on or after it was added.
    public func decideStepPerformed(
        _ subject: String, step number: Int, by auditors: [String], on day: CalendarDate, note: String?,
        directory: AgencyDirectory, today: CalendarDate
    ) throws -> AuditProgramStepPerformed {
        let engagement = try openEngagement(subject, on: day, field: "--on", today: today)
        guard let step = engagement.steps.first(where: { $0.added.number == number }) else {
            throw AuditPlansError.unknownStep(subject, number, count: engagement.steps.count)
        }
        if let performed = step.performed { throw AuditPlansError.stepDone(subject, number, on: performed.performedOn) }
        if day < step.added.addedOn {
            throw AuditPlansError.dateBefore(field: "--on", day, what: "the step was added", step.added.addedOn)
        }
        guard !auditors.isEmpty else { throw AuditPlansError.emptyField("--by") }
        let team = try auditors.map { try directory.require($0, field: "--by", role: .auditor).id }
        return AuditProgramStepPerformed(
            fiscalYear: fiscalYear, subject: subject, number: number, performedBy: team, performedOn: day,
            note: Check.optionalText(note))
    }

    /// References a working paper by its hash, numbered next; the same file (by hash) is not attached twice.
    public func decideWorkingPaper(
        _ subject: String, file: FileFingerprint, title: String, step: Int?, on day: CalendarDate,
        today: CalendarDate
    ) throws -> AuditWorkingPaperAttached {
        let engagement = try openEngagement(subject, on: day, field: "--on", today: today)
        if let step, !engagement.steps.contains(where: { $0.added.number == step }) {
            throw AuditPlansError.unknownStep(subject, step, count: engagement.steps.count)
        }
        if let same = engagement.workingPapers.first(where: { $0.sha256 == file.sha256 }) {
            throw AuditPlansError.workingPaperAttached(file.path, as: same.reference, subject)
        }
        return AuditWorkingPaperAttached(
            fiscalYear: fiscalYear, subject: subject, number: (engagement.workingPapers.map(\.number).max() ?? 0) + 1,
            title: try Check.text(title, field: "--title"), path: file.path, sha256: file.sha256, size: file.size,
            step: step, attachedOn: day)
    }

    /// Records an auditor's person-days on the engagement.
    public func decideTime(
        _ subject: String, auditor: String, personDays: Int, through day: CalendarDate, note: String?,
        directory: AgencyDirectory, today: CalendarDate
    ) throws -> AuditTimeRecorded {
        _ = try openEngagement(subject, on: day, field: "--through", today: today)
        try Check.positive(personDays, field: "--person-days")
        let member = try directory.require(auditor, field: "--auditor", role: .auditor)
        return AuditTimeRecorded(
            fiscalYear: fiscalYear, subject: subject, auditor: member.id, personDays: personDays, through: day,
            note: Check.optionalText(note))
    }

    /// Checks a drawn sample against the open engagement and itself, and numbers it next.
    public func decideSample(_ draw: AuditSampleDraw, today: CalendarDate) throws -> AuditSampleDrawn {
        let subject = draw.engagement.subject
        let engagement = try openEngagement(subject, on: draw.drawnOn, field: "--on", today: today)
        let source = try Check.text(draw.source, field: "--from")
        func refuse(_ field: String, _ reason: String) -> AuditPlansError {
            AuditPlansError.invalidSample(field: field, reason: reason)
        }
        guard draw.size > 0 else { throw refuse("--size", "is \(draw.size); draw at least 1 item") }
        guard !draw.items.isEmpty else { throw refuse("--size", "the draw selected no item; is the population empty?") }
        guard draw.items.count <= draw.size else {
            throw refuse("--size", "\(draw.items.count) items were selected for a sample of \(draw.size)")
        }
        guard draw.items.count <= draw.populationSize else {
            throw refuse("population", "\(draw.items.count) items selected from a population of \(draw.populationSize)")
        }
        var seen: Set<String> = []
        for item in draw.items {
            guard !item.id.isEmpty else { throw refuse("items", "an item has no id") }
            guard seen.insert(item.id).inserted else { throw refuse("items", "item \(item.id) is selected twice") }
            guard !item.amount.isNegative else { throw refuse("items", "item \(item.id) has a negative amount") }
        }
        let total = try draw.items.map(\.amount).total(of: "the sampled amounts")
        guard !draw.populationTotal.isNegative, !(draw.populationTotal < total) else {
            throw refuse(
                "population", "the sampled items total \(total) against a population total of \(draw.populationTotal)")
        }
        return AuditSampleDrawn(
            fiscalYear: fiscalYear, subject: subject, number: engagement.samples.count + 1, source: source,
            population: Check.optionalText(draw.population), method: draw.method, size: draw.size, seed: draw.seed,
            populationSize: draw.populationSize, populationTotal: draw.populationTotal, items: draw.items,
            drawnOn: draw.drawnOn)
    }
}
