import EventStore
import Foundation
import Testing

@Suite("A new SQLite store is private to its owner")
struct StoreFileAccessTests {
    private func temporaryFolder() throws -> URL { try SQLiteHarness.temporaryDirectory() }

    private func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test("The store and its WAL and shared-memory files are created 0600, whatever the umask")
    func createdOwnerOnly() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.db").path
        let store = try SQLiteEventStore.create(at: path)
        // An append keeps the WAL and shared-memory files open while the store is.
        try await store.append(
            [ProposedEvent(type: "Noted", occurredAt: Date(), actor: "t", payload: Data("{}".utf8))],
            to: try StreamID(category: "note", id: "1"), expectedVersion: .any)
        #expect(try mode(path) == 0o600)
        for file in [path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            #expect(try mode(file) == 0o600, "\(file)")
        }
        #expect(StoreFileAccess.exposure(of: path) == nil)
    }

    @Test("A store others can read is reported with the chmod that repairs it; a private one is not")
    func exposureReported() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("it's.db").path
        _ = try SQLiteEventStore.create(at: path)
        #expect(StoreFileAccess.exposure(of: path) == nil)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        let exposure = try #require(StoreFileAccess.exposure(of: path))
        #expect(exposure.files == [path])
        #expect(exposure.repair.hasPrefix("chmod 600 '"))
        #expect(exposure.repair.contains(#"it'\''s.db"#))
    }

    @Test("Creating over anything that exists is refused and leaves it as it was")
    func createRefusesExisting() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.txt").path
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: EventStoreError.storeAlreadyExists(path)) { try SQLiteEventStore.create(at: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
    }

    @Test("A store that cannot be created leaves no file behind")
    func failedCreateLeavesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("missing-folder/store.db").path
        #expect(throws: EventStoreError.self) { try SQLiteEventStore.create(at: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
