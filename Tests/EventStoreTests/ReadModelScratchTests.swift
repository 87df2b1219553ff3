@testable import EventStore
import Foundation
import GRDB
import Testing

/// `ReadModelScratch` read rather than compared: a report as of a past day queries the read models replayed
/// into one (`LogSnapshot`), so the replay must give the store's rows, carry the store's indexes once asked,
/// stay read-only to queries and leave no file behind.
@Suite("EventStore: a replay into a scratch database, queried")
struct ReadModelScratchTests {
    @Test("Replayed page by page, a scratch answers queries with the store's rows, through the store's indexes")
    func queriedLikeTheStore() async throws {
        let store = try await ReadModelVerifyTests.makeStore()
        defer { Task { await ReadModelVerifyTests.dispose(store) } }
        let scratch = try ReadModelScratch(projections: ReadModelVerifyTests.projections)
        defer { scratch.remove() }
        // Pages of two, as a snapshot reads its source a page at a time.
        var after: Int64 = 0
        while case let page = try await store.read(afterSequence: after, limit: 2, filter: .all), let last = page.last {
            try scratch.apply(page)
            after = last.sequence
        }
        try scratch.createQueryIndexes()

        for sql in [
            "SELECT event_type, n FROM count_by_type ORDER BY event_type",
            "SELECT * FROM ledger_events ORDER BY sequence", "SELECT * FROM ledger_streams ORDER BY stream_id",
        ] {
            let replayed = try await scratch.query(SQLStatement(sql))
            #expect(!replayed.isEmpty)
            #expect(replayed == (try await store.query(SQLStatement(sql))), "\(sql)")
        }
        let stream = try await scratch.query(
            SQLStatement("SELECT count(*) AS n FROM ledger_events WHERE stream_id = ?", ["risk/R-1"]))
        #expect(stream.first?.int("n") == 2)

        // The plain index left out of the replay is there once asked for, and a query uses it.
        let indexes = try scratch.queue.inDatabase { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        }
        #expect(indexes == ["ledger_events_stream"])
        let plan = try await scratch.query(
            SQLStatement("EXPLAIN QUERY PLAN SELECT sequence FROM ledger_events WHERE stream_id = ?", ["risk/R-1"]))
        #expect(plan.contains { $0.string("detail")?.contains("USING INDEX ledger_events_stream") == true })
    }

    @Test("A scratch's queries cannot write, its file is owner-only, and release deletes it")
    func readOnlyPrivateAndRemoved() async throws {
        let scratch = try ReadModelScratch(projections: ReadModelVerifyTests.projections)
        let path = scratch.queue.path
        #expect(URL(fileURLWithPath: path).deletingLastPathComponent().path == scratch.folder)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        await #expect(throws: (any Error).self) {
            try await scratch.query(SQLStatement("INSERT INTO count_by_type (event_type, n) VALUES ('x', 1)"))
        }
        #expect(try await scratch.query(SQLStatement("SELECT * FROM count_by_type")).isEmpty)
        scratch.remove()
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// `CountByType` told to read only `Identified` events.
    struct IdentifiedCount: Projection {
        var name = "identified_count"
        var version = 1
        var tables: [String] { [name] }
        var schema: [String] { ["CREATE TABLE \(name) (stream_id TEXT PRIMARY KEY, n BIGINT NOT NULL)"] }
        var eventTypes: Set<String>? { ["Identified"] }

        func statements(for event: RecordedEvent) throws -> [SQLStatement] {
            guard event.type == "Identified" else { return [] }
            return [
                SQLStatement(
                    """
                    INSERT INTO \(name) (stream_id, n) VALUES (?, 1) ON CONFLICT (stream_id) DO UPDATE SET n = \
                    \(name).n + 1
                    """, [event.streamID.description])
            ]
        }
    }

    @Test("The event types a replay reads: the projections' union, or every type when one reads them all")
    func eventTypesRead() {
        #expect(ReadModelScratch.eventTypes(read: [IdentifiedCount(), IdentifiedCount()]) == ["Identified"])
        #expect(ReadModelScratch.eventTypes(read: [IdentifiedCount(), CountByType()]) == nil)
        #expect(ReadModelScratch.eventTypes(read: []) == [])
    }
}
