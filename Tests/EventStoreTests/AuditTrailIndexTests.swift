@testable import EventStore
@testable import EventStorePostgres
import Foundation
import GRDB
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

    /// How the backend runs `read(afterSequence:limit:filter:)` (or `read(beforeSequence:…)`, newest first) for
    /// `filter`, as its planner prints it.
    func plan(of filter: EventFilter, newestFirst: Bool = false, in store: any EventStore) async throws -> String {
        let explain: SQLStatement
        if store is PostgresEventStore {
            let select =
                newestFirst
                ? PostgresEventRow.select(filter: filter, beforeSequence: .max, limit: 1_000)
                : PostgresEventRow.select(filter: filter, afterSequence: 0, limit: 1_000)
            explain = SQLStatement("EXPLAIN " + select.sql, select.arguments)
        } else {
            // The page query of SQLiteEventStore.read (none of these filters is by category).
            let page =
                newestFirst
                ? EventRow.page(for: filter, before: .max, limit: 1_000, sparseCategory: false)
                : EventRow.page(for: filter, after: 0, limit: 1_000, sparseCategory: false)
            explain = SQLStatement("EXPLAIN QUERY PLAN " + page.sql, page.arguments.map { SQLValue($0) })
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
                let forwards = try await plan(of: filter, in: store)
                #expect(indexes.contains { forwards.contains($0) }, "\(filter): \(forwards)")
                // `events --last` reads the same filters newest first, through the same indexes.
                let backwards = try await plan(of: filter, newestFirst: true, in: store)
                #expect(indexes.contains { backwards.contains($0) }, "newest first, \(filter): \(backwards)")
                // And the filter still selects exactly its events.
                var matched = 0
                try await store.forEachEvent(filter: filter, pageSize: 300) { _ in matched += 1 }
                #expect(matched == expected, "\(filter)")
            }
        }
    }

    @Test("A rare category's pages come from the stream-id index, a common one's along the log (SQLite)")
    func sparseCategory() async throws {
        let clock = TestClock()
        try await SQLiteHarness().withStore(clock: clock.clock) { store in
            let gifts = { (from: Int) in
                for n in from..<(from + 3) {
                    try await store.append(
                        Fixture.events(2), to: Fixture.stream("gift/G-\(n)"), expectedVersion: .noStream)
                }
            }
            try await gifts(0)
            try await fill(store, clock: clock)
            try await gifts(3)
            let queue = try DatabaseQueue(path: store.location)
            defer { try? queue.close() }
            try await queue.read { db in
                #expect(try EventRow.selectsSparseCategory(EventFilter(category: "gift"), in: db, limit: 100))
                #expect(try !EventRow.selectsSparseCategory(EventFilter(category: "risk"), in: db, limit: 100))
                #expect(try EventRow.selectsSparseCategory(EventFilter(category: "risk"), in: db, limit: 4_000))
                // An actor's or a stream's index keeps log order already.
                #expect(try !EventRow.selectsSparseCategory(EventFilter(category: "gift", actor: "x"), in: db))
                #expect(
                    try !EventRow.selectsSparseCategory(
                        EventFilter(stream: Fixture.stream("gift/G-1"), category: "gift"), in: db))
                for category in ["gift", "risk"] {
                    for filter in [
                        EventFilter(category: category), EventFilter(category: category, types: ["Noted", "X"]),
                    ] {
                        for (after, before) in [
                            (Int64(0), nil), (nil, Int64.max), (nil, Int64(3_000)), (Int64(3), nil),
                        ] {
                            var pages: [[Int64]] = []
                            for sparse in [true, false] {
                                let page = EventRow.page(
                                    for: filter, after: after, before: before, limit: 4, sparseCategory: sparse)
                                pages.append(
                                    try EventRow.fetchAll(db, sql: page.sql, arguments: page.arguments).map(\.sequence))
                                // With a type, SQLite may as well start from the type's index; never from the log.
                                guard sparse, filter.types.isEmpty else { continue }
                                let plan = try Row.fetchAll(
                                    db, sql: "EXPLAIN QUERY PLAN " + page.sql,
                                    arguments: StatementArguments(page.arguments)
                                ).map { $0["detail"] as String }.joined(separator: "\n")
                                #expect(plan.contains("COVERING INDEX sqlite_autoindex_events_1"), "\(plan)")
                                #expect(!plan.contains("SCAN"), "\(plan)")
                            }
                            #expect(
                                pages[0] == pages[1] && pages[0].count == 4,
                                "\(filter) \(String(describing: after)) \(String(describing: before)): \(pages)")
                        }
                    }
                }
            }
        }
    }

    @Test("A category's pages and counts come from events_category (PostgreSQL)", arguments: harnesses)
    func categoryIndex(harness: any StoreHarness) async throws {
        guard harness is PostgresHarness else { return }
        let clock = TestClock()
        try await harness.withStore(clock: clock.clock) { store in
            try await fill(store, clock: clock)
            for n in 0..<3 {
                try await store.append(Fixture.events(2), to: Fixture.stream("gift/G-\(n)"), expectedVersion: .noStream)
            }
            try await harness.execute(store, sql: "ANALYZE events")
            let gifts = EventFilter(category: "gift")
            for newestFirst in [false, true] {
                let plan = try await plan(of: gifts, newestFirst: newestFirst, in: store)
                #expect(plan.contains("events_category"), "\(plan)")
            }
            let count = PostgresEventRow.countByCategory(filter: gifts)
            let counted = try await store.query(SQLStatement("EXPLAIN " + count.sql, count.arguments)).flatMap(\.values)
                .compactMap { value -> String? in
                    if case .text(let text) = value { return text }
                    return nil
                }.joined(separator: "\n")
            #expect(counted.contains("events_category"), "\(counted)")
            #expect(try await store.countEvents(filter: gifts) == ["gift": 6])
            #expect(try await store.read(beforeSequence: .max, limit: 4, filter: gifts).count == 4)
        }
    }

}
