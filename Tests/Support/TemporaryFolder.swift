import Foundation

/// A folder of one test's own in the temporary directory, removed with everything in it when the value goes.
///
/// The one way tests get a temporary folder: every test target depends on this `TestSupport` library.
///
/// Tests run many times a day, on developers' machines and CI's: a folder left by each one filled `/tmp` with
/// 41 GB in a few weeks. Hold the value (not only its URL) for as long as its files are used — in a local `let`
/// the folder lives to the end of the test's scope, as a fixture's property as long as the fixture — and nothing
/// is left whether the test passes, fails or throws. The prefix names the tests that made it, should one ever
/// be left by a crash.
///
/// ```swift
/// let folder = try TemporaryFolder("sujarit-risk")
/// let store = try SQLiteEventStore.create(at: folder.appendingPathComponent("store.db").path)
/// ```
public final class TemporaryFolder: Sendable {
    /// The folder: `<temporary directory>/<prefix>-<UUID>`.
    public let url: URL

    /// Creates a new, empty folder in the temporary directory (`TMPDIR`).
    public init(_ prefix: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The folder's path.
    public var path: String { url.path }

    /// A file or folder inside it, as `URL.appendingPathComponent(_:)` names it.
    public func appendingPathComponent(_ name: String) -> URL { url.appendingPathComponent(name) }

    deinit { try? FileManager.default.removeItem(at: url) }
}
