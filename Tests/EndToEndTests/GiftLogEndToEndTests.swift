import Foundation
import Testing

@Suite("The No Gift Policy log, through the built binary")
struct GiftLogEndToEndTests {
    static func agencyStore() throws -> SujaritProcess {
        try DeclarationsEndToEndTests.agencyStore()
    }

    static var exampleFile: String {
        SujaritProcess.packageRoot.appendingPathComponent("Registers/examples/takbai/gifts-2568.yaml").path
    }

    static func log(
        _ extra: [String], value: String, on day: String = "2 ม.ค. 68", occasion: String = "ปีใหม่ 2568"
    ) -> [String] {
        [
            "gift", "log", "--person", "kittipong", "--from", "บริษัท ตากใบวัสดุภัณฑ์ จำกัด",
            "--occasion", occasion, "--on", day, "--what", "กระเช้า", "--value=\(value)",
        ] + extra
    }

    @Test(
        """
        A 2,500-baht basket from a bidder is 'ไม่ควรรับ' and must be reported; without --deals-with-agency it is \
        allowed
        """
    )
    func noGiftPolicy() throws {
        let sujarit = try Self.agencyStore()
        let bidder = try sujarit.succeed(Self.log(["--deals-with-agency"], value: "2,500"))
        #expect(bidder.stdout.contains("ไม่ควรรับ"))
        #expect(bidder.stdout.contains("should not be accepted"))
        #expect(bidder.stdout.contains("No Gift Policy"))
        #expect(bidder.stdout.contains("Report it to the head of agency by 1 ก.พ. 2568"))
        let shop = try sujarit.succeed(Self.log([], value: "2,500", occasion: "วันครู"))
        #expect(shop.stdout.contains("allowed: within the limit"))
        #expect(!shop.stdout.contains("ไม่ควรรับ"))
        let list = try sujarit.succeed([
            "gift", "list", "--verdict", "not-acceptable", "--format", "csv", "--as", "anan",
        ])
        #expect(list.stdout.split(separator: "\r\n").count == 2)
        #expect(list.stdout.contains("G-2568-001"))
        try sujarit.succeed([
            "gift", "decide", "G-2568-001", "--decision", "return", "--on", "20 ม.ค. 68", "--reported-on", "10 ม.ค. 68",
            "--by", "mayor",
        ])
        let refused = try sujarit.run(["gift", "reported", "G-2568-002", "--on", "10 ม.ค. 68"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("needs no report"))
    }

    @Test("Under the limit is allowed; a second gift on the occasion passes it; a late report and the head's decision")
    func logReportDecide() throws {
        let sujarit = try Self.agencyStore()
        let first = try sujarit.succeed(Self.log([], value: "1,500"))
        #expect(first.stdout.contains("G-2568-001"))
        #expect(first.stdout.contains("allowed: within the limit"))
        let second = try sujarit.succeed(
            Self.log(["--tax-id", "0965560001238"], value: "๒,๐๐๐", on: "6 ม.ค. 68", occasion: "ปีใหม่ ๒๕๖๘"))
        #expect(second.stdout.contains("G-2568-002"))
        #expect(second.stdout.contains("report to the head"))
        #expect(second.stdout.contains("3,500.00"))
        #expect(second.stdout.contains("5 ก.พ. 2568"))
        let reported = try sujarit.succeed(["gift", "reported", "G-2568-002", "--on", "10 ก.พ. 68"])
        #expect(reported.stdout.contains("5 day(s) late"))
        let decided = try sujarit.succeed([
            "gift", "decide", "G-2568-002", "--decision", "return", "--on", "12 ก.พ. 68", "--by", "mayor",
        ])
        #expect(decided.stdout.contains("ส่งคืนผู้ให้"))
        let list = try sujarit.succeed(["gift", "list", "--fy", "2568", "--format", "csv", "--as", "anan"])
        let rows = list.stdout.split(separator: "\r\n").map(String.init)
        #expect(rows.count == 3)
        #expect(rows.contains { $0.hasPrefix("G-2568-001") && $0.contains("must-report") && $0.contains(",missing,") })
        #expect(rows.contains { $0.hasPrefix("G-2568-002") && $0.contains(",late,") && $0.contains(",return,") })
    }

    @Test("The mayor's own gift is decided by the governor, not by the mayor")
    func headsOwnGift() throws {
        let sujarit = try Self.agencyStore()
        try sujarit.succeed([
            "gift", "log", "--person", "mayor", "--from", "ร้านสมใจการค้า", "--occasion", "ปีใหม่ 2568",
            "--on", "2 ม.ค. 68", "--what", "กระเช้า", "--value", "4,000",
        ])
        let before = try sujarit.storeDump()
        let byMayor = try sujarit.run([
            "gift", "decide", "G-2568-001", "--decision", "keep", "--on", "20 ม.ค. 68", "--reported-on", "10 ม.ค. 68",
            "--by", "mayor",
        ])
        #expect(byMayor.status != 0)
        #expect(byMayor.stderr.contains("the head does not decide on their own gift"))
        #expect(byMayor.stderr.contains("ผู้ว่าราชการจังหวัด"))
        let wrong = try sujarit.run([
            "gift", "decide", "G-2568-001", "--decision", "keep", "--on", "20 ม.ค. 68", "--reported-on", "10 ม.ค. 68",
            "--next-authority", "นายอำเภอตากใบ",
        ])
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("--next-authority 'นายอำเภอตากใบ'"))
        #expect(try sujarit.storeDump() == before)
        let governor = try sujarit.succeed([
            "gift", "decide", "G-2568-001", "--decision", "hand-over", "--on", "20 ม.ค. 68", "--reported-on",
            "10 ม.ค. 68",
            "--next-authority", "ผู้ว่าราชการจังหวัดนราธิวาส",
        ])
        #expect(governor.stdout.contains("decided by ผู้ว่าราชการจังหวัดนราธิวาส"))
        let list = try sujarit.succeed(["gift", "list", "--as", "anan"])
        #expect(list.stdout.contains("ผู้ว่าราชการจังหวัดนราธิวาส"))
    }

