import Foundation
import Testing

/// Every published variant of the contract data through the built binary (issue 22): the variant read per
/// file in the summary, folders of saved pages, national files under each buyer, refusals that leave the
/// store as it was.
@Suite("Contract data variants, through the built binary")
struct ContractVariantsEndToEndTests {
    static func variant(_ name: String) -> String {
        SujaritProcess.packageRoot.appendingPathComponent("Imports/variants/\(name)").path
    }

    static func bad(_ name: String) -> String {
        SujaritProcess.packageRoot.appendingPathComponent("Imports/bad/\(name)").path
    }

    static func store() throws -> SujaritProcess {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960501"])
        return sujarit
    }

    /// The CSV summary's rows (after its byte-order mark, CRLF), keyed by column.
    static func rows(_ csv: String) -> [[String: String]] {
        let text = csv.hasPrefix("\u{FEFF}") ? String(csv.dropFirst()) : csv
        let lines = text.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map {
            Dictionary(uniqueKeysWithValues: zip(header.map(String.init), $0.map(String.init)))
        }
    }

    @Test("each file's variant is in the summary; folders of pages are imported file by file; again adds nothing")
    func variantsPerFile() throws {
        let sujarit = try Self.store()
        let arguments = [
            "import", "contracts", Self.variant("takbai-2568-fy15.csv"), Self.variant("takbai-2568-datastore.csv"),
            Self.variant("takbai-2568-datastore-pages"), Self.variant("takbai-govspending-pages"),
            Self.variant("takbai-govspending-record.json"), "--dept", "6960501", "--format", "csv",
        ]
        let first = try sujarit.succeed(arguments)
        let variants = Self.rows(first.stdout).map { $0["variant"] ?? "" }
        #expect(
            variants == [
                "data.go.th-csv/fy2568-15", "ckan-datastore-csv/standard-28", "ckan-datastore-json/standard-28",
                "ckan-datastore-json/standard-28", "ckan-datastore-json/standard-28", "govspending-page",
                "govspending-page", "govspending-record",
            ], "\(first.stdout)")
        #expect(first.stdout.contains("method-columns-swapped=4"))
        #expect(first.stderr.contains("ignored: _id, _full_text"))
        let dump = try sujarit.storeDump()
        let again = try sujarit.succeed(arguments)
        #expect(Self.rows(again.stdout).allSatisfy { $0["new"] == "0" }, "\(again.stdout)")
        #expect(try sujarit.storeDump() == dump)
    }

    @Test("a national file files each row under its buyer: the profile's and a directory's e-GP ids, else the name")
    func nationalFile() throws {
        let sujarit = try Self.store()
        let result = try sujarit.succeed([
            "import", "contracts", Self.variant("cgd-contract-2567-national.csv"), "--departments",
            Self.variant("departments-example.yaml"), "--format", "json",
        ])
        let files = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let file = try #require(files.first)
        #expect(file["variant"] as? String == "data.go.th-csv/header-31")
        #expect(file["masked_tax_ids"] as? Int == 1 && file["invalid_tax_ids"] as? Int == 0)
        let provenance = try #require(file["provenance"] as? [String: Any])
        #expect(provenance["buyers"] as? Int == 4 && provenance["buyers_with_egp_id"] as? Int == 2)
        let list = try sujarit.succeed(["procurement", "list", "--format", "csv"]).stdout
        #expect(list.contains("67029000230") && list.contains("66129000871"))
        let own = try sujarit.succeed(["procurement", "list", "--dept", "6960501", "--format", "csv"]).stdout
        #expect(own.contains("67019000101") && own.contains("67039000044") && !own.contains("66129000871"))
    }

    @Test(
        "a file that is not contract data is refused naming its place, exits non-zero, and leaves the store as it was",
        arguments: [
            ("datastore-error.json", "Not Found Error"),
            ("datastore-other-dataset.json", "result.fields[3].id"),
            ("datastore-lists-without-fields.json", "result.fields"),
            ("contracts-two-digit-numeric-date.csv", "contracts-two-digit-numeric-date.csv:3:4: error: วันที่ประกาศ"),
        ])
    func refusals(_ name: String, place: String) throws {
        let sujarit = try Self.store()
        try sujarit.succeed(["import", "contracts", Self.variant("takbai-2568-fy15.csv"), "--dept", "6960501"])
        let before = try sujarit.storeDump()
        let result = try sujarit.run(["import", "contracts", Self.bad(name)])
        #expect(result.status == 1)
        #expect(result.stderr.contains(place) && result.stderr.contains("What to do:"), "\(result.stderr)")
        #expect(try sujarit.storeDump() == before)
    }

    @Test("a directory of departments with a bad id, or a folder without contract files, is refused before any import")
    func badArguments() throws {
        let sujarit = try Self.store()
        let before = try sujarit.storeDump()
        let directory = try sujarit.run([
            "import", "contracts", Self.variant("cgd-contract-2567-national.csv"), "--departments",
            Self.bad("departments-bad-id.yaml"),
        ])
        #expect(directory.status != 0)
        #expect(directory.stderr.contains("line 6") && directory.stderr.contains("'69605'"), "\(directory.stderr)")
        let empty = try sujarit.run([
            "import", "contracts", SujaritProcess.packageRoot.appendingPathComponent("Reports").path,
        ])
        #expect(empty.status != 0 && empty.stderr.contains("holds no contract file"), "\(empty.stderr)")
        #expect(try sujarit.storeDump() == before)
    }
}
