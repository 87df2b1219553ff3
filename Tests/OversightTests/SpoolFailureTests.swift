import Foundation
import Procurement
import Testing

@testable import Oversight

/// A national run's candidates wait in temporary files (``CandidateSpool``, ``PendingCandidates``): a missing,
/// vanished or unwritable temporary folder is an error naming the folder, never a crash, and no file is left.
@Suite("The red-flag spool's temporary files")
struct SpoolFailureTests {
    /// More candidates than the spool keeps in memory, in the order a run would add them.
    static let candidates = Array(
        Build.flags(FlagBatchingTests.overBudget(CandidateSpool.memoryLimit + 300)).reversed())

    /// A fresh empty folder in the system's temporary folder; the caller removes it.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sujarit-spool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        return url
    }

    /// A path in the system's temporary folder where nothing is.
    static var missing: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("sujarit-missing-\(UUID().uuidString)")
    }

    @Test("A missing temporary folder: the spool throws when it first needs a file, naming the folder and TMPDIR")
    func missingFolder() throws {
        let missing = Self.missing
        var spool = CandidateSpool(runLength: 97, folder: missing)
        var added = 0
        let error = #expect(throws: TemporaryFileError.self) {
            for candidate in Self.candidates {
                try spool.add(candidate)
                added += 1
            }
        }
        #expect(added == 96, "the 97th key starts the first sorted run, the first file")
        #expect(error?.step == .create)
        #expect(error?.folder == missing.path)
        let message = error?.localizedDescription ?? ""
        #expect(
            message.contains(missing.path) && message.contains("TMPDIR") && message.contains("No flag was recorded"))
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }

    @Test("Waiting candidates past the memory limit with no temporary folder: an error, not a crash")
    func pendingMissingFolder() throws {
        let missing = Self.missing
        var pending = PendingCandidates(folder: missing)
        let error = #expect(throws: TemporaryFileError.self) {
            for candidate in Self.candidates { try pending.add(candidate, kind: .wins, value: 1) }
        }
        #expect(error?.folder == missing.path)
        #expect(pending.entries.count == PendingCandidates.memoryLimit + 1, "memory full, then the file failed")
    }

    @Test("The folder removed mid-run: a file the spool needs next is an error naming the folder")
    func folderRemovedMidRun() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var spool = CandidateSpool(runLength: CandidateSpool.memoryLimit + 100, folder: folder)
        let candidates = Self.candidates
        for candidate in candidates.prefix(CandidateSpool.memoryLimit + 50) { try spool.add(candidate) }
        // The candidates' file is open, and its name already gone: nothing to clean up, even after a crash.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        try FileManager.default.removeItem(at: folder)

        let error = #expect(throws: TemporaryFileError.self) {
            for candidate in candidates.dropFirst(CandidateSpool.memoryLimit + 50) { try spool.add(candidate) }
        }
        #expect(error?.step == .create && error?.folder == folder.path, "the sorted runs' file could not be made")
        #expect(spool.count == CandidateSpool.memoryLimit + 100)
    }

    @Test("Files made before the folder vanished are read back in numbering order, and nothing is left behind")
    func filesOutliveTheirFolder() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var spool = CandidateSpool(runLength: 97, folder: folder)
        let candidates = Self.candidates
        for candidate in candidates { try spool.add(candidate) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        try FileManager.default.removeItem(at: folder)
        var back: [FlagCandidate] = []
        try await spool.forEachBatch(of: 500) { back += $0 }
        #expect(back == candidates.inNumberingOrder)
    }
}
