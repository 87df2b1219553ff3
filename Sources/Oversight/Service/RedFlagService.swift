import Agency
import Declarations
import EventStore
import Foundation
import Procurement
import Sujarit

/// Runs the red-flag rules against a store and carries out triage.
///
/// A run reads the agency's declarations and gifts, streams the procurement projects through
/// ``RedFlagEngine``, and records what is new in one append: a `RedFlagRaised` per new situation, a
/// `RedFlagRevised` where a known situation now rests on other records, nothing for the rest. Dedupe keys
/// make a repeated run add nothing even when two run at once.
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
    public func run(
        settings: RedFlagSettings, source: any ProcurementProjectSource, context: CommandContext
    ) async throws -> RunSummary {
        let inputs = try await StoreInputs.load(from: store)
        var engine = RedFlagEngine(settings: settings, inputs: inputs)
        var candidates: [FlagCandidate] = []
        try await source.forEachProject { project in
            try engine.consume(project)
            candidates += engine.takeCandidates()
        }
        candidates += engine.finish()
        return try await record(candidates, projects: engine.projectCount, settings: settings, context: context)
    }

    /// Records `candidates`: raises the new, revises the changed, skips the rest, in one append; on a
    /// concurrent run's conflict, reads again and retries.
    public func record(
        _ candidates: [FlagCandidate], projects: Int, settings: RedFlagSettings, context: CommandContext
    ) async throws -> RunSummary {
        var attempt = 1
        let namingPeople = candidates.contains { $0.evidence.namesPeople }
        while true {
            // The key for dedupe keys that would name people; recorded with this append if the store has none.
            let tokenKey =
                namingPeople
                ? try await DeclarationStreamKey.prepare(in: store, actor: context.actor, at: context.now) : nil
            var usesKey = false
            let known = try await RedFlagQueries.identities(store)
            var numbers = try await RedFlagQueries.lastNumbers(store)
            var summary = RunSummary(
                projects: projects, found: candidates.count, raised: [], revised: [], unchanged: 0,
                raisedByIndicator: [:],
                configurationVersion: settings.version
            )
            var appends: [StreamAppend] = []
            let now = context.now
            let actor = context.actor
            let ordered = candidates.sorted {
                ($0.fiscalYear, $0.indicator, $0.identity) < ($1.fiscalYear, $1.indicator, $1.identity)
            }
            for candidate in ordered {
                let dedupeIdentity = RedFlagRaised.dedupeIdentity(of: candidate, key: tokenKey?.key)
                if let existing = known[candidate.identity] {
                    guard existing.evidenceDigest != candidate.evidenceDigest else {
                        summary.unchanged += 1
                        continue
                    }
                    let event = RedFlagRevised(
                        flagID: existing.flagID, candidate: candidate, configurationVersion: settings.version)
                    appends.append(
                        StreamAppend(
                            stream: try FlagStreams.flag(existing.flagID),
                            expectedVersion: .exactly(existing.streamVersion),
                            events: [
                                try ProposedEvent(
                                    event, occurredAt: now, actor: actor,
                                    dedupeKey: RedFlagRevised.dedupeKey(
                                        identity: dedupeIdentity, digest: candidate.evidenceDigest))
                            ]
                        ))
                    usesKey = usesKey || candidate.evidence.namesPeople
                    summary.revised.append(existing.flagID)
                    continue
                }
                let number = (numbers[candidate.fiscalYear.be] ?? 0) + 1
                numbers[candidate.fiscalYear.be] = number
                let id = FlagID(fiscalYear: candidate.fiscalYear, number: number)
                let event = RedFlagRaised(flagID: id, candidate: candidate, configurationVersion: settings.version)
                appends.append(
                    StreamAppend(
                        stream: try FlagStreams.flag(id), expectedVersion: .noStream,
                        events: [
                            try ProposedEvent(
                                event, occurredAt: now, actor: actor,
                                dedupeKey: RedFlagRaised.dedupeKey(identity: dedupeIdentity))
                        ]
                    ))
                usesKey = usesKey || candidate.evidence.namesPeople
                summary.raised.append(id)
                summary.raisedByIndicator[candidate.indicator, default: 0] += 1
            }
            guard !appends.isEmpty else { return summary }
            if usesKey, let creation = tokenKey?.creation { appends.insert(creation, at: 0) }
            do {
                _ = try await store.append(appends)
                return summary
            } catch let error as EventStoreError {
                guard case .versionConflict = error, attempt < 5 else { throw error }
                attempt += 1
            }
        }
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
