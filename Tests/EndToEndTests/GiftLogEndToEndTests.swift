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

    static func log(_ extra: [String], value: String, on day: String = "2 ม.ค. 68", occasion: String = "ปีใหม่ 2568") -> [String] {
        ["gift", "log", "--person", "kittipong", "--from", "บริษัท ตากใบวัสดุภัณฑ์ จำกัด", "--deals-with-agency",
         "--occasion", occasion, "--on", day, "--what", "กระเช้า", "--value=\(value)"] + extra
    }

    @Test("Under the limit is allowed; a second gift on the occasion passes it; a late report and the head's decision")
    func logReportDecide() throws {
        let sujarit = try Self.agencyStore()
        let first = try sujarit.succeed(Self.log([], value: "1,500"))
        #expect(first.stdout.contains("G-2568-001"))
        #expect(first.stdout.contains("allowed: within the limit"))
        let second = try sujarit.succeed(Self.log(["--tax-id", "0965560001238"], value: "๒,๐๐๐", on: "6 ม.ค. 68", occasion: "ปีใหม่ ๒๕๖๘"))
        #expect(second.stdout.contains("G-2568-002"))
        #expect(second.stdout.contains("report to the head"))
        #expect(second.stdout.contains("3,500.00"))
        #expect(second.stdout.contains("5 ก.พ. 2568"))
        let reported = try sujarit.succeed(["gift", "reported", "G-2568-002", "--on", "10 ก.พ. 68"])
        #expect(reported.stdout.contains("5 day(s) late"))
        let decided = try sujarit.succeed(["gift", "decide", "G-2568-002", "--decision", "return", "--on", "12 ก.พ. 68", "--by", "mayor"])
        #expect(decided.stdout.contains("ส่งคืนผู้ให้"))
        let list = try sujarit.succeed(["gift", "list", "--fy", "2568", "--format", "csv", "--as", "anan"])
        let rows = list.stdout.split(separator: "\r\n").map(String.init)
        #expect(rows.count == 3)
        #expect(rows.contains { $0.hasPrefix("G-2568-001") && $0.contains("must-report") && $0.contains(",missing,") })
        #expect(rows.contains { $0.hasPrefix("G-2568-002") && $0.contains(",late,") && $0.hasSuffix(",return") })
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
            (["gift", "log", "--person", "ghost", "--from", "ร้าน", "--occasion", "x", "--what", "y", "--value", "1"], "ghost"),
            (["gift", "log", "--person", "pimchanok", "--from", "ร้าน", "--occasion", "x", "--what", "y", "--value", "1", "--on", "2019-01-01"], "started service"),
            (Self.log(["--relative", "cousin"], value: "500"), "sibling"),
            (["gift", "decide", "G-2568-001", "--decision", "keep"], "needs no decision"),
            (["gift", "reported", "G-2568-001"], "needs no report"),
            (["gift", "decide", "G-2568-001", "--decision", "sell"], "keep, return or hand-over"),
            (["gift", "decide", "G-2568-099", "--decision", "keep"], "No gift entry"),
            (["gift", "log", "--given", "--person", "palad", "--from", "x", "--occasion", "x", "--what", "y", "--value", "1"], "--to"),
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
        for text in ["O33", "เทศบาลเมืองตากใบ", "G-2568-003", "รุ่งเรืองการโยธา", "ไม่ได้รายงาน", "O31", "O32 กิจกรรมสร้างวัฒนธรรม No Gift: 2 ครั้ง"] {
            #expect(auditor.stdout.contains(text), "\(text)")
        }
        let staff = try sujarit.succeed(["gift", "report", "--fy", "2568", "--as", "kittipong"])
        #expect(staff.stdout.contains("ไม่ได้รายงาน (เลยกำหนด) 1"))
        #expect(!staff.stdout.contains("รุ่งเรืองการโยธา") && !staff.stdout.contains("กิตติพงษ์"))
        #expect(staff.stderr.contains("Totals only"))
        let json = try sujarit.succeed(["gift", "report", "--fy", "2568", "--round", "6m", "--format", "json", "--as", "pimchanok"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["entryCount"] as? Int == 8)
        #expect(object?["missingReports"] as? Int == 1)
        #expect((object?["overThreshold"] as? [Any])?.count == 3)
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
            let result = try sujarit.run(["gift", "list", "--fy", "2568", "--format", "csv"], environment: ["SUJARIT_USER": viewer])
            #expect(result.status == 0)
            #expect(result.stdout.contains("must-report,3,12000.00"), "\(viewer): \(result.stdout)")
            #expect(!result.stdout.contains("kittipong") && !result.stdout.contains("ตากใบวัสดุภัณฑ์"), "\(viewer)")
        }
        let legal = try sujarit.succeed(["gift", "list", "--verdict", "must-report", "--format", "csv", "--as", "pimchanok"])
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
        let raised = sujarit.folder.appendingPathComponent("rules-v2.yaml")
        try text.replacingOccurrences(of: "version: 1", with: "version: 2").replacingOccurrences(of: "threshold: 3000", with: "threshold: 5000")
            .write(to: raised, atomically: true, encoding: .utf8)
        try sujarit.succeed(["gift", "rules", "adopt", raised.path])
        let again = try sujarit.run(["gift", "rules", "adopt", raised.path])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already adopted"))
        let logged = try sujarit.succeed(Self.log([], value: "4,000"))
        #expect(logged.stdout.contains("rules version 2"))
        #expect(logged.stdout.contains("allowed: within the limit"))
    }
}
