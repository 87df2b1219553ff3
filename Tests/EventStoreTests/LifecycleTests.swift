import EventStore
import Foundation
import GRDB
import Testing

/// Creating and opening stores: never overwrite, never open what is not a store.
@Suite("EventStore conformance: create and open")
struct LifecycleConformanceTests {
    @Test("create refuses a location where a store exists, and leaves it as it was", arguments: harnesses)
    func createRefusesExisting(harness: any StoreHarness) async throws {
        try await harness.withStore { store in
            try await store.append(Fixture.events(3), to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
            let error = await caught { try await harness.createAgain(store) }
            #expect(error as? EventStoreError == .storeAlreadyExists(store.location))
            let reopened = try await harness.reopen(store)
            #expect(try await reopened.lastSequence() == 3)
            #expect(try await reopened.verify(progress: nil).isIntact)
        }
    }

    @Test("open refuses a location with no store", arguments: harnesses)
    func openRefusesMissing(harness: any StoreHarness) async throws {
        let error = await caught { try await harness.openMissing() }
        guard case .storeNotFound? = error as? EventStoreError else {
            Issue.record("expected storeNotFound, got \(String(describing: error))")
            return
        }
    }

    @Test("A store reopened keeps its log and its appends continue the chain", arguments: harnesses)
    func reopenContinues(harness: any StoreHarness) async throws {
        try await harness.withStore { store in
            try await store.append(Fixture.events(3), to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
            let reopened = try await harness.reopen(store)
            try await reopened.append(Fixture.events(2), to: Fixture.stream("risk/R-1"), expectedVersion: .exactly(3))
            #expect(try await reopened.lastSequence() == 5)
            #expect(try await reopened.verify(progress: nil).eventsChecked == 5)
            #expect(try await reopened.verify(progress: nil).isIntact)
        }
    }
}

/// What only the SQLite backend has: files.
@Suite("SQLiteEventStore files")
struct SQLiteFileTests {
    func incompatible(_ error: (any Error)?, at path: String) -> Bool {
        if case .incompatibleStore(let location, _)? = error as? EventStoreError { return location == path }
        return false
    }

    @Test("create refuses any existing file, even one that is not a store")
    func createRefusesAnyFile() throws {
        let dir = try SQLiteHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("notes.txt").path
        try "บันทึก\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: EventStoreError.storeAlreadyExists(path)) { try SQLiteEventStore.create(at: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "บันทึก\n")
    }

    @Test("open refuses an SQLite database of another application, without changing it")
    func foreignDatabase() throws {
        let dir = try SQLiteHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("other.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('สมชาย')")
            }
            try queue.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: EventStoreError.self) { try SQLiteEventStore.open(at: path) }
        #expect(incompatible(error, at: path), "\(String(describing: error))")
        #expect(error?.errorDescription?.contains("another application") == true)
        // Its data, tables and journal mode are as they were.
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "delete")
        #expect(try queue.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") } == ["contacts"])
    }

    @Test("open refuses a SQLite database that has an application id of its own, even with no tables")
    func foreignApplicationID() throws {
        let dir = try SQLiteHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("other.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA application_id = 1234; PRAGMA user_version = 1")
        }
        try queue.close()
        let error = #expect(throws: EventStoreError.self) { try SQLiteEventStore.open(at: path) }
        #expect(incompatible(error, at: path), "\(String(describing: error))")
    }

    @Test("open refuses a text file, and a file of random bytes, as incompatible", arguments: ["text", "binary"])
    func notADatabase(kind: String) throws {
        let dir = try SQLiteHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("store.db").path
        let content =
            kind == "text"
            ? Data(String(repeating: "ทะเบียนความเสี่ยง, risk register\n", count: 200).utf8)
            : Data((0..<8_192).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) })
        try content.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: EventStoreError.self) { try SQLiteEventStore.open(at: path) }
        #expect(incompatible(error, at: path), "\(String(describing: error))")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
    }

    @Test("A new store is in WAL mode and carries Sujarit's application id")
    func newStoreFormat() async throws {
        let harness = SQLiteHarness()
        try await harness.withStore { store in
            try await store.append([Fixture.event()], to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
            let queue = try DatabaseQueue(path: store.location)
            defer { try? queue.close() }
            #expect(try await queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
            #expect(try await queue.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } == 0x534A_5552)
        }
    }

    @Test("A store closed cleanly (no WAL files left) opens again, with its read models")
    func reopenClosedStore() async throws {
        let dir = try SQLiteHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("closed.db").path
        do {
            let store = try SQLiteEventStore.create(at: path, projections: [CountByType()])
            try await store.append(Fixture.events(4), to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: path + "-shm"))
        let store = try SQLiteEventStore.open(at: path, projections: [CountByType()])
        #expect(try await store.lastSequence() == 4)
        #expect(try await store.query("SELECT n FROM count_by_type").first?.int("n") == 4)
        #expect(try await store.verify(progress: nil).isIntact)
    }

    @Test("create in a folder that does not exist fails with a message naming the path")
    func createInMissingFolder() throws {
        let path = "/nonexistent-\(UUID().uuidString)/sujarit.db"
        let error = #expect(throws: EventStoreError.self) { try SQLiteEventStore.create(at: path) }
        #expect(error?.errorDescription?.contains(path) == true)
    }
}
