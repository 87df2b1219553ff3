import Agency
import EventStore
import Foundation
import Sujarit

/// Carries out audit-plan commands against a store: reads the aggregate and what the decision needs, lets
/// the pure deciders decide, and appends the result with the version it read, so two people working at once
/// get a conflict instead of overwriting each other and a refused command writes nothing.
public struct AuditPlanService: Sendable {
    /// The store read and appended to.
    public let store: any EventStore
    /// Where ranking gets risk levels and red flags beyond the universe's own.
    public let riskSource: any AuditRiskSource

    /// Who acts, when, and "context.today" come with each command's ``CommandContext``.
    ///
    /// - parameters:
    ///   - store: The store to read and append to.
    ///   - riskSource: The risk register's signals (the CLI supplies them); by default the universe's own levels.
    public init(store: any EventStore, riskSource: any AuditRiskSource = UniverseOnlyRiskSource()) {
        self.store = store
        self.riskSource = riskSource
    }

    // MARK: Universe

    /// What defining subjects changes.
    public struct UniverseChanges: Sendable, Hashable {
        /// Subjects new to the universe.
        public var added: [AuditSubject]
        /// Subjects whose record changed.
        public var changed: [AuditSubject]
        /// Subjects recorded exactly so already.
        public var unchanged: Int

        /// Whether nothing would be recorded.
        public var isEmpty: Bool { added.isEmpty && changed.isEmpty }
    }

    /// The universe as the store knows it.
    public func universe() async throws -> [UniverseSubject] { try await AuditQueries.universe(store) }

    /// Reads a universe file and records what it adds or changes (nothing with `dryRun`); loading the same
    /// file again records nothing.
    @discardableResult
    public func loadUniverse(
        _ path: String, dryRun: Bool = false, context: CommandContext
    ) async throws -> UniverseChanges {
        let directory = try await AgencyDirectory.load(from: store)
        let file = try UniverseFile.load(path, directory: directory, today: context.today)
        return try await define(file.subjects, replace: true, dryRun: dryRun, context: context)
    }

    /// Adds one subject (or replaces it, with `replace`), checking it against the directory.
    @discardableResult
    public func addSubject(
        _ subject: AuditSubject, replace: Bool, context: CommandContext
    ) async throws -> UniverseChanges {
        let directory = try await AgencyDirectory.load(from: store)
        var subject = subject
        subject.id = try AuditSubject.normalizedID(subject.id)
        subject.title = try Check.text(subject.title, field: "--title")
        if let department = subject.department { try directory.requireDepartment(department, field: "--department") }
        subject.risks = try subject.risks.map(AuditSubject.normalizedRiskID)
        if let last = subject.lastAudited { try Check.notFuture(last, field: "--last-audited", today: context.today) }
        try Check.positive(subject.personDays, field: "--person-days")
        subject.objective = Check.optionalText(subject.objective)
        subject.scope = Check.optionalText(subject.scope)
        subject.method = Check.optionalText(subject.method)
        return try await define([subject], replace: replace, dryRun: false, context: context)
    }

    private func define(
        _ subjects: [AuditSubject], replace: Bool, dryRun: Bool, context: CommandContext
    ) async throws -> UniverseChanges {
        let current = Dictionary(uniqueKeysWithValues: try await universe().map { ($0.id, $0.subject) })
        var changes = UniverseChanges(added: [], changed: [], unchanged: 0)
        var appends: [StreamAppend] = []
        for subject in subjects {
            let existing = current[subject.id]
            if existing == subject { changes.unchanged += 1; continue }
            if existing != nil && !replace { throw AuditPlansError.subjectExists(subject.id) }
            existing == nil ? changes.added.append(subject) : changes.changed.append(subject)
            let stream = try AuditStreams.subject(subject.id)
            let version = try await store.streamVersion(stream)
            let expected: ExpectedVersion = version == 0 ? .noStream : .exactly(version)
            appends.append(
                StreamAppend(
                    stream: stream, expectedVersion: expected,
                    events: [
                        try ProposedEvent(
                            AuditSubjectDefined(subject: subject), occurredAt: context.now, actor: context.actor)
                    ]))
        }
        if !dryRun, !appends.isEmpty { _ = try await store.append(appends) }
        return changes
    }

    // MARK: Ranking and plans

