import Foundation
import Testing

/// `report agencies` as a handful of queries across agencies (issue 16), checked against the agencies' own
/// executive summaries: four agencies on one server holding different records (the demo's whole year, Tak Bai's
/// examples, the same register and one risk more, nothing at all), every figure of every line compared with the
/// summary `report executive` builds for that agency alone, for both rounds; a provincial login sees its province
/// only; and pgbouncer changes nothing.
///
/// Runs when `SUJARIT_TEST_POSTGRES` names a server (`.ci/run` sets it).
@Suite(
    "report agencies equals each agency's executive summary",
    .enabled(if: PostgresTestServer.adminURL != nil, "needs SUJARIT_TEST_POSTGRES (.ci/run sets it)")
)
struct ReportAgenciesEndToEndTests {
    static let root = SujaritProcess.packageRoot.path
    static let examples = root + "/Registers/examples/takbai"

    /// The overview's figures of one agency, by the JSON keys `report agencies` writes.
    static let figures = [
        "risks", "scored", "measures_overdue", "gifts_late", "declarations_missing", "recommendations_overdue",
        "red_flags_open",
    ]

    @Test("every line equals the agency's own executive summary; a provincial login reads its province only")
    func linesEqualSummaries() throws {
        let sujarit = try SujaritProcess()
        let (database, base) = try PostgresTestServer.newDatabase()
        defer { PostgresTestServer.drop(database) }
        func store(_ agency: String) -> String { AgencyAccessEndToEndTests.url(base, agency: agency) }
        func succeed(_ arguments: [String], at url: String) throws -> SujaritProcess.Result {
            let result = try sujarit.run(arguments + ["--store", url])
            #expect(
                result.status == 0,
                "sujarit \(arguments.joined(separator: " ")) exited \(result.status):\n\(result.output)"
            )
            return result
        }

        // The demo's year: risks and measures, gifts, declarations, audit follow-up, red flags.
        let demo = sujarit.folder.appendingPathComponent("demo.db").path
        try sujarit.succeed(["demo", "--store", demo])
        try sujarit.succeed(["migrate", "--from", demo, "--to", store("6960501")])
        _ = try succeed(["access", "province", "6960501", "96"], at: base)
        // Tak Bai's examples: a register with measures, gifts and declarations of interest.
        let takBai = store("6302203")
        _ = try succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--province", "96"], at: takBai)
        _ = try succeed(["agency", "load", Self.examples + "/agency.yaml"], at: takBai)
        _ = try succeed(["risk", "configure", "--registers", Self.root + "/Registers"], at: takBai)
        _ = try succeed(["risk", "import", Self.examples + "/risks-2568.yaml"], at: takBai)
        _ = try succeed(["gift", "import", Self.examples + "/gifts-2568.yaml"], at: takBai)
        _ = try succeed(["coi", "import", Self.examples + "/declarations-2568.yaml"], at: takBai)
        // Another province: the same register and one risk more.
        let other = store("6302204")
        _ = try succeed(["init", "--agency", "เทศบาลเมืองสุไหงโก-ลก", "--province", "95"], at: other)
        _ = try succeed(["agency", "load", Self.examples + "/agency.yaml"], at: other)
        _ = try succeed(["risk", "configure", "--registers", Self.root + "/Registers"], at: other)
        _ = try succeed(["risk", "import", Self.examples + "/risks-2568.yaml"], at: other)
        _ = try succeed(
            [
                "risk", "add", "--fy", "2568", "--department", "FIN", "--category", "procurement", "--process",
                "การจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง", "--event", "แบ่งซื้อแบ่งจ้าง", "--cause", "ความต้องการเร่งด่วน",
                "--control", "พอใช้: แผนการจัดซื้อจัดจ้าง", "--owner", "ผอ.กองคลัง",
            ], at: other)
        // Nothing recorded.
        _ = try succeed(["init", "--agency", "อบต.ศาลาใหม่", "--province", "96"], at: store("6960101"))

