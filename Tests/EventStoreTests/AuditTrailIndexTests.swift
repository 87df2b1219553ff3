@testable import EventStore
@testable import EventStorePostgres
import Foundation
import Testing

/// The audit trail's filters by actor and by recording time are answered from the v2 indexes, not by
/// reading the whole log: each backend's own planner is asked how it runs the page query the store sends.
@Suite("EventStore audit-trail indexes")
struct AuditTrailIndexTests {
    /// 4,000 events by 40 actors, one clock minute apart per append of 40, so that an actor or an hour is a
    /// small part of the log and PostgreSQL's planner, going by its statistics, has reason to use an index.
    func fill(_ store: any EventStore, clock: TestClock) async throws {
        for append in 0..<100 {
            let events = (0..<40).map { Fixture.event("Noted", append * 40 + $0, actor: "clerk-\($0)") }
            try await store.append(events, to: Fixture.stream("risk/R-\(append)"), expectedVersion: .noStream)
            clock.advance(by: 60)
        }
    }

    /// How the backend runs `read(afterSequence:limit:filter:)` for `filter`, as its planner prints it.
    func plan(of filter: EventFilter, in store: any EventStore) async throws -> String {
        let explain: SQLStatement
        if store is PostgresEventStore {
            let select = PostgresEventRow.select(filter: filter, afterSequence: 0, limit: 1_000)
            explain = SQLStatement("EXPLAIN " + select.sql, select.arguments)
        } else {
            // The page query of SQLiteEventStore.read, with the same WHERE clause.
            let (clause, arguments) = EventRow.whereClause(for: filter, afterSequence: 0)
            explain = SQLStatement(
                "EXPLAIN QUERY PLAN SELECT \(EventRow.columns) FROM events WHERE \(clause) ORDER BY sequence LIMIT ?",
                arguments.map { SQLValue($0) } + [.integer(1_000)]
            )
        }
        return try await store.query(explain).flatMap(\.values).compactMap {
            if case .text(let text) = $0 { return text }
            return nil
        }.joined(separator: "\n")
    }

    @Test("Filters by actor and by recording time use the v2 indexes", arguments: harnesses)
    func filtersUseIndexes(harness: any StoreHarness) async throws {
        let clock = TestClock()
        try await harness.withStore(clock: clock.clock) { store in
            try await fill(store, clock: clock)
            if store is PostgresEventStore { try await harness.execute(store, sql: "ANALYZE events") }
            // Five appends of the hundred: minutes 10 to 14 after the first.
            let from = Fixture.start + 600, before = Fixture.start + 900
            let cases: [(filter: EventFilter, indexes: [String], matches: Int)] = [
                (EventFilter(actor: "clerk-7"), ["events_actor"], 100),
                (EventFilter(recordedFrom: from, recordedBefore: before), ["events_recorded_at"], 5 * 40),
                (
                    EventFilter(actor: "clerk-7", recordedFrom: from, recordedBefore: before),
                    ["events_actor", "events_recorded_at"], 5
                ),
                (EventFilter(types: ["Noted"], actor: "clerk-7"), ["events_actor"], 100),
            ]
            for (filter, indexes, expected) in cases {
                let plan = try await plan(of: filter, in: store)
                #expect(indexes.contains { plan.contains($0) }, "\(filter): \(plan)")
                // And the filter still selects exactly its events.
                var matched = 0
                try await store.forEachEvent(filter: filter, pageSize: 300) { _ in matched += 1 }
                #expect(matched == expected, "\(filter)")
            }
        }
    }
}
