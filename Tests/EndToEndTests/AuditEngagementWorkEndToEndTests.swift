import Foundation
import Testing

@Suite("Engagement work, through the built binary")
struct AuditEngagementWorkEndToEndTests {
    /// The example agency with an approved FY2568 plan and the engagement on FIN-DISB started on 4 Nov 2567.
    static func started() throws -> SujaritProcess {
        let sujarit = try AuditEndToEndTests().prepared()
        try sujarit.succeed(["audit", "plan", "draft", "--fy", "2568", "--capacity", "220"])
        try sujarit.succeed(["audit", "plan", "approve", "--fy", "2568", "--by", "mayor", "--on", "15 ก.ย. 2567"])
        try sujarit.succeed(["audit", "engagement", "start", "FIN-DISB", "--fy", "2568", "--on", "4 พ.ย. 2567"])
        return sujarit
    }

    @Test("scope, program, a working paper by hash (then changed), time, and show")
    func work() throws {
        let sujarit = try Self.started()
        let audit = AuditEndToEndTests()
        try sujarit.succeed([
            "audit", "engagement", "scope", "FIN-DISB", "--fy", "2568", "--objective", "สอบทานการเบิกจ่าย",
            "--scope", "ฎีกา ต.ค.–ธ.ค. 2567", "--criteria", "ระเบียบ มท. ว่าด้วยการเบิกจ่ายเงินฯ", "--on", "5 พ.ย. 2567",
        ])
        try audit.refused(
            sujarit,
            ["audit", "engagement", "step", "FIN-DISB", "--fy", "2568", "--procedure", "x", "--on", "1 พ.ย. 2567"],
            "before the engagement's start")
        try sujarit.succeed([
            "audit", "engagement", "step", "FIN-DISB", "--fy", "2568", "--procedure", "สุ่มฎีกา 40 ฉบับ", "--assign",
            "anan", "--on", "5 พ.ย. 2567",
        ])
        try audit.refused(
            sujarit, ["audit", "engagement", "done", "FIN-DISB", "--fy", "2568", "--step", "2", "--by", "anan"],
            "no program step 2")
        try sujarit.succeed([
            "audit", "engagement", "done", "FIN-DISB", "--fy", "2568", "--step", "1", "--by", "anan", "--on",
            "20 พ.ย. 2567",
        ])
        let paper = sujarit.folder.appendingPathComponent("wp1.csv")
        try "ฎีกา,จำนวนเงิน\n1,5000\n".write(to: paper, atomically: true, encoding: .utf8)
        let attached = try sujarit.succeed([
            "audit", "engagement", "paper", "FIN-DISB", paper.path, "--fy", "2568", "--title", "ตารางฎีกา", "--step",
            "1",
            "--on", "20 พ.ย. 2567",
        ])
        #expect(attached.stdout.contains("WP-1") && attached.stdout.contains("SHA-256"))
        try audit.refused(
            sujarit,
            ["audit", "engagement", "paper", "FIN-DISB", paper.path, "--fy", "2568", "--title", "อีกครั้ง"],
            "already attached")
        try audit.refused(
            sujarit, ["audit", "engagement", "paper", "FIN-DISB", "/dev/null", "--fy", "2568", "--title", "x"],
            "not an ordinary file")
        let fine = try sujarit.succeed(["audit", "engagement", "check", "FIN-DISB", "--fy", "2568"])
        #expect(fine.stdout.contains("WP-1") && fine.stdout.contains("unchanged"))
        try "ฎีกา,จำนวนเงิน\n1,50000\n".write(to: paper, atomically: true, encoding: .utf8)
        let changed = try sujarit.run(["audit", "engagement", "check", "FIN-DISB", "--fy", "2568"])
        #expect(changed.status != 0 && changed.stdout.contains("CHANGED"))
        try FileManager.default.removeItem(at: paper)
        let missing = try sujarit.run(["audit", "engagement", "check", "FIN-DISB", "WP-1", "--fy", "2568"])
        #expect(missing.status != 0 && missing.stdout.contains("MISSING"))

        try sujarit.succeed([
            "audit", "engagement", "time", "FIN-DISB", "--fy", "2568", "--auditor", "anan", "--person-days", "๘",
            "--through", "30 พ.ย. 2567",
        ])
        let shown = try sujarit.succeed(["audit", "engagement", "show", "FIN-DISB", "--fy", "2568"])
        #expect(shown.stdout.contains("Person-days: 8 recorded of 20 planned"))
        #expect(shown.stdout.contains("สอบทานการเบิกจ่าย") && shown.stdout.contains("done 20 พ.ย. 2567 by anan"))
        #expect(shown.stdout.contains("WP-1 ตารางฎีกา"))
        let status = try sujarit.succeed(["audit", "status", "--fy", "2568"])
        #expect(status.stdout.contains("no charter in force"), "audit status says the charter is missing")
        try sujarit.succeed(["verify"])
    }
}
