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
/// The events themselves stay in the source: reads go to it, bounded by the cut and by the last event the replay
/// saw, so a snapshot of a national log (a million contract rows) holds none of them in memory, and events
/// appended while a report is made stay out of it as they stay out of its read models.
///
/// It is read-only: appending, rebuilding or verifying it is refused.
public struct LogSnapshot: EventStore {
    /// The store whose log the snapshot cuts.
    let source: any EventStore
    let database: DatabaseQueue
    /// The last event recorded before the cut, as the replay found it (0 for none).
    let last: Int64
    /// The instant of the cut: every event recorded before it is in the snapshot, none after.
    public let cutoff: Date
    public let location: String
    /// How many events the snapshot holds.
    public let eventCount: Int

    /// Replays every event of `source` recorded before `cutoff` into the `projections`, a page at a time.
    ///
    /// Only the events some projection reads are applied (``Projection/eventTypes``; every event when one of them
    /// does not say), so a report's snapshot, which leaves the procurement read model out, goes past the log's
    /// contract rows without building statements for them.
    public static func replay(
        _ source: any EventStore, recordedBefore cutoff: Date, projections: [any Projection]
    ) async throws -> LogSnapshot {
        // SQLite's private temporary database (an empty path): a file in the temporary folder, removed from the
        // folder as soon as it is opened and gone when the connection closes, with SQLite's default page cache.
        // The read models replayed hold a national store's flags and their evidence (700 MiB in memory at
        // 1,000,000 projects, Benchmarks/RESULTS.md), which an in-memory database kept whole.
        let database = try DatabaseQueue(path: "")
        try await write(database) { db in
            for projection in projections {
                for statement in projection.schema { try db.execute(sql: statement) }
            }
        }
        var types: Set<String>? = []
        for projection in projections {
            guard let read = projection.eventTypes else {
                types = nil
                break
            }
            types?.formUnion(read)
        }
        let filter = EventFilter(recordedBefore: cutoff)
        var last: Int64 = 0
        var count = 0
        let pageSize = 1_000
        while true {
            let page = try await source.read(afterSequence: last, limit: pageSize, filter: filter)
            let applied = types.map { types in page.filter { types.contains($0.type) } } ?? page
            if !applied.isEmpty {
                try await write(database) { db in
                    for event in applied {
                        for projection in projections {
                            for statement in try projection.statements(for: event) {
                                try db.execute(
                                    sql: statement.sql,
                                    arguments: StatementArguments(statement.arguments.map(\.databaseValue)))
                            }
                        }
                    }
                }
            }
            count += page.count
            guard let final = page.last else { break }
            last = final.sequence
            if page.count < pageSize { break }
        }
        return LogSnapshot(
            source: source, database: database, last: last, cutoff: cutoff,
            location: "\(source.location) (replayed to \(cutoff))", eventCount: count)
    }

    /// Writes into the snapshot's temporary database; a full or unwritable temporary folder is reported as
    /// such (``ReportingError/temporaryFolderUnusable(folder:reason:)``) rather than as the failed statement.
    static func write(_ database: DatabaseQueue, _ body: @escaping @Sendable (Database) throws -> Void) async throws {
        do {
            try await database.write(body)
        } catch let error as DatabaseError
            where [.SQLITE_FULL, .SQLITE_IOERR, .SQLITE_CANTOPEN].contains(error.resultCode)
        {
            throw temporaryFolderError(error)
        }
    }

    /// What a report says when SQLite could not write the snapshot's file: the folder SQLite uses
    /// (`SQLITE_TMPDIR`, else `TMPDIR`, else `/var/tmp`) and SQLite's reason without the statement.
    static func temporaryFolderError(
        _ error: DatabaseError, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> ReportingError {
        let folder = environment["SQLITE_TMPDIR"] ?? environment["TMPDIR"] ?? "/var/tmp"
        return .temporaryFolderUnusable(folder: folder, reason: error.message ?? "\(error.resultCode)")
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
        try await database.read { db in
            try Row.fetchAll(
                db, sql: statement.sql, arguments: StatementArguments(statement.arguments.map(\.databaseValue))
            ).map { row in
                SQLRow(row)
            }
        }
    }
}
