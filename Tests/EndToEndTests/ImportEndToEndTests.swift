import Foundation
import Testing

@Suite("e-GP feeds and contract data, through the built binary")
struct ImportEndToEndTests {
    /// A store for เทศบาลเมืองตากใบ, whose e-GP id is the example feeds' department.
    static func agencyStore() throws -> SujaritProcess {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960501"])
        return sujarit
    }

    static func example(_ name: String) -> String {
        SujaritProcess.packageRoot.appendingPathComponent("Imports/examples/\(name)").path
    }

    static func bad(_ name: String) -> String {
        SujaritProcess.packageRoot.appendingPathComponent("Imports/bad/\(name)").path
    }

    static var examplesFolder: String { SujaritProcess.packageRoot.appendingPathComponent("Imports/examples").path }

    @Test("A folder of feeds and the contract data become projects with timelines, prices and winners")
    func importAndShow() throws {
        let sujarit = try Self.agencyStore()
        let feeds = try sujarit.succeed(["import", "egp", Self.examplesFolder, "--dept", "6960501"])
        for name in [
            "takbai-6960501-2024-10-08-plan.xml", "takbai-6960501-2025-03-20.xml.gz",
            "takbai-6960501-2025-09-25-page1.xml",
        ] {
            #expect(feeds.stdout.contains(name))
        }
        #expect(feeds.stdout.contains("Windows-874, gzip"))
        #expect(feeds.stdout.contains("หน้าไม่ครบ: countbyday 27"))
        #expect(feeds.stderr.contains("Imported 5 of 5 file(s): 40 new announcement(s), 0 already in the store."))
        #expect(
            feeds.stderr.contains("takbai-6960501-2024-10-08-plan.xml:39: warning: the item (P0) has no project id"))

        let contracts = try sujarit.succeed([
            "import", "contracts", Self.example("takbai-contracts-2568.csv"),
            Self.example("takbai-egp-contract-2568.json"), "--format", "csv",
        ])
        let rows = contracts.stdout.split(separator: "\r\n").map(String.init)
        #expect(rows.count == 3)
        #expect(rows[1].hasSuffix(",imported,data.go.th-csv,15,15,0,1,1,scientific-tax-ids=1"))
        #expect(rows[2].contains(",imported,govspending-json,2,2,0,0,0,"))
        #expect(contracts.stderr.contains("1 winner tax id(s) were in scientific notation"))