        let agencies = ["6302203", "6302204", "6960101", "6960501"]
        for round in ["6m", "12m"] {
            let overview = try Self.lines(
                try succeed(["report", "agencies", "--fy", "2568", "--round", round, "--format", "json"], at: base))
            #expect(overview.map { $0["department"] as? String } == agencies, "round \(round): \(overview)")
            for line in overview {
                let agency = line["department"] as? String ?? ""
                let summary = try succeed(
                    ["report", "executive", "--fy", "2568", "--round", round, "--format", "json", "-o", "-"],
                    at: store(agency))
                let expected = try Self.figures(summary: summary.stdout)
                for figure in Self.figures {
                    let wanted = expected[figure] ?? nil
                    #expect(
                        Self.number(line[figure]) == wanted,
                        """
                        round \(round), agency \(agency), \(figure): overview \(String(describing: line[figure])), \
                        summary \(String(describing: wanted))
                        """)
                }
            }
            // The records differ, so the comparison compares something.
            #expect(Set(overview.map { Self.number($0["risks"]) }).count >= 3, "\(overview)")
        }

        let inspector = "inspector_\(UUID().uuidString.prefix(8).lowercased())"
        #expect(try PostgresTestServer.psql("CREATE ROLE \(inspector) LOGIN") == 0)
        defer { _ = try? PostgresTestServer.psql("DROP ROLE IF EXISTS \(inspector)") }
        _ = try succeed(["access", "grant", inspector, "--province", "96"], at: base)
        let provincial = try Self.lines(
            try succeed(
                ["report", "agencies", "--fy", "2568", "--round", "12m", "--format", "json"],
                at: AgencyAccessEndToEndTests.url(base, login: inspector)))
        #expect(provincial.map { $0["department"] as? String } == ["6302203", "6960101", "6960501"], "\(provincial)")
        #expect(provincial.first.map { Self.number($0["risks"]) } == 8, "\(provincial)")

        // Behind pgbouncer in transaction pooling, a national viewer gets what a direct connection gives it.
        if let pooled = ProcessInfo.processInfo.environment["SUJARIT_TEST_PGBOUNCER"], !pooled.isEmpty {
            let national = "national_\(UUID().uuidString.prefix(8).lowercased())", password = "pw-\(national)"
            #expect(try PostgresTestServer.psql("CREATE ROLE \(national) LOGIN PASSWORD '\(password)'") == 0)
            defer { _ = try? PostgresTestServer.psql("DROP ROLE IF EXISTS \(national)") }
            _ = try succeed(["access", "grant", national, "--national"], at: base)
            let arguments = ["report", "agencies", "--fy", "2568", "--round", "12m", "--format", "csv"]
            let direct = try succeed(arguments, at: AgencyAccessEndToEndTests.url(base, login: national))
            let bounced = try succeed(
                arguments, at: SharedServerPgbouncerEndToEndTests.bouncer(database, national, password))
            #expect(bounced.stdout == direct.stdout, "through pgbouncer:\n\(bounced.output)\ndirect:\n\(direct.output)")
            #expect(direct.stdout.split(whereSeparator: \.isNewline).count == 5, "\(direct.stdout)")
        }
    }

    /// The rows of `report agencies --format json`.
    static func lines(_ result: SujaritProcess.Result) throws -> [[String: Any]] {
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return parsed as? [[String: Any]] ?? []
    }

    /// A JSON number as an integer; nil for null or absent.
    static func number(_ value: Any?) -> Int? { (value as? NSNumber)?.intValue }

    /// What the overview's line of an agency must say, read from its executive summary's JSON.
    static func figures(summary json: String) throws -> [String: Int?] {
        let summary = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]
        func section(_ key: String) -> [String: Any]? { summary[key] as? [String: Any] }
        func counts(_ key: String) -> [String: Any]? { section(key)?["counts"] as? [String: Any] }
        let gifts = section("gifts")
        return [
            "risks": number(section("risks")?["total"]), "scored": number(section("risks")?["scored"]),
            "measures_overdue": number(counts("measures")?["overdue"]),
            "gifts_late": gifts.flatMap { gifts in
                number(gifts["late"]).flatMap { late in number(gifts["missing"]).map { late + $0 } }
            },
            "declarations_missing": number(section("declarations")?["missing"]),
            "recommendations_overdue": number(counts("audit")?["overdue"]),
            "red_flags_open": number(section("red_flags")?["open"]),
        ]
    }
}
