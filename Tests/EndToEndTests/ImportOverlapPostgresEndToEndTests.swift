import Foundation
import Testing

/// The feed import's idempotency on PostgreSQL: the ledger of announcements is asked inside the import's
/// transaction on the server as on SQLite, so the same files give the same counts on both.
@Suite("e-GP feeds imported twice on PostgreSQL")
struct ImportOverlapPostgresEndToEndTests {
    @Test(
        "Importing the feeds again on PostgreSQL adds nothing, as on SQLite; a new copy adds its record only",
        .enabled(if: PostgresTestServer.adminURL != nil, "needs SUJARIT_TEST_POSTGRES (.ci/run sets it)"))
    func importTwiceOnPostgres() throws {
        let sujarit = try ImportEndToEndTests.agencyStore()
        let (database, url) = try PostgresTestServer.newDatabase()
        defer { PostgresTestServer.drop(database) }
        try sujarit.succeed(["migrate", "--from", sujarit.storePath, "--to", url])
        let folder = ImportEndToEndTests.examplesFolder
        let first = try sujarit.succeed(["import", "egp", folder, "--dept", "6960501", "--store", url])
        #expect(first.stderr.contains("Imported 5 of 5 file(s): 40 new announcement(s), 0 already in the store."))

        let again = try sujarit.succeed(
            ["import", "egp", folder, "--dept", "6960501", "--format", "json", "--store", url])
        let files = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [[String: Any]])
        #expect(files.allSatisfy { $0["new"] as? Int == 0 && $0["already_imported"] as? Bool == true })
        #expect(files.map { $0["duplicates"] as? Int } == [4, 6, 5, 5, 20])

        // Other bytes, the same announcements: only the file's record is new.
        let copy = sujarit.folder.appendingPathComponent("copy.xml")
        let original = try Data(contentsOf: URL(fileURLWithPath: folder + "/takbai-6960501-2025-09-25-page1.xml"))
        try (original + Data("\n".utf8)).write(to: copy)
        let overlap = try sujarit.succeed(
            ["import", "egp", copy.path, "--dept", "6960501", "--format", "json", "--store", url])
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(overlap.stdout.utf8)) as? [[String: Any]])
        #expect(report.first?["new"] as? Int == 0 && report.first?["already_imported"] as? Bool == false)
        #expect(report.first?["duplicates"] as? Int == 20)
        try sujarit.succeed(["verify", "--store", url])
    }
}
