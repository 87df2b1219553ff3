import Foundation
import Testing

/// Procurement data kept once for a shared PostgreSQL server (issue 16): imports through any agency's store land in
/// the public-data store (`?agency=public`), each agency reads its own departments there (its own and those it
/// follows), the same file imported again through another agency adds nothing, staff cannot write it, and the red
/// flags an agency raises concern its departments only.
///
/// Runs when `SUJARIT_TEST_POSTGRES` names a server (`.ci/run` sets it).
@Suite(
    "Public procurement data on a shared server end to end",
    .enabled(if: PostgresTestServer.adminURL != nil, "needs SUJARIT_TEST_POSTGRES (.ci/run sets it)")
)
struct PublicProcurementEndToEndTests {
    static let root = SujaritProcess.packageRoot.path
    static let legacyFeeds = [
        "egp-1509900857-2024-06-18-legacy.xml", "egp-1509900857-2025-01-21-award-cancelled.xml",
        "egp-1509900857-2025-03-19-utf8-resaved.xml",
    ].map { root + "/Imports/" + $0 }

    /// `base` as `login` (nil: the administrator) for `agency` (nil: the database as a whole).
    static func url(_ base: String, login: String? = nil, agency: String? = nil) -> String {
        AgencyAccessEndToEndTests.url(base, login: login, agency: agency)
    }

    /// The JSON array a command printed, as objects.
    static func objects(_ result: SujaritProcess.Result) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    /// The values of `key` in a JSON list a command printed, as text.
    static func values(_ key: String, _ result: SujaritProcess.Result) throws -> Set<String> {
        Set(try objects(result).compactMap { $0[key].map { "\($0)" } })
    }

