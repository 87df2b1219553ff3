import EventStore
@testable import EventStorePostgres
import Foundation
import Testing

/// Moving a SQLite store to PostgreSQL (`sujarit migrate`): a verbatim copy whose chain and read models
/// match the source's, that continues after an interruption and never mixes two logs.
///
/// Runs when `SUJARIT_TEST_POSTGRES` names a server (always in CI).
@Suite(
    "Store migration: SQLite to PostgreSQL",
    .enabled(if: PostgresHarness.fromEnvironment() != nil, "needs SUJARIT_TEST_POSTGRES (.ci/run sets it)"))
struct MigrateCopyTests {
    let server = PostgresHarness.fromEnvironment()!
    static let projections: [any Projection] = [Ledger(), CountByType()]
    static let readModelTables = ["ledger_events", "ledger_streams", "count_by_type"]

    /// What one test made, removed when it ends (see ``cleaningUp(_:)``).
    final class Made: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var databases: [String] = []
        private(set) var stores: [any EventStore] = []
        func add(database: String) { lock.withLock { databases.append(database) } }
        func add(store: any EventStore) { lock.withLock { stores.append(store) } }
    }

    /// Runs `body`, then drops the databases and removes the SQLite stores it made, whether it failed or not.
    func cleaningUp(_ body: (Made) async throws -> Void) async throws {
        let made = Made()
        do {
            try await body(made)
        } catch {
            await remove(made)
            throw error
        }
        await remove(made)
    }

    private func remove(_ made: Made) async {
        for database in made.databases { await drop(database) }
        for store in made.stores { await SQLiteHarness().dispose(store) }
    }

    /// A SQLite store with the read models, holding ``history(_:clock:)`` and what `extra` adds.
    func makeSource(
        _ made: Made, extra: (any EventStore, TestClock) async throws -> Void = { _, _ in }
    ) async throws -> SQLiteEventStore {
        let clock = TestClock()
        let path = try SQLiteHarness.temporaryDirectory().appendingPathComponent("agency.db").path
        let store = try SQLiteEventStore.create(at: path, projections: Self.projections, clock: clock.clock)
        made.add(store: store)
        try await Self.history(store, clock: clock)
        try await extra(store, clock)
        return store
    }

    /// Seventeen events over four streams: single and multi-stream appends, dedupe keys (one repeated, so
    /// skipped), several actors, a newer schema version, and times with odd microseconds. The same clock
    /// gives the same chain, so two sources built this way share their first seventeen events.
    static func history(_ store: any EventStore, clock: TestClock) async throws {
        let risk1 = Fixture.stream("risk/R-2568-001"), risk2 = Fixture.stream("risk/R-2568-002")
        let gift = Fixture.stream("gift/G-2568-0001"), feed = Fixture.stream("egp/67119000333")
        try await store.append(Fixture.events(3, type: "RiskIdentified"), to: risk1, expectedVersion: .noStream)
        clock.advance(by: 61.000_123)
        _ = try await store.append([
            StreamAppend(
                stream: risk1, expectedVersion: .exactly(3), events: [Fixture.event("RiskScored", 4, actor: "nisa")]),
            StreamAppend(
                stream: gift, expectedVersion: .noStream,
                events: [
                    Fixture.event("GiftReceived", 5, actor: "palad", occurredAt: Fixture.start - 86_400.000_007)
                ]),
        ])
        clock.advance(by: 3_600.5)
        try await store.append(
            (6...11).map { Fixture.event("AnnouncementImported", $0, actor: "cron", key: "egp:\($0)") }, to: feed,
            expectedVersion: .any)
        clock.advance(by: 0.000_001)
        // The same feed again with one new announcement: only egp:12 is appended.
        try await store.append(
            (9...12).map { Fixture.event("AnnouncementImported", $0, actor: "cron", key: "egp:\($0)") }, to: feed,
            expectedVersion: .any)
        var newer = Fixture.event("RiskIdentified", 13, actor: "สมชาย")
        newer.schemaVersion = 2
        try await store.append([newer], to: risk2, expectedVersion: .noStream)
        clock.advance(by: 86_400)
        try await store.append(Fixture.events(4, type: "RiskScored", from: 14), to: risk2, expectedVersion: .exactly(1))
        #expect(try await store.lastSequence() == 17)
    }

    /// The URL of a fresh, empty database on the test server.
    func emptyTarget(_ made: Made) async throws -> String {
        let database = try await server.newDatabase()
        made.add(database: database)
        return server.url(of: database)
    }

    func drop(_ database: String) async {
        let admin = URLComponents(string: server.adminURL)!.path.trimmingCharacters(in: ["/"])
        try? await server.run(["DROP DATABASE IF EXISTS \(database) WITH (FORCE)"], on: admin)
    }

    func open(_ url: String) async throws -> PostgresEventStore {
        let store = try PostgresEventStore.open(url: url, projections: Self.projections)
        try await store.ready()
        return store
    }

    @Test(
        """
        every event is copied field by field, the heads match, the target verifies and its read models equal the \
        source's
        """
    )
    func verbatimCopy() async throws {
        try await cleaningUp { made in
            let source = try await makeSource(made)
            let url = try await emptyTarget(made)

            let report = try await StoreMigration(
                source: source, targetURL: url, projections: Self.projections, batchSize: 5
            ).run()
            #expect(report.createdTarget)
            #expect(report.copied == 17 && report.alreadyPresent == 0 && report.complete)
            let sourceEvents = try await allEvents(of: source)
            #expect(report.source == ChainPosition(sequence: 17, hash: sourceEvents.last!.hash))
            #expect(report.target == report.source)

            let target = try await open(url)
            let targetEvents = try await allEvents(of: target)
            #expect(targetEvents == sourceEvents)
            #expect(targetEvents.map(\.payload) == sourceEvents.map(\.payload))
            #expect(targetEvents.compactMap(\.dedupeKey) == (6...12).map { "egp:\($0)" })
            #expect(targetEvents.first { $0.schemaVersion == 2 }?.actor == "สมชาย")
            let sourceReport = try await source.verify(progress: nil)
            let targetReport = try await target.verify(progress: nil)
            #expect(targetReport.isIntact)
            #expect(targetReport == sourceReport)
            #expect(try await target.chainHead() == report.source)
            #expect(try await dump(Self.readModelTables, of: target) == dump(Self.readModelTables, of: source))
            #expect(try await server.checkpoint(of: "ledger", in: target)?.sequence == 17)
            #expect(try await target.query("SELECT count(*) AS n FROM ledger_events").first?.int("n") == 17)

            // The copy is a working store: the next append continues the same chain.
            try await target.append(
                [Fixture.event("RiskScored", 18)], to: Fixture.stream("risk/R-2568-001"), expectedVersion: .exactly(4))
            #expect(try await target.verify(progress: nil).eventsChecked == 18)
        }
    }

    @Test("running the same migration again copies nothing and says the target already holds every event")
    func rerunCopiesNothing() async throws {
        try await cleaningUp { made in
            let source = try await makeSource(made)
            let url = try await emptyTarget(made)
            let first = try await StoreMigration(source: source, targetURL: url, projections: Self.projections).run()
            let before = try await allEvents(of: try await open(url))

            let again = try await StoreMigration(source: source, targetURL: url, projections: Self.projections).run()
            #expect(!again.createdTarget)
            #expect(again.copied == 0 && again.alreadyPresent == 17 && again.complete)
            #expect(again.target == first.target)
            #expect(try await allEvents(of: try await open(url)) == before)
        }
    }

    @Test("a copy stopped part way continues from the target's head on the next run")
    func limitedCopyResumes() async throws {
        try await cleaningUp { made in
            let source = try await makeSource(made)
            let url = try await emptyTarget(made)

            let part = try await StoreMigration(
                source: source, targetURL: url, projections: Self.projections, batchSize: 3, limit: 7
            ).run()
            #expect(part.copied == 7 && !part.complete)
            #expect(part.target.sequence == 7)
            #expect(try await server.checkpoint(of: "ledger", in: try await open(url))?.sequence == 7)

            let rest = try await StoreMigration(
                source: source, targetURL: url, projections: Self.projections, batchSize: 3
            ).run()
            #expect(!rest.createdTarget)
            #expect(rest.copied == 10 && rest.alreadyPresent == 7 && rest.complete)
            #expect(rest.target == rest.source)
            let target = try await open(url)
            #expect(try await allEvents(of: target) == allEvents(of: source))
            #expect(try await dump(Self.readModelTables, of: target) == dump(Self.readModelTables, of: source))
        }
    }

    @Test("a batch that fails is rolled back whole; the next run continues after the last committed batch")
    func failedBatchResumes() async throws {
        try await cleaningUp { made in
            let source = try await makeSource(made) { store, _ in
                try await store.append(
                    [Fixture.event("Explode", 18), Fixture.event("Noted", 19)], to: Fixture.stream("risk/R-9"),
                    expectedVersion: .noStream)
            }
            let url = try await emptyTarget(made)

            // Event #18 makes a read model of the target fail: batches of 5 commit #1–#15, and #16–#19 roll back.
            let failing = StoreMigration(
                source: source, targetURL: url, projections: Self.projections + [ExplodingProjection()], batchSize: 5)
            let error = await caught { try await failing.run() }
            #expect(error is ExplodingProjection.Exploded)
            let interrupted = try await open(url)
            #expect(try await interrupted.chainHead().sequence == 15)
            #expect(try await interrupted.verify(progress: nil).eventsChecked == 15)
            #expect(try await server.checkpoint(of: "ledger", in: interrupted)?.sequence == 15)

            let resumed = try await StoreMigration(
                source: source, targetURL: url, projections: Self.projections, batchSize: 5
            ).run()
            #expect(resumed.alreadyPresent == 15 && resumed.copied == 4 && resumed.complete)
            #expect(resumed.target == resumed.source)
            let target = try await open(url)
            #expect(try await allEvents(of: target) == allEvents(of: source))
            #expect(try await dump(Self.readModelTables, of: target) == dump(Self.readModelTables, of: source))
        }
    }

    @Test("a target holding another store's log is refused and left exactly as it was")
    func otherLogRefused() async throws {
        try await cleaningUp { made in
            let source = try await makeSource(made)
            let other = try await server.makeStore(projections: Self.projections, clock: Date.init)
            made.add(database: PostgresHarness.database(of: other))
            try await other.append(
                Fixture.events(4, type: "Other"), to: Fixture.stream("risk/R-X"), expectedVersion: .noStream)
            let url = server.url(of: PostgresHarness.database(of: other))
            let before = try await allEvents(of: other)
            let readModels = try await dump(Self.readModelTables, of: other)

            let error = await caught {
                try await StoreMigration(source: source, targetURL: url, projections: Self.projections).run()
            }
            guard case let .differentLog(_, _, sequence, targetHash, sourceHash)? = error as? StoreMigrationError else {
                Issue.record("expected differentLog, got \(String(describing: error))")
                return
            }
            #expect(sequence == 4 && targetHash == before.last?.hash && sourceHash != targetHash)
            #expect(error?.localizedDescription.contains("already holds a different log") == true)
            let target = try await open(url)
            #expect(try await allEvents(of: target) == before)
            #expect(try await dump(Self.readModelTables, of: target) == readModels)
        }
    }

    @Test("a target holding the start of the same history that then diverges from the source is refused")
    func divergedLogRefused() async throws {
        try await cleaningUp { made in
            // Two sources with the same seventeen events, each with a different eighteenth.
            let first = try await makeSource(made) { store, _ in
                try await store.append(
                    [Fixture.event("Noted", 100)], to: Fixture.stream("risk/R-A"), expectedVersion: .noStream)
            }
            let second = try await makeSource(made) { store, _ in
                try await store.append(
                    [Fixture.event("Noted", 200), Fixture.event("Noted", 201)], to: Fixture.stream("risk/R-B"),
                    expectedVersion: .noStream)
            }
            let url = try await emptyTarget(made)
            #expect(try await allEvents(of: first).prefix(17) == allEvents(of: second).prefix(17))

            let copied = try await StoreMigration(source: first, targetURL: url, projections: Self.projections).run()
            #expect(copied.target.sequence == 18)
            let error = await caught {
                try await StoreMigration(source: second, targetURL: url, projections: Self.projections).run()
            }
            #expect(
                (error as? StoreMigrationError).map { if case .differentLog = $0 { true } else { false } } == true,
                "\(String(describing: error))")
            #expect(try await open(url).chainHead() == copied.target)
        }
    }

    @Test("a source shorter than the target but the start of its log copies nothing: work went on on the server")
    func targetAheadOfSource() async throws {
        try await cleaningUp { made in
            let source = try await makeSource(made)
            let url = try await emptyTarget(made)
            _ = try await StoreMigration(source: source, targetURL: url, projections: Self.projections).run()
            try await open(url).append(
                [Fixture.event("Noted", 18)], to: Fixture.stream("risk/R-3"), expectedVersion: .noStream)

            let again = try await StoreMigration(source: source, targetURL: url, projections: Self.projections).run()
            #expect(again.copied == 0 && again.alreadyPresent == 17 && again.complete)
            #expect(again.target.sequence == 18)
        }
    }

    @Test("a source with an edited row is refused before the server is touched")
    func tamperedSourceRefused() async throws {
        try await cleaningUp { made in
            let source = try await makeSource(made)
            let url = try await emptyTarget(made)
            try await SQLiteHarness().tamper(source, "UPDATE events SET actor = 'mallory' WHERE sequence = 9")

            let error = await caught {
                try await StoreMigration(source: source, targetURL: url, projections: Self.projections).run()
            }
            #expect(
                error as? StoreMigrationError
                    == .sourceBroken(
                        location: source.location, chainBreak: ChainBreak(sequence: 9, kind: .contentMismatch),
                        intact: 8
                    ))
            // No store was created in the target database.
            let untouched = await caught { try await open(url) }
            #expect(untouched as? EventStoreError == .storeNotFound(try PostgresLocation(url: url).description))
        }
    }

    @Test("an empty source, an unreachable server and a missing database are refused with their reason")
    func badInputRefused() async throws {
        try await cleaningUp { made in
            let emptyPath = try SQLiteHarness.temporaryDirectory().appendingPathComponent("empty.db").path
            let empty = try SQLiteEventStore.create(at: emptyPath)
            made.add(store: empty)
            let url = try await emptyTarget(made)
            let noEvents = await caught {
                try await StoreMigration(source: empty, targetURL: url, projections: []).run()
            }
            #expect(noEvents as? StoreMigrationError == .sourceEmpty(location: emptyPath))

            let source = try await makeSource(made)
            let unreachable = await caught {
                try await StoreMigration(
                    source: source, targetURL: "postgres://sujarit@127.0.0.1:1/nowhere", projections: []
                ).run()
            }
            guard case .unreachable? = unreachable as? PostgresStoreError else {
                Issue.record("expected unreachable, got \(String(describing: unreachable))")
                return
            }
            let missing = await caught {
                try await StoreMigration(
                    source: source, targetURL: server.url(of: "sujarit_no_such_db"), projections: []
                ).run()
            }
            #expect(
                missing?.localizedDescription.contains("sujarit_no_such_db") == true, "\(String(describing: missing))")
        }
    }

    @Test("the verbatim import refuses events that do not follow the head or do not match their hash, writing nothing")
    func importChecksTheChain() async throws {
        try await cleaningUp { made in
            let source = try await makeSource(made)
            let url = try await emptyTarget(made)
            let events = try await allEvents(of: source)
            let target = try PostgresEventStore.create(url: url, projections: Self.projections)
            try await target.importRecorded(Array(events[0..<5]))

            // A batch that skips event #6.
            let gap = await caught { try await target.importRecorded(Array(events[6..<9])) }
            guard case .doesNotContinue(_, let head, 7, _)? = gap as? VerbatimImportError else {
                Issue.record("expected doesNotContinue, got \(String(describing: gap))")
                return
            }
            #expect(head == ChainPosition(sequence: 5, hash: events[4].hash))
            // A batch whose second event was edited but kept its hash.
            let edited = events[6]
            let forged = RecordedEvent(
                sequence: edited.sequence, streamID: edited.streamID, streamVersion: edited.streamVersion,
                type: edited.type,
                schemaVersion: edited.schemaVersion, occurredAt: edited.occurredAt, recordedAt: edited.recordedAt,
                actor: "mallory", payload: edited.payload, dedupeKey: edited.dedupeKey,
                previousHash: edited.previousHash, hash: edited.hash
            )
            let mismatch = await caught { try await target.importRecorded([events[5], forged, events[7]]) }
            #expect(mismatch as? VerbatimImportError == .brokenChain(ChainBreak(sequence: 7, kind: .contentMismatch)))
            // Events out of order within a batch.
            let reordered = await caught { try await target.importRecorded([events[5], events[7]]) }
            #expect(
                reordered as? VerbatimImportError
                    == .brokenChain(ChainBreak(sequence: 7, kind: .sequenceGap(expected: 7, found: 8))))

            #expect(try await target.chainHead() == ChainPosition(sequence: 5, hash: events[4].hash))
            #expect(try await allEvents(of: target) == Array(events[0..<5]))
            #expect(
                try await target.importRecorded(Array(events[5...]))
                    == ChainPosition(sequence: 17, hash: events[16].hash))
            #expect(try await target.verify(progress: nil).headHash == events[16].hash)
        }
    }
}
