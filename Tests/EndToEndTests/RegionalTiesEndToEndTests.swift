import Foundation
import Testing

/// regional-declared-ties (issue 16): a firm winning in several agencies of a province whose committee members
/// declared ties to it. The administrator's provincial run reads each agency's declarations and records in the
/// public data counts only: a provincial viewer reads the flag and finds no name, while the agency's reviewer
/// finds the names on the agency's own coi-committee flag.
///
/// Runs when `SUJARIT_TEST_POSTGRES` names a server (`.ci/run` sets it).
@Suite(
    "Regional declared ties end to end",
    .enabled(if: PostgresTestServer.adminURL != nil, "needs SUJARIT_TEST_POSTGRES (.ci/run sets it)")
)
struct RegionalTiesEndToEndTests {
    static let root = SujaritProcess.packageRoot.path
    static let examples = root + "/Registers/examples/takbai"
    static let config = root + "/Registers/red-flags.yaml"

    static func url(_ base: String, login: String? = nil, agency: String? = nil) -> String {
        PublicProcurementEndToEndTests.url(base, login: login, agency: agency)
    }

    @Test("a provincial viewer reads the regional flag with counts and no name; the agency's reviewer reads the names")
    func countsForTheRegionNamesForTheAgency() throws {
        let sujarit = try SujaritProcess()
        let (database, base) = try PostgresTestServer.newDatabase()
        defer { PostgresTestServer.drop(database) }
        let takBai = Self.url(base, agency: "6960501"), other = Self.url(base, agency: "6302203")
        for (name, store) in [("เทศบาลเมืองตากใบ", takBai), ("เทศบาลตำบลตัวอย่าง", other)] {
            try sujarit.succeed(["init", "--agency", name, "--province", "96", "--store", store])
            try sujarit.succeed(["agency", "load", Self.examples + "/agency.yaml", "--store", store])
            try sujarit.succeed(["coi", "import", Self.examples + "/declarations-2568.yaml", "--store", store])
        }
        // The second agency buys through Tak Bai's e-GP department too (a joint purchase), with its own committees.
        try sujarit.succeed(["agency", "profile", "set", "--follows", "6960501", "--store", other])
        try sujarit.succeed(
            ["import", "egp", Self.root + "/Imports/examples", "--dept", "6960501", "--store", takBai])
        try sujarit.succeed(
            ["import", "contracts", Self.root + "/Imports/examples/takbai-contracts-2568.csv", "--store", takBai])
        try sujarit.succeed(["flags", "run", "--config", Self.config, "--store", takBai])
        try sujarit.succeed(["flags", "run", "--province", "96", "--config", Self.config, "--store", base])

        let viewer = "province_\(UUID().uuidString.prefix(8).lowercased())"
        #expect(try PostgresTestServer.psql("CREATE ROLE \(viewer) LOGIN") == 0)
        defer { _ = try? PostgresTestServer.psql("DROP ROLE IF EXISTS \(viewer)") }
        try sujarit.succeed(["access", "grant", viewer, "--province", "96", "--store", base])
        let publicView = Self.url(base, login: viewer, agency: "public")
        let listed = try PublicProcurementEndToEndTests.objects(
            sujarit.succeed([
                "flags", "list", "--indicator", "regional-declared-ties", "--format", "json", "--store", publicView,
            ]))
        let flag = try #require(listed.first?["id"] as? String, "\(listed)")
        let text = try sujarit.succeed(["flags", "explain", flag, "--store", publicView])
        let json = try sujarit.succeed(["flags", "explain", flag, "--format", "json", "--store", publicView])
        for output in [text.stdout, json.stdout] {
            #expect(output.contains("รุ่งเรืองการโยธา"), "the supplier: \(output)")
            for name in ["รุสดี", "rusdee", "ญาติ", "relative"] {
                #expect(!output.contains(name), "\(name) shown to a provincial viewer: \(output)")
            }
        }
        #expect(text.stdout.contains("2 agencies") || text.stdout.contains("2 แห่ง"), "\(text.stdout)")

        // The agency's reviewer reads who declared, on the agency's own flag.
        _ = try? PostgresTestServer.psql("CREATE ROLE anan LOGIN")
        try sujarit.succeed(["access", "grant", "anan", "--agency", "6960501", "--reviewer", "--store", base])
        let reviewer = Self.url(base, login: "anan", agency: "6960501")
        let own = try PublicProcurementEndToEndTests.objects(
            sujarit.succeed(["flags", "list", "--indicator", "coi-committee", "--format", "json", "--store", reviewer]))
        let coi = try #require(own.first?["id"] as? String, "\(own)")
        let named = try sujarit.succeed(["flags", "explain", coi, "--store", reviewer])
        #expect(named.stdout.contains("นายรุสดี มามะ"), "\(named.output)")
    }
}