        let list = try sujarit.succeed([
            "procurement", "list", "--fy", "2568", "--method", "specific", "--format", "csv",
        ])
        let listed = list.stdout.split(separator: "\r\n").map(String.init)
        #expect(listed.count == 22) // header, 67119000355 and the 20 year-end purchases
        #expect(
            listed.contains {
                $0.hasPrefix("68099000007,2568,specific,")
                    && $0.contains(",499900.00,499900.00,100,บริษัท ตากใบวัสดุภัณฑ์ จำกัด,W0,2025-09-25")
            })

        let shown = try sujarit.succeed(["procurement", "show", "๖๗๑๑๙๐๐๐๓๓๓"])
        #expect(shown.stdout.contains("6960501 เทศบาลเมืองตากใบ"))
        #expect(shown.stdout.contains("2,448,000.00  (99.67% ของราคากลาง)"))
        #expect(shown.stdout.contains("15 Reference price"))
        #expect(shown.stdout.contains("14 ม.ค. 2568  W0"))
        #expect(shown.stdout.contains("ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา"))
        #expect(shown.stdout.contains("0-9635-50000-12-1"))

        let json = try sujarit.succeed(["procurement", "show", "67119000332", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["reference_price"] as? String == "715000.00")
        #expect((object["contracts"] as? [[String: Any]])?.first?["winner_tax_id"] is NSNull, "unknown, not left out")

        let bidders = try sujarit.succeed(["import", "bidders", Self.example("takbai-cost-bidders-2568.csv")])
        #expect(bidders.stderr.contains("2 new record(s)"))
        let withBidders = try sujarit.succeed(["procurement", "show", "67119000333"])
        #expect(
            withBidders.stdout.contains("ผู้ยื่นข้อเสนอ Bidders (CoST)  3: ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา, บริษัท นราก่อสร้าง จำกัด"))

        let imports = try sujarit.succeed(["procurement", "imports", "--format", "csv"])
        #expect(imports.stdout.split(separator: "\r\n").count == 9)
    }

    @Test("Importing again adds nothing: the store is byte for byte the same")
    func reimport() throws {
        let sujarit = try Self.agencyStore()
        try sujarit.succeed(["import", "egp", Self.examplesFolder, "--dept", "6960501"])
        try sujarit.succeed(["import", "contracts", Self.example("takbai-contracts-2568.csv")])
        let before = try sujarit.storeDump()
        let again = try sujarit.succeed(["import", "egp", Self.examplesFolder, "--dept", "6960501", "--format", "json"])
        let files = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [[String: Any]])
        #expect(files.count == 5)
        #expect(
            files.allSatisfy {
                $0["new"] as? Int == 0 && $0["already_imported"] as? Bool == true
                    && $0["status"] as? String == "imported"
            })
        #expect(files.map { $0["duplicates"] as? Int } == [4, 6, 5, 5, 20])
        let contracts = try sujarit.succeed(["import", "contracts", Self.example("takbai-contracts-2568.csv")])
        #expect(contracts.stderr.contains("0 new record(s), 15 already in the store"))
        #expect(try sujarit.storeDump() == before)
    }

    @Test(
        "A bad file is refused with file, line and column, a non-zero exit, and the store unchanged",
        arguments: [
            (
                ["import", "egp", "malformed.xml", "--dept", "6960501"],
                "malformed.xml:6:80: error: the XML is not well-formed"
            ),
            (["import", "egp", "truncated.xml", "--dept", "6960501"], "truncated.xml:13"),
            (["import", "egp", "truncated.xml.gz", "--dept", "6960501"], "the gzip data is damaged or cut off"),
            (
                ["import", "egp", "xxe-local-file.xml", "--dept", "6960501"],
                "xxe-local-file.xml:2:1: error: <!DOCTYPE>"
            ),
            (
                ["import", "egp", "billion-laughs.xml", "--dept", "6960501"],
                "billion-laughs.xml:2:1: error: <!DOCTYPE>"
            ),
            (["import", "egp", "network-dtd.xml", "--dept", "6960501"], "network-dtd.xml:2:1: error: <!DOCTYPE>"),
            (
                ["import", "egp", "wrong-date.xml", "--dept", "6960501"],
                "wrong-date.xml:9: error: <pubDate> '2025-02-29'"
            ),
            (
                ["import", "egp", "unknown-type.xml", "--dept", "6960501"],
                "unknown-type.xml:8: error: <description> 'ประกาศจัดจ้างพิเศษ' is not a known announcement type"
            ),
            (["import", "egp", "not-rss.xml", "--dept", "6960501"], "the root element is <html>"),
            (
                ["import", "contracts", "contracts-shifted-columns.csv"],
                "contracts-shifted-columns.csv:3: error: the row has 29 fields where 28 were expected"
            ),
            (
                ["import", "contracts", "contracts-wrong-date.csv"],
                "contracts-wrong-date.csv:2:25: error: วันที่ลงนามสัญญา: '31 มิ.ย. 68' is not a date"
            ),
            (["import", "contracts", "contracts-bad-money.csv"], "contracts-bad-money.csv:3:10: error: งบประมาณ(บาท)"),
            (["import", "contracts", "egp-contract-wrong-date.json"], "data[1].contract[0].contract_date"),
        ])
    func badFiles(_ arguments: [String], message: String) throws {
        let sujarit = try Self.agencyStore()
        try sujarit.succeed(["import", "egp", Self.example("takbai-6960501-2024-11-26.xml"), "--dept", "6960501"])
        let before = try sujarit.storeDump()
        let path = Self.bad(arguments[2])
        let result = try sujarit.run(arguments.enumerated().map { $0.offset == 2 ? path : $0.element })
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.contains("What to do:"))
        #expect(result.stderr.contains("1 refused (nothing of them recorded)"))
        #expect(!result.output.contains("SUJARIT-XXE-SECRET"))
        #expect(try sujarit.storeDump() == before)
    }

    @Test("Good files beside a bad one are imported unless --stop-on-error; the exit status says one failed")
    func mixedRun() throws {
        let sujarit = try Self.agencyStore()
        let files = [
            Self.example("takbai-6960501-2024-10-08-plan.xml"), Self.bad("wrong-date.xml"),
            Self.example("takbai-6960501-2025-01-14-utf8.xml"),
        ]
        let stopped = try sujarit.run(
            ["import", "egp"] + files + ["--dept", "6960501", "--stop-on-error", "--format", "csv"])
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("Imported 1 of 3 file(s): 4 new announcement(s)"))
        #expect(stopped.stderr.contains("1 not tried (--stop-on-error)"))
        let goingOn = try sujarit.run(["import", "egp"] + files + ["--dept", "6960501", "--format", "csv"])
        #expect(goingOn.status == 1)
        let rows = goingOn.stdout.split(separator: "\r\n").map(String.init)
        #expect(rows.count == 4)
        #expect(rows[1].contains(",imported,") && rows[1].contains("already-imported"))
        #expect(rows[2].hasPrefix(Self.bad("wrong-date.xml") + ",refused,"))
        #expect(rows[3].contains(",imported,utf8,5,5,0,0,0,"))
    }

    @Test("Wrong input to the command is refused before anything is read")
    func wrongInput() throws {
        let sujarit = try Self.agencyStore()
        let before = try sujarit.storeDump()
        let cases: [([String], String)] = [
            (
                ["import", "egp", Self.examplesFolder, "--dept", "696050"],
                "--dept '696050' is not an e-GP department id"
            ),
            (
                ["import", "egp", Self.examplesFolder, "--dept", "6960502"],
                "--dept 6960502 is not this store's own e-GP department 6960501"
            ),
            (
                ["import", "egp", "no-such-folder", "--dept", "6960501"],
                "no-such-folder: there is no such file or directory"
            ),
            (
                [
                    "import", "egp", SujaritProcess.packageRoot.appendingPathComponent("Registers").path, "--dept",
                    "6960501",
                ], "holds no feed file"
            ),
            (
                ["import", "contracts", Self.example("takbai-6960501-2024-11-26.xml")],
                "contract data must be the data.go.th CSV"
            ),
            (["procurement", "show", "12345"], "'12345' is not an e-GP project id"),
            (["procurement", "show", "67119000999"], "No project 67119000999 in the store"),
        ]
        for (arguments, message) in cases {
            let result = try sujarit.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(try sujarit.storeDump() == before)
    }
}
