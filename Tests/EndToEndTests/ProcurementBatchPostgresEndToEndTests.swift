import Foundation
import Testing

/// PostgreSQL writes the procurement read model a page at a time (`ProcurementProjection`'s batch form: a page's
/// contract rows folded per project and per contract, each row written once), where SQLite and `verify`'s replay
/// apply one event at a time. Both must give the same tables: imported live, rebuilt, and checked by `verify`.
@Suite("Procurement read models folded by page on PostgreSQL")
struct ProcurementBatchPostgresEndToEndTests {
    /// Contract rows that touch projects again: a second contract of a project, a corrected record of a contract,
    /// and a row without the budget the first gave (a missing value never erases a known one).
    static func correctionsFile(in folder: URL) throws -> String {
        let example = try String(
            contentsOfFile: ImportEndToEndTests.example("takbai-contracts-2568.csv"), encoding: .utf8)
        // CRLF lines: "\r\n" is one Character, so split on newlines of either kind.
        let lines = example.split(whereSeparator: \.isNewline).map(String.init)
        let road = try #require(lines.first { $0.contains(",67119000333,") })
        let cancelled = try #require(lines.first { $0.contains(",68019000012,") })
        let rows = [
            lines[0],
            road.replacingOccurrences(of: "12/2568", with: "12/2568-2"),
            road.replacingOccurrences(of: "2,448,000.00", with: "2,440,000.00"),
            cancelled.replacingOccurrences(of: "\"1,200,000.00\"", with: ""),
            road.replacingOccurrences(of: "12/2568", with: "12/2568-3"),
        ]
        let path = folder.appendingPathComponent("corrections.csv").path
        try (rows.joined(separator: "\r\n") + "\r\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(
        "contract rows folded by page on PostgreSQL give SQLite's rows, live and rebuilt, and verify finds no difference",
        .enabled(if: PostgresTestServer.adminURL != nil, "needs SUJARIT_TEST_POSTGRES (.ci/run sets it)"))
    func foldedLikeOneByOne() throws {
        let sujarit = try ImportEndToEndTests.agencyStore()
        let (database, base) = try PostgresTestServer.newDatabase()
        defer { PostgresTestServer.drop(database) }
        let server = base + "?agency=6960501"
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--store", server])
        let corrections = try Self.correctionsFile(in: sujarit.folder)
        for store in [sujarit.storePath, server] {
            // Contracts before and after the feeds, so that a page mixes both kinds of change to a project.
            try sujarit.succeed(
                ["import", "contracts", ImportEndToEndTests.example("takbai-contracts-2568.csv"), "--store", store])
            try sujarit.succeed(
                ["import", "egp", ImportEndToEndTests.examplesFolder, "--dept", "6960501", "--store", store])
            try sujarit.succeed(["import", "contracts", corrections, "--dept", "6960501", "--store", store])
            try sujarit.succeed(
                ["import", "contracts", ImportEndToEndTests.example("takbai-egp-contract-2568.json"), "--store", store])
        }
        let list = ["procurement", "list", "--format", "csv", "--store"]
        let show = ["procurement", "show", "67119000333", "--format", "json", "--store"]
        let onSQLite = try sujarit.succeed(list + [sujarit.storePath]).stdout
        let shownOnSQLite = try sujarit.succeed(show + [sujarit.storePath]).stdout
        #expect(onSQLite.split(separator: "\r\n").count > 20)
        #expect(shownOnSQLite.contains("12/2568-3"))

        // Live: each import's pages folded as they were appended; then rebuilt from the whole log.
        let shownLive = try sujarit.succeed(show + [server]).stdout
        #expect(try sujarit.succeed(list + [server]).stdout == onSQLite)
        try sujarit.succeed(["rebuild", "--store", server])
        #expect(try sujarit.succeed(list + [server]).stdout == onSQLite)
        #expect(try sujarit.succeed(show + [server]).stdout == shownLive)
        // verify replays the log one event at a time and compares every table's rows with the server's.
        try sujarit.succeed(["verify", "--store", server])
    }
}
