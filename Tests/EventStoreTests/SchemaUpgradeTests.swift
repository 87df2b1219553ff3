import EventStore
import EventStorePostgres
import Foundation
import GRDB
import Testing

/// The store a v1 build left behind (`Fixtures/v1-store.*`), as its manifest describes it.
struct V1Fixture: Decodable {
    struct Entry: Decodable {
        var sequence: Int64
        var stream: String
        var version: Int
        var type: String
        var actor: String
        var recordedAt: Int64
        var hash: String
    }

    var schema: String
    var events: [Entry]
    var head: String
    var countByType: [String: Int]

    /// The folder holding the fixtures, as copied into the test bundle.
    static var folder: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    }

    /// The manifest, `v1-store.json`.
    static func load() throws -> V1Fixture {
        try JSONDecoder().decode(V1Fixture.self, from: Data(contentsOf: folder.appendingPathComponent("v1-store.json")))
    }

    /// The SQLite fixture copied into a fresh temporary directory, so the committed file is never changed.
    static func sqliteCopy() throws -> String {
        let path = try SQLiteHarness.temporaryDirectory().appendingPathComponent("sujarit.db").path
        try FileManager.default.copyItem(atPath: folder.appendingPathComponent("v1-store.sqlite").path, toPath: path)
        return path
    }

    /// The statements of the PostgreSQL fixture, a plain-SQL `pg_dump --inserts` of a v1 database: every
    /// statement ends a line with `;`, and psql's own lines (`\restrict`, comments) are left out.
    static func postgresDump() throws -> [String] {
        let text = try String(contentsOf: folder.appendingPathComponent("v1-store.sql"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("--") && !$0.hasPrefix("\\") }
        return lines.joined(separator: "\n").components(separatedBy: ";\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .map { $0.hasSuffix(";") ? String($0.dropLast()) : $0 }
            .filter { !$0.isEmpty }
    }

    /// The sequences of the events `keep` selects, in order.
    func sequences(where keep: (Entry) -> Bool) -> [Int64] {
        events.filter(keep).map(\.sequence)
    }
}

/// What each backend records about its schema, for the checks both share.
struct SchemaProbe {
    /// Lists the migrations applied, in a column named `id`.
    var migrationsSQL: String
    /// Lists the indexes on `events`, in a column named `name`.
    var indexesSQL: String
    /// The migrations a current store has applied.
    var current: [String]
    /// The indexes on `events` a current store has, at least.
    var indexes: Set<String>
}

extension SchemaProbe {
    static let sqlite = SchemaProbe(
        migrationsSQL: "SELECT identifier AS id FROM grdb_migrations",
        indexesSQL: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'",
        current: ["v1: event log", "v2: audit-trail indexes"],
        indexes: ["events_actor", "events_recorded_at", "events_dedupe_key", "events_type"]
    )
    static let postgres = SchemaProbe(
        migrationsSQL: "SELECT id FROM sujarit_migrations",
        indexesSQL: "SELECT indexname AS name FROM pg_indexes WHERE tablename = 'events'",
        current: ["v1: event log", "v2: audit-trail indexes", "v3: the audit trail by category"],
        indexes: ["events_actor", "events_recorded_at", "events_dedupe_key", "events_type", "events_category"]
    )
}

/// Checks a store opened on a v1 fixture by the current code: schema upgraded, log and read model intact,
/// filters answered as before, and a new append chained onto the old head.
func expectUpgraded(_ store: any EventStore, probe: SchemaProbe, fixture: V1Fixture, clock: TestClock) async throws {
    let migrations = try await store.query(probe.migrationsSQL).compactMap { $0.string("id") }
    #expect(migrations.sorted() == probe.current)
    let indexes = Set(try await store.query(probe.indexesSQL).compactMap { $0.string("name") })
    #expect(indexes.isSuperset(of: probe.indexes), "\(indexes)")

    // Every event as the v1 build wrote it.
    let events = try await allEvents(of: store)
    #expect(events.count == fixture.events.count)
    for (event, entry) in zip(events, fixture.events) {
        #expect(event.sequence == entry.sequence)
        #expect(event.streamID.description == entry.stream)
        #expect(event.streamVersion == entry.version)
        #expect(event.type == entry.type)
        #expect(event.actor == entry.actor)
        #expect(Microseconds.from(event.recordedAt) == entry.recordedAt)
        #expect(event.hash.description == entry.hash)
    }
    #expect(events.contains { $0.dedupeKey == "egp:import:6601-0007" })
    let chain = try await store.verify(progress: nil)
    #expect(chain.isIntact)
    #expect(chain.eventsChecked == Int64(fixture.events.count))
    #expect(chain.headHash?.description == fixture.head)

    // The read model the v1 build kept is used as it is, not rebuilt into something else.
    var counts: [String: Int] = [:]
    for row in try await store.query("SELECT event_type, n FROM count_by_type") {
        counts[row.string("event_type") ?? "?"] = row.int("n")
    }
    #expect(counts == fixture.countByType)

    // The audit-trail filters, now served by the v2 indexes, select what they always did.
    let malee = try await store.read(afterSequence: 0, limit: 1_000, filter: EventFilter(actor: "malee"))
    #expect(malee.map(\.sequence) == fixture.sequences { $0.actor == "malee" })
    let middle = fixture.events[fixture.events.count / 3].recordedAt
    let end = fixture.events[2 * fixture.events.count / 3].recordedAt
    let window = EventFilter(recordedFrom: Microseconds.date(middle), recordedBefore: Microseconds.date(end))
    let inWindow = try await store.read(afterSequence: 0, limit: 1_000, filter: window)
    #expect(inWindow.map(\.sequence) == fixture.sequences { $0.recordedAt >= middle && $0.recordedAt < end })
    #expect(!inWindow.isEmpty)
    let paged = try await store.read(
        afterSequence: inWindow[0].sequence, limit: 2,
        filter: EventFilter(actor: "malee", recordedFrom: Microseconds.date(middle)))
    #expect(
        paged.map(\.sequence)
            == Array(
                fixture.sequences {
                    $0.sequence > inWindow[0].sequence && $0.actor == "malee" && $0.recordedAt >= middle
                }.prefix(2)))

    // Appending afterwards continues the stream and the chain from the v1 head.
    let stream = fixture.events[0].stream
    let version = fixture.events.filter { $0.stream == stream }.map(\.version).max()!
    clock.set(Microseconds.date(fixture.events.last!.recordedAt + 3_600_000_000))
    try await store.append(
        [Fixture.event("Reviewed", 200, actor: "malee")], to: Fixture.stream(stream), expectedVersion: .exactly(version)
    )
    let appended = try await store.read(afterSequence: Int64(fixture.events.count), limit: 10, filter: .all)
    #expect(appended.count == 1)
    #expect(appended.first?.sequence == Int64(fixture.events.count) + 1)
    #expect(appended.first?.streamVersion == version + 1)
    #expect(appended.first?.previousHash.description == fixture.head)
    let after = try await store.verify(progress: nil)
    #expect(after.isIntact)
    #expect(after.eventsChecked == Int64(fixture.events.count) + 1)
    let reviewed = try await store.query("SELECT n FROM count_by_type WHERE event_type = 'Reviewed'")
    #expect(reviewed.first?.int("n") == (fixture.countByType["Reviewed"] ?? 0) + 1)
}

