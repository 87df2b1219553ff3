import EventStore
import Foundation
@testable import ITA
import TestSupport

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

    /// A fresh store with the ITA read model in `folder`, which the test holds until it ends.
    static func store(in folder: TemporaryFolder) throws -> SQLiteEventStore {
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

    /// A file `name` in `folder` with `text`, for configuration errors.
    static func file(_ name: String, _ text: String, in folder: TemporaryFolder) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
