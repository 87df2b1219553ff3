import Agency
import Declarations
import EventStore
import Foundation
import Sujarit

extension RedFlagService {
    /// How many flags one append records. Each append is one transaction: a run stopped half-way keeps the
    /// batches it finished, and the next run records the rest (dedupe keys make the finished ones no-ops).
    /// Two batches are alive at once (one appended, one encoded), so this sets most of a run's memory while it
    /// records: 500 peaked 27 MiB lower than 1,000 at 300,000 projects, for the same CPU (Benchmarks/RESULTS.md).
    static let batchSize = 500

    /// Records the spool's candidates in numbering order, ``batchSize`` per append.
    ///
    /// Two things run at once: while batch N is appended (the store's writer: projections, hash chain), batch
    /// N + 1 is planned and encoded (its identities looked up, numbers given, payloads encoded as JSON). N + 1
    /// is numbered after N's plan, so the flags are numbered and logged exactly as one batch after the other
    /// would. When N's append meets a concurrent run (a version conflict), N is planned again from the store
    /// as it now stands and appended alone (up to five attempts), and N + 1 is planned again after it. Memory
    /// holds two batches, whatever the number of flags recorded before.
    func record(
        _ spool: CandidateSpool, projects: Int, settings: RedFlagSettings, context: CommandContext
    ) async throws -> RunSummary {
        var recording = Recording(
            store: store, settings: settings, context: context, namesPeople: spool.namesPeople,
            summary: RunSummary(
                projects: projects, found: spool.count, raised: [], revised: [], unchanged: 0,
                raisedByIndicator: [:], configurationVersion: settings.version))
        recording.numbers = try await RedFlagQueries.lastNumbers(store)
        var inFlight: InFlight?
        do {
            try await spool.forEachBatch(of: Self.batchSize) { batch in
                var plan = try await recording.plan(batch)
                if let previous = inFlight {
                    inFlight = nil
                    if try await !recording.finish(previous) {
                        // This plan was numbered after the previous batch's, which was recorded again.
                        plan = try await recording.plan(batch)
                    }
                }
                inFlight = recording.start(plan, of: batch)
            }
            if let previous = inFlight {
                inFlight = nil
                _ = try await recording.finish(previous)
            }
        } catch {
            // An append already started commits or not on its own; wait for it so nothing runs on unobserved.
            _ = try? await inFlight?.append.value
            throw error
        }
        return recording.summary
    }

    /// A batch whose append has started.
    struct InFlight {
        var candidates: [FlagCandidate]
        var plan: PlannedBatch
        var append: Task<Void, any Error>
    }

    /// One batch's appends and what they add to the summary.
    struct PlannedBatch {
        var appends: [StreamAppend]
        var outcome: RunSummary
    }

    /// The state of one run's recording: the numbers given so far, the key for dedupe keys naming people, the
    /// summary of the batches recorded.
    struct Recording {
        let store: any EventStore
        let settings: RedFlagSettings
        let context: CommandContext
        let namesPeople: Bool
        var summary: RunSummary
        /// The last number given per fiscal year, by the batches planned so far.
        var numbers: [Int: Int] = [:]
        /// The key for dedupe keys that would name people, and the append that records it while no batch has
        /// carried it yet; nil until a batch needs it (then read from the store, or made).
        var key: (key: StreamTokenKey, creation: StreamAppend?)?

        /// Plans `batch` after the batches planned before: looks its identities up in the read model (one
        /// indexed query per 500), raises the new, revises the changed, skips the rest.
        mutating func plan(_ batch: [FlagCandidate]) async throws -> PlannedBatch {
            if namesPeople, key == nil {
                let prepared = try await DeclarationStreamKey.prepare(
                    in: store, actor: context.actor, at: context.now)
                key = (prepared.key, prepared.creation)
            }
            let known = try await RedFlagQueries.recorded(store, identities: batch.map(\.identity))
            var outcome = RunSummary(
                projects: 0, found: 0, raised: [], revised: [], unchanged: 0, raisedByIndicator: [:],
                configurationVersion: settings.version)
            var usesKey = false
            var appends: [StreamAppend] = []
            appends.reserveCapacity(batch.count + 1)
            for candidate in batch {
                if let append = try plan(
                    candidate, known: known[candidate.identity], outcome: &outcome, usesKey: &usesKey)
                {
                    appends.append(append)
                }
            }
            if usesKey, let creation = key?.creation {
                appends.insert(creation, at: 0)
                key?.creation = nil
            }
            return PlannedBatch(appends: appends, outcome: outcome)
        }

        /// Starts appending `plan` (made from `candidates`) and returns at once.
        func start(_ plan: PlannedBatch, of candidates: [FlagCandidate]) -> InFlight {
            let store = store, appends = plan.appends
            return InFlight(
                candidates: candidates, plan: plan,
                append: Task { if !appends.isEmpty { _ = try await store.append(appends) } })
        }

        /// Waits for `batch`'s append and adds it to the summary. On a concurrent run's conflict, plans the
        /// batch again from the store and appends it alone; returns false then (later plans must be redone).
        mutating func finish(_ batch: InFlight) async throws -> Bool {
            do {
                try await batch.append.value
                add(batch.plan.outcome)
                return true
            } catch let error as EventStoreError {
                guard case .versionConflict = error else { throw error }
            }
            var attempt = 1
            while true {
                attempt += 1
                numbers = try await RedFlagQueries.lastNumbers(store)
                key = nil
                let plan = try await plan(batch.candidates)
                do {
                    if !plan.appends.isEmpty { _ = try await store.append(plan.appends) }
                    add(plan.outcome)
                    return false
                } catch let error as EventStoreError {
                    guard case .versionConflict = error, attempt < 5 else { throw error }
                }
            }
        }

        private mutating func add(_ outcome: RunSummary) {
            summary.raised += outcome.raised
            summary.revised += outcome.revised
            summary.unchanged += outcome.unchanged
            summary.raisedByIndicator.merge(outcome.raisedByIndicator, uniquingKeysWith: +)
        }

        /// The append that records `candidate` (nil when it is already recorded exactly so), with ``numbers``
        /// and `outcome` updated as if it were made.
        private mutating func plan(
            _ candidate: FlagCandidate, known existing: RecordedIdentity?, outcome: inout RunSummary,
            usesKey: inout Bool
        ) throws -> StreamAppend? {
            let dedupeIdentity = RedFlagRaised.dedupeIdentity(of: candidate, key: key?.key)
            if let existing {
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
                        try event.proposed(
                            occurredAt: context.now, actor: context.actor,
                            dedupeKey: RedFlagRevised.dedupeKey(
                                identity: dedupeIdentity, digest: candidate.evidenceDigest))
                    ])
            }
            let number = (numbers[candidate.fiscalYear.be] ?? 0) + 1
            numbers[candidate.fiscalYear.be] = number
            let id = FlagID(fiscalYear: candidate.fiscalYear, number: number)
            let event = RedFlagRaised(flagID: id, candidate: candidate, configurationVersion: settings.version)
            usesKey = usesKey || candidate.evidence.namesPeople
            outcome.raised.append(id)
            outcome.raisedByIndicator[candidate.indicator, default: 0] += 1
            return StreamAppend(
                stream: try FlagStreams.flag(id), expectedVersion: .noStream,
                events: [
                    try event.proposed(
                        occurredAt: context.now, actor: context.actor,
                        dedupeKey: RedFlagRaised.dedupeKey(identity: dedupeIdentity))
                ])
        }
    }
}
