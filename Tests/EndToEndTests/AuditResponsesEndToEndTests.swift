import Foundation
import Testing

@Suite("Management responses and added recommendations, through the built binary")
struct AuditResponsesEndToEndTests {
    @Test("responses refused on unknown recommendations, recorded, revised; none-received; the report gate in show")
    func responses() throws {
        let sujarit = try AuditEngagementWorkEndToEndTests.started()
        let audit = AuditEndToEndTests()
        try sujarit.succeed([
            "audit", "finding", "add", "FIN-DISB", "--fy", "2568", "--title", "ฎีกาไม่มีหลักฐานครบถ้วน", "--criteria",
            "ระเบียบ มท.", "--condition", "ฎีกา 12 จาก 40 ฉบับไม่มีใบสำคัญ", "--cause", "ไม่สอบทาน", "--effect",
            "เบิกจ่ายโดยไม่มีสิทธิ", "--recommendation", "จัดทำแบบตรวจสอบฎีกา", "--owner", "nisa", "--due",
            "31 มี.ค. 2568", "--on", "1 ธ.ค. 2567",
        ])
        try audit.refused(
            sujarit,
            [
                "audit", "response", "add", "F-2568-001.2", "--position", "agree", "--action-plan", "ทำ", "--owner",
                "nisa", "--due", "31 มี.ค. 2568",
            ],
            "has no recommendation 2")
        try audit.refused(
            sujarit,
            ["audit", "response", "add", "F-2568-001", "--position", "maybe", "--action-plan", "ทำ", "--owner", "nisa"],
            "not a response")
        try audit.refused(
            sujarit,
            ["audit", "response", "add", "F-2568-001", "--position", "agree", "--action-plan", "ทำ", "--owner", "nisa"],
            "needs --due")
        try sujarit.succeed([
            "audit", "finding", "recommend", "F-2568-001", "--recommendation", "อบรมเจ้าหน้าที่การเงิน", "--owner",
            "nisa", "--due", "30 มิ.ย. 2568", "--on", "2 ธ.ค. 2567",
        ])
        let waiting = try sujarit.succeed(["audit", "engagement", "show", "FIN-DISB", "--fy", "2568"])
        #expect(waiting.stdout.contains("Awaiting a response: F-2568-001.1, F-2568-001.2"))

        let first = try sujarit.succeed([
            "audit", "response", "add", "F-2568-001.1", "--position", "agree", "--action-plan",
            "กองคลังจะจัดทำแบบตรวจสอบฎีกา", "--owner", "nisa", "--due", "31 มี.ค. 2568", "--on", "10 ธ.ค. 2567",
        ])
        #expect(first.stdout.contains("เห็นด้วย"))
        try audit.refused(
            sujarit,
            [
                "audit", "response", "add", "F-2568-001.1", "--position", "agree", "--action-plan",
                "กองคลังจะจัดทำแบบตรวจสอบฎีกา", "--owner", "nisa", "--due", "31 มี.ค. 2568", "--on", "11 ธ.ค. 2567",
            ],
            "already has this response")
        let revised = try sujarit.succeed([
            "audit", "response", "add", "F-2568-001.1", "--position", "เห็นด้วยบางส่วน", "--action-plan",
            "เฉพาะฎีกาเกิน 1 แสนบาท", "--owner", "nisa", "--due", "30 เม.ย. 2568", "--on", "12 ธ.ค. 2567",
        ])
        #expect(revised.stdout.contains("revision 2"))
        try audit.refused(
            sujarit, ["audit", "response", "none", "F-2568-001.1", "--by", "15 ธ.ค. 2567"], "cannot be recorded")
        let none = try sujarit.succeed([
            "audit", "response", "none", "F-2568-001", "--by", "15 ธ.ค. 2567", "--note", "บันทึกขอคำชี้แจง ลว. 2 ธ.ค.",
        ])
        #expect(none.stdout.contains("F-2568-001.2") && !none.stdout.contains("F-2568-001.1"))
        let ready = try sujarit.succeed(["audit", "engagement", "show", "FIN-DISB", "--fy", "2568"])
        #expect(ready.stdout.contains("the report may be issued"))
        #expect(ready.stdout.contains("ไม่ได้รับคำชี้แจงภายใน 15 ธ.ค. 2567"))

        // The added recommendation is followed up like the others.
        try sujarit.succeed(["audit", "follow-up", "F-2568-001.2", "--status", "in-progress", "--on", "1 ก.พ. 2568"])
        let register = try sujarit.succeed([
            "audit", "plan", "export", "--fy", "2568", "--follow-up", "--format", "csv", "--as-of", "1 ก.พ. 2568",
        ])
        #expect(register.stdout.contains("F-2568-001.2") && register.stdout.contains("อบรมเจ้าหน้าที่การเงิน"))
        try sujarit.succeed(["verify"])
    }
}
