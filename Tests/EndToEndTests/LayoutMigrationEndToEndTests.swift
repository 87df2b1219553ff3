import Foundation
import Testing

/// A province's database in the per-agency layout of commit 66d5285 (the committed dump of
/// `Tests/Fixtures/postgres/`) moved to the shared layout by the binary: every agency's log verbatim (the
/// anchors its README records still match), provinces and grants carried over, and the move safe to repeat.
///
/// Runs when `SUJARIT_TEST_POSTGRES` names a server (`.ci/run` sets it).
@Suite(
    "Per-agency layout moved to the shared layout end to end", .serialized,
    .enabled(if: PostgresTestServer.adminURL != nil, "needs SUJARIT_TEST_POSTGRES (.ci/run sets it)")
)
struct LayoutMigrationEndToEndTests {
    static let fixtures = SujaritProcess.packageRoot.appendingPathComponent("Tests/Fixtures/postgres").path

    /// Runs `psql` with `arguments` against the server; its exit status.
    @discardableResult
    static func psql(_ database: String, _ arguments: [String]) throws -> Int32 {
        var components = URLComponents(string: PostgresTestServer.adminURL!)!
        components.path = "/\(database)"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = [components.string!, "-q"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test("the 66d5285 dump of two agencies moves verbatim, with its grants, and moving again copies nothing")
    func movesTheDump() throws {
        let sujarit = try SujaritProcess()
        // The roles file names the old database's group roles `narathiwat__…`: restore under that name. Roles
        // already made by an earlier run only make psql warn.
        try Self.psql("postgres", ["-f", Self.fixtures + "/agency-schemas-v1-roles.sql"])
        PostgresTestServer.drop("narathiwat")
        #expect(try PostgresTestServer.psql("CREATE DATABASE narathiwat") == 0)
        defer { PostgresTestServer.drop("narathiwat") }
        #expect(
            try Self.psql("narathiwat", ["-v", "ON_ERROR_STOP=1", "-f", Self.fixtures + "/agency-schemas-v1.sql"]) == 0)
        var old = URLComponents(string: PostgresTestServer.adminURL!)!
        old.path = "/narathiwat"
        let (database, base) = try PostgresTestServer.newDatabase()
        defer { PostgresTestServer.drop(database) }

        let moved = try sujarit.run(["migrate", "--from", old.string!, "--to", base, "--format", "csv"])
        #expect(moved.status == 0, "\(moved.output)")
        #expect(
            moved.stdout.contains("6302203,96,126,c72b84b1bf0b8b1eb10fa6c5b93ca4d0030767175e5d89016c45747881a53f53"))
        #expect(moved.stdout.contains("9600101,96,31,cace284a236310bbc8aedff9c55956c7118cbf22f4b1d72bc0d6f296c55c1c24"))

        for (agency, anchor) in [("6302203", "126:c72b84b1bf0b8b1e"), ("9600101", "31:cace284a236310bb")] {
            let verified = try sujarit.run(
                ["verify", "--anchor", anchor], environment: ["SUJARIT_STORE": base + "?agency=\(agency)"])
            #expect(verified.status == 0, "\(agency): \(verified.output)")
        }

        let listed = try sujarit.run(["access", "list"], environment: ["SUJARIT_STORE": base])
        #expect(listed.status == 0, "\(listed.output)")
        for grant in ["palad", "nisa", "fatimah", "anan", "nacc_narathiwat"] {
            #expect(listed.stdout.contains(grant), "\(grant) carried over: \(listed.stdout)")
        }
        var palad = URLComponents(string: base)!
        palad.user = "palad"
        palad.queryItems = [URLQueryItem(name: "agency", value: "6302203")]
        let risks = try sujarit.run(
            ["risk", "list", "--fy", "2568", "--format", "csv"], environment: ["SUJARIT_STORE": palad.string!])
        #expect(risks.status == 0, "\(risks.output)")
        #expect(risks.stdout.split(whereSeparator: \.isNewline).count == 9, "8 risks and a header: \(risks.stdout)")

        let again = try sujarit.run(["migrate", "--from", old.string!, "--to", base, "--format", "csv"])
        #expect(again.status == 0, "\(again.output)")
        #expect(again.stdout.contains("6302203,96,126,"), "\(again.output)")
    }
}
