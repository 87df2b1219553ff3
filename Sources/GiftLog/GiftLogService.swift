import Agency
import EventStore
import Foundation
import Sujarit

/// Carries out gift-log commands against a store: reads what the decision needs, lets the pure deciders
/// decide, and appends everything a command records in one atomic append with the versions it read.
public struct GiftLogService: Sendable {
    let store: any EventStore
    let business: (any PartiesWithBusiness)?

    /// Who acts, when, and "today" come with each command's ``CommandContext``.
    ///
    /// - parameters:
    ///   - store: The store to read and append to.
    ///   - business: Asked, for each gift received or refused that the officer did not mark
    ///     `dealsWithAgency`, whether its giver has business before the agency; nil leaves the officer's
    ///     flag the only source. What it finds is recorded with the gift (``GiftLogged/businessFound``).
    public init(store: any EventStore, business: (any PartiesWithBusiness)? = nil) {
        self.store = store
        self.business = business
    }

    /// The rules new entries are judged by: the highest adopted version, else the built-in defaults.
    public func currentRules() async throws -> GiftRules {
        try await GiftQueries.adoptedRules(store).max { $0.key < $1.key }?.value ?? .defaults
    }

    /// Every rules version a verdict may need, the defaults included when never adopted.
    public func allRules() async throws -> [Int: GiftRules] {
        var rules = try await GiftQueries.adoptedRules(store)
        if rules[GiftRules.defaults.version] == nil { rules[GiftRules.defaults.version] = .defaults }
        return rules
    }

    /// The entry with `id`, folded from its stream.
    public func entry(_ id: GiftEntryID) async throws -> GiftEntry? {
        try GiftEntry.fold(try await store.events(in: GiftStreams.entry(id)))
    }

    /// Every entry with its assessment as of `asOf`.
    public func assessedEntries(asOf: CalendarDate) async throws -> [AssessedGift] {
        let entries = try await GiftQueries.entries(store)
        let rules = try await allRules()
        let assessments = try GiftJudge.assess(entries, rules: { rules[$0] ?? .defaults }, asOf: asOf)
        return entries.map { AssessedGift(entry: $0, assessment: assessments[$0.id]!) }
    }

    /// The O33 report for `year` and `round`, as of `asOf` (for the viewer to see, pass it through
    /// ``GiftLogAccess/report(_:for:)``).
    public func report(year: FiscalYear, round: ReportingRound, asOf: CalendarDate) async throws -> GiftReport {
        GiftReport(
            fiscalYear: year, round: round, asOf: asOf, entries: try await assessedEntries(asOf: asOf),
            policy: try await GiftQueries.policy(store, year: year),
            activities: try await GiftQueries.activities(store, year: year),
            rules: try await currentRules()
        )
    }

    /// Logs gifts, all or none, numbering them within their fiscal years.
    ///
    /// The first entry ever logged also records the rules it is judged by (the defaults, unless the agency
    /// adopted its own), so the log itself says which rules judged it. Two clerks logging at once may
    /// pick the same number; the loser's append is refused and retried with the next number.
    @discardableResult
    public func log(_ drafts: [GiftDraft], context: CommandContext) async throws -> [GiftEntry] {
        var attempt = 0
        while true {
            do {
                return try await logOnce(drafts, context: context)
            } catch let error as EventStoreError {
                guard case .versionConflict = error, attempt < 3 else { throw error }
                attempt += 1
            }
        }
    }

    private func logOnce(_ drafts: [GiftDraft], context: CommandContext) async throws -> [GiftEntry] {
        let directory = try await AgencyDirectory.load(from: store)
        let (appends, created) = try await logAppends(drafts, directory: directory, context: context)
        guard !appends.isEmpty else { return [] }
        _ = try await store.append(appends)
        return created
    }

    /// The appends that log `drafts` (and adopt the rules when none were), with the entries they create.
    private func logAppends(
        _ drafts: [GiftDraft], directory: AgencyDirectory, context: CommandContext,
        place: ((Int) -> GiftLogFile.Place)? = nil
    ) async throws -> ([StreamAppend], [GiftEntry]) {
        guard !drafts.isEmpty else { return ([], []) }
        var drafts = drafts
        var found: [Int: String] = [:]
        if let business {
            for (index, draft) in drafts.enumerated() where draft.direction != .given && !draft.dealsWithAgency {
                guard let source = try await business.business(with: draft.counterparty, on: draft.date) else {
                    continue
                }
                drafts[index].dealsWithAgency = true
                found[index] = source
            }
        }
        let adopted = try await GiftQueries.adoptedRules(store)
        let rules = adopted.max { $0.key < $1.key }?.value ?? .defaults
        let allRules = adopted.merging([rules.version: rules]) { old, _ in old }
        let existing = try await GiftQueries.entries(store)
        let created = try GiftLogDecider.entries(
            for: drafts, existing: existing, rules: rules, allRules: allRules, directory: directory,
            today: context.today,
            locate: { index, error -> any Error in
                guard let place else { return error }
                return place(index).wrap(error)
            }
        )
        var appends: [StreamAppend] = []
        if adopted.isEmpty {
            appends.append(
                StreamAppend(
                    stream: GiftStreams.rules, expectedVersion: .noStream,
                    events: [
                        try ProposedEvent(GiftRulesAdopted(rules: rules), occurredAt: context.now, actor: context.actor)
                    ]))
        }
        var recorded: [GiftEntry] = []
        for (index, var entry) in created.enumerated() {
            entry.logged.businessFound = found[index]
            let actor = context.actor
            var events = [try ProposedEvent(entry.logged, occurredAt: entry.logged.date.startOfDay, actor: actor)]
            if let reportedOn = entry.reportedOn {
                let report = GiftReportedToHead(entryID: entry.id, reportedOn: reportedOn)
                events.append(try ProposedEvent(report, occurredAt: reportedOn.startOfDay, actor: actor))
            }
            if let decision = entry.decision {
                events.append(try ProposedEvent(decision, occurredAt: decision.decidedOn.startOfDay, actor: actor))
            }
            recorded.append(entry)
            appends.append(
                StreamAppend(stream: try GiftStreams.entry(entry.id), expectedVersion: .noStream, events: events))
        }
        return (appends, recorded)
    }

