@testable import EventStore
import Foundation
import GRDB
import Testing

/// `verifyReadModels`: every read-model table compared with a replay of the log, the log's guards and head,
/// and opening and rebuilding a store whose read models were damaged in every way we could think of.
@Suite("EventStore: read models checked against the log (SQLite)")
struct ReadModelVerifyTests {
    static let projections: [any Projection] = [CountByType(), Ledger()]

    /// A store with a few streams and types, and its path.
    static func makeStore() async throws -> SQLiteEventStore {
        let harness = SQLiteHarness()
        let store = try await harness.makeStore(projections: projections, clock: TestClock().clock) as! SQLiteEventStore
        try await store.append(
            [Fixture.event("Identified", 1), Fixture.event("Assessed", 2)], to: Fixture.stream("risk/R-1"),
            expectedVersion: .noStream)
        try await store.append(
            [Fixture.event("Identified", 3)], to: Fixture.stream("risk/R-2"), expectedVersion: .noStream)
        try await store.append(
            [Fixture.event("Closed", 4), Fixture.event("Identified", 5)], to: Fixture.stream("gift/G-1"),
            expectedVersion: .noStream)
        return store
    }

    /// Runs SQL on the file directly, as someone with a SQLite tool would.
    static func sql(_ store: SQLiteEventStore, _ statements: String) throws {
        let queue = try DatabaseQueue(path: store.path)
        defer { try? queue.close() }
        try queue.writeWithoutTransaction { db in try db.execute(sql: statements) }
    }

    /// The store opened again as `verify` opens it: read models as found.
    static func asFound(_ store: SQLiteEventStore) throws -> SQLiteEventStore {
        try SQLiteEventStore.open(at: store.path, projections: projections, catchingUp: false)
    }

    static func dispose(_ store: SQLiteEventStore) async { await SQLiteHarness().dispose(store) }

