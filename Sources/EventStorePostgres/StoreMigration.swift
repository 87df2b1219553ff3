import EventStore
import Foundation

/// Moves an agency's log to a PostgreSQL store verbatim, with the hash chain verified on both sides
/// (`sujarit migrate`).
///
/// The source's chain is walked first and a broken one is refused before the server is contacted. The
/// target is then opened, or created when its database holds no store, and must either be empty or hold
/// the beginning of the very same log (its head event is the source's event at that sequence): a copy that
/// was interrupted continues from there, one that finished copies nothing, and a target holding any other
/// log is refused untouched. Events are copied in batches of one transaction each through
/// ``PostgresEventStore/importRecorded(_:)``, and the target's chain is walked at the end and its head
/// compared with the source's.
public struct StoreMigration: Sendable {
    /// What the migration is doing, for progress bars.
    public enum Phase: Sendable, Hashable {
        /// Walking the source's chain.
        case verifyingSource
        /// Copying events to the target.
        case copying
        /// Walking the target's chain.
        case verifyingTarget
    }

    /// Reports progress: the phase, units done, and the total expected.
    public typealias Progress = @Sendable (_ phase: Phase, _ done: Int64, _ total: Int64) -> Void

    /// The store to copy from (an agency's SQLite file).
    public var source: any EventStore
    /// The PostgreSQL store's URL, `?agency=` included when the database holds many agencies.
    public var targetURL: String
    /// The read models the target keeps; they are brought up to date batch by batch as events are copied.
    public var projections: [any Projection]
    /// In a shared database, the streams and tables only reviewers read.
    public var privacy: SharedPrivacy
    /// Events per transaction on the target.
    public var batchSize: Int
    /// Copy at most this many events in this run, leaving the rest for the next (nil: copy everything).
    public var limit: Int64?

    /// Describes a migration; ``run(progress:)`` performs it.
    public init(
        source: any EventStore, targetURL: String, projections: [any Projection], privacy: SharedPrivacy = .none,
        batchSize: Int = 1_000, limit: Int64? = nil
    ) {
        self.privacy = privacy
        precondition(batchSize > 0, "batchSize must be positive")
        self.source = source
        self.targetURL = targetURL
        self.projections = projections
        self.batchSize = batchSize
        self.limit = limit
    }

