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

    /// Restores the 66d5285 dump as `narathiwat` and migrates it into a new database; the new database's name and
    /// URL (the administrator's), and the old one's URL.
    static func migrated(_ sujarit: SujaritProcess) throws -> (database: String, base: String, old: String) {
        try psql("postgres", ["-f", fixtures + "/agency-schemas-v1-roles.sql"])
        PostgresTestServer.drop("narathiwat")
        #expect(try PostgresTestServer.psql("CREATE DATABASE narathiwat") == 0)
        #expect(try psql("narathiwat", ["-v", "ON_ERROR_STOP=1", "-f", fixtures + "/agency-schemas-v1.sql"]) == 0)
        var old = URLComponents(string: PostgresTestServer.adminURL!)!
        old.path = "/narathiwat"
        let (database, base) = try PostgresTestServer.newDatabase()
        let moved = try sujarit.run(["migrate", "--from", old.string!, "--to", base, "--format", "csv"])
        #expect(moved.status == 0, "\(moved.output)")
        return (database, base, old.string!)
    }

    /// Runs `sql` with psql as `login` (a real login of the dump) on `database`, in a session that chose
    /// `agency`: the exit status and what it printed.
    static func attack(
        _ login: String, _ database: String, agency: String, _ sql: String
    ) throws -> (status: Int32, output: String) {
        var components = URLComponents(string: PostgresTestServer.adminURL!)!
        components.user = login
        components.path = "/\(database)"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = [
            components.string!, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-c",
            "SET search_path = sujarit; SET sujarit.agency = '\(agency)'; \(sql)",
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test("issue 16's four attacks, as real logins with raw SQL, are refused; the record stays intact and in use")
    func attacksAreRefused() throws {
        let sujarit = try SujaritProcess()
        let (database, base, _) = try Self.migrated(sujarit)
        defer {
            PostgresTestServer.drop(database)
            PostgresTestServer.drop("narathiwat")
        }
        let takBai = base + "?agency=6302203"
        // palad writes for Tak Bai and reviews nothing; nacc_narathiwat reads province 96.
        let refusedToPalad = [
            "UPDATE chain_head SET sequence = 205, hash = decode(repeat('00', 32), 'hex')",
            "UPDATE chain_head SET sequence = 1",
            """
            INSERT INTO events (sequence, stream_id, stream_version, event_type, schema_version, occurred_at, \
            recorded_at, actor, payload, previous_hash, hash) VALUES (127, 'flag/RF-2568-0009', 9, 'FlagDismissed', \
            1, 0, 0, 'anan', '\\x7b7d', '\\x00', '\\x00')
            """,
            """
            SELECT * FROM append_events(ARRAY['flag/RF-2568-0009'], ARRAY[-1]::BIGINT[], ARRAY[1], \
            ARRAY['FlagDismissed'], ARRAY[1], ARRAY[0]::BIGINT[], ARRAY['anan'], ARRAY['\\x7b7d'::BYTEA], \
            ARRAY[''], -1)
            """,
            "UPDATE red_flags SET status = 'dismissed'", "DELETE FROM coi_declarations",
            "UPDATE store_profile SET name = 'ไม่ใช่ตากใบ'", "UPDATE projection_checkpoints SET sequence = 0",
            "DELETE FROM gift_entries", "TRUNCATE events", "DROP TABLE red_flags",
        ]
        for sql in refusedToPalad {
            let result = try Self.attack("palad", database, agency: "6302203", sql)
            #expect(result.status != 0, "palad: \(sql) → \(result.output)")
        }
        // Personal data: a provincial viewer and a writer who reviews nothing read no declaration or gift.
        for login in ["nacc_narathiwat", "palad"] {
            let coi = try Self.attack(
                login, database, agency: "6302203",
                "SELECT convert_from(payload, 'UTF8') FROM events WHERE stream_id LIKE 'coi/%' AND actor <> session_user"
            )
            #expect(coi.status == 0 && coi.output.isEmpty, "\(login) read declarations: \(coi.output)")
            for table in ["coi_declarations", "coi_interests", "gift_entries"] {
                let rows = try Self.attack(login, database, agency: "6302203", "SELECT count(*) FROM \(table)")
                #expect(rows.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "\(login) \(table)")
            }
        }
        let otherAgency = try Self.attack("palad", database, agency: "9600101", "SELECT count(*) FROM events")
        #expect(otherAgency.status != 0, "palad read another agency: \(otherAgency.output)")

        // Nothing moved: the administrator's verify passes (chain, anchor, read models), and palad works on.
        let verified = try sujarit.run(
            ["verify", "--anchor", "126:c72b84b1bf0b8b1e"], environment: ["SUJARIT_STORE": takBai])
        #expect(verified.status == 0, "\(verified.output)")
        #expect(verified.stdout.contains("The read models match the log"), "\(verified.output)")
        var palad = URLComponents(string: takBai)!
        palad.user = "palad"
        let list = try sujarit.run(["risk", "list", "--fy", "2568"], environment: ["SUJARIT_STORE": palad.string!])
        #expect(list.status == 0, "\(list.output)")
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
