import EventStore
import Foundation
import Testing

/// A projection that declares the event types it reads (``Projection/eventTypes``) is handed only those, in log
/// order, on every path: an append, a streaming append, a rebuild's replay and `verify`'s; and its checkpoint
/// moves with the log even through batches it reads nothing of.
@Suite("Projection event types")
struct ProjectionEventTypesTests {
    static func recorded(_ types: [String]) -> [RecordedEvent] {
        types.enumerated().map { index, type in
            RecordedEvent(
                sequence: Int64(index + 1), streamID: Fixture.stream("risk/R-1"), streamVersion: index + 1, type: type,
                schemaVersion: 1, occurredAt: Fixture.start, recordedAt: Fixture.start, actor: "test",
                payload: Data("{}".utf8), dedupeKey: nil, previousHash: .genesis, hash: .genesis)
        }
    }

    @Test("a batch is handed whole, not at all, or filtered in log order")
    func handedOut() throws {
        let events = Self.recorded(["Noted", "Amended", "Noted", "Closed"])
        let input = ProjectionInput(events)
        #expect(input.types == ["Noted", "Amended", "Closed"])
        #expect(input.events(for: BatchedCount()) == events, "no declaration: every event")
        #expect(input.events(for: Declared(reads: ["Noted", "Amended", "Closed", "Other"])) == events)
        #expect(input.events(for: Declared(reads: ["Other"])) == [])
        #expect(input.events(for: Declared(reads: ["Noted", "Closed"])).map(\.sequence) == [1, 3, 4])
        // A projection that reads none of the batch is not asked: Declared would throw if it were.
        #expect(try input.statements(for: Declared(reads: ["Other"])) == [])
        #expect(try input.statements(for: Declared(reads: ["Noted"])).count == 1)
    }

    @Test("only declared types reach the projection, live, rebuilt and verified", arguments: harnesses)
    func onlyDeclared(harness: any StoreHarness) async throws {
        let reads = Declared(reads: ["Noted", "Closed"])
        let none = Declared(name: "reads_nothing", reads: ["Other"])
        try await harness.withStore(projections: [reads, none, BatchedCount()]) { store in
            for append in ProjectionBatchTests.appends {
                try await store.append(append.events, to: Fixture.stream(append.stream), expectedVersion: .noStream)
            }
            let expected = ProjectionBatchTests.expectedCounts()
            let live = try await Self.rows(of: store, reads.name)
            #expect(live.map(\.type) == ["Closed", "Noted"])
            for row in live { #expect(row.n == expected[row.type]) }
            #expect(try await Self.rows(of: store, none.name) == [])
            // Every projection's checkpoint is at the last sequence, read or not.
            #expect(try await store.verifyReadModels(progress: nil).isConsistent)

            #expect(try await store.rebuildProjections(progress: nil).eventsReplayed == 2_500)
            #expect(try await Self.rows(of: store, reads.name) == live)
            #expect(try await store.verifyReadModels(progress: nil).isConsistent)
        }
    }

    static func rows(of store: any EventStore, _ table: String) async throws -> [ProjectionBatchTests.CountRow] {
        try await store.query("SELECT event_type, n, last_sequence FROM \(table) ORDER BY event_type").map {
            .init(type: $0.string("event_type") ?? "", n: $0.int("n") ?? -1, last: $0.int64("last_sequence") ?? -1)
        }
    }
}

/// Counts events by type, as ``BatchedCount`` does, for the types it declares; refuses any other type, so a
/// store that hands it one fails the test.
struct Declared: Projection {
    struct Undeclared: Error {}
    var name = "declared_count"
    var reads: Set<String>
    var version: Int { 1 }
    var tables: [String] { [name] }
    var eventTypes: Set<String>? { reads }
    var schema: [String] {
        ["CREATE TABLE \(name) (event_type TEXT PRIMARY KEY, n BIGINT NOT NULL, last_sequence BIGINT NOT NULL)"]
    }

    func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        try statements(forBatch: [event])
    }

    func statements(forBatch events: [RecordedEvent]) throws -> [SQLStatement] {
        guard events.allSatisfy({ reads.contains($0.type) }) else { throw Undeclared() }
        return try BatchedCount().statements(forBatch: events).map { statement in
            var statement = statement
            statement.sql = statement.sql.replacingOccurrences(of: "batched_count", with: name)
            return statement
        }
    }
}
