import Foundation
import Testing

@Suite("The engagement report and the annual report of internal audit, through the built binary")
struct AuditReportsEndToEndTests {
    /// The sampling suite's open engagement on PROC-SPECIFIC, with its scope, a sample, a finding whose one
    /// recommendation has no response yet, and 12 person-days recorded.
    static func engagementWithFinding() throws -> SujaritProcess {
        let sujarit = try AuditSampleEndToEndTests.openEngagement()
        try sujarit.succeed(
            AuditSampleEndToEndTests.sample([
                "--method", "mus", "--size", "4", "--seed", "2568", "--method-filter", "specific",
            ]))
        try sujarit.succeed([
            "audit", "finding", "add", "PROC-SPECIFIC", "--fy", "2568", "--title", "แบ่งซื้อวัสดุก่อสร้าง",
            "--criteria", "พ.ร.บ.การจัดซื้อจัดจ้างฯ มาตรา 62", "--condition", "สัญญา 6 ฉบับกับผู้ขายรายเดียวใน 30 วัน",
            "--cause", "ไม่มีแผนจัดซื้อรวม", "--effect", "เสี่ยงผิดกฎหมาย", "--recommendation", "จัดทำแผนจัดซื้อวัสดุรวมทั้งปี",
            "--owner", "kittipong", "--due", "31 มี.ค. 2568", "--on", "10 ธ.ค. 2567",
        ])
        return sujarit
    }