    /// The universe ranked for `year` (see ``AuditRanking``).
    public func ranking(for year: FiscalYear) async throws -> [AuditRanking.Ranked] {
        let universe = try await universe()
        let signals = try await riskSource.signals(for: universe.map(\.subject), fiscalYear: year)
        return AuditRanking.rank(
            universe, for: year, signals: Dictionary(signals.map { ($0.subjectID, $0) }) { first, _ in first },
            openFindings: try await AuditQueries.openFindings(store)
        )
    }

    /// The year's plan with its engagements and findings.
    public func plan(_ year: FiscalYear) async throws -> AuditPlan { try await AuditPlan.load(year, from: store) }

    /// What drafting produced.
    public struct DraftResult: Sendable, Hashable {
        /// The draft, recorded unless it was a dry run.
        public var drafted: AuditPlanDrafted
        /// How the capacity was filled.
        public var fill: CapacityPlanner.Fill
    }

    /// Drafts (or, with `replace`, redrafts) the year's plan from the ranked universe.
    ///
    /// - parameter auditors: Staff ids to assign; by default everyone with the auditor role.
    @discardableResult
    public func draft(
        _ year: FiscalYear, capacity: Int, auditors: [String] = [], replace: Bool = false, dryRun: Bool = false,
        context: CommandContext
    ) async throws -> DraftResult {
        try Check.positive(capacity, field: "--capacity")
        let directory = try await AgencyDirectory.load(from: store)
        try AuditPlan.checkAuditors(auditors, directory: directory)
        let serving = directory.members(with: .auditor).filter { $0.isServing(on: context.today) }
        let team = auditors.isEmpty ? serving.map(\.id) : auditors
        let plan = try await plan(year)
        let decided = try plan.decideDraft(
            capacity: capacity, ranked: try await ranking(for: year), auditors: team, riskSource: riskSource.name,
            replace: replace)
        if !dryRun {
            try await append(decided.event, to: plan, context: context)
        }
        return DraftResult(drafted: decided.event, fill: decided.fill)
    }

    /// Edits a draft, or amends an approved plan when `amendment` is given; returns what was recorded and
    /// the plan after it.
    @discardableResult
    public func edit(
        _ year: FiscalYear, _ requests: [PlanEditRequest], capacity: Int? = nil, amendment: AmendmentRequest? = nil,
        context: CommandContext
    ) async throws -> (outcome: PlanEditOutcome, plan: AuditPlan) {
        let plan = try await plan(year)
        let directory = try await AgencyDirectory.load(from: store)
        let universe = Dictionary(uniqueKeysWithValues: try await universe().map { ($0.id, $0) })
        let needsRanking = requests.contains { if case .add = $0 { true } else { false } }
        let outcome = try plan.decideEdit(
            requests, capacity: capacity, amendment: amendment, universe: universe,
            ranked: needsRanking ? try await ranking(for: year) : [], directory: directory, today: context.today
        )
        let event: ProposedEvent
        switch outcome {
        case .edited(let edited): event = try ProposedEvent(edited, occurredAt: context.now, actor: context.actor)
        case .amended(let amended): event = try ProposedEvent(amended, occurredAt: context.now, actor: context.actor)
        }
        try await store.append([event], to: AuditStreams.plan(year), expectedVersion: plan.expectedVersion)
        return (outcome, try await self.plan(year))
    }

    /// Records the head of agency's approval of the draft.
    @discardableResult
    public func approve(
        _ year: FiscalYear, by approver: String, on day: CalendarDate? = nil, note: String? = nil,
        context: CommandContext
    ) async throws -> AuditPlanApproved {
        let plan = try await plan(year)
        let directory = try await AgencyDirectory.load(from: store)
        let approved = try plan.decideApproval(
            by: approver, on: day ?? context.today, note: note, directory: directory, today: context.today
        )
        try await append(approved, to: plan, context: context)
        return approved
    }

    /// Records a correction of the approval's day (and approver, when `approver` is given): an event, never
    /// an edit of the approval.
    @discardableResult
    public func correctApproval(
        _ year: FiscalYear, on day: CalendarDate, by approver: String? = nil, reason: String, context: CommandContext
    ) async throws -> AuditPlanApprovalCorrected {
        let plan = try await plan(year)
        let directory = try await AgencyDirectory.load(from: store)
        let corrected = try plan.decideApprovalCorrection(
            on: day, by: approver, reason: reason, directory: directory, today: context.today
        )
        try await append(corrected, to: plan, context: context)
        return corrected
    }

