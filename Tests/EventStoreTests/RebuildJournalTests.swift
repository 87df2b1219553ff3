import Foundation
import GRDB
import Testing

@testable import EventStore

@Suite("rebuild keeps its statement journals in a file and puts the writer's setting back")
struct RebuildJournalTests {
    static func temporaryStore(_ projections: [any Projection]) throws -> (SQLiteEventStore, URL) {
        let folder = try SQLiteHarness.temporaryDirectory()
        let store = try SQLiteEventStore.create(
            at: folder.appendingPathComponent("s.db").path, projections: projections)
        return (store, folder)
    }

    /// The writer's `temp_store`: 2 is MEMORY, what appends run with.
    static func tempStore(_ store: SQLiteEventStore) async throws -> Int? {
        try await store.pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA temp_store") }
    }

    @Test("A rebuild gives the same rows, and appends afterwards journal in memory again")
    func settingRestored() async throws {
        let (store, folder) = try Self.temporaryStore([DependentStatements()])
        defer { try? FileManager.default.removeItem(at: folder) }
        try await store.append(Fixture.events(150), to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
        let before = try await store.query("SELECT * FROM dependent_rows ORDER BY sequence")
        #expect(try await Self.tempStore(store) == 2)
        #expect(try await store.rebuildProjections(progress: nil).eventsReplayed == 150)
        #expect(try await store.query("SELECT * FROM dependent_rows ORDER BY sequence") == before)
        #expect(try await Self.tempStore(store) == 2)
    }

    @Test("A rebuild drops the old tables without zeroing their pages, and puts secure_delete back")
    func dropsWithoutZeroing() async throws {
        let (store, folder) = try Self.temporaryStore([DependentStatements()])
        defer { try? FileManager.default.removeItem(at: folder) }
        try await store.append(Fixture.events(20), to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
        let before = try await store.query("SELECT * FROM dependent_rows ORDER BY sequence")
        // Debian's SQLite zeroes freed pages by default (1); FAST (2) leaves a dropped table's pages as they are.
        let secureDelete = { () async throws -> Int? in
            try await store.pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA secure_delete") }
        }
        try await store.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA secure_delete = 1") }
        let inside = try await store.pool.writeWithoutTransaction { db in
            try SQLiteEventStore.withoutZeroingFreedPages(db) { try Int.fetchOne(db, sql: "PRAGMA secure_delete") }
        }
        #expect(inside == 2)
        #expect(try await secureDelete() == 1)
        #expect(try await store.rebuildProjections(progress: nil).eventsReplayed == 20)
        #expect(try await store.query("SELECT * FROM dependent_rows ORDER BY sequence") == before)
        #expect(try await secureDelete() == 1)
    }

    @Test("A rebuild that fails leaves the tables as they were and the setting put back")
    func failedRebuild() async throws {
        let (store, folder) = try Self.temporaryStore([DependentStatements()])
        defer { try? FileManager.default.removeItem(at: folder) }
        try await store.append(Fixture.events(10), to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
        let before = try await store.query("SELECT * FROM dependent_rows ORDER BY sequence")
        // The same projection, opened again with a version of its code that refuses the fifth event.
        let reopened = try SQLiteEventStore.open(at: store.path, projections: [RefusingFifth()])
        await #expect(throws: RefusingFifth.Refused.self) { try await reopened.rebuildProjections(progress: nil) }
        #expect(try await reopened.query("SELECT * FROM dependent_rows ORDER BY sequence") == before)
        #expect(try await Self.tempStore(reopened) == 2)
    }
}

/// ``DependentStatements`` under the same name and version, refusing the event of sequence 5.
private struct RefusingFifth: Projection {
    struct Refused: Error {}

    var name: String { DependentStatements().name }
    var version: Int { DependentStatements().version }
    var tables: [String] { DependentStatements().tables }
    var schema: [String] { DependentStatements().schema }

    func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        if event.sequence == 5 { throw Refused() }
        return try DependentStatements().statements(for: event)
    }
}
