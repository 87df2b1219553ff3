import Foundation
import Testing

/// No read model can differ from the log unnoticed: read-model tables edited with a SQL tool are found by
/// `verify` and refused by reports, `rebuild` repairs any damage, and `verify` prints clean JSON, CSV and
/// Markdown.
@Suite("Read models checked against the log, end to end")
struct TrustEndToEndTests {
    /// A store made by `sujarit demo`: a directory, a risk register with scores, e-GP imports and red flags.
    func demoStore() throws -> SujaritProcess {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["demo", "--store", sujarit.storePath])
        return sujarit
    }

    @Test(
        """
        Red flags dismissed and a risk score changed with SQL: verify names the tables, reports refuse, rebuild \
        repairs
        """
    )
    func tamperedReadModels() throws {
        let sujarit = try demoStore()
        let clean = try sujarit.succeed(["verify"])
        #expect(clean.stdout.contains("The read models match the log"))
        let report = try sujarit.succeed(["report", "executive", "--fy", "2568", "--format", "md", "-o", "-"])
        #expect(report.stdout.contains("ข้อมูลในรายงานตรวจสอบตรงกับบันทึกเหตุการณ์แล้ว ณ ลำดับที่ "))

        try sujarit.sqlite(
            """
            UPDATE red_flags SET status = 'dismissed'; UPDATE risk_register SET inherent_score = 1 WHERE \
            inherent_score IS NOT NULL
            """
        )
        // A member of staff without the reviewer role sees the tables and counts, not the rows (they can name people).
        let clerk = try sujarit.run(["verify", "--as", "kittipong"])
        #expect(clerk.status == 1)
        #expect(
            clerk.stdout.contains("table red_flags (red_flags) differs from the log")
                && !clerk.stdout.contains("flag_id="), "\(clerk.output)")
        #expect(clerk.stderr.contains("only to the auditor and the legal officer"))
        let verify = try sujarit.run(["verify", "--as", "anan"])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("The log is intact"), "the chain is untouched: \(verify.output)")
        #expect(verify.stdout.contains("table red_flags (red_flags) differs from the log"), "\(verify.output)")
        #expect(verify.stdout.contains("table risk_register (risk_register) differs from the log"))
        #expect(
            verify.stdout.contains("changed: flag_id='RF-") && verify.stdout.contains(": status 'open' → 'dismissed'"),
            "the edit, by the row's key: \(verify.stdout)")
        #expect(verify.stdout.contains("sujarit rebuild"))
        // The anchor alone still matches: the log was not touched, only a read model.
        let anchored = try sujarit.run(["verify", "--anchor", Self.anchor(in: report.stdout)])
        #expect(anchored.status == 1)
        #expect(anchored.stdout.contains("matches"))

        let refused = try sujarit.run(["report", "executive", "--fy", "2568", "--format", "md", "-o", "-"])
        #expect(refused.status != 0)
        #expect(refused.stdout.isEmpty, "nothing printed: \(refused.stdout.prefix(200))")
        #expect(refused.stderr.contains("red_flags") && refused.stderr.contains("sujarit rebuild"), "\(refused.stderr)")

        let rebuilt = try sujarit.succeed(["rebuild"])
        #expect(rebuilt.stdout.contains("Rebuilt"))
        let repaired = try sujarit.succeed(["verify"])
        #expect(repaired.stdout.contains("The read models match the log"))
        let again = try sujarit.succeed(["report", "executive", "--fy", "2568", "--format", "md", "-o", "-"])
        #expect(again.stdout.contains("ข้อมูลในรายงานตรวจสอบตรงกับบันทึกเหตุการณ์แล้ว ณ ลำดับที่ "))
    }

    @Test("Checkpoints reset to 0: verify reports them, rebuild repairs, nothing is bricked")
    func checkpointsReset() throws {
        let sujarit = try demoStore()
        try sujarit.sqlite("UPDATE projection_checkpoints SET sequence = 0")
        let verify = try sujarit.run(["verify"])
        #expect(verify.status == 1)
        #expect(
            verify.stdout.contains("the checkpoint of store_profile records version 1 at event #0"), "\(verify.output)")
        #expect(!verify.stderr.contains("UNIQUE"))
        try sujarit.succeed(["rebuild"])
        try sujarit.succeed(["verify"])
        // Reset again, then a command that opens the store normally: it must work too.
        try sujarit.sqlite("UPDATE projection_checkpoints SET sequence = 0")
        try sujarit.succeed(["risk", "list"])
        try sujarit.succeed(["rebuild"])
        try sujarit.succeed(["verify"])
    }

    @Test("A dropped append-only trigger and a chain head behind the log fail verify, each named")
    func guardsAndHead() throws {
        let sujarit = try demoStore()
        try sujarit.sqlite("DROP TRIGGER events_no_update")
        let guards = try sujarit.run(["verify"])
        #expect(guards.status == 1)
        #expect(
            guards.stdout.contains("altered outside Sujarit") && guards.stdout.contains("events_no_update"),
            "\(guards.output)")
        try sujarit.succeed(["rebuild"])
        try sujarit.succeed(["verify"])
        try sujarit.sqlite("UPDATE chain_head SET sequence = sequence - 2")
        let head = try sujarit.run(["verify", "--format", "json"])
        #expect(head.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(head.stdout.utf8)) as? [String: Any])
        let firstBreak = try #require(json["first_break"] as? [String: Any])
        #expect(firstBreak["kind"] as? String == "head_behind")
    }

    @Test("verify --format json is typed JSON; csv and md are tables")
    func formats() throws {
        let sujarit = try demoStore()
        try sujarit.sqlite("DELETE FROM red_flags WHERE rowid = (SELECT min(rowid) FROM red_flags)")
        let result = try sujarit.run(["verify", "--format", "json", "--anchor", "1:000000000000", "--as", "anan"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["ok"] as? Bool == false)
        #expect(json["intact"] as? Bool == true)
        let events = try #require(json["events_checked"] as? Int)
        #expect(events > 100, "the demo's log")
        #expect(json["first_break"] is NSNull)
        let readModels = try #require(json["read_models"] as? [String: Any])
        #expect(readModels["consistent"] as? Bool == false)
        #expect(readModels["sequence"] as? Int == events)
        let differences = try #require(readModels["differences"] as? [[String: Any]])
        #expect(differences.count == 1)
        #expect(differences.first?["table"] as? String == "red_flags")
        #expect(differences.first?["missing_rows"] as? Int == 1)
        #expect(differences.first?["extra_rows"] as? Int == 0)
        #expect((differences.first?["missing_examples"] as? [String])?.first?.contains("flag_id='RF-") == true)
        let anchors = try #require(json["anchors"] as? [[String: Any]])
        #expect(anchors.first?["result"] as? String == "differs")

        let csv = try sujarit.run(["verify", "--format", "csv"])
        #expect(csv.status == 1)
        let lines = csv.stdout.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.first?.hasSuffix("check,result,detail") == true, "\(lines.first ?? "")")
        #expect(lines.contains { $0.hasPrefix("read model red_flags,failed,") })
        #expect(!csv.stdout.contains("✓") && !csv.stdout.contains("\u{1B}["))
        let markdown = try sujarit.run(["verify", "--format", "md"])
        #expect(markdown.stdout.contains("| chain | ok |"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("| read model red_flags | failed |"))
    }

    @Test(
        "On a PostgreSQL store too: a red flag dismissed with SQL fails verify and refuses the report; rebuild repairs",
        .enabled(if: PostgresTestServer.adminURL != nil, "needs SUJARIT_TEST_POSTGRES (.ci/run sets it)")
    )
    func tamperedOnPostgres() throws {
        let sujarit = try demoStore()
        let (database, url) = try PostgresTestServer.newDatabase()
        defer { PostgresTestServer.drop(database) }
        try sujarit.succeed(["migrate", "--from", sujarit.storePath, "--to", url])
        let clean = try sujarit.succeed(["verify", "--store", url])
        #expect(clean.stdout.contains("The read models match the log"), "\(clean.output)")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = [url, "-qc", "UPDATE red_flags SET status = 'dismissed'"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let verify = try sujarit.run(["verify", "--store", url])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("table red_flags (red_flags) differs from the log"), "\(verify.output)")
        let refused = try sujarit.run([
            "report", "executive", "--store", url, "--fy", "2568", "--format", "md", "-o", "-",
        ])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("red_flags") && refused.stderr.contains("sujarit rebuild"), "\(refused.stderr)")
        try sujarit.succeed(["rebuild", "--store", url])
        try sujarit.succeed(["verify", "--store", url])
    }

    /// The anchor a report printed, `sequence:hash`.
    static func anchor(in report: String) -> String {
        guard let range = report.range(of: #"รหัสยืนยันบันทึก `([0-9]+:[0-9a-f]+)`"#, options: .regularExpression) else {
            return ""
        }
        return String(report[range].dropFirst("รหัสยืนยันบันทึก `".count).dropLast())
    }
}