    @Test(
        """
        A gift received by the spouse, with the reason for accepting, is shown in gift list; a sibling's gift \
        above its limit must be reported
        """
    )
    func familyAndRelatives() throws {
        let sujarit = try Self.agencyStore()
        let logged = try sujarit.succeed(
            Self.log(
                ["--received-by", "นางสมศรี ใจดี", "--relation", "spouse", "--reason", "ไม่อาจปฏิเสธได้"], value: "800"))
        #expect(logged.stdout.contains("Received on the official's account by นางสมศรี ใจดี (spouse)"))
        let list = try sujarit.succeed(["gift", "list", "--format", "csv", "--as", "anan"])
        #expect(list.stdout.contains(",นางสมศรี ใจดี,spouse,"), "the relative and the relation, each a column")
        #expect(list.stdout.contains("ไม่อาจปฏิเสธได้"))
        let half = try sujarit.run(Self.log(["--received-by", "นางสมศรี ใจดี"], value: "800"))
        #expect(half.status != 0)
        #expect(half.stderr.contains("--received-by and --relation go together"))
        let sibling = [
            "gift", "log", "--person", "wanida", "--from", "นางสาวอารีย์ บุญมา", "--relative", "sibling",
            "--occasion", "งานมงคลสมรส", "--on", "8 มี.ค. 68", "--what", "สร้อยคอทองคำ",
        ]
        #expect(try sujarit.succeed(sibling + ["--value", "30,000"]).stdout.contains("allowed: from a relative"))
        #expect(try sujarit.succeed(sibling + ["--value", "30,000.01"]).stdout.contains("above the limit"))
    }

