import EventStore
import Foundation
import Testing

/// `query(together:)` on every backend: several read-only statements in one trip, each with the rows, columns and
/// value kinds `query` gives for it alone.
@Suite("EventStore conformance: queries read together")
struct QueryTogetherConformanceTests {
    static let statements = [
        SQLStatement("SELECT event_type, n FROM count_by_type WHERE n >= ? ORDER BY event_type", [1]),
        SQLStatement(
            """
            SELECT stream_id, events, last_type, first_sequence, CAST(last_version AS DOUBLE PRECISION) / 2 AS half, \
            NULL AS absent FROM ledger_streams ORDER BY stream_id
            """),
        SQLStatement("SELECT stream_id FROM ledger_streams WHERE stream_id = ?", ["gift/ไม่มี"]),
        SQLStatement("SELECT sequence, actor FROM ledger_events WHERE sequence IN (?, ?) ORDER BY sequence", [2, 4]),
    ]

    @Test("Each result is the statement's own, in order", arguments: harnesses)
    func sameAsAlone(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: ReadModelConformanceTests.projections) { store in
            try await ReadModelConformanceTests.history(store)
            let together = try await store.query(together: Self.statements)
            var alone: [[SQLRow]] = []
            for statement in Self.statements { alone.append(try await store.query(statement)) }
            #expect(together == alone)
            #expect(together.map(\.count) == [3, 3, 0, 2])
            let gift = try #require(together[1].first)
            #expect(gift.columns == ["stream_id", "events", "last_type", "first_sequence", "half", "absent"])
            #expect(gift.values == [.text("gift/G-1"), .integer(2), .text("Identified"), .integer(4), .real(1), .null])
            #expect(gift.string(at: 0) == "gift/G-1" && gift.int64(at: 1) == 2 && gift.string(at: 5) == nil)
            #expect(gift.int64(at: 6) == nil && gift.string(at: -1) == nil)
            #expect(try await store.query(together: []).isEmpty)
        }
    }

    @Test("A statement the database refuses fails the whole read with its message", arguments: harnesses)
    func refused(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: ReadModelConformanceTests.projections) { store in
            try await ReadModelConformanceTests.history(store)
            await #expect(throws: (any Error).self) {
                try await store.query(together: [Self.statements[0], SQLStatement("SELECT nope FROM count_by_type")])
            }
            await #expect(throws: (any Error).self) {
                try await store.query(together: [SQLStatement("SELECT n FROM count_by_type WHERE n = ?")])
            }
        }
    }
}