    /// Verifies the source, copies what the target lacks, verifies the target and compares the heads.
    ///
    /// - throws: ``StoreMigrationError`` when a chain is broken, the source is empty, the target holds
    ///   another log, or the heads differ after the copy; the server's and the store's own errors when the
    ///   source or the target cannot be opened.
    public func run(progress: Progress? = nil) async throws -> StoreMigrationReport {
        let started = ContinuousClock.now
        let sourceReport = try await source.verify { progress?(.verifyingSource, $0, $1) }
        if let chainBreak = sourceReport.firstBreak {
            throw StoreMigrationError.sourceBroken(
                location: source.location, chainBreak: chainBreak, intact: sourceReport.eventsChecked)
        }
        guard let sourceHash = sourceReport.headHash, sourceReport.eventsChecked > 0 else {
            throw StoreMigrationError.sourceEmpty(location: source.location)
        }
        let sourceHead = ChainPosition(sequence: sourceReport.eventsChecked, hash: sourceHash)
        let (target, created) = try await openTarget()

        var position = try await target.chainHead()
        guard try await holdsSameLog(target, at: position, sourceHead: sourceHead) else {
            throw try await differentLog(target, at: position, sourceHead: sourceHead)
        }
        var alreadyPresent = min(position.sequence, sourceHead.sequence)
        let end = limit.map { min(sourceHead.sequence, position.sequence + max(0, $0)) } ?? sourceHead.sequence
        var copied: Int64 = 0
        progress?(.copying, position.sequence, sourceHead.sequence)
        while position.sequence < end {
            let page = try await source.read(
                afterSequence: position.sequence, limit: Int(min(Int64(batchSize), end - position.sequence)),
                filter: .all)
            guard !page.isEmpty else {
                throw StoreMigrationError.sourceShrank(location: source.location, missing: position.sequence + 1)
            }
            do {
                position = try await target.importRecorded(page)
                copied += Int64(page.count)
            } catch VerbatimImportError.doesNotContinue {
                // Another copy of the same log moved the target meanwhile: continue from its head if it is
                // still this log, refuse otherwise.
                let moved = try await target.chainHead()
                guard moved.sequence > position.sequence,
                    try await holdsSameLog(target, at: moved, sourceHead: sourceHead)
                else {
                    throw try await differentLog(target, at: moved, sourceHead: sourceHead)
                }
                alreadyPresent += min(moved.sequence, sourceHead.sequence) - position.sequence
                position = moved
            }
            progress?(.copying, position.sequence, sourceHead.sequence)
        }

        let targetReport = try await target.verify { progress?(.verifyingTarget, $0, $1) }
        if let chainBreak = targetReport.firstBreak {
            throw StoreMigrationError.targetBroken(location: target.location, chainBreak: chainBreak)
        }
        let targetHead = ChainPosition(sequence: targetReport.eventsChecked, hash: targetReport.headHash ?? .genesis)
        let complete = targetHead.sequence >= sourceHead.sequence
        if complete, targetHead.sequence == sourceHead.sequence, targetHead.hash != sourceHead.hash {
            throw StoreMigrationError.headsDiffer(
                source: sourceHead, target: targetHead, targetLocation: target.location)
        }
        if complete, targetHead.sequence > sourceHead.sequence,
            try await event(of: target, at: sourceHead.sequence)?.hash != sourceHead.hash
        {
            throw StoreMigrationError.headsDiffer(
                source: sourceHead, target: targetHead, targetLocation: target.location)
        }
        return StoreMigrationReport(
            sourceLocation: source.location, targetLocation: target.location, createdTarget: created,
            copied: copied, alreadyPresent: alreadyPresent, source: sourceHead, target: targetHead,
            complete: complete, duration: ContinuousClock.now - started
        )
    }

    /// The target store, created when its database (or agency schema) holds none yet.
    private func openTarget() async throws -> (PostgresEventStore, created: Bool) {
        let existing = try PostgresEventStore.open(url: targetURL, projections: projections, privacy: privacy)
        do {
            try await existing.ready()
            return (existing, false)
        } catch EventStoreError.storeNotFound {
            let created = try PostgresEventStore.create(url: targetURL, projections: projections, privacy: privacy)
            try await created.ready()
            return (created, true)
        }
    }

    /// Whether the target's chain up to `position` is the source's: chains link every event to all before
    /// it, so one equal hash at the same sequence means an equal log up to there.
    private func holdsSameLog(
        _ target: PostgresEventStore, at position: ChainPosition, sourceHead: ChainPosition
    ) async throws -> Bool {
        if position.sequence == 0 { return true }
        if position.sequence <= sourceHead.sequence {
            return try await event(of: source, at: position.sequence)?.hash == position.hash
        }
        // The target went on past the source (work continued on the server): it must still start with it.
        return try await event(of: target, at: sourceHead.sequence)?.hash == sourceHead.hash
    }

    private func differentLog(
        _ target: PostgresEventStore, at position: ChainPosition, sourceHead: ChainPosition
    ) async throws -> StoreMigrationError {
        let compared = min(position.sequence, sourceHead.sequence)
        let theirs = compared == position.sequence ? position.hash : try await event(of: target, at: compared)?.hash
        return .differentLog(
            targetLocation: target.location, sourceLocation: source.location, sequence: compared,
            targetHash: theirs, sourceHash: try await event(of: source, at: compared)?.hash
        )
    }

    private func event(of store: any EventStore, at sequence: Int64) async throws -> RecordedEvent? {
        guard sequence > 0 else { return nil }
        return try await store.read(afterSequence: sequence - 1, limit: 1, filter: .all).first {
            $0.sequence == sequence
        }
    }
}