    /// The 3-year strategic view that starts with the year's plan.
    public func strategicPlan(_ year: FiscalYear) async throws -> StrategicPlan {
        let plan = try await plan(year)
        guard plan.status != .none else { throw AuditPlansError.noPlan(year) }
        return StrategicPlan.build(
            ranked: try await ranking(for: year), firstYear: plan.entries, year: year, capacity: plan.capacity)
    }

    // MARK: Engagements and findings

    /// Starts the engagement on `subject`'s entry of the approved plan.
    @discardableResult
    public func startEngagement(
        _ year: FiscalYear, subject: String, on day: CalendarDate? = nil, auditors: [String] = [],
        context: CommandContext
    ) async throws -> AuditEngagementStarted {
        let plan = try await plan(year)
        let directory = try await AgencyDirectory.load(from: store)
        let started = try plan.decideStart(
            try AuditSubject.normalizedID(subject), on: day ?? context.today, auditors: auditors, directory: directory,
            today: context.today
        )
        try await append(started, to: plan, context: context)
        return started
    }

    /// Closes the engagement on `subject`.
    @discardableResult
    public func closeEngagement(
        _ year: FiscalYear, subject: String, on day: CalendarDate? = nil, summary: String? = nil,
        context: CommandContext
    ) async throws -> AuditEngagementClosed {
        let plan = try await plan(year)
        let closed = try plan.decideClose(
            try AuditSubject.normalizedID(subject), on: day ?? context.today, summary: summary, today: context.today
        )
        try await append(closed, to: plan, context: context)
        return closed
    }

    /// Records a finding on the open engagement on `subject`.
    @discardableResult
    public func recordFinding(
        _ year: FiscalYear, subject: String, _ draft: FindingDraft, context: CommandContext
    ) async throws -> AuditFindingRecorded {
        let plan = try await plan(year)
        let directory = try await AgencyDirectory.load(from: store)
        let finding = try plan.decideFinding(
            try AuditSubject.normalizedID(subject), draft, directory: directory, today: context.today
        )
        try await append(finding, to: plan, context: context)
        return finding
    }

    // MARK: Follow-up

    /// The finding `id` with its follow-up rounds.
    public func followUp(_ id: FindingID) async throws -> FindingFollowUp {
        guard let finding = try await plan(id.fiscalYear).findings[id] else { throw AuditPlansError.unknownFinding(id) }
        return try await FindingFollowUp.load(finding, from: store)
    }

    /// Records a follow-up round on a recommendation, given as `F-2568-001.2` (or `F-2568-001` when the
    /// finding has one).
    @discardableResult
    public func recordFollowUp(
        _ reference: String, status: ProgressStatus, on day: CalendarDate? = nil, note: String? = nil,
        approver: String? = nil, reason: String? = nil, context: CommandContext
    ) async throws -> AuditFollowUpRecorded {
        let parsed = try RecommendationRef.parse(reference)
        let followUp = try await followUp(parsed.finding)
        let directory = try await AgencyDirectory.load(from: store)
        let round = try followUp.decideRound(
            recommendation: parsed.number, status: status, on: day ?? context.today, note: note, approver: approver,
            reason: reason, directory: directory, today: context.today
        )
        try await store.append(
            [try ProposedEvent(round, occurredAt: context.now, actor: context.actor)],
            to: AuditStreams.finding(parsed.finding),
            expectedVersion: followUp.version == 0 ? .noStream : .exactly(followUp.version)
        )
        return round
    }

    /// The follow-up register: every recommendation (of `year`'s findings, when given).
    public func followUpRegister(_ year: FiscalYear? = nil) async throws -> [FollowUpItem] {
        try await AuditQueries.followUpItems(store, year: year)
    }

    /// Where the year's work stands on `asOf` (context.today by default).
    public func status(_ year: FiscalYear, asOf: CalendarDate? = nil) async throws -> AuditYearStatus {
        let plan = try await plan(year)
        guard plan.status != .none else { throw AuditPlansError.noPlan(year) }
        return AuditYearStatus(plan: plan, followUps: try await followUpRegister(), asOf: asOf ?? CalendarDate.today())
    }

    /// Appends one event of the plan's stream by `context`, expecting the version `plan` was read at.
    func append<Event: DomainEvent>(_ event: Event, to plan: AuditPlan, context: CommandContext) async throws {
        try await store.append(
            [try ProposedEvent(event, occurredAt: context.now, actor: context.actor)],
            to: AuditStreams.plan(plan.fiscalYear), expectedVersion: plan.expectedVersion
        )
    }
}
