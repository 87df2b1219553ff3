import Foundation
import Testing

/// The e-GP feed variants of issue 22 through the built binary: a store made for a sub-unit's 10-digit
/// deptsubId, a department's store following a sub-unit, the per-file variant report, the timeline of an
/// award cancelled and made again, and the repeated alum and chlorine buys seen as splitting once contract
/// data names the suppliers.
@Suite("e-GP feed variants, through the built binary")
struct EGPVariantsEndToEndTests {
    static let root = SujaritProcess.packageRoot.path
    static let files = [
        "egp-1509900857-2024-06-18-legacy.xml", "egp-1509900857-2025-01-21-award-cancelled.xml",
        "egp-1509900857-2025-03-19-utf8-resaved.xml",
    ].map { root + "/Imports/" + $0 }

    /// Contract data (the data.go.th layout) naming the winners of the sub-unit's road and repeated buys.
    static func contracts(in folder: URL) throws -> String {
        let header =
            "ลำดับ,รหัสโครงการ,ชื่อโครงการ,ชื่อประเภทโครงการ,ชื่อหน่วยงาน,ชื่อหน่วยงานย่อย,วิธีจัดซื้อฯ,กลุ่มวิธีจัดซื้อฯ,"
            + "วันที่ประกาศ,งบประมาณ(บาท),ราคากลาง(บาท),ราคาตกลงซื้อ/จ้าง,ปีงบประมาณ,วันที่เกิดรายการ,จังหวัด,เขต/อำเภอ,"
            + "แขวง/ตำบล,สถานะโครงการ,พิกัดของโครงการ,ละติจูดโครงการ,ลองจิจูดโครงการ,เลขนิติบุคคล,ชื่อผู้ชนะ,เลขที่สัญญา,"
            + "วันที่ลงนามสัญญา,วันที่สิ้นสุดสัญญา,งบสัญญา(บาท),สถานะสัญญา"
        let alum = ("0963550001012", "ห้างหุ้นส่วนจำกัด ศาลาใหม่เคมีภัณฑ์")
        let chlorine = ("0965550002029", "บริษัท นราวอเตอร์เคมี จำกัด")
        let rows: [(String, String, String, String, (String, String))] = [
            ("68029000311", "ซื้อสารส้ม จำนวน ๔๐ กระสอบ", "3 ก.พ. 68", "148,500.00", alum),
            ("68029000327", "ซื้อสารส้ม จำนวน ๔๐ กระสอบ", "17 ก.พ. 68", "149,000.00", alum),
            ("68039000342", "ซื้อสารส้ม จำนวน 40 กระสอบ", "3 มี.ค. 68", "147,800.00", alum),
            // The same firm abbreviated, with double spaces and no tax id: still the one supplier.
            ("68039000358", "ซื้อสารส้ม จำนวน ๔๐ กระสอบ", "17 มี.ค. 68", "149,600.00", ("", "หจก.ศาลาใหม่  เคมีภัณฑ์")),
            ("68029000315", "ซื้อคลอรีนผง ๖๕% จำนวน ๓๐ ถัง", "5 ก.พ. 68", "176,000.00", chlorine),
            ("68029000336", "ซื้อคลอรีนผง ๖๕% จำนวน ๓๐ ถัง", "26 ก.พ. 68", "178,500.00", chlorine),
            ("68039000349", "ซื้อคลอรีนผง ๖๕% จำนวน ๓๐ ถัง", "19 มี.ค. 68", "174,900.00", chlorine),
        ]
        var lines = ["\u{FEFF}" + header]
        for (index, row) in rows.enumerated() {
            let (project, title, day, amount, winner) = row
            lines.append(
                [
                    String(index + 1), project, title, "ซื้อ", "เทศบาลตำบลศาลาใหม่", "กองประปา", "เฉพาะเจาะจง",
                    "วิธีเฉพาะเจาะจง", day, "\"\(amount)\"", "\"\(amount)\"", "\"\(amount)\"", "2568", day, "นราธิวาส",
                    "ตากใบ", "ศาลาใหม่", "จัดทำสัญญา/PO แล้ว", "", "6.25", "102.05", winner.0, winner.1,
                    "PO\(index + 1)/2568", day, day, "\"\(amount)\"", "ดำเนินการแล้วเสร็จ",
                ].joined(separator: ","))
        }
        let path = folder.appendingPathComponent("salamai-contracts-2568.csv").path
        try (lines.joined(separator: "\r\n") + "\r\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("a store made for a sub-unit's deptsubId imports its feeds by default and reports each file's variant")
    func subUnitStore() throws {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลตำบลศาลาใหม่", "--dept", "๑๕๐๙๙๐๐๘๕๗"])
        let json = try sujarit.succeed(["import", "egp"] + Self.files + ["--format", "json"]).stdout
        let reports = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]], "\(json)")
        #expect(reports.map { $0["variant"] as? String } == ["legacy", "current", "mixed"])
        #expect(reports.map { $0["ids_from_link"] as? Int } == [2, 0, 1])
        #expect(reports.allSatisfy { $0["department_kind"] as? String == "sub-unit" })
        #expect(reports.map { $0["encoding"] as? String }.last == "utf8MisdeclaredAsWindows874")
        let imports = try sujarit.succeed(["procurement", "imports", "--format", "csv"]).stdout
        #expect(imports.contains("variant legacy, 2 id(s) from links, sub-unit id"), "\(imports)")
        let list = try sujarit.succeed(["procurement", "list", "--dept", "1509900857", "--format", "csv"]).stdout
        #expect(list.split(separator: "\r\n").count == 12, "\(list)")
    }

    @Test("a refused sub-unit id names the three shapes and leaves the store as it was")
    func badSubUnitID() throws {
        let sujarit = try SujaritProcess()
        let refusedInit = try sujarit.run(["init", "--agency", "เทศบาลตำบลศาลาใหม่", "--dept", "150990085"])
        #expect(refusedInit.status != 0 && refusedInit.stderr.contains("10 for a sub-unit"), "\(refusedInit.output)")
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960501"])
        let before = try sujarit.storeDump()
        let refused = try sujarit.run(["import", "egp", Self.files[0], "--dept", "15099008570"])
        #expect(refused.status != 0 && refused.stderr.contains("deptsubId"), "\(refused.output)")
        #expect(try sujarit.storeDump() == before)
    }

    @Test("a department's store follows a sub-unit; show marks the cancelled award and the award in force")
    func followedSubUnitTimeline() throws {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960501"])
        let before = try sujarit.storeDump()
        let refused = try sujarit.run(["import", "egp", Self.files[1], "--dept", "1509900857"])
        #expect(refused.status != 0 && refused.stderr.contains("--follows 1509900857"), "\(refused.output)")
        #expect(try sujarit.storeDump() == before)
        try sujarit.succeed(["agency", "profile", "set", "--follows", "1509900857"])
        try sujarit.succeed(["import", "egp", Self.files[1], Self.files[2], "--dept", "1509900857"])
        let show = try sujarit.succeed(["procurement", "show", "68019000201"]).stdout
        #expect(show.contains("1509900857 (หน่วยงานย่อย sub-unit)"), "\(show)")
        #expect(show.contains("ถูกยกเลิก cancelled") && show.contains("ผลที่มีผล in force"), "\(show)")
        #expect(show.contains("Award in force: 11 ก.พ. 2568"), "\(show)")
    }

    @Test("fast-award reads the award in force: a quick award cancelled that day and made again later is not fast")
    func fastAwardUsesTheFinalAward() throws {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลตำบลศาลาใหม่", "--dept", "1509900857"])
        func item(_ id: String, _ type: String, _ day: String, _ template: String) -> String {
            let types = [
                "D0": "ประกาศเชิญชวน", "W0": "ประกาศรายชื่อผู้ชนะการเสนอราคา / ประกาศผู้ได้รับการคัดเลือก",
                "W1": "ยกเลิกประกาศรายชื่อผู้ชนะการเสนอราคา / ประกาศผู้ได้รับการคัดเลือก",
            ]
            return """
                <item><title>จ้างก่อสร้างถนน \(type)</title>\
                <link>https://process5.gprocurement.go.th/egp-template-service/dwnt/view-pdf-file?templateId=\(template)</link>\
                <description>\(id), ประกวดราคาอิเล็กทรอนิกส์ (e-bidding), \(types[type]!)</description>\
                <pubDate>\(day)</pubDate></item>
                """
        }
        // 68019000401: W0 five days after D0, cancelled that day, awarded again 30 days after D0.
        // 68019000402: W0 five days after D0 and never cancelled: fast.
        let items = [
            item("68019000401", "D0", "2025-01-01", "00000000-0000-4000-8000-000000000001"),
            item("68019000401", "W0", "2025-01-06", "00000000-0000-4000-8000-000000000002"),
            item("68019000401", "W1", "2025-01-06", "00000000-0000-4000-8000-000000000003"),
            item("68019000401", "W0", "2025-01-31", "00000000-0000-4000-8000-000000000004"),
            item("68019000402", "D0", "2025-01-01", "00000000-0000-4000-8000-000000000005"),
            item("68019000402", "W0", "2025-01-06", "00000000-0000-4000-8000-000000000006"),
        ]
        let feed = sujarit.folder.appendingPathComponent("fast.xml").path
        try
            ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>ประกาศ</title>\n"
            + items.joined(separator: "\n") + "\n</channel></rss>\n").write(
                toFile: feed, atomically: true, encoding: .utf8)
        try sujarit.succeed(["import", "egp", feed])
        try sujarit.succeed(["flags", "run", "--config", Self.root + "/Registers/red-flags.yaml"])
        let fast = try sujarit.succeed(["flags", "list", "--indicator", "fast-award", "--format", "csv"]).stdout
        #expect(fast.contains("68019000402") && !fast.contains("68019000401"), "\(fast)")
    }

    @Test("the repeated alum and chlorine buys are split-window flags of their two suppliers")
    func repeatedBuysAreSplitting() throws {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลตำบลศาลาใหม่", "--dept", "1509900857"])
        try sujarit.succeed(["import", "egp"] + Self.files)
        try sujarit.succeed(["import", "contracts", try Self.contracts(in: sujarit.folder), "--dept", "1509900857"])
        try sujarit.succeed(["flags", "run", "--config", Self.root + "/Registers/red-flags.yaml"])
        let rows = try sujarit.succeed(["flags", "list", "--indicator", "split-window", "--format", "csv"]).stdout
            .split(separator: "\r\n").dropFirst()
        #expect(rows.count == 2, "\(rows)")
        #expect(rows.contains { $0.contains("ศาลาใหม่เคมีภัณฑ์") && $0.contains(",4,") }, "\(rows)")
        #expect(rows.contains { $0.contains("นราวอเตอร์เคมี") && $0.contains(",3,") }, "\(rows)")
    }
}
