import Agency
import Declarations
import EventStore
import Foundation
import Procurement
import Sujarit

/// Runs the red-flag rules against a store and carries out triage.
///
/// A run reads the agency's declarations and gifts, streams the procurement projects through
/// ``RedFlagEngine``, and records what is new in appends of ``batchSize``: a `RedFlagRaised` per new
/// situation, a `RedFlagRevised` where a known situation now rests on other records, nothing for the rest.
/// Dedupe keys make a repeated run add nothing even when two run at once.
public struct RedFlagService: Sendable {
    /// The store read and appended to.
    public let store: any EventStore

    /// - parameter store: The store to read and append to. Who acts, when, and "today" (for triage dates)
    ///   come with each command's ``CommandContext``.
    public init(store: any EventStore) {
        self.store = store
    }

    /// What a run found and recorded.
    public struct RunSummary: Sendable, Hashable {
        /// Projects the rules looked at.
        public var projects: Int
        /// Candidates the rules found (new or not).
        public var found: Int
        /// Flags raised by this run.
        public var raised: [FlagID]
        /// Flags whose evidence this run revised.
        public var revised: [FlagID]
        /// Candidates already recorded exactly so.
        public var unchanged: Int
        /// New flags per indicator.
        public var raisedByIndicator: [Indicator: Int]
        /// The settings' version.
        public var configurationVersion: Int
    }

    /// Computes every flag over `source` and records the new ones.
    ///
    /// Memory holds one department's projects and the candidates' sort keys (``CandidateSpool``); the flags
    /// are recorded ``batchSize`` at a time, so a national run's memory does not grow with its flags.
    public func run(
        settings: RedFlagSettings, source: any ProcurementProjectSource, context: CommandContext
    ) async throws -> RunSummary {
        let inputs = try await StoreInputs.load(from: store)
        var engine = RedFlagEngine(settings: settings, inputs: inputs)
        var spool = CandidateSpool()
        try await source.forEachProject { project in
            try engine.consume(project)
            for candidate in engine.takeCandidates() { spool.add(candidate) }
        }
        for candidate in engine.finish() { spool.add(candidate) }
        return try await record(spool, projects: engine.projectCount, settings: settings, context: context)
    }

    /// Records `candidates`: raises the new, revises the changed, skips the rest.
    public func record(
        _ candidates: [FlagCandidate], projects: Int, settings: RedFlagSettings, context: CommandContext
    ) async throws -> RunSummary {
        var spool = CandidateSpool()
        for candidate in candidates { spool.add(candidate) }
        return try await record(spool, projects: projects, settings: settings, context: context)
    }

    /// How many flags one append records. Each append is one transaction: a run stopped half-way keeps the
    /// batches it finished, and the next run records the rest (dedupe keys make the finished ones no-ops).
    static let batchSize = 2_000

    /// Records the spool's candidates in numbering order, ``batchSize`` per append; on a concurrent run's
    /// conflict, reads the recorded flags again and retries that batch.
    func record(
        _ spool: CandidateSpool, projects: Int, settings: RedFlagSettings, context: CommandContext
    ) async throws -> RunSummary {
        var summary = RunSummary(
            projects: projects, found: spool.count, raised: [], revised: [], unchanged: 0, raisedByIndicator: [:],
            configurationVersion: settings.version)
        var recorded = try await RecordedFlags.read(store)
        try await spool.forEachBatch(of: Self.batchSize) { batch in
            var attempt = 1
            while true {
                // The key for dedupe keys that would name people; recorded with the first append that uses it
                // (later batches then read it back).
                let tokenKey =
                    spool.namesPeople
                    ? try await DeclarationStreamKey.prepare(in: store, actor: context.actor, at: context.now) : nil
                var planned = recorded
                var outcome = RunSummary(
                    projects: 0, found: 0, raised: [], revised: [], unchanged: 0, raisedByIndicator: [:],
                    configurationVersion: settings.version)
                var usesKey = false
                let appends = try batch.compactMap { candidate in
                    try plan(
                        candidate, recorded: &planned, key: tokenKey?.key, settings: settings, context: context,
                        outcome: &outcome, usesKey: &usesKey)
                }
                var all = appends
                if usesKey, let creation = tokenKey?.creation { all.insert(creation, at: 0) }
                do {
                    if !all.isEmpty { _ = try await store.append(all) }
                    recorded = planned
                    summary.raised += outcome.raised
                    summary.revised += outcome.revised
                    summary.unchanged += outcome.unchanged
                    summary.raisedByIndicator.merge(outcome.raisedByIndicator, uniquingKeysWith: +)
                    return
                } catch let error as EventStoreError {
                    guard case .versionConflict = error, attempt < 5 else { throw error }
                    attempt += 1
                    recorded = try await RecordedFlags.read(store)
                }
            }
        }
        return summary
    }

