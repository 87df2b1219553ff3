import EventStore
import Foundation
import GRDB
import Testing

/// A projection's batch form (``Projection/statements(forBatch:)``) must mean what its per-event form means: the
/// same tables, value for value, whether a page of the log is folded in memory or applied one event at a time.
@Suite("Projection batch forms")
struct ProjectionBatchTests {
    /// 2,500 events of three types over seven appends: more than two of PostgreSQL's rebuild pages of 1,000.
    static let appends: [(stream: String, events: [ProposedEvent])] = (0..<7).map { round in
        let types = ["Noted", "Amended", "Closed"]
        let count = round == 6 ? 100 : 400
        return (
            "risk/R-\(round)",
            (0..<count).map { Fixture.event(types[($0 * 7 + round) % 3], round * 1_000 + $0) }
        )
    }

    static func expectedCounts() -> [String: Int] {
        var counts: [String: Int] = [:]
        for append in appends { for event in append.events { counts[event.type, default: 0] += 1 } }
        return counts
    }

    @Test("a counter's batch form gives the rows of its per-event form, live and rebuilt", arguments: harnesses)
    func counterRebuiltBothWays(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: [BatchedCount()]) { store in
            for append in Self.appends {
                try await store.append(append.events, to: Fixture.stream(append.stream), expectedVersion: .noStream)
            }
            let live = try await Self.rows(of: store)
            #expect(live.map(\.type).sorted() == Self.expectedCounts().keys.sorted())
            for row in live { #expect(row.n == Self.expectedCounts()[row.type]) }
            #expect(live.map(\.last).max() == 2_500)

            let perEvent = try await harness.reopen(
                store, projections: [PerEventOnly(base: BatchedCount())], clock: Date.init)
            #expect(try await perEvent.rebuildProjections(progress: nil).eventsReplayed == 2_500)
            let replayed = try await Self.rows(of: perEvent)

            let batched = try await harness.reopen(store, projections: [BatchedCount()], clock: Date.init)
            #expect(try await batched.rebuildProjections(progress: nil).eventsReplayed == 2_500)
            #expect(try await Self.rows(of: batched) == replayed)
            #expect(replayed == live)
            #expect(try await batched.verifyReadModels(progress: nil).isConsistent)
        }
    }

    @Test("on SQLite, a page's batch statements leave the tables its events' statements leave")
    func counterOnSQLite() async throws {
        try await SQLiteHarness().withStore { store in
            for append in Self.appends {
                try await store.append(append.events, to: Fixture.stream(append.stream), expectedVersion: .noStream)
            }
            let events = try await store.read(afterSequence: 0, limit: 10_000, filter: .all)
            #expect(events.count == 2_500)
            let projection = BatchedCount()
            let oneByOne = try Self.sqliteRows(projection, events.flatMap { try projection.statements(for: $0) })
            var pages: [SQLStatement] = []
            for start in stride(from: 0, to: events.count, by: 1_000) {
                pages += try projection.statements(forBatch: Array(events[start..<min(start + 1_000, events.count)]))
            }
            // The batch form writes each type's row once per page: 3 types, 3 pages.
            #expect(pages.count == 9)
            #expect(try Self.sqliteRows(projection, pages) == oneByOne)
        }
    }

    static func databaseValue(_ value: SQLValue) -> DatabaseValue {
        switch value {
        case .null: .null
        case .integer(let int): int.databaseValue
        case .real(let double): double.databaseValue
        case .text(let text): text.databaseValue
        }
    }

    struct CountRow: Hashable {
        var type: String
        var n: Int
        var last: Int64
    }

    static func rows(of store: any EventStore) async throws -> [CountRow] {
        try await store.query("SELECT event_type, n, last_sequence FROM batched_count ORDER BY event_type").map {
            CountRow(type: $0.string("event_type") ?? "", n: $0.int("n") ?? -1, last: $0.int64("last_sequence") ?? -1)
        }
    }

    /// Runs `projection`'s schema and `statements` in an empty in-memory SQLite database; its rows.
    static func sqliteRows(_ projection: any Projection, _ statements: [SQLStatement]) throws -> [CountRow] {
        let queue = try DatabaseQueue()
        return try queue.write { db in
            for sql in projection.schema { try db.execute(sql: sql) }
            for statement in statements {
                try db.execute(
                    sql: statement.sql,
                    arguments: StatementArguments(statement.arguments.map(Self.databaseValue)))
            }
            return try Row.fetchAll(db, sql: "SELECT event_type, n, last_sequence FROM batched_count ORDER BY 1").map {
                CountRow(type: $0["event_type"], n: $0["n"], last: $0["last_sequence"])
            }
        }
    }
}

/// Events counted by type, with the last sequence of each: a counter with a batch form that counts a page in
/// memory and writes each type's row once.
struct BatchedCount: Projection {
    var name: String { "batched_count" }
    var version: Int { 1 }
    var tables: [String] { [name] }
    var schema: [String] {
        ["CREATE TABLE batched_count (event_type TEXT PRIMARY KEY, n BIGINT NOT NULL, last_sequence BIGINT NOT NULL)"]
    }

    func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        [Self.upsert(event.type, count: 1, last: event.sequence)]
    }

    func statements(forBatch events: [RecordedEvent]) throws -> [SQLStatement] {
        var counts: [String: (count: Int64, last: Int64)] = [:]
        var order: [String] = []
        for event in events {
            if counts[event.type] == nil { order.append(event.type) }
            counts[event.type, default: (0, 0)].count += 1
            counts[event.type]!.last = event.sequence
        }
        return order.map { Self.upsert($0, count: counts[$0]!.count, last: counts[$0]!.last) }
    }

    static func upsert(_ type: String, count: Int64, last: Int64) -> SQLStatement {
        SQLStatement(
            """
            INSERT INTO batched_count (event_type, n, last_sequence) VALUES (?, ?, ?) ON CONFLICT (event_type) DO \
            UPDATE SET n = batched_count.n + excluded.n, last_sequence = excluded.last_sequence
            """,
            [type, count, last])
    }
}

/// A projection without its batch form: each event's statements, as a store without batches would run them.
struct PerEventOnly: Projection {
    var base: any Projection
    var name: String { base.name }
    var version: Int { base.version }
    var schema: [String] { base.schema }
    var tables: [String] { base.tables }
    func statements(for event: RecordedEvent) throws -> [SQLStatement] { try base.statements(for: event) }
}
