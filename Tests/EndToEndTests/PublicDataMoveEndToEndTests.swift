import Foundation
import Testing

/// An agency's procurement imported before its server kept procurement data once (issue 16): its SQLite store
/// moved verbatim to a shared server, its procurement events copied to the public store on the way, so the agency
/// reads the same projects and raises the same flags as before; `migrate --public-data` again adds nothing, and
/// the agency's log, which keeps its copies (superseded), still verifies against its old anchor.
///
/// Runs when `SUJARIT_TEST_POSTGRES` names a server (`.ci/run` sets it).
@Suite(
    "Procurement imported before, moved to the public data end to end",
    .enabled(if: PostgresTestServer.adminURL != nil, "needs SUJARIT_TEST_POSTGRES (.ci/run sets it)")
)
struct PublicDataMoveEndToEndTests {
    static let root = SujaritProcess.packageRoot.path
    static let config = root + "/Registers/red-flags.yaml"

    /// A SQLite store of Tak Bai at `path` with the examples' feeds and contracts imported.
    static func importedStore(_ sujarit: SujaritProcess, at path: String) throws {
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960501", "--store", path])
        try sujarit.succeed(["import", "egp", root + "/Imports/examples", "--dept", "6960501", "--store", path])
        try sujarit.succeed(
            ["import", "contracts", root + "/Imports/examples/takbai-contracts-2568.csv", "--store", path])
    }

    /// What identifies each flag `flags list` printed, apart from its number.
    static func flags(_ result: SujaritProcess.Result) throws -> Set<String> {
        Set(
            try PublicProcurementEndToEndTests.objects(result).map { flag in
                ["indicator", "subject", "projects", "key_figure"].map { "\(flag[$0] ?? "")" }.joined(separator: "|")
            })
    }

    @Test("a store's procurement moves to the public data: same projects and flags, again nothing, anchor holds")
    func movesProcurement() throws {
        let sujarit = try SujaritProcess()
        let reference = sujarit.folder.appendingPathComponent("reference.db").path
        let old = sujarit.folder.appendingPathComponent("takbai.db").path
        try Self.importedStore(sujarit, at: reference)
        try Self.importedStore(sujarit, at: old)
        let projects = try PublicProcurementEndToEndTests.values(
            "project_id", sujarit.succeed(["procurement", "list", "--format", "json", "--store", old]))
        try sujarit.succeed(["flags", "run", "--config", Self.config, "--store", reference])
        let flagged = try Self.flags(sujarit.succeed(["flags", "list", "--format", "json", "--store", reference]))
        #expect(!projects.isEmpty && !flagged.isEmpty)

        let (database, base) = try PostgresTestServer.newDatabase()
        defer { PostgresTestServer.drop(database) }
        let takBai = PublicProcurementEndToEndTests.url(base, agency: "6960501")
        let publicData = PublicProcurementEndToEndTests.url(base, agency: "public")
        let moved = try sujarit.succeed(["migrate", "--from", old, "--to", takBai, "--format", "csv"])
        #expect(moved.stderr.contains("Procurement data of 6960501: copied to the public store"), "\(moved.output)")
        let head = try #require(
            moved.stdout.split(whereSeparator: \.isNewline).first { $0.hasPrefix("ปลายทาง") }?.split(separator: ","))
        let anchor = "\(head[2]):\(head[3].prefix(16))"

        // The agency reads the same projects, now from the public store, and raises the same flags there.
        let listed = try sujarit.succeed(["procurement", "list", "--format", "json", "--store", takBai])
        #expect(try PublicProcurementEndToEndTests.values("project_id", listed) == projects)
        let inPublic = try sujarit.succeed(["procurement", "list", "--format", "json", "--store", publicData])
        #expect(try PublicProcurementEndToEndTests.values("project_id", inPublic) == projects)
        try sujarit.succeed(["flags", "run", "--config", Self.config, "--store", takBai])
        #expect(try Self.flags(sujarit.succeed(["flags", "list", "--format", "json", "--store", takBai])) == flagged)

        // Again, for every agency of the server: nothing added.
        let before = try sujarit.succeed(["events", "--format", "csv", "--store", publicData]).stdout
        let again = try sujarit.succeed(["migrate", "--public-data", "--to", base])
        #expect(again.stdout.contains("nothing copied"), "\(again.output)")
        #expect(try sujarit.succeed(["events", "--format", "csv", "--store", publicData]).stdout == before)

        // The agency's log keeps its copies, superseded, and still proves the anchor of the move.
        let verified = try sujarit.succeed(["verify", "--anchor", anchor, "--store", takBai])
        #expect(verified.stderr.contains("superseded"), "\(verified.output)")
        try sujarit.succeed(["verify", "--store", publicData])
    }

    @Test("--public-data and --from together, or neither, are refused before anything is read")
    func refusesBothOrNeither() throws {
        let sujarit = try SujaritProcess()
        let neither = try sujarit.run(["migrate", "--to", "postgres://admin@db.example/narathiwat"])
        #expect(neither.status != 0 && neither.stderr.contains("not neither"), "\(neither.output)")
        let both = try sujarit.run(
            ["migrate", "--public-data", "--from", "x.db", "--to", "postgres://admin@db.example/narathiwat"])
        #expect(both.status != 0 && both.stderr.contains("not both"), "\(both.output)")
    }
}
