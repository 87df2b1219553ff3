import EventStore
import Foundation
import GRDB

/// The log as it stood at an instant, replayed into memory: the events recorded before it, and read models
/// rebuilt from those events alone in an in-memory SQLite database.
///
/// A report `--as-of` a past day reads this instead of the store, through the very same module APIs
/// (``EventStore/query(_:)`` for read models, ``EventStore/read(afterSequence:limit:filter:)`` for folds), so
/// nothing recorded later — a late progress update, a backdated correction — can change what it shows.
/// The cut is on `recordedAt`, the instant the store wrote each event, not on `occurredAt`, which a writer
/// may set in the past: that is what makes a re-issued report byte-for-byte the report first issued.
///
/// It is read-only: appending, rebuilding or verifying it is refused.
public struct LogSnapshot: EventStore {
    let events: [RecordedEvent]
    let database: DatabaseQueue
    /// The instant of the cut: every event recorded before it is in the snapshot, none after.
    public let cutoff: Date
    public let location: String

    /// Replays every event of `source` recorded before `cutoff` into the `projections`.
    public static func replay(
        _ source: any EventStore, recordedBefore cutoff: Date, projections: [any Projection]
    ) async throws -> LogSnapshot {
        var events: [RecordedEvent] = []
        try await source.forEachEvent(filter: EventFilter(recordedBefore: cutoff)) { events.append($0) }
        let database = try DatabaseQueue()
        let replayed = events
        try await database.write { db in
            for projection in projections {
                for statement in projection.schema { try db.execute(sql: statement) }
            }
            for event in replayed {
                for projection in projections {
                    for statement in try projection.statements(for: event) {
                        try db.execute(
                            sql: statement.sql, arguments: StatementArguments(statement.arguments.map(\.databaseValue)))
                    }
                }
            }
        }
        return LogSnapshot(
            events: events, database: database, cutoff: cutoff, location: "\(source.location) (replayed to \(cutoff))")
    }

    /// How many events the snapshot holds.
    public var eventCount: Int { events.count }

    public func append(_ appends: [StreamAppend]) async throws -> AppendReceipt {
        throw ReportingError.readOnlySnapshot
    }

    public func streamVersion(_ stream: StreamID) async throws -> Int {
        events.last { $0.streamID == stream }?.streamVersion ?? 0
    }

    public func readStream(_ stream: StreamID, afterVersion: Int, limit: Int) async throws -> [RecordedEvent] {
        Array(events.lazy.filter { $0.streamID == stream && $0.streamVersion > afterVersion }.prefix(max(0, limit)))
    }

    public func read(afterSequence: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent] {
        Array(events.lazy.filter { $0.sequence > afterSequence && Self.matches($0, filter) }.prefix(max(0, limit)))
    }

    public func lastSequence() async throws -> Int64 { events.last?.sequence ?? 0 }

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

    static func matches(_ event: RecordedEvent, _ filter: EventFilter) -> Bool {
        if let stream = filter.stream, event.streamID != stream { return false }
        if let category = filter.category, event.streamID.category != category { return false }
        if !filter.types.isEmpty, !filter.types.contains(event.type) { return false }
        if let actor = filter.actor, event.actor != actor { return false }
        if let from = filter.recordedFrom, event.recordedAt < from { return false }
        if let before = filter.recordedBefore, event.recordedAt >= before { return false }
        return true
    }
}
