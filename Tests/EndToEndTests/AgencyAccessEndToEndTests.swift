import Foundation
import Testing

/// Many agencies on one PostgreSQL server through the real binary: two agencies' stores, a provincial
/// view granted with `sujarit access`, the side-by-side report it may run, and the store it may not open.
///
/// Runs when `SUJARIT_TEST_POSTGRES` names a server (`.ci/run` sets it).
@Suite(
    "Agencies on a shared server end to end",
    .enabled(if: PostgresTestServer.adminURL != nil, "needs SUJARIT_TEST_POSTGRES (.ci/run sets it)")
)
struct AgencyAccessEndToEndTests {
    static let root = SujaritProcess.packageRoot.path

    /// `url` for `login` (nil: the administrator) and `agency` (nil: the database as a whole).
    static func url(_ base: String, login: String? = nil, agency: String? = nil) -> String {
        var components = URLComponents(string: base)!
        if let login { components.user = login }
        if let agency { components.queryItems = [URLQueryItem(name: "agency", value: agency)] }
        return components.string!
    }

    @Test("a provincial view reports on its province's agencies and cannot open another province's store")
    func provincialView() throws {
        let sujarit = try SujaritProcess()
        let (database, base) = try PostgresTestServer.newDatabase()
        defer { PostgresTestServer.drop(database) }
        let takBai = Self.url(base, agency: "6302203"), other = Self.url(base, agency: "6302204")

        func succeed(_ arguments: [String], store: String) throws -> SujaritProcess.Result {
            let result = try sujarit.run(arguments, environment: ["SUJARIT_STORE": store])
            #expect(
                result.status == 0,
                "sujarit \(arguments.joined(separator: " ")) exited \(result.status):\n\(result.output)")
            return result
        }
        _ = try succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--province", "96"], store: takBai)
        _ = try succeed(["agency", "load", Self.root + "/Registers/examples/takbai/agency.yaml"], store: takBai)
        _ = try succeed(["risk", "configure", "--registers", Self.root + "/Registers"], store: takBai)
        _ = try succeed(["risk", "import", Self.root + "/Registers/examples/takbai/risks-2568.yaml"], store: takBai)
        _ = try succeed(["init", "--agency", "เทศบาลเมืองสุไหงโก-ลก", "--province", "95"], store: other)
        let empty = Self.url(base, agency: "6960101")
        _ = try succeed(["init", "--agency", "อบต.ศาลาใหม่", "--province", "96"], store: empty)

        let inspector = "inspector_\(UUID().uuidString.prefix(8).lowercased())"
        #expect(try PostgresTestServer.psql("CREATE ROLE \(inspector) LOGIN") == 0)
        _ = try succeed(["access", "grant", inspector, "--province", "96"], store: base)

        let listed = try succeed(["access", "list", "--format", "csv"], store: base)
        #expect(listed.stdout.contains("6302203,96,read-write,true"), "\(listed.stdout)")
        #expect(listed.stdout.contains("6302204,95,read-write,true"), "\(listed.stdout)")

        let report = try succeed(
            ["report", "agencies", "--fy", "2568", "--round", "6m", "--format", "csv"],
            store: Self.url(base, login: inspector))
        let lines = report.stdout.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.count == 3, "\(report.stdout)")
        #expect(lines[1].hasPrefix("6302203,เทศบาลเมืองตากใบ,96,8,"), "the imported risks are counted: \(report.stdout)")
        #expect(
            lines[2].hasPrefix("6960101,อบต.ศาลาใหม่,96,,"), "nothing recorded is empty (null), not 0: \(report.stdout)")
        #expect(report.stderr.contains("1 of the 3 agencies"), "\(report.stderr)")

        let refused = try sujarit.run(
            ["risk", "list", "--fy", "2568"],
            environment: ["SUJARIT_STORE": Self.url(base, login: inspector, agency: "6302204")])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("not open to this login"), "\(refused.output)")

        let written = try sujarit.run(
            ["agency", "load", Self.root + "/Registers/examples/takbai/agency.yaml"],
            environment: ["SUJARIT_STORE": Self.url(base, login: inspector, agency: "6960101")])
        #expect(written.status != 0, "a provincial view writes nothing: \(written.output)")
        #expect(written.stderr.contains("may not add to the record"), "\(written.output)")

        let impostor = try sujarit.run(
            ["risk", "round", "--fy", "2568", "--kind", "inherent", "--as", "palad"],
            environment: ["SUJARIT_STORE": takBai])
        #expect(impostor.status != 0)
        #expect(impostor.stderr.contains("you act as your login"), "\(impostor.output)")
    }
}