/// What a migration did and the two chains' heads afterwards.
public struct StoreMigrationReport: Sendable, Hashable {
    /// Where the events came from.
    public var sourceLocation: String
    /// Where they went (without the password).
    public var targetLocation: String
    /// Whether this run created the target store.
    public var createdTarget: Bool
    /// Events copied in this run.
    public var copied: Int64
    /// Source events the target already held before this run (a finished or interrupted earlier run).
    public var alreadyPresent: Int64
    /// The source's verified head.
    public var source: ChainPosition
    /// The target's verified head after the copy.
    public var target: ChainPosition
    /// Whether the target now holds the whole source log (false when ``StoreMigration/limit`` stopped it).
    public var complete: Bool
    /// How long the whole run took, verification included.
    public var duration: Duration

    /// A report with every figure given; ``StoreMigration/run(progress:)`` makes them.
    public init(
        sourceLocation: String, targetLocation: String, createdTarget: Bool, copied: Int64, alreadyPresent: Int64,
        source: ChainPosition, target: ChainPosition, complete: Bool, duration: Duration
    ) {
        self.sourceLocation = sourceLocation
        self.targetLocation = targetLocation
        self.createdTarget = createdTarget
        self.copied = copied
        self.alreadyPresent = alreadyPresent
        self.source = source
        self.target = target
        self.complete = complete
        self.duration = duration
    }
}

/// Why a migration stopped. Each message says what was found, what was (not) written, and what to do.
public enum StoreMigrationError: Error, LocalizedError, Equatable, Sendable {
    /// The source's chain is broken; nothing was copied and the target was not contacted.
    case sourceBroken(location: String, chainBreak: ChainBreak, intact: Int64)
    /// The source holds no events.
    case sourceEmpty(location: String)
    /// The target holds another log than the source's at `sequence` (nil hashes: no event there).
    case differentLog(
        targetLocation: String, sourceLocation: String, sequence: Int64, targetHash: EventHash?, sourceHash: EventHash?)
    /// The source lost events between its verification and the copy.
    case sourceShrank(location: String, missing: Int64)
    /// The target's chain is broken after the copy.
    case targetBroken(location: String, chainBreak: ChainBreak)
    /// The target's head does not match the source's after the copy.
    case headsDiffer(source: ChainPosition, target: ChainPosition, targetLocation: String)

    public var errorDescription: String? {
        switch self {
        case let .sourceBroken(location, chainBreak, intact):
            """
            The source store \(location) is NOT intact: \(chainBreak) (\(intact) events before it are intact). \
            Nothing was copied and the target was not touched. Restore the source from a backup, check it with \
            'sujarit verify --store \(location)', then migrate again.
            """
        case let .sourceEmpty(location):
            """
            The source store \(location) holds no events: there is nothing to migrate. To start a new store on \
            the server, run 'sujarit init --store postgres://…'.
            """
        case let .differentLog(target, source, sequence, targetHash, sourceHash):
            """
            The target \(target) already holds a different log: its event #\(sequence) \
            (\(targetHash?.short ?? "missing")) is not event #\(sequence) of \(source) \
            (\(sourceHash?.short ?? "missing")). Nothing was copied and it was left as it was. Migrate into an \
            empty database, or another agency's schema (?agency=…).
            """
        case let .sourceShrank(location, missing):
            """
            Event #\(missing) of \(location) was there when the source was verified but is gone now: someone \
            changed the source during the migration. Run 'sujarit verify --store \(location)', then migrate \
            again; what was copied stays and the next run continues from it.
            """
        case let .targetBroken(location, chainBreak):
            """
            After copying, the chain of \(location) is NOT intact: \(chainBreak). Check it with 'sujarit verify \
            --store \(location)' and do not use it until that is explained.
            """
        case let .headsDiffer(source, target, location):
            """
            After copying, the head of \(location) (\(target)) does not match the source's (\(source)). Do not \
            use the target; check both stores with 'sujarit verify'.
            """
        }
    }
}