/// Stores written by the previous schema, upgraded in place by opening them with the current code.
@Suite("EventStore schema upgrades")
struct SchemaUpgradeTests {
    @Test("An SQLite store written by schema v1 opens upgraded to v2, its log and read model intact")
    func sqliteFromV1() async throws {
        let fixture = try V1Fixture.load()
        let path = try V1Fixture.sqliteCopy()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        // The copy really is a v1 store: only the first migration applied, none of the v2 indexes.
        do {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            let applied = try await queue.read { db in
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            }
            #expect(applied == [fixture.schema])
            let actorIndex = try await queue.read { db in
                try db.indexes(on: "events").contains { $0.name == "events_actor" }
            }
            #expect(!actorIndex)
        }
        let clock = TestClock()
        let store = try SQLiteEventStore.open(at: path, projections: [CountByType()], clock: clock.clock)
        try await expectUpgraded(store, probe: .sqlite, fixture: fixture, clock: clock)
    }

    @Test("Two SQLite stores opening the same v1 file at once apply v2 once, and both open")
    func sqliteConcurrentUpgrade() async throws {
        let fixture = try V1Fixture.load()
        let path = try V1Fixture.sqliteCopy()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        // A third connection holds the write lock while both stores start opening, so that both find v2
        // pending before either may apply it: the second to get the lock must see it applied and go on.
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let blocker = try DatabaseQueue(path: path, configuration: configuration)
        try await blocker.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "BEGIN IMMEDIATE")
        }
        // On threads of their own: an open waiting for SQLite's lock blocks its thread, and the few threads
        // of Swift's task pool are needed to let the lock go.
        let first = Self.openOnThread(path), second = Self.openOnThread(path)
        try await Task.sleep(for: .milliseconds(300))
        try await blocker.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
        try blocker.close()
        for store in [try await first.value, try await second.value] {
            let migrations = try await store.query(SchemaProbe.sqlite.migrationsSQL).compactMap { $0.string("id") }
            #expect(migrations.sorted() == SchemaProbe.sqlite.current)
            #expect(try await store.verify(progress: nil).eventsChecked == Int64(fixture.events.count))
        }
    }

    /// `SQLiteEventStore.open` on a thread outside Swift's task pool.
    static func openOnThread(_ path: String) -> Task<SQLiteEventStore, any Error> {
        Task {
            try await withCheckedThrowingContinuation { continuation in
                Thread.detachNewThread {
                    continuation.resume(
                        with: Result { try SQLiteEventStore.open(at: path, projections: [CountByType()]) })
                }
            }
        }
    }

    @Test("A PostgreSQL database written by schema v1 opens upgraded to v2, its log and read model intact")
    func postgresFromV1() async throws {
        guard let harness = PostgresHarness.fromEnvironment() else { return }
        let fixture = try V1Fixture.load()
        let database = try await harness.newDatabase()
        let clock = TestClock()
        let store = try PostgresEventStore.open(
            url: harness.url(of: database), projections: [CountByType()], clock: clock.clock)
        do {
            try await harness.run(V1Fixture.postgresDump(), on: database)
            // The restored database really is a v1 store.
            try await harness.run(
                [
                    """
                    DO $$ BEGIN IF to_regclass('events_actor') IS NOT NULL OR (SELECT count(*) FROM \
                    sujarit_migrations) <> 1 THEN RAISE EXCEPTION 'not a v1 store'; END IF; END $$
                    """
                ], on: database)
            try await store.ready()
            try await expectUpgraded(store, probe: .postgres, fixture: fixture, clock: clock)
            await harness.dispose(store)
        } catch {
            await harness.dispose(store)
            throw error
        }
    }

    @Test("Two PostgreSQL stores opening the same v1 database at once apply the upgrades once, and both open")
    func postgresConcurrentUpgrade() async throws {
        guard let harness = PostgresHarness.fromEnvironment() else { return }
        let fixture = try V1Fixture.load()
        let database = try await harness.newDatabase()
        let first = try PostgresEventStore.open(url: harness.url(of: database), projections: [CountByType()])
        let second = try PostgresEventStore.open(url: harness.url(of: database), projections: [CountByType()])
        do {
            try await harness.run(V1Fixture.postgresDump(), on: database)
            async let a: Void = first.ready()
            async let b: Void = second.ready()
            _ = try await (a, b)
            for store in [first, second] {
                let migrations = try await store.query(SchemaProbe.postgres.migrationsSQL).compactMap {
                    $0.string("id")
                }
                #expect(migrations.sorted() == SchemaProbe.postgres.current)
                #expect(try await store.verify(progress: nil).eventsChecked == Int64(fixture.events.count))
            }
            await harness.dispose(first)
        } catch {
            await harness.dispose(first)
            throw error
        }
    }
}