    /// What an import recorded.
    public struct ImportSummary: Sendable, Hashable {
        public var policy: Bool
        public var activities: Int
        public var entries: [GiftEntry]
    }

    /// Records a file's policy declaration, activities and gifts, all in one append or none; a refusal
    /// names the line of the item at fault.
    public func importFile(_ file: GiftLogFile, context: CommandContext) async throws -> ImportSummary {
        let directory = try await AgencyDirectory.load(from: store)
        var appends: [StreamAppend] = []
        if let item = file.policy {
            do {
                appends.append(try await policyAppend(item.declaration, directory: directory, context: context))
            } catch let error as GiftLogError {
                throw item.place.wrap(error)
            }
        }
        var activities: [FiscalYear: [ProposedEvent]] = [:]
        for item in file.activities {
            do {
                let activity = try activityEvent(
                    on: item.heldOn, title: item.title, participants: item.participants, evidence: item.evidence,
                    today: context.today
                )
                let event = try ProposedEvent(activity, occurredAt: item.heldOn.startOfDay, actor: context.actor)
                activities[activity.fiscalYear, default: []].append(event)
            } catch let error as GiftLogError {
                throw item.place.wrap(error)
            }
        }
        for (year, events) in activities.sorted(by: { $0.key < $1.key }) {
            let stream = try GiftStreams.activities(year)
            let version = try await store.streamVersion(stream)
            appends.append(
                StreamAppend(
                    stream: stream, expectedVersion: version == 0 ? .noStream : .exactly(version), events: events))
        }
        let (giftAppends, created) = try await logAppends(
            file.gifts.map(\.draft), directory: directory, context: context, place: { file.gifts[$0].place }
        )
        appends += giftAppends
        if !appends.isEmpty { _ = try await store.append(appends) }
        return ImportSummary(policy: file.policy != nil, activities: file.activities.count, entries: created)
    }

    /// Records that entry `id` was reported to the head of agency on `day`.
    @discardableResult
    public func markReported(
        _ id: GiftEntryID, on day: CalendarDate, context: CommandContext
    ) async throws -> GiftEntry {
        let (entry, assessment) = try await assessed(id, asOf: context.today)
        let event = try entry.decideReport(on: day, assessment: assessment, today: context.today)
        try await store.append(
            [try ProposedEvent(event, occurredAt: day.startOfDay, actor: context.actor)],
            to: GiftStreams.entry(id), expectedVersion: .exactly(entry.version)
        )
        return try await self.entry(id)!
    }

    /// Records the head's decision on entry `id` (and the report, when `reportedOn` is given for an entry
    /// not yet reported).
    @discardableResult
    ///
    /// - parameter nextAuthority: For the head of agency's own gift, the authority above the head who decided
    ///   (then `decider` is nil); see ``HeadOfAgencyRule``.
    public func decide(
        _ id: GiftEntryID, decision: GiftDecision, on day: CalendarDate, by decider: String?,
        nextAuthority: String? = nil,
        reportedOn: CalendarDate?, note: String?, context: CommandContext
    ) async throws -> GiftEntry {
        let (entry, assessment) = try await assessed(id, asOf: context.today)
        let directory = try await AgencyDirectory.load(from: store)
        let decided = try entry.decideDecision(
            decision, on: day, by: decider, nextAuthority: nextAuthority, reportedOn: reportedOn, note: note,
            assessment: assessment, rules: try await currentRules(), directory: directory, today: context.today
        )
        var events: [ProposedEvent] = []
        if let report = decided.report {
            events.append(try ProposedEvent(report, occurredAt: report.reportedOn.startOfDay, actor: context.actor))
        }
        events.append(try ProposedEvent(decided.decision, occurredAt: day.startOfDay, actor: context.actor))
        try await store.append(events, to: GiftStreams.entry(id), expectedVersion: .exactly(entry.version))
        return try await self.entry(id)!
    }