    /// Runs `sql` with psql as `login`, returning its exit status.
    static func psql(_ sql: String, as login: String, base: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = [url(base, login: login), "-v", "ON_ERROR_STOP=1", "-qc", sql]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test("one import read by two agencies, each in its departments; again adds nothing; staff cannot write it")
    func sharedOnce() throws {
        let sujarit = try SujaritProcess()
        let (database, base) = try PostgresTestServer.newDatabase()
        defer { PostgresTestServer.drop(database) }
        let takBai = Self.url(base, agency: "6960501"), other = Self.url(base, agency: "6302203")
        let publicData = Self.url(base, agency: "public")
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--province", "96", "--store", takBai])
        try sujarit.succeed(["init", "--agency", "เทศบาลตำบลตัวอย่าง", "--province", "96", "--store", other])
        try sujarit.succeed(["agency", "profile", "set", "--follows", "1509900857", "--store", other])

        let feeds = try sujarit.succeed(
            ["import", "egp", Self.root + "/Imports/examples", "--dept", "6960501", "--store", takBai])
        #expect(feeds.stderr.contains("public procurement data"), "\(feeds.stderr)")
        #expect(feeds.stderr.contains("Imported 5 of 5 file(s): 40 new announcement(s)"), "\(feeds.stderr)")
        try sujarit.succeed(
            ["import", "contracts", Self.root + "/Imports/examples/takbai-contracts-2568.csv", "--store", takBai])
        try sujarit.succeed(["import", "egp"] + Self.legacyFeeds + ["--dept", "1509900857", "--store", other])

        // The same files through the other agency's store: recognised nationally, nothing added.
        let before = try sujarit.succeed(["events", "--format", "csv", "--store", publicData]).stdout
        let again = try sujarit.succeed(
            [
                "import", "egp", Self.root + "/Imports/examples", "--dept", "6960501", "--other-department",
                "--format", "json", "--store", other,
            ])
        let files = try Self.objects(again)
        #expect(files.count == 5)
        #expect(files.allSatisfy { $0["new"] as? Int == 0 && $0["already_imported"] as? Bool == true }, "\(files)")
        #expect(try sujarit.succeed(["events", "--format", "csv", "--store", publicData]).stdout == before)

        // Each agency reads its own departments in the one copy.
        let mine = try sujarit.succeed(["procurement", "list", "--format", "json", "--store", takBai])
        let theirs = try sujarit.succeed(["procurement", "list", "--format", "json", "--store", other])
        #expect(try Self.values("department_id", mine) == ["6960501"])
        #expect(try Self.values("department_id", theirs) == ["1509900857"])
        let ours = try Self.values("project_id", mine), followed = try Self.values("project_id", theirs)
        #expect(!ours.isEmpty && !followed.isEmpty && ours.isDisjoint(with: followed))
        // A limited list in the agency's scope stops at the limit and counts the rest with the same filters.
        let specific = try sujarit.succeed(
            ["procurement", "list", "--method", "specific", "--format", "csv", "--store", takBai])
        let matching = specific.stdout.split(separator: "\r\n").count - 1
        let limited = try sujarit.succeed([
            "procurement", "list", "--method", "specific", "--limit", "2", "--store", takBai,
        ])
        #expect(
            matching > 2 && limited.stderr.contains("2 of \(matching) project(s) shown (--limit)."), "\(limited.stderr)"
        )
        let foreign = try #require(followed.sorted().first)
        let hidden = try sujarit.run(["procurement", "show", foreign, "--store", takBai])
        #expect(hidden.status != 0 && hidden.stderr.contains("No project"), "\(hidden.output)")
        try sujarit.succeed(["procurement", "show", foreign, "--store", other])

        // Staff read the public data for their agency, and cannot write it by the CLI or by SQL.
        let staff = "somchai_\(UUID().uuidString.prefix(8).lowercased())"
        #expect(try PostgresTestServer.psql("CREATE ROLE \(staff) LOGIN") == 0)
        defer { _ = try? PostgresTestServer.psql("DROP ROLE IF EXISTS \(staff)") }
        try sujarit.succeed(["access", "grant", staff, "--agency", "6960501", "--store", base])
        let staffStore = Self.url(base, login: staff, agency: "6960501")
        let read = try sujarit.succeed(["procurement", "list", "--format", "json", "--store", staffStore])
        #expect(try Self.values("project_id", read) == ours)
        let copy = sujarit.folder.appendingPathComponent("copy.xml")
        let page = Self.root + "/Imports/examples/takbai-6960501-2025-09-25-page1.xml"
        try (try Data(contentsOf: URL(fileURLWithPath: page)) + Data("\n".utf8)).write(to: copy)
        let refused = try sujarit.run(["import", "egp", copy.path, "--store", staffStore])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--importer"), "\(refused.output)")
        #expect(
            try Self.psql(
                "INSERT INTO sujarit.procurement_departments (agency, department_id, name) VALUES ('public', '1', 'x')",
                as: staff, base: base) != 0)
        #expect(try sujarit.succeed(["events", "--format", "csv", "--store", publicData]).stdout == before)
        try sujarit.succeed(["verify", "--store", publicData])
    }

    @Test("flags run of an agency concerns its departments only; an importer adds to the public data")
    func flagsScoped() throws {
        let sujarit = try SujaritProcess()
        let (database, base) = try PostgresTestServer.newDatabase()
        defer { PostgresTestServer.drop(database) }
        let takBai = Self.url(base, agency: "6960501"), other = Self.url(base, agency: "6302203")
        let config = Self.root + "/Registers/red-flags.yaml"
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--province", "96", "--store", takBai])
        try sujarit.succeed(["init", "--agency", "เทศบาลตำบลตัวอย่าง", "--province", "96", "--store", other])
        try sujarit.succeed(["agency", "profile", "set", "--follows", "1509900857", "--store", other])
        try sujarit.succeed(
            ["import", "egp", Self.root + "/Imports/examples", "--dept", "6960501", "--store", takBai])
        try sujarit.succeed(
            ["import", "contracts", Self.root + "/Imports/examples/takbai-contracts-2568.csv", "--store", takBai])
        try sujarit.succeed(["import", "egp"] + Self.legacyFeeds + ["--dept", "1509900857", "--store", other])

        try sujarit.succeed(["flags", "run", "--config", config, "--store", takBai])
        try sujarit.succeed(["flags", "run", "--config", config, "--store", other])
        let mine = try Self.objects(sujarit.succeed(["flags", "list", "--format", "json", "--store", takBai]))
        let theirs = try Self.objects(sujarit.succeed(["flags", "list", "--format", "json", "--store", other]))
        #expect(!mine.isEmpty)
        #expect(mine.allSatisfy { $0["department_id"] as? String == "6960501" }, "\(mine)")
        #expect(theirs.allSatisfy { $0["department_id"] as? String == "1509900857" }, "\(theirs)")

        // A login granted --importer adds to the public data (its read models kept by the projector).
        let importer = "loader_\(UUID().uuidString.prefix(8).lowercased())"
        #expect(try PostgresTestServer.psql("CREATE ROLE \(importer) LOGIN") == 0)
        defer { _ = try? PostgresTestServer.psql("DROP ROLE IF EXISTS \(importer)") }
        let granted = try sujarit.succeed(["access", "grant", importer, "--importer", "--store", base])
        #expect(granted.stdout.contains("importer of public procurement data"), "\(granted.output)")
        let projector = Process()
        projector.executableURL = SujaritProcess.executable
        projector.arguments = ["project", "--follow", "--interval", "50", "--store", base]
        projector.standardOutput = FileHandle.nullDevice
        projector.standardError = FileHandle.nullDevice
        try projector.run()
        defer {
            projector.terminate()
            projector.waitUntilExit()
        }
        let copy = sujarit.folder.appendingPathComponent("copy.xml")
        let page = Self.root + "/Imports/examples/takbai-6960501-2025-09-25-page1.xml"
        try (try Data(contentsOf: URL(fileURLWithPath: page)) + Data("\n".utf8)).write(to: copy)
        let added = try sujarit.succeed(
            [
                "import", "egp", copy.path, "--dept", "6960501", "--format", "json", "--store",
                Self.url(base, login: importer, agency: "public"),
            ])
        let report = try Self.objects(added)
        #expect(report.first?["new"] as? Int == 0 && report.first?["already_imported"] as? Bool == false)
        let imports = try sujarit.succeed(["procurement", "imports", "--format", "json", "--store", takBai])
        #expect(try Self.objects(imports).count == 7, "\(imports.stdout)")
    }

    @Test("flags run --province 96 finds a supplier's share across the province's agencies, for every login to read")
    func provincialFlags() throws {
        let sujarit = try SujaritProcess()
        let (database, base) = try PostgresTestServer.newDatabase()
        defer { PostgresTestServer.drop(database) }
        let takBai = Self.url(base, agency: "6960501"), other = Self.url(base, agency: "6302203")
        let config = Self.root + "/Registers/red-flags.yaml"
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--province", "96", "--store", takBai])
        try sujarit.succeed(["init", "--agency", "เทศบาลตำบลตัวอย่าง", "--province", "96", "--store", other])
        let contracts = Self.root + "/Imports/examples/takbai-contracts-2568.csv"
        try sujarit.succeed(["import", "contracts", contracts, "--dept", "6960501", "--store", takBai])
        // The neighbour's contracts: the same firms, other projects (ids and buyer changed).
        let neighbour = sujarit.folder.appendingPathComponent("neighbour-contracts-2568.csv")
        try String(contentsOfFile: contracts, encoding: .utf8)
            .replacingOccurrences(of: ",6711900", with: ",6711800").replacingOccurrences(
                of: ",6801900", with: ",6801800"
            )
            .replacingOccurrences(of: ",6809900", with: ",6809800")
            .replacingOccurrences(of: "เทศบาลเมืองตากใบ", with: "เทศบาลตำบลตัวอย่าง")
            .write(to: neighbour, atomically: true, encoding: .utf8)
        try sujarit.succeed(["import", "contracts", neighbour.path, "--dept", "6302203", "--store", other])

        let run = try sujarit.succeed(
            ["flags", "run", "--province", "96", "--config", config, "--format", "json", "--store", base])
        #expect(run.stderr.contains("public procurement data"), "\(run.stderr)")
        let again = try sujarit.succeed(["flags", "run", "--province", "96", "--config", config, "--store", base])
        #expect(again.stderr.contains(" 0 new flag(s)"), "\(again.stderr)")

        let viewer = "province_\(UUID().uuidString.prefix(8).lowercased())"
        let staff = "somchai_\(UUID().uuidString.prefix(8).lowercased())"
        for login in [viewer, staff] { #expect(try PostgresTestServer.psql("CREATE ROLE \(login) LOGIN") == 0) }
        defer { for login in [viewer, staff] { _ = try? PostgresTestServer.psql("DROP ROLE IF EXISTS \(login)") } }
        try sujarit.succeed(["access", "grant", viewer, "--province", "96", "--store", base])
        try sujarit.succeed(["access", "grant", staff, "--agency", "6960501", "--store", base])
        let listed = try Self.objects(
            sujarit.succeed(
                ["flags", "list", "--format", "json", "--store", Self.url(base, login: viewer, agency: "public")]))
        let regional = listed.filter { $0["indicator"] as? String == "regional-supplier-share" }
        #expect(!regional.isEmpty && regional.allSatisfy { $0["department_id"] as? String == "province-96" })
        let splits = listed.filter { $0["indicator"] as? String == "regional-split" }
        #expect(!splits.isEmpty && splits.allSatisfy { $0["department_id"] as? String == "province-96" }, "\(listed)")
        let road = try #require(regional.first { ($0["supplier"] as? String)?.contains("รุ่งเรืองการโยธา") == true })
        #expect(road["projects"] as? Int == 4, "two awards in each agency: \(road)")
        let id = try #require(road["id"] as? String)
        let explained = try sujarit.succeed(
            ["flags", "explain", id, "--store", Self.url(base, login: viewer, agency: "public")])
        #expect(explained.stdout.contains("2 แห่งในจังหวัดรหัส 96"), "\(explained.stdout)")
        #expect(explained.stdout.contains("67119000333") && explained.stdout.contains("67118000333"))

        // Staff cannot bend them, and their agency's own flags do not include them.
        #expect(
            try Self.psql("UPDATE sujarit.red_flags SET status = 'dismissed'", as: staff, base: base) != 0)
        let own = try sujarit.succeed(
            ["flags", "list", "--format", "json", "--store", Self.url(base, login: staff, agency: "6960501")])
        #expect(try Self.objects(own).allSatisfy { $0["indicator"] as? String != "regional-supplier-share" })
    }
}