    @Test("The engagement report is refused until every recommendation is answered, then written as a memo")
    func engagementReport() throws {
        let sujarit = try Self.engagementWithFinding()
        let report = ["audit", "report", "engagement", "PROC-SPECIFIC", "--fy", "2568"]
        let before = try sujarit.storeDump()
        let refused = try sujarit.run(report)
        #expect(refused.status != 0)
        #expect(
            refused.stderr.contains("F-2568-001.1") && refused.stderr.contains("cannot be issued"), "\(refused.stderr)")
        #expect(try sujarit.storeDump() == before)
        let out = sujarit.folder.appendingPathComponent("Reports/out")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: out.path))?.isEmpty ?? true, "no file is written")

        try sujarit.succeed([
            "audit", "response", "none", "F-2568-001.1", "--by", "19 ธ.ค. 2567", "--note",
            "บันทึกขอคำชี้แจง ลว. 12 ธ.ค. 2567",
        ])
        let written = try sujarit.succeed(report)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".html") }
        let name = try #require(files.first { $0.hasPrefix("engagement-2568-proc-specific") }, "\(files)")
        #expect(written.stderr.contains(name))
        let html = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
        for phrase in [
            "บันทึกข้อความ", "ส่วนราชการ", "เรื่อง", "รายงานผลการตรวจสอบการจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง", "เรียน",
            "เกณฑ์", "สภาพที่พบ", "สาเหตุ", "ผลกระทบ", "จัดทำแผนจัดซื้อวัสดุรวมทั้งปี", "ไม่ได้รับคำชี้แจงภายในวันที่ 19 ธ.ค. 2567",
            "สุ่มตามหน่วยเงิน", "seed 2568", "นายอนันต์ ศรีสุข", "นายอับดุลเลาะ สาและ", "ความเห็น / ข้อสั่งการของผู้บริหาร",
        ] {
            #expect(html.contains(phrase), "the engagement report lacks '\(phrase)'")
        }
        #expect(!html.contains("{{"))

        let csv = try sujarit.succeed(report + ["--format", "csv", "-o", "-"]).stdout
        #expect(csv.contains("finding,title,criteria,condition,cause,effect,recommendation,text,owner,due,position"))
        #expect(csv.contains("F-2568-001.1") && csv.contains("none-received") && csv.contains("2024-12-19"))
        let markdown = try sujarit.succeed(report + ["--format", "md", "-o", "-"]).stdout
        #expect(markdown.contains("# บันทึกข้อความ") && markdown.contains("### ข้อตรวจพบที่ 1"))
        let notStarted = try sujarit.run(["audit", "report", "engagement", "FIN-REV", "--fy", "2568"])
        #expect(notStarted.status != 0 && notStarted.stderr.contains("has not started"), "\(notStarted.stderr)")
    }

    @Test("The annual report: plan against done, person-days, findings by risk, recommendations overdue")
    func annualReport() throws {
        let sujarit = try Self.engagementWithFinding()
        try sujarit.succeed([
            "audit", "engagement", "time", "PROC-SPECIFIC", "--fy", "2568", "--auditor", "anan",
            "--person-days", "12", "--through", "6 ธ.ค. 2567",
        ])
        try sujarit.succeed(["audit", "engagement", "close", "PROC-SPECIFIC", "--fy", "2568", "--on", "20 ธ.ค. 2567"])
        // FY2568 is over, so overdue is judged on its last day, 30 ก.ย. 2568 (an --as-of day would replay the log as
        // recorded by then, and this store was recorded today).
        let annual = ["audit", "report", "annual", "--fy", "2568"]
        let json = try sujarit.succeed(annual + ["--format", "json", "-o", "-"]).stdout
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(report["actual_person_days"] as? Int == 12)
        let engagements = try #require(report["engagements"] as? [[String: Any]])
        let specific = try #require(engagements.first { $0["subject"] as? String == "PROC-SPECIFIC" })
        #expect(specific["stage"] as? String == "closed" && specific["findings"] as? Int == 1)
        #expect(
            report["planned_person_days"] as? Int
                == engagements.reduce(0) { $0 + ($1["planned_person_days"] as? Int ?? 0) }
        )
        let counts = try #require(report["recommendations"] as? [String: Any])
        #expect(counts["total"] as? Int == 1 && counts["overdue"] as? Int == 1, "due 31 มี.ค. 2568, not done by 30 ก.ย.")

        let csv = try sujarit.succeed(annual + ["--format", "csv", "-o", "-"]).stdout
        #expect(csv.contains("order,title,subject,risk,period,stage,started_on,closed_on,planned_person_days"))
        #expect(csv.contains("PROC-SPECIFIC,very-high"))
        #expect(csv.contains("closed,2024-11-04,2024-12-20,25,12,1,1"))
        let term = try sujarit.succeed(annual + ["--format", "term"]).stdout
        #expect(term.contains("รายงานผลการปฏิบัติงานตรวจสอบภายในประจำปี") && term.contains("ข้อเสนอแนะที่เกินกำหนด"))
        let html = try sujarit.succeed(annual)
        let file = sujarit.folder.appendingPathComponent("Reports/out/audit-annual-2568.html")
        #expect(html.stderr.contains(file.path))
        let page = try String(contentsOf: file, encoding: .utf8)
        #expect(page.contains("หนังสือรับรองการประเมินผลการควบคุมภายใน") && page.contains("ตรวจเสร็จแล้ว"))
    }

    @Test(
        "The engagement report printed to PDF: A4 pages whose text is the memo's",
        .enabled(if: VisualCheck.canRun, VisualCheck.skipReason)
    )
    func engagementAsPrinted() throws {
        let sujarit = try Self.engagementWithFinding()
        try sujarit.succeed(["audit", "response", "none", "F-2568-001.1", "--by", "19 ธ.ค. 2567"])
        let pdf = sujarit.folder.appendingPathComponent("engagement.pdf").path
        try sujarit.succeed(["audit", "report", "engagement", "PROC-SPECIFIC", "--fy", "2568", "-o", pdf])
        let info = try VisualCheck.run("pdfinfo", [pdf])
        #expect(info.contains("(A4)"), "\(info)")
        let text = VisualCheck.comparable(try VisualCheck.run("pdftotext", ["-enc", "UTF-8", pdf, "-"]))
        for phrase in ["บันทึกข้อความ", "ส่วนราชการ", "วัตถุประสงค์การตรวจสอบ", "ผลการตรวจสอบ", "นายอนันต์ ศรีสุข"] {
            #expect(text.contains(VisualCheck.comparable(phrase)), "pdftotext lacks '\(phrase)'")
        }
    }
}