    /// Corrects the day of entry `id`, recorded by mistake, with a ``GiftDateCorrected`` event (never an
    /// edit): from then on its verdict, due day and reports use the corrected day.
    @discardableResult
    public func correctDate(
        _ id: GiftEntryID, to day: CalendarDate, reason: String, context: CommandContext
    ) async throws -> GiftEntry {
        guard let entry = try await entry(id) else { throw GiftLogError.notFound(id) }
        let directory = try await AgencyDirectory.load(from: store)
        let event = try entry.decideDateCorrection(to: day, reason: reason, directory: directory, today: context.today)
        try await store.append(
            [try ProposedEvent(event, occurredAt: context.now, actor: context.actor)],
            to: GiftStreams.entry(id), expectedVersion: .exactly(entry.version)
        )
        return try await self.entry(id)!
    }

    /// Adopts a new version of the rules; entries logged from now on are judged by it.
    /// - throws: ``GiftLogError/rulesVersionNotHigher(given:current:)`` or ``GiftLogError/rulesUnchanged(_:)``.
    public func adopt(_ rules: GiftRules, context: CommandContext) async throws {
        let adopted = try await GiftQueries.adoptedRules(store)
        let version = try await store.streamVersion(GiftStreams.rules)
        if let current = adopted.max(by: { $0.key < $1.key })?.value {
            if current == rules { throw GiftLogError.rulesUnchanged(rules.version) }
            guard rules.version > current.version else {
                throw GiftLogError.rulesVersionNotHigher(given: rules.version, current: current.version)
            }
        }
        try await store.append(
            [try ProposedEvent(GiftRulesAdopted(rules: rules), occurredAt: context.now, actor: context.actor)],
            to: GiftStreams.rules, expectedVersion: version == 0 ? .noStream : .exactly(version)
        )
    }

    /// Records the head's No Gift Policy declaration for a fiscal year (O31).
    public func declarePolicy(_ declaration: NoGiftPolicyDeclared, context: CommandContext) async throws {
        let directory = try await AgencyDirectory.load(from: store)
        _ = try await store.append([try await policyAppend(declaration, directory: directory, context: context)])
    }

    private func policyAppend(
        _ declaration: NoGiftPolicyDeclared, directory: AgencyDirectory, context: CommandContext
    ) async throws -> StreamAppend {
        _ = try GiftLogDecider.servingPerson(
            declaration.declaredBy, field: "--by", on: declaration.declaredOn, field: "--on", directory: directory,
            today: context.today
        )
        if declaration.title.trimmingCharacters(in: .whitespaces).isEmpty { throw GiftLogError.emptyField("--title") }
        if let existing = try await GiftQueries.policy(store, year: declaration.fiscalYear) {
            throw GiftLogError.policyAlreadyDeclared(declaration.fiscalYear, on: existing.declaredOn)
        }
        return StreamAppend(
            stream: try GiftStreams.policy(declaration.fiscalYear), expectedVersion: .noStream,
            events: [
                try ProposedEvent(declaration, occurredAt: declaration.declaredOn.startOfDay, actor: context.actor)
            ]
        )
    }

    /// Records a No Gift culture activity (O32) in the fiscal year of its date.
    @discardableResult
    public func recordActivity(
        on day: CalendarDate, title: String, participants: Int?, evidence: [String], context: CommandContext
    ) async throws -> NoGiftActivityRecorded {
        let activity = try activityEvent(
            on: day, title: title, participants: participants, evidence: evidence, today: context.today
        )
        let stream = try GiftStreams.activities(activity.fiscalYear)
        let version = try await store.streamVersion(stream)
        try await store.append(
            [try ProposedEvent(activity, occurredAt: day.startOfDay, actor: context.actor)],
            to: stream, expectedVersion: version == 0 ? .noStream : .exactly(version)
        )
        return activity
    }

    private func activityEvent(
        on day: CalendarDate, title: String, participants: Int?, evidence: [String], today: CalendarDate
    ) throws -> NoGiftActivityRecorded {
        if day > today { throw GiftLogError.dateInFuture(field: "--on", day, today: today) }
        if title.trimmingCharacters(in: .whitespaces).isEmpty { throw GiftLogError.emptyField("--title") }
        if let participants, participants < 0 { throw GiftLogError.invalidParticipants(String(participants)) }
        return NoGiftActivityRecorded(
            fiscalYear: FiscalYear.containing(day), heldOn: day, title: title, participants: participants,
            evidence: evidence
        )
    }

    private func assessed(_ id: GiftEntryID, asOf today: CalendarDate) async throws -> (GiftEntry, GiftAssessment) {
        guard let entry = try await entry(id) else { throw GiftLogError.notFound(id) }
        let entries = try await GiftQueries.entries(store)
        let rules = try await allRules()
        let assessments = try GiftJudge.assess(entries, rules: { rules[$0] ?? .defaults }, asOf: today)
        guard let assessment = assessments[id] else { throw GiftLogError.notFound(id) }
        return (entry, assessment)
    }
}
