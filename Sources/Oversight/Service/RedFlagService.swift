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
    /// The rules run on a second thread while the projects are read (``EngineWorker``), and each batch of
    /// flags is encoded while the one before is appended (``record(_:projects:settings:context:)``), so a
    /// run uses two cores. Memory holds one department's projects, a few chunks in transit, a bounded share of
    /// the candidates' sort keys (``CandidateSpool``) and two batches of flags, so a national run's memory does
    /// not grow with its flags or with the flags recorded before.
    public func run(
        settings: RedFlagSettings, source: any ProcurementProjectSource, context: CommandContext
    ) async throws -> RunSummary {
        let inputs = try await StoreInputs.load(from: store)
        let found = try await EngineWorker.run(RedFlagEngine(settings: settings, inputs: inputs), over: source)
        return try await record(found.spool, projects: found.projects, settings: settings, context: context)
    }

    /// Records `candidates`: raises the new, revises the changed, skips the rest.
    public func record(
        _ candidates: [FlagCandidate], projects: Int, settings: RedFlagSettings, context: CommandContext
    ) async throws -> RunSummary {
        var spool = CandidateSpool()
        for candidate in candidates { try spool.add(candidate) }
        return try await record(spool, projects: projects, settings: settings, context: context)
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