    @Test("A 15,000-baht watch given to the ปลัด is flagged; the same at 3,000 is a plain gift given")
    func givenToSuperior() throws {
        let sujarit = try Self.agencyStore()
        let watch = [
            "gift", "log", "--given", "--to-superior", "--person", "nisa", "--to", "นายวีระพงษ์ ทองดี (ปลัด)",
            "--occasion", "วันเกิด", "--on", "2 ม.ค. 68", "--what", "นาฬิกาข้อมือ",
        ]
        let flagged = try sujarit.succeed(watch + ["--value", "15,000"])
        #expect(flagged.stdout.contains("a gift to a superior above the limit"))
        #expect(flagged.stdout.contains("at most 3,000.00 baht"))
        let plain = try sujarit.succeed(watch + ["--value", "3,000"])
        #expect(plain.stdout.contains("Verdict: ให้ของขวัญ (given)"))
        let report = try sujarit.succeed(["gift", "report", "--fy", "2568", "--as", "anan"])
        #expect(report.stdout.contains("ไม่ควรให้ตามระเบียบสำนักนายกฯ 2565: 1"))
        let wrong = try sujarit.run(Self.log(["--public-money"], value: "500"))
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("--public-money describes a gift the official gave"))
    }

    @Test("gift correct records a new day as an event: the list uses it, the history shows both")
    func correctDate() throws {
        let sujarit = try Self.agencyStore()
        try sujarit.succeed(Self.log([], value: "4,000"))
        let before = try sujarit.storeDump()
        let same = try sujarit.run(["gift", "correct", "G-2568-001", "--on", "2 ม.ค. 68", "--reason", "x"])
        #expect(same.status != 0)
        #expect(same.stderr.contains("already recorded on"))
        #expect(try sujarit.storeDump() == before)
        let corrected = try sujarit.succeed([
            "gift", "correct", "G-2568-001", "--on", "20 ม.ค. 68", "--reason", "บันทึกวันที่ผิด",
        ])
        #expect(corrected.stdout.contains("2 ม.ค. 2568 → 20 ม.ค. 2568"))
        #expect(corrected.stdout.contains("report due 19 ก.พ. 2568"))
        let list = try sujarit.succeed(["gift", "list", "--format", "csv", "--as", "anan"])
        #expect(list.stdout.contains("G-2568-001,2025-01-20"))
        let history = try sujarit.succeed(["events", "--stream", "gift/G-2568-001", "--as", "anan"])
        #expect(history.stdout.contains("GiftLogged") && history.stdout.contains("GiftDateCorrected"))
    }

    @Test("Bad input is refused with a message naming the field, a non-zero exit, and an unchanged store")
    func badInput() throws {
        let sujarit = try Self.agencyStore()
        try sujarit.succeed(Self.log([], value: "500"))
        let before = try sujarit.storeDump()
        let cases: [([String], String)] = [
            (Self.log([], value: "-500"), "negative"),
            (Self.log([], value: "ห้าร้อย"), "--value"),
            (Self.log(["--tax-id", "0965560001239"], value: "500"), "--tax-id"),
            (Self.log([], value: "500", on: "1 ม.ค. 2600"), "future"),
            (Self.log([], value: "500", on: "31 เม.ย. 68"), "--on"),
            (
                [
                    "gift", "log", "--person", "ghost", "--from", "ร้าน", "--occasion", "x", "--what", "y", "--value",
                    "1",
                ], "ghost"
            ),
            (
                [
                    "gift", "log", "--person", "pimchanok", "--from", "ร้าน", "--occasion", "x", "--what", "y",
                    "--value", "1", "--on", "2019-01-01",
                ], "started service"
            ),
            (Self.log(["--relative", "cousin"], value: "500"), "sibling"),
            (["gift", "decide", "G-2568-001", "--decision", "keep"], "needs no decision"),
            (["gift", "reported", "G-2568-001"], "needs no report"),
            (["gift", "decide", "G-2568-001", "--decision", "sell"], "keep, return or hand-over"),
            (["gift", "decide", "G-2568-099", "--decision", "keep"], "No gift entry"),
            (
                [
                    "gift", "log", "--given", "--person", "palad", "--from", "x", "--occasion", "x", "--what", "y",
                    "--value", "1",
                ], "--to"
            ),
        ]
        for (arguments, expected) in cases {
            let result = try sujarit.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"))
        }
        #expect(try sujarit.storeDump() == before)
    }

    @Test("The O33 report: cases for the auditor, totals for others, JSON for scripts, and a nil report that says so")
    func report() throws {
        let sujarit = try Self.agencyStore()
        let imported = try sujarit.succeed(["gift", "import", Self.exampleFile])
        #expect(imported.stdout.contains("8 gift entries"))
        let auditor = try sujarit.succeed(["gift", "report", "--fy", "2568", "--as", "anan"])
        for text in [
            "(ITA O22 (ยังไม่ยืนยัน))", "เทศบาลเมืองตากใบ", "G-2568-003", "รุ่งเรืองการโยธา", "ไม่ได้รายงาน",
            // 2568's list numbers the declaration and the culture-building one item, O21, not 2567's O31 and O32.
            "O21 (ยังไม่ยืนยัน) ประกาศนโยบาย", "O21 (ยังไม่ยืนยัน) กิจกรรมสร้างวัฒนธรรม No Gift: 2 ครั้ง",
        ] {
            #expect(auditor.stdout.contains(text), "\(text)")
        }
        let staff = try sujarit.succeed(["gift", "report", "--fy", "2568", "--as", "kittipong"])
        #expect(staff.stdout.contains("ไม่ได้รายงาน (เลยกำหนด) 1"))
        #expect(!staff.stdout.contains("รุ่งเรืองการโยธา") && !staff.stdout.contains("กิตติพงษ์"))
        #expect(staff.stderr.contains("Totals only"))
        let json = try sujarit.succeed([
            "gift", "report", "--fy", "2568", "--round", "6m", "--format", "json", "--as", "pimchanok",
        ])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["entry_count"] as? Int == 8)
        #expect(object?["missing_reports"] as? Int == 1)
        #expect((object?["over_threshold"] as? [Any])?.count == 3)
        let nilReport = try sujarit.succeed(["gift", "report", "--fy", "2567"])
        #expect(nilReport.stdout.contains("ไม่มีการรับ/ให้ของขวัญ"))
        let csv = try sujarit.succeed(["gift", "report", "--fy", "2567", "--format", "csv"])
        #expect(csv.stdout.contains("nil-report"))
        let markdown = try sujarit.succeed(["gift", "report", "--fy", "2568", "--format", "md", "--as", "anan"])
        #expect(markdown.stdout.hasPrefix("# "))
        #expect(markdown.stdout.contains("| ---"))
    }

    @Test("gift list shows totals only to those who may not see names")
    func listPrivacy() throws {
        let sujarit = try Self.agencyStore()
        try sujarit.succeed(["gift", "import", Self.exampleFile])
        for viewer in ["mayor", "admin", "surachai", "e2e-tester"] {
            let result = try sujarit.run(
                ["gift", "list", "--fy", "2568", "--format", "csv"], environment: ["SUJARIT_USER": viewer])
            #expect(result.status == 0)
            #expect(
                result.stdout.split(separator: "\r\n").contains {
                    $0.hasPrefix("not-acceptable,") && $0.hasSuffix(",3,12000.00")
                }, "\(viewer): \(result.stdout)")
            #expect(!result.stdout.contains("kittipong") && !result.stdout.contains("ตากใบวัสดุภัณฑ์"), "\(viewer)")
        }
        let legal = try sujarit.succeed([
            "gift", "list", "--verdict", "not-acceptable", "--format", "csv", "--as", "pimchanok",
        ])
        #expect(legal.stdout.split(separator: "\r\n").count == 4)
    }

    @Test("The rules: shown, adopted from a file with a higher version, refused when unchanged")
    func rules() throws {
        let sujarit = try Self.agencyStore()
        let shown = try sujarit.succeed(["gift", "rules", "show"])
        #expect(shown.stdout.contains("3,000.00"))
        #expect(shown.stdout.contains("uncle-aunt"))
        let path = SujaritProcess.packageRoot.appendingPathComponent("Registers/gift-rules.yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let raised = sujarit.folder.appendingPathComponent("rules-v3.yaml")
        try text.replacingOccurrences(of: "version: 2", with: "version: 3").replacingOccurrences(
            of: "threshold: 3000", with: "threshold: 5000"
        )
        .write(to: raised, atomically: true, encoding: .utf8)
        try sujarit.succeed(["gift", "rules", "adopt", raised.path])
        let again = try sujarit.run(["gift", "rules", "adopt", raised.path])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already adopted"))
        let logged = try sujarit.succeed(Self.log([], value: "4,000"))
        #expect(logged.stdout.contains("rules version 3"))
        #expect(logged.stdout.contains("allowed: within the limit"))
    }
}
