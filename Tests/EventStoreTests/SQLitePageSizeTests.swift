import EventStore
import Foundation
import Testing

/// The page size of store files: 16 KB for new ones, whatever it was for existing ones, and the WAL
/// checkpoint interval kept at about 40 MB either way.
@Suite("SQLiteEventStore page size")
struct SQLitePageSizeTests {
    static func pragma(_ name: String, of store: SQLiteEventStore) async throws -> Int? {
        try await store.query("PRAGMA \(name)").first?.int(name)
    }

    @Test("A new store is created with 16 KB pages and checkpoints about every 40 MB of WAL")
    func newStore() async throws {
        let dir = try SQLiteHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("sujarit.db").path
        let store = try SQLiteEventStore.create(at: path)
        try await store.append(Fixture.events(3), to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
        #expect(try await Self.pragma("page_size", of: store) == 16_384)
        #expect(try await Self.pragma("wal_autocheckpoint", of: store) == 2_560)
        // Only the writer keeps temporary files in memory; queries run on readers, which keep the default.
        #expect(try await Self.pragma("temp_store", of: store) == 0)
        let reopened = try SQLiteEventStore.open(at: path)
        #expect(try await Self.pragma("page_size", of: reopened) == 16_384)
        #expect(try await reopened.verify(progress: nil).isIntact)
    }

    @Test("An existing store keeps its 4 KB pages, with the same checkpoint interval in bytes")
    func existingStore() async throws {
        let path = try V1Fixture.sqliteCopy()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let store = try SQLiteEventStore.open(at: path)
        try await store.append(Fixture.events(2), to: Fixture.stream("risk/R-page"), expectedVersion: .noStream)
        #expect(try await Self.pragma("page_size", of: store) == 4_096)
        #expect(try await Self.pragma("wal_autocheckpoint", of: store) == 10_240)
        #expect(try await store.verify(progress: nil).isIntact)
    }
}
