import Foundation
import Testing
import TestSupport

/// Removes, when a suite has ended, the folder of a fixture the suite makes once for all its tests.
///
/// Such a fixture is a `static let`, which is never released: its ``TemporaryFolder`` would outlive the run and
/// leave the folder behind. The trait removes it after the suite's last test, whether the tests passed or not.
///
/// ```swift
/// @Suite("Printed reports", .removesFolderAfterSuite { try? demo.get().folder })
/// ```
struct RemovesFolderAfterSuite: SuiteTrait, TestScoping {
    /// The folder to remove, asked for once the suite has ended; nil when there is none.
    let folder: @Sendable () -> URL?

    /// Once around the whole suite, not around each of its tests.
    func scopeProvider(for test: Test, testCase: Test.Case?) -> Self? { test.isSuite ? self : nil }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        defer { if let url = folder() { try? FileManager.default.removeItem(at: url) } }
        try await function()
    }
}

extension Trait where Self == RemovesFolderAfterSuite {
    /// Removes the folder `folder` names when the suite has ended (see ``RemovesFolderAfterSuite``).
    static func removesFolderAfterSuite(_ folder: @escaping @Sendable () -> URL?) -> Self {
        RemovesFolderAfterSuite(folder: folder)
    }
}
