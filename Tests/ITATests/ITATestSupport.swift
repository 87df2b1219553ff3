import EventStore
import Foundation
@testable import ITA

/// Paths and stores for the ITA tests.
enum ITAFixture {
    /// The package's root folder, for `Registers/`.
    static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }

    static func path(_ relative: String) -> String { packageRoot.appendingPathComponent(relative).path }

    /// A fresh store in a temporary folder with the ITA read model.
    static func store() throws -> SQLiteEventStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sujarit-ita-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try SQLiteEventStore.create(
            at: folder.appendingPathComponent("store.db").path, projections: [ITAProjection()])
    }

    static func framework(_ year: Int) throws -> ITAFramework {
        try ITAFramework.load(path("Registers/ita/fy\(year).yaml"))
    }

    static func score(_ text: String) -> ITAScore { try! ITAScore(parsing: text) }

    /// The seed's result, read from the example file.
    static func seedResult() throws -> ITAResultRecorded {
        try ITAResultFile.load(path("Registers/examples/takbai/ita-2566.yaml"))
    }

    /// A file in a temporary folder with `text`, for configuration errors.
    static func file(_ name: String, _ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sujarit-ita-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
