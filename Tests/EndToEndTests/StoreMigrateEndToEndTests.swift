import Foundation
import Testing

/// `sujarit migrate` through the real binary: an agency's SQLite store moved to a fresh PostgreSQL database,
/// after which both stores verify to the same head and every read command prints the same on both.
///
/// Runs when `SUJARIT_TEST_POSTGRES` names a server (`.ci/run` sets it).
@Suite(
    "Store migration end to end",
    .enabled(if: PostgresTestServer.adminURL != nil, "needs SUJARIT_TEST_POSTGRES (.ci/run sets it)")
)
struct StoreMigrateEndToEndTests {
    static let root = SujaritProcess.packageRoot.path

    /// The `head …` hash `sujarit verify` prints.
    static func head(_ result: SujaritProcess.Result) -> String? {
        guard let range = result.stdout.range(of: #"head [0-9a-f]{12}"#, options: .regularExpression) else {
            return nil
        }
        return String(result.stdout[range])
    }

    @Test("init and a risk register on SQLite, migrate, then verify and read commands agree on both stores")
    func migrateAgencyStore() throws {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6302203"])
        try sujarit.succeed(["agency", "load", Self.root + "/Registers/examples/takbai/agency.yaml"])
        try sujarit.succeed(["risk", "configure", "--registers", Self.root + "/Registers"])
        try sujarit.succeed(["risk", "import", Self.root + "/Registers/examples/takbai/risks-2568.yaml"])
        try sujarit.succeed(["risk", "round", "--fy", "2568", "--kind", "inherent", "--as", "palad"])
        let (database, url) = try PostgresTestServer.newDatabase()
        defer { PostgresTestServer.drop(database) }

        // The store of department 6302203 does not go into another agency's schema.
        let otherAgency = try sujarit.run(["migrate", "--from", sujarit.storePath, "--to", url + "?agency=6302299"])
        #expect(otherAgency.status != 0)
        #expect(otherAgency.stderr.contains("is the store of department 6302203"), "\(otherAgency.output)")

        let sourceVerify = try sujarit.succeed(["verify"])
        let sourceHead = try #require(Self.head(sourceVerify))
        let migrated = try sujarit.succeed(["migrate", "--from", sujarit.storePath, "--to", url])
        #expect(migrated.stdout.contains("✓ Copied"), "\(migrated.output)")
        #expect(migrated.stdout.contains("Created the store on the server"))
        #expect(migrated.stdout.contains(String(sourceHead.dropFirst(5))), "the table shows the head hash")

        let targetVerify = try sujarit.succeed(["verify", "--store", url])
        #expect(Self.head(targetVerify) == sourceHead)
        #expect(targetVerify.stdout == sourceVerify.stdout)
        for command in [
            ["risk", "list"], ["events", "--format", "json"], ["events", "--category", "risk", "--format", "csv"],
        ] {
            let onSQLite = try sujarit.succeed(command)
            let onPostgres = try sujarit.succeed(command + ["--store", url])
            #expect(!onSQLite.stdout.isEmpty)
            #expect(onPostgres.stdout == onSQLite.stdout, "sujarit \(command.joined(separator: " ")) differs")
        }

        // Again: nothing to copy, and the script form says so.
        let again = try sujarit.succeed(["migrate", "--from", sujarit.storePath, "--to", url, "--format", "json"])
        let summary = try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any]
        #expect(summary?["copied"] as? Int == 0, "\(again.output)")
        #expect(summary?["heads_match"] as? Bool == true)
        #expect(summary?["created_target"] as? Bool == false)
    }

    @Test("another agency's store, a missing source and a damaged source are refused and leave the target as it was")
    func refusals() throws {
        let first = try SujaritProcess()
        try first.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960501"])
        let (database, url) = try PostgresTestServer.newDatabase()
        defer { PostgresTestServer.drop(database) }
        try first.succeed(["migrate", "--from", first.storePath, "--to", url])
        let before = try first.succeed(["events", "--store", url, "--format", "json"]).stdout

        let other = try SujaritProcess()
        try other.succeed(["init", "--agency", "เทศบาลเมืองสุไหงโก-ลก", "--dept", "6961401"])
        let mixed = try other.run(["migrate", "--from", other.storePath, "--to", url])
        #expect(mixed.status != 0)
        #expect(mixed.stderr.contains("already holds a different log"), "\(mixed.output)")

        let missing = try other.run([
            "migrate", "--from", other.folder.appendingPathComponent("nope.db").path, "--to", url,
        ])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("there is no file at"), "\(missing.output)")

        let notAStore = other.folder.appendingPathComponent("notes.txt")
        try Data("not a database".utf8).write(to: notAStore)
        let wrongFile = try other.run(["migrate", "--from", notAStore.path, "--to", url])
        #expect(wrongFile.status != 0)
        #expect(wrongFile.stderr.contains("notes.txt is not a store"), "\(wrongFile.output)")

        try first.sqlite("DROP TRIGGER events_no_update; UPDATE events SET actor = 'mallory' WHERE sequence = 1;")
        let damaged = try first.run(["migrate", "--from", first.storePath, "--to", url])
        #expect(damaged.status != 0)
        #expect(damaged.stderr.contains("is NOT intact"), "\(damaged.output)")

        let unreachable = try first.run([
            "migrate", "--from", other.storePath, "--to", "postgres://sujarit@127.0.0.1:1/nowhere",
        ])
        #expect(unreachable.status != 0)
        #expect(unreachable.stderr.contains("Cannot reach the PostgreSQL store"), "\(unreachable.output)")

        #expect(try first.succeed(["events", "--store", url, "--format", "json"]).stdout == before)
    }
}
