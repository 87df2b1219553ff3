import EventStore
import Foundation
import GRDB

/// The log as it stood at an instant: the events recorded before it, and read models rebuilt from those events
/// alone in a temporary SQLite database.
///
/// A report `--as-of` a past day reads this instead of the store, through the very same module APIs
/// (``EventStore/query(_:)`` for read models, ``EventStore/read(afterSequence:limit:filter:)`` for folds), so
/// nothing recorded later — a late progress update, a backdated correction — can change what it shows.
/// The cut is on `recordedAt`, the instant the store wrote each event, not on `occurredAt`, which a writer
/// may set in the past: that is what makes a re-issued report byte-for-byte the report first issued.
///
/// The read models are replayed into a `ReadModelScratch`, the event store's one replay outside a store (the
/// one `verify` compares with): a page of the log at a time, each projection given only the events it reads, in
/// an owner-only file in the temporary folder, deleted when the snapshot is released. The events themselves stay
/// in the source: reads go to it, bounded by the cut and by the last event the replay saw, so a snapshot of a
/// national log (a million contract rows) holds none of them in memory, and events appended while a report is
/// made stay out of it as they stay out of its read models.
///
/// It is read-only: appending, rebuilding or verifying it is refused.
public struct LogSnapshot: EventStore {
    /// The store whose log the snapshot cuts.
    let source: any EventStore
    /// The read models as the events before the cut left them.
    let replay: ReadModelScratch
    /// The last event recorded before the cut, as the replay found it (0 for none).
    let last: Int64
    /// The instant of the cut: every event recorded before it is in the snapshot, none after.
    public let cutoff: Date
    public let location: String
    /// How many events the snapshot holds.
    public let eventCount: Int

    /// Replays every event of `source` recorded before `cutoff` into the `projections`, a page at a time.
    ///
    /// A report's snapshot leaves the procurement read model out (`ReportSources.readModelsRead`), so the
    /// log's contract rows go past it without building a statement.
    /// - throws: ``ReportingError/temporaryFolderUnusable(folder:reason:)`` when the temporary folder is full or
    ///   cannot be written.
    public static func replay(
        _ source: any EventStore, recordedBefore cutoff: Date, projections: [any Projection]
    ) async throws -> LogSnapshot {
        let folder = FileManager.default.temporaryDirectory.path
        let replay: ReadModelScratch
        do {
            // A 16 MiB page cache (which also bounds the sorts that build the indexes): a report as of a day
            // peaked at 120 MiB on a store of 1,000,000 projects, where the comparison's 64 MiB took it to 184 MiB.
            replay = try inTemporaryFolder(folder) { try ReadModelScratch(projections: projections, cacheMiB: 16) }
        } catch EventStoreError.backend(let reason) {
            // The scratch file could not be created: the folder is missing or not ours.
            throw ReportingError.temporaryFolderUnusable(folder: folder, reason: reason)
        }
        let filter = EventFilter(recordedBefore: cutoff)
        var last: Int64 = 0
        var count = 0
        // Fewer events a page when they are large (a contract file's batches): EventPaging.
        var paging = EventPaging()
        while true {
            let page = try await source.read(afterSequence: last, limit: paging.limit, filter: filter)
            try inTemporaryFolder(replay.folder) { try replay.apply(page) }
            count += page.count
            guard let final = page.last else { break }
            last = final.sequence
            if !paging.mayContinue(after: page) { break }
        }
        try inTemporaryFolder(replay.folder) { try replay.createQueryIndexes() }
        return LogSnapshot(
            source: source, replay: replay, last: last, cutoff: cutoff,
            location: "\(source.location) (replayed to \(cutoff))", eventCount: count)
    }

    /// Runs `body`, which writes the replay's file in `folder`; a full or unwritable temporary folder is reported
    /// as such (``ReportingError/temporaryFolderUnusable(folder:reason:)``) rather than as the failed statement.
    static func inTemporaryFolder<Value>(_ folder: String, _ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as DatabaseError
            where [.SQLITE_FULL, .SQLITE_IOERR, .SQLITE_CANTOPEN].contains(error.resultCode)
        {
            throw ReportingError.temporaryFolderUnusable(folder: folder, reason: error.message ?? "\(error.resultCode)")
        }
    }

    public func append(_ appends: [StreamAppend]) async throws -> AppendReceipt {
        throw ReportingError.readOnlySnapshot
    }

    /// Whether the snapshot holds `event`: recorded before the cut, and not after the last event the replay saw.
    func holds(_ event: RecordedEvent) -> Bool {
        event.sequence <= last && event.recordedAt < cutoff
    }

    public func streamVersion(_ stream: StreamID) async throws -> Int {
        var version = 0
        var after = 0
        while true {
            let page = try await source.readStream(stream, afterVersion: after, limit: 1_000)
            for event in page where holds(event) { version = event.streamVersion }
            guard let final = page.last, page.count == 1_000 else { return version }
            after = final.streamVersion
        }
    }

    public func readStream(_ stream: StreamID, afterVersion: Int, limit: Int) async throws -> [RecordedEvent] {
        var found: [RecordedEvent] = []
        var after = afterVersion
        while found.count < limit {
            let page = try await source.readStream(stream, afterVersion: after, limit: limit)
            found += page.lazy.filter(holds).prefix(limit - found.count)
            guard let final = page.last, page.count == limit else { break }
            after = final.streamVersion
        }
        return found
    }

    public func read(afterSequence: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent] {
        guard limit > 0, afterSequence < last else { return [] }
        var bounded = filter
        bounded.recordedBefore = min(filter.recordedBefore ?? cutoff, cutoff)
        return try await source.read(afterSequence: afterSequence, limit: limit, filter: bounded).filter {
            $0.sequence <= last
        }
    }

    public func lastSequence() async throws -> Int64 { last }

    public func verify(progress: ProgressHandler?) async throws -> ChainReport { throw ReportingError.readOnlySnapshot }

    public func rebuildProjections(progress: ProgressHandler?) async throws -> RebuildReport {
        throw ReportingError.readOnlySnapshot
    }

    public func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        try await replay.query(statement)
    }
}
