import Foundation
import Testing

@Suite("Internal audit plans, through the built binary")
struct AuditEndToEndTests {
    static let agency = SujaritProcess.packageRoot.appendingPathComponent("Registers/examples/takbai/agency.yaml").path
    static let universe = SujaritProcess.packageRoot.appendingPathComponent(
        "Registers/examples/takbai/audit-universe.yaml"
    ).path

    /// A store with the example directory and universe.
    func prepared() throws -> SujaritProcess {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960102"])
        try sujarit.succeed(["agency", "load", Self.agency])
        let loaded = try sujarit.succeed(["audit", "universe", "load", Self.universe])
        #expect(loaded.stdout.contains("Added 17 subject(s)"))
        return sujarit
    }

    /// Runs a command that must fail: non-zero exit, `message` on stderr, and the store exactly as before.
    func refused(
        _ sujarit: SujaritProcess, _ arguments: [String], _ message: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = try sujarit.storeDump()
        let result = try sujarit.run(arguments)
        #expect(
            result.status != 0, "sujarit \(arguments.joined(separator: " ")) should fail",
            sourceLocation: sourceLocation)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
        #expect(
            try sujarit.storeDump() == before, "a refused command changed the store", sourceLocation: sourceLocation)
    }

    @Test("A year's work: draft, approve, amend, engagement, finding, follow-up, status and exports")
    func yearOfWork() throws {
        let sujarit = try prepared()
        let draft = try sujarit.succeed(["audit", "plan", "draft", "--fy", "2568", "--capacity", "220"])
        #expect(draft.stdout.contains("PROC-SPECIFIC") && draft.stdout.contains("เลื่อน"))
        #expect(draft.stdout.contains("ไม่เคยตรวจสอบ"), "the reasons are shown")
        #expect(draft.stderr.contains("of 220 person-days"))

        let csv = try sujarit.succeed(["audit", "plan", "show", "--fy", "2568", "--format", "csv"])
        let rows = csv.stdout.split(separator: "\r\n")
        #expect(rows.first?.contains("subject") == true && rows.count == 13)
        // JSON carries the plan's header with its entries: status and capacity beside the person-days.
        let json = try sujarit.succeed(["audit", "plan", "show", "--fy", "2568", "--format", "json"])
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(plan["status"] as? String == "draft" && plan["capacity"] as? Int == 220 && plan["approval"] is NSNull)
        let entries = try #require(plan["entries"] as? [[String: Any]])
        let total = entries.compactMap { $0["person_days"] as? Int }.reduce(0, +)
        #expect(entries.count == 12 && total == plan["total_person_days"] as? Int)
        #expect(total <= 220 && total > 200)

        try sujarit.succeed([
            "audit", "plan", "edit", "--fy", "2568", "--subject", "FIN-REV", "--period", "ไตรมาส ๒", "--person-days",
            "20",
        ])
        try refused(
            sujarit, ["audit", "plan", "approve", "--fy", "2568", "--by", "anan", "--on", "15 ก.ย. 2567"], "executive")
        let approved = try sujarit.succeed([
            "audit", "plan", "approve", "--fy", "2568", "--by", "mayor", "--on", "15 ก.ย. 2567",
        ])
        #expect(approved.stdout.contains("นายอับดุลเลาะ สาและ"))
        try refused(sujarit, ["audit", "plan", "approve", "--fy", "2568", "--by", "mayor"], "already approved")
        try refused(
            sujarit, ["audit", "plan", "edit", "--fy", "2568", "--subject", "FIN-REV", "--period", "q3"], "amendment")
        let amended = try sujarit.succeed([
            "audit", "plan", "edit", "--fy", "2568", "--add", "FIN-CASH", "--period", "ก.ค.",
            "--reason", "ผู้บริหารมอบหมายเพิ่มเติม", "--approved-by", "mayor", "--on", "2 ม.ค. 2568",
        ])
        #expect(amended.stdout.contains("amendment 1"))

        try refused(
            sujarit,
            [
                "audit", "finding", "add", "FIN-DISB", "--fy", "2568", "--title", "t", "--criteria", "c", "--condition",
                "c",
                "--cause", "c", "--effect", "e", "--recommendation", "r", "--owner", "nisa", "--due", "31 มี.ค. 2568",
                "--on", "1 ธ.ค. 2567",
            ],
            "has not started")
        try sujarit.succeed(["audit", "engagement", "start", "FIN-DISB", "--fy", "2568", "--on", "4 พ.ย. 2567"])
        let finding = try sujarit.succeed([
            "audit", "finding", "add", "fin-disb", "--fy", "2568", "--title", "ฎีกาไม่มีหลักฐานครบถ้วน",
            "--criteria", "ระเบียบกระทรวงมหาดไทยว่าด้วยการรับเงิน การเบิกจ่ายเงินฯ", "--condition",
            "ฎีกา 12 จาก 40 ฉบับไม่มีใบสำคัญคู่จ่าย",
            "--cause", "ไม่มีการสอบทานก่อนอนุมัติ", "--effect", "อาจเบิกจ่ายโดยไม่มีสิทธิ",
            "--recommendation", "จัดทำแบบตรวจสอบฎีกา", "--response", "จะดำเนินการภายใน มี.ค. 68",
            "--recommendation", "อบรมเจ้าหน้าที่การเงิน", "--owner", "nisa", "--due", "31 มี.ค. 2568", "--due",
            "30 มิ.ย. 2568", "--on", "1 ธ.ค. 2567",
        ])
        #expect(finding.stdout.contains("F-2568-001.2"))
        try sujarit.succeed(["audit", "engagement", "close", "FIN-DISB", "--fy", "2568", "--on", "20 ธ.ค. 2567"])
        try refused(
            sujarit,
            [
                "audit", "finding", "add", "FIN-DISB", "--fy", "2568", "--title", "t", "--criteria", "c", "--condition",
                "c",
                "--cause", "c", "--effect", "e", "--recommendation", "r", "--owner", "nisa", "--due", "31 มี.ค. 2568",
                "--on", "21 ธ.ค. 2567",
            ],
            "was closed on 20 ธ.ค. 2567")

        try sujarit.succeed([
            "audit", "follow-up", "F-2568-001.1", "--status", "in-progress", "--on", "1 ก.พ. 2568", "--note",
            "ร่างแบบตรวจสอบแล้ว",
        ])
        try sujarit.succeed(["audit", "follow-up", "F-2568-001.2", "--status", "done", "--on", "1 ก.พ. 2568"])
        try refused(
            sujarit, ["audit", "follow-up", "F-2568-001.2", "--status", "in-progress"], "needs no more follow-up")
        try refused(
            sujarit, ["audit", "follow-up", "F-2568-001.1", "--status", "risk-accepted", "--reason", "ไม่คุ้มค่า"],
            "--approver")

        let status = try sujarit.succeed(["audit", "status", "--fy", "2568", "--as-of", "30 มิ.ย. 2568"])
        #expect(status.stdout.contains("เกินกำหนด 91 วัน"), "F-2568-001.1 was due 31 มี.ค. 2568")
        #expect(status.stdout.contains("ตรวจเสร็จแล้ว"))
        let register = try sujarit.succeed([
            "audit", "status", "--fy", "2568", "--as-of", "30 มิ.ย. 2568", "--follow-up", "--format", "json",
        ])
        let items = try JSONSerialization.jsonObject(with: Data(register.stdout.utf8)) as? [[String: Any]]
        #expect(items?.count == 2)
        let overdue = items?.first { $0["recommendation"] as? String == "F-2568-001.1" }
        #expect(overdue?["status"] as? String == "in-progress" && overdue?["overdue"] as? Bool == true)
        #expect(overdue?["days_overdue"] as? Int == 91)

        let html = sujarit.folder.appendingPathComponent("plan.html").path
        try sujarit.succeed(["audit", "plan", "export", "--fy", "2568", "--format", "html", "--output", html])
        let page = try String(contentsOfFile: html, encoding: .utf8)
        for needle in [
            "ลำดับ", "หน่วยรับตรวจ/เรื่องที่ตรวจสอบ", "จำนวนวัน-คน", "size: A4", "TH Sarabun New", "เทศบาลเมืองตากใบ",
            "15 กันยายน 2567", "แก้ไขแผนครั้งที่ 1",
        ] {
            #expect(page.contains(needle), "the exported plan lacks \(needle)")
        }
        let followUpCSV = try sujarit.succeed([
            "audit", "plan", "export", "--fy", "2568", "--follow-up", "--as-of", "30 มิ.ย. 2568", "--format", "csv",
        ])
        // No byte-order mark: CSV starts with one only where --bom asks for it (Docs/schemas/README.md).
        // Stable keys and typed values for scripts: ISO days, the status code beside its Thai label, days as a number.
        #expect(followUpCSV.stdout.hasPrefix("number,recommendation_id,finding_id,"), "\(followUpCSV.stdout)")
        #expect(
            followUpCSV.stdout.contains(",2025-03-31,in-progress,อยู่ระหว่างดำเนินการ,1,2025-02-01,91,"),
            "due 31 Mar 2568, followed up once on 1 Feb, 91 days over on 30 June: \(followUpCSV.stdout)")
        let strategic = try sujarit.succeed([
            "audit", "plan", "export", "--fy", "2568", "--strategic", "--format", "md",
        ])
        #expect(strategic.stdout.contains("| 2568 | 2569 | 2570 |"))
        let trail = try sujarit.succeed(["events", "--format", "csv", "--type", "AuditPlanApproved"])
        #expect(trail.stdout.contains("audit-plan/2568"))
    }

    @Test(
        """
        An approval recorded without --on (today) is corrected with --correct: the engagement then starts, and \
        the history keeps both
        """
    )
    func approvalCorrected() throws {
        let sujarit = try prepared()
        try sujarit.succeed(["audit", "plan", "draft", "--fy", "2568", "--capacity", "220"])
        try sujarit.succeed(["audit", "plan", "approve", "--fy", "2568", "--by", "mayor"])
        try refused(
            sujarit, ["audit", "engagement", "start", "FIN-DISB", "--fy", "2568", "--on", "4 พ.ย. 2567"],
            "before the plan's approval")
        try refused(
            sujarit, ["audit", "plan", "approve", "--fy", "2568", "--by", "mayor", "--on", "15 ก.ย. 2567"],
            "--correct --on DAY --reason TEXT")
        try refused(
            sujarit, ["audit", "plan", "approve", "--fy", "2568", "--correct", "--on", "15 ก.ย. 2567"],
            "--correct needs --reason")
        let corrected = try sujarit.succeed([
            "audit", "plan", "approve", "--fy", "2568", "--correct", "--on", "15 ก.ย. 2567", "--reason",
            "บันทึกวันที่ผิด ตามหนังสืออนุมัติ",
        ])
        #expect(corrected.stdout.contains("→ 15 ก.ย. 2567"), "\(corrected.stdout)")
        // The day of the first engagement is the limit for a further correction.
        try sujarit.succeed(["audit", "engagement", "start", "FIN-DISB", "--fy", "2568", "--on", "4 พ.ย. 2567"])
        try refused(
            sujarit, ["audit", "plan", "approve", "--fy", "2568", "--correct", "--on", "5 พ.ย. 2567", "--reason", "x"],
            "after the engagement on FIN-DISB")
        let show = try sujarit.succeed(["audit", "plan", "show", "--fy", "2568"])
        #expect(show.stderr.contains("Approval day corrected") && show.stderr.contains("บันทึกวันที่ผิด"), "\(show.stderr)")
        let events = try sujarit.succeed(["events", "--type", "AuditPlanApprovalCorrected", "--format", "csv"])
        #expect(events.stdout.contains("AuditPlanApprovalCorrected"))
    }

    @Test("Bad input is refused with a clear message and leaves the store as it was")
    func badInput() throws {
        let sujarit = try prepared()
        try refused(sujarit, ["audit", "plan", "draft", "--fy", "2568", "--capacity", "0"], "--capacity is 0")
        try refused(sujarit, ["audit", "plan", "draft", "--fy", "2568", "--capacity", "-5"], "--capacity")
        try refused(sujarit, ["audit", "plan", "draft", "--fy", "2025", "--capacity", "100"], "2568")
        try sujarit.succeed(["audit", "plan", "draft", "--fy", "2568", "--capacity", "๒๒๐"])
        try refused(sujarit, ["audit", "plan", "draft", "--fy", "2568", "--capacity", "220"], "--replace")
        try refused(
            sujarit, ["audit", "plan", "edit", "--fy", "2568", "--subject", "NOPE", "--period", "q1"],
            "NOPE is not in the FY2568 plan")
        try refused(
            sujarit, ["audit", "plan", "edit", "--fy", "2568", "--subject", "FIN-CASH", "--period", "q2"],
            "FIN-CASH was deferred (เลื่อน) by the FY2568 draft")
        try refused(
            sujarit, ["audit", "plan", "edit", "--fy", "2568", "--subject", "FIN-CASH", "--period", "q2"],
            "--add FIN-CASH")
        try refused(sujarit, ["audit", "plan", "edit", "--fy", "2568", "--add", "NOPE"], "No subject NOPE")
        try refused(
            sujarit, ["audit", "plan", "edit", "--fy", "2568", "--subject", "FIN-REV", "--period", "soon"],
            "--period 'soon'")
        try refused(
            sujarit, ["audit", "plan", "edit", "--fy", "2568", "--subject", "FIN-REV", "--person-days", "300"],
            "more than the capacity")
        try refused(sujarit, ["audit", "engagement", "start", "FIN-REV", "--fy", "2568"], "not approved")
        try refused(
            sujarit, ["audit", "universe", "add", "FIN-REV", "--kind", "process", "--title", "x"],
            "already in the audit universe")
        try refused(
            sujarit, ["audit", "universe", "add", "NEW-ONE", "--kind", "project", "--title", "x"], "--kind 'project'")
        try refused(sujarit, ["audit", "follow-up", "F-2568-001", "--status", "finished"], "--status 'finished'")
        try refused(sujarit, ["audit", "follow-up", "F-2568-001", "--status", "done"], "No finding F-2568-001")
        let added = try sujarit.succeed([
            "audit", "universe", "add", "new-one", "--kind", "กองทุน", "--title", "กองทุนใหม่", "--risk-level", "สูง",
            "--risk", "r-2568-9",
        ])
        #expect(added.stdout.contains("NEW-ONE") && added.stdout.contains("10 วัน-คน"))
        let list = try sujarit.succeed(["audit", "universe", "list", "--format", "json"])
        #expect(list.stdout.contains("\"risks\" : \"R-2568-009\""))
    }
}