    @Test("An untouched store matches the log; the scratch database is deleted afterwards")
    func intact() async throws {
        let store = try await Self.makeStore()
        defer { Task { await Self.dispose(store) } }
        let report = try await store.verifyReadModels(progress: nil)
        #expect(report.isConsistent)
        #expect(report.sequence == 5)
        #expect(report.tablesChecked == 3)
        let folder = URL(fileURLWithPath: store.path).deletingLastPathComponent().path
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("verify") }
        #expect(left.isEmpty, "scratch files left: \(left)")
        try report.requireConsistent(location: store.path)
    }

    @Test("A scratch file left by a killed verify is deleted by the next one; a live run's is not touched")
    func orphanedScratchRemoved() async throws {
        let store = try await Self.makeStore()
        defer { Task { await Self.dispose(store) } }
        let folder = URL(fileURLWithPath: store.path).deletingLastPathComponent()
        let stem = URL(fileURLWithPath: store.path).lastPathComponent
        // No process has pid 0x7FFFFFFE (Linux's pid_max is at most 2^22); pid 1 always exists.
        let orphan = folder.appendingPathComponent(".\(stem).verify-2147483646-\(UUID().uuidString)")
        let alive = folder.appendingPathComponent(".\(stem).verify-1-\(UUID().uuidString)")
        for file in [orphan, alive] { try Data("replayed personal data".utf8).write(to: file) }
        defer { try? FileManager.default.removeItem(at: alive) }
        #expect(try await store.verifyReadModels(progress: nil).isConsistent)
        #expect(!FileManager.default.fileExists(atPath: orphan.path))
        #expect(FileManager.default.fileExists(atPath: alive.path))
    }

    @Test("A row edited in a read model is named with its table, as it should be and as it is")
    func editedRow() async throws {
        let store = try await Self.makeStore()
        defer { Task { await Self.dispose(store) } }
        try Self.sql(store, "UPDATE count_by_type SET n = 99 WHERE event_type = 'Identified'")
        let report = try await Self.asFound(store).verifyReadModels(progress: nil)
        #expect(!report.isConsistent)
        let difference = try #require(report.differences.first)
        #expect(report.differences.count == 1)
        #expect(difference.table == "count_by_type")
        #expect(difference.kind == .rows)
        #expect(difference.missingRows == 1 && difference.extraRows == 1)
        #expect(difference.changedExamples == ["event_type='Identified': n 3 → 99"])
        #expect(difference.missingExamples.isEmpty && difference.extraExamples.isEmpty, "shown as a change only")
        #expect(report.checkpoints.isEmpty)
        let message = ReadModelMismatch(location: store.path, report: report).errorDescription ?? ""
        #expect(message.contains("count_by_type") && message.contains("sujarit rebuild"))
        #expect(throws: ReadModelMismatch.self) { try report.requireConsistent(location: store.path) }
    }

    /// The check finds each row's twin through the table's key (`sameRowsByKey`); a table rewritten so that a
    /// looser comparison would pair rows that differ must still be reported.
    @Test(
        "Rows a looser comparison would match are reported: case under a NOCASE column, a number stored as text",
        arguments: [
            "event_type TEXT COLLATE NOCASE PRIMARY KEY, n BIGINT NOT NULL|upper(event_type), n",
            "event_type TEXT PRIMARY KEY, n|event_type, CAST(n AS TEXT)",
        ])
    func looserTwinsReported(_ rewrite: String) async throws {
        let parts = rewrite.split(separator: "|").map(String.init)
        let store = try await Self.makeStore()
        defer { Task { await Self.dispose(store) } }
        try Self.sql(
            store,
            """
            ALTER TABLE count_by_type RENAME TO old_counts;
            CREATE TABLE count_by_type (\(parts[0]));
            INSERT INTO count_by_type SELECT \(parts[1]) FROM old_counts;
            DROP TABLE old_counts;
            """)
        let report = try await Self.asFound(store).verifyReadModels(progress: nil)
        #expect(report.differences.map(\.table) == ["count_by_type"], "\(rewrite)")
        // The same table rebuilt as it was matches again: the check is not merely failing on a rewritten table.
        try Self.sql(
            store,
            """
            DROP TABLE count_by_type;
            CREATE TABLE count_by_type (event_type TEXT PRIMARY KEY, n BIGINT NOT NULL);
            INSERT INTO count_by_type VALUES ('Assessed', 1), ('Closed', 1), ('Identified', 3);
            """)
        #expect(try await Self.asFound(store).verifyReadModels(progress: nil).isConsistent)
    }

    @Test("A row added to a read model is reported as extra, a row deleted as missing")
    func extraAndMissingRows() async throws {
        let store = try await Self.makeStore()
        defer { Task { await Self.dispose(store) } }
        try Self.sql(
            store,
            """
            INSERT INTO ledger_streams VALUES ('risk/R-9', 1, 1, 'Forged', 9, 9);
            DELETE FROM ledger_events WHERE sequence = 3;
            """)
        let report = try await Self.asFound(store).verifyReadModels(progress: nil)
        let byTable = Dictionary(uniqueKeysWithValues: report.differences.map { ($0.table, $0) })
        #expect(Set(byTable.keys) == ["ledger_streams", "ledger_events"])
        let extra = try #require(byTable["ledger_streams"])
        #expect(extra.extraRows == 1 && extra.missingRows == 0)
        #expect(extra.extraExamples.first?.contains("stream_id='risk/R-9'") == true)
        let missing = try #require(byTable["ledger_events"])
        #expect(missing.missingRows == 1 && missing.extraRows == 0)
        #expect(missing.missingExamples.first?.hasPrefix("sequence=3, stream_id='risk/R-2'") == true)
    }

    @Test("A dropped read-model table and a changed checkpoint are reported")
    func droppedTableAndCheckpoint() async throws {
        let store = try await Self.makeStore()
        defer { Task { await Self.dispose(store) } }
        try Self.sql(
            store,
            "DROP TABLE ledger_streams; UPDATE projection_checkpoints SET sequence = 0 WHERE name = 'count_by_type'")
        let report = try await Self.asFound(store).verifyReadModels(progress: nil)
        #expect(report.differences.map(\.table) == ["ledger_streams"])
        #expect(report.differences.first?.kind == .tableMissing)
        #expect(
            report.checkpoints == [
                CheckpointProblem(
                    projection: "count_by_type", foundVersion: 1, foundSequence: 0, expectedVersion: 1,
                    expectedSequence: 5)
            ])
    }

    @Test("Example rows name each column; text is quoted with quotes doubled and long values shortened")
    func rowFormatting() {
        let long = String(repeating: "ก", count: 80)
        #expect(
            ReadModelRow.describe(
                columns: ["a", "b", "c", "d"], values: [.text("it's"), .null, .real(1.5), .text(long)])
                == "a='it''s', b=NULL, c=1.5, d='\(String(repeating: "ก", count: 57))…'")
        #expect(
            ReadModelRow.change(
                columns: ["id", "score", "note"], keys: ["id"], expected: [.text("R-1"), .integer(12), .null],
                found: [.text("R-1"), .integer(1), .null])
                == "id='R-1': score 12 → 1")
    }

    @Test("A dropped checkpoint table is reported as every projection without a checkpoint")
    func droppedCheckpointTable() async throws {
        let store = try await Self.makeStore()
        defer { Task { await Self.dispose(store) } }
        try Self.sql(store, "DROP TABLE projection_checkpoints")
        let report = try await Self.asFound(store).verifyReadModels(progress: nil)
        #expect(report.checkpoints.map(\.projection) == ["count_by_type", "ledger"])
        #expect(report.checkpoints.allSatisfy { $0.foundVersion == nil && $0.foundSequence == nil })
        #expect(report.differences.isEmpty)
    }

    @Test("A dropped append-only trigger is reported by verify, and the next append puts it back")
    func droppedTrigger() async throws {
        let store = try await Self.makeStore()
        defer { Task { await Self.dispose(store) } }
        #expect(try await store.verify(progress: nil).missingGuards.isEmpty)
        try Self.sql(store, "DROP TRIGGER events_no_delete")
        let report = try await Self.asFound(store).verify(progress: nil)
        #expect(report.missingGuards == ["events_no_delete"])
        #expect(report.isIntact, "the chain itself is untouched")
        let reopened = try SQLiteEventStore.open(at: store.path, projections: Self.projections)
        #expect(
            try await reopened.verify(progress: nil).missingGuards == ["events_no_delete"],
            "opening alone does not hide it")
        try await reopened.append([Fixture.event("Noted")], to: Fixture.stream("risk/R-3"), expectedVersion: .noStream)
        #expect(try await reopened.verify(progress: nil).missingGuards.isEmpty)
        #expect(throws: (any Error).self) { try Self.sql(store, "DELETE FROM events WHERE sequence = 1") }
    }

    @Test("A chain head behind the last event is reported where the unrecorded events start")
    func chainHeadBehind() async throws {
        let store = try await Self.makeStore()
        defer { Task { await Self.dispose(store) } }
        try Self.sql(store, "UPDATE chain_head SET sequence = 3")
        let behind = try await store.verify(progress: nil)
        #expect(behind.firstBreak == ChainBreak(sequence: 4, kind: .headBehind(recordedLast: 3)))
        try Self.sql(store, "DELETE FROM chain_head")
        let missing = try await store.verify(progress: nil)
        #expect(missing.firstBreak == ChainBreak(sequence: 1, kind: .headBehind(recordedLast: 0)))
        try Self.sql(store, "DROP TABLE chain_head")
        let dropped = try await store.verify(progress: nil)
        #expect(dropped.firstBreak == ChainBreak(sequence: 1, kind: .headBehind(recordedLast: 0)))
    }

    @Test(
        "A store whose read models were damaged still opens, and rebuild makes them match the log again",
        arguments: [
            "UPDATE projection_checkpoints SET sequence = 0",
            "DELETE FROM projection_checkpoints",
            "DROP TABLE projection_checkpoints",
            "UPDATE projection_checkpoints SET sequence = 'garbage', version = 'x'",
            "UPDATE projection_checkpoints SET sequence = 999999",
            "UPDATE projection_checkpoints SET sequence = -4",
            "DROP TABLE ledger_events",
            "DROP TABLE count_by_type; CREATE VIEW count_by_type AS SELECT 'Identified' AS event_type, 1 AS n",
            "INSERT INTO ledger_streams VALUES ('risk/R-9', 1, 1, 'Forged', 9, 9)",
            "UPDATE count_by_type SET n = n + 1",
            "DELETE FROM ledger_events",
        ]
    )
    func damagedReadModels(damage: String) async throws {
        let store = try await Self.makeStore()
        defer { Task { await Self.dispose(store) } }
        try Self.sql(store, damage)
        // Opening as a write command does: never fails because of a read model.
        let opened = try SQLiteEventStore.open(at: store.path, projections: Self.projections)
        try await opened.append(
            [Fixture.event("Identified", 6)], to: Fixture.stream("risk/R-4"), expectedVersion: .noStream)
        let rebuilt = try await opened.rebuildProjections(progress: nil)
        #expect(rebuilt.eventsReplayed == 6)
        let report = try await Self.asFound(store).verifyReadModels(progress: nil)
        #expect(report.isConsistent, "\(damage): \(report.differences) \(report.checkpoints)")
        let counts = try await opened.query("SELECT event_type, n FROM count_by_type ORDER BY event_type")
        #expect(
            counts.map { "\($0.string("event_type")!)=\($0.int("n")!)" } == ["Assessed=1", "Closed=1", "Identified=4"])
    }

    @Test("Checkpoints reset onto existing rows: verify reports them; opening repairs the unique-keyed tables")
    func checkpointsReset() async throws {
        let store = try await Self.makeStore()
        defer { Task { await Self.dispose(store) } }
        try Self.sql(store, "UPDATE projection_checkpoints SET sequence = 0")
        let found = try await Self.asFound(store).verifyReadModels(progress: nil)
        #expect(Set(found.checkpoints.map(\.projection)) == ["count_by_type", "ledger"])
        // The ledger's inserts conflict with its rows when replayed from 0: opening rebuilds it instead of failing.
        let opened = try SQLiteEventStore.open(at: store.path, projections: Self.projections)
        let after = try await opened.verifyReadModels(progress: nil)
        #expect(after.checkpoints.isEmpty)
        #expect(!after.differences.contains { $0.table.hasPrefix("ledger") })
        _ = try await opened.rebuildProjections(progress: nil)
        #expect(try await opened.verifyReadModels(progress: nil).isConsistent)
    }

    @Test("Opening while another process holds the write lock names the wait, not an incompatible file")
    func lockWait() async throws {
        let store = try await Self.makeStore()
        defer { Task { await Self.dispose(store) } }
        let other = try DatabaseQueue(path: store.path)
        defer { try? other.close() }
        // The other writer holds the lock for as long as the open waits.
        let opened: Result<SQLiteEventStore, any Error> = try other.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            return Result { try SQLiteEventStore.open(at: store.path, projections: Self.projections, lockTimeout: 1) }
        }
        #expect(throws: EventStoreError.storeBusy(store.path, waitedSeconds: 1)) { try opened.get() }
        let message = EventStoreError.storeBusy(store.path, waitedSeconds: 30).localizedDescription
        #expect(
            message
                == "Another Sujarit command is writing to \(store.path) (waited 30 s); try again when it has finished.")
        _ = try SQLiteEventStore.open(at: store.path, projections: Self.projections, lockTimeout: 1)
    }
}