    /// The append that records `candidate` (nil when it is already recorded exactly so), with `recorded`
    /// and `outcome` updated as if it were made.
    private func plan(
        _ candidate: FlagCandidate, recorded: inout RecordedFlags, key: StreamTokenKey?,
        settings: RedFlagSettings, context: CommandContext, outcome: inout RunSummary, usesKey: inout Bool
    ) throws -> StreamAppend? {
        let dedupeIdentity = RedFlagRaised.dedupeIdentity(of: candidate, key: key)
        if let existing = recorded.known[candidate.identity] {
            guard existing.evidenceDigest != candidate.evidenceDigest else {
                outcome.unchanged += 1
                return nil
            }
            let event = RedFlagRevised(
                flagID: existing.flagID, candidate: candidate, configurationVersion: settings.version)
            usesKey = usesKey || candidate.evidence.namesPeople
            outcome.revised.append(existing.flagID)
            return StreamAppend(
                stream: try FlagStreams.flag(existing.flagID), expectedVersion: .exactly(existing.streamVersion),
                events: [
                    try ProposedEvent(
                        event, occurredAt: context.now, actor: context.actor,
                        dedupeKey: RedFlagRevised.dedupeKey(identity: dedupeIdentity, digest: candidate.evidenceDigest))
                ])
        }
        let number = (recorded.numbers[candidate.fiscalYear.be] ?? 0) + 1
        recorded.numbers[candidate.fiscalYear.be] = number
        let id = FlagID(fiscalYear: candidate.fiscalYear, number: number)
        let event = RedFlagRaised(flagID: id, candidate: candidate, configurationVersion: settings.version)
        usesKey = usesKey || candidate.evidence.namesPeople
        outcome.raised.append(id)
        outcome.raisedByIndicator[candidate.indicator, default: 0] += 1
        return StreamAppend(
            stream: try FlagStreams.flag(id), expectedVersion: .noStream,
            events: [
                try ProposedEvent(
                    event, occurredAt: context.now, actor: context.actor,
                    dedupeKey: RedFlagRaised.dedupeKey(identity: dedupeIdentity))
            ])
    }

    /// The flag `id`, folded from its stream.
    /// - throws: ``OversightError/unknownFlag(_:)``.
    public func flag(_ id: FlagID) async throws -> RedFlag {
        guard let flag = try RedFlag.fold(try await store.events(in: FlagStreams.flag(id))) else {
            throw OversightError.unknownFlag(id)
        }
        return flag
    }

    /// Dismisses a flag with a reason. Only the auditor and the legal officer triage.
    @discardableResult
    public func dismiss(_ id: FlagID, reason: String, context: CommandContext) async throws -> RedFlag {
        let directory = try await AgencyDirectory.load(from: store)
        try RedFlagAccess.checkTriager(context.actor, in: directory)
        let current = try await flag(id)
        let event = try current.decideDismissal(reason: reason, on: context.today)
        try await store.append(
            [try ProposedEvent(event, occurredAt: context.now, actor: context.actor)], to: FlagStreams.flag(id),
            expectedVersion: .exactly(current.version)
        )
        return try await flag(id)
    }
}

/// The flags already in the store: each situation's flag, and the last number used per fiscal year.
struct RecordedFlags {
    var known: [String: RecordedIdentity]
    var numbers: [Int: Int]

    static func read(_ store: any EventStore) async throws -> RecordedFlags {
        RecordedFlags(
            known: try await RedFlagQueries.identities(store), numbers: try await RedFlagQueries.lastNumbers(store))
    }
}
