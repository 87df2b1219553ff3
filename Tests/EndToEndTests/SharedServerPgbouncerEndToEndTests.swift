import Foundation
import Testing

/// A shared server as deployed: staff and a provincial viewer reach it through pgbouncer in transaction pooling
/// with their own passwords, the administrator's projector runs beside it (`sujarit project --follow`), and the
/// binary's commands work as they do on a direct connection.
///
/// Runs when `SUJARIT_TEST_POSTGRES` and `SUJARIT_TEST_PGBOUNCER` are set (`.ci/run` sets both).
@Suite(
    "A shared server through pgbouncer end to end",
    .enabled(
        if: PostgresTestServer.adminURL != nil
            && ProcessInfo.processInfo.environment["SUJARIT_TEST_PGBOUNCER"].map { !$0.isEmpty } == true,
        "needs SUJARIT_TEST_POSTGRES and SUJARIT_TEST_PGBOUNCER (.ci/run sets them)")
)
struct SharedServerPgbouncerEndToEndTests {
    static let root = SujaritProcess.packageRoot.path

    /// `database` through pgbouncer as `login` with `password`, for `agency` (nil: the database as a whole).
    static func bouncer(_ database: String, _ login: String, _ password: String, agency: String? = nil) -> String {
        var components = URLComponents(string: ProcessInfo.processInfo.environment["SUJARIT_TEST_PGBOUNCER"]!)!
        components.user = login
        components.password = password
        components.path = "/\(database)"
        if let agency { components.queryItems = [URLQueryItem(name: "agency", value: agency)] }
        return components.string!
    }

    @Test("staff record through pgbouncer and see their work once the projector passes it; a province reports")
    func throughPgbouncer() throws {
        let sujarit = try SujaritProcess()
        let (database, base) = try PostgresTestServer.newDatabase()
        defer { PostgresTestServer.drop(database) }
        let admin = base + "?agency=6302203"
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--province", "96", "--store", admin])
        try sujarit.succeed(["agency", "load", Self.root + "/Registers/examples/takbai/agency.yaml", "--store", admin])
        try sujarit.succeed(["risk", "configure", "--registers", Self.root + "/Registers", "--store", admin])

        let suffix = UUID().uuidString.prefix(8).lowercased()
        let staff = "somchai_\(suffix)", viewer = "province_\(suffix)", password = "pw-\(suffix)"
        for login in [staff, viewer] {
            #expect(try PostgresTestServer.psql("CREATE ROLE \(login) LOGIN PASSWORD '\(password)'") == 0)
        }
        defer { for login in [staff, viewer] { _ = try? PostgresTestServer.psql("DROP ROLE IF EXISTS \(login)") } }
        try sujarit.succeed(["access", "grant", staff, "--agency", "6302203", "--store", base])
        try sujarit.succeed(["access", "grant", viewer, "--province", "96", "--store", base])

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

        let mine = Self.bouncer(database, staff, password, agency: "6302203")
        let added = try sujarit.run(
            [
                "risk", "add", "--fy", "2570", "--department", "FIN", "--category", "procurement", "--process",
                "การจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง", "--event", "แบ่งซื้อแบ่งจ้าง", "--cause", "ความต้องการเร่งด่วน",
                "--control", "พอใช้: แผนการจัดซื้อจัดจ้าง", "--owner", "ผอ.กองคลัง", "--store", mine,
            ])
        #expect(added.status == 0, "\(added.output)")
        let listed = try sujarit.run(["risk", "list", "--fy", "2570", "--format", "csv", "--store", mine])
        #expect(listed.status == 0 && listed.stdout.contains("R-2570-001"), "\(listed.output)")
        let events = try sujarit.run(["events", "--actor", staff, "--format", "csv", "--store", mine])
        #expect(events.stdout.contains("RiskIdentified"), "recorded as the login: \(events.output)")

        let report = try sujarit.run(
            [
                "report", "agencies", "--fy", "2570", "--round", "6m", "--format", "csv", "--store",
                Self.bouncer(database, viewer, password),
            ])
        #expect(report.status == 0, "\(report.output)")
        #expect(report.stdout.contains("6302203,เทศบาลเมืองตากใบ,96,1,"), "\(report.stdout)")

        let verified = try sujarit.run(["verify", "--store", mine])
        #expect(verified.status == 0, "\(verified.output)")
    }
}
