import Foundation
import Testing

@Suite("The Internal Audit Charter and the quality self-assessment, through the built binary")
struct AuditCharterEndToEndTests {
    /// A store with the example directory.
    func prepared() throws -> SujaritProcess {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960102"])
        try sujarit.succeed(["agency", "load", AuditEndToEndTests.agency])
        return sujarit
    }

    @Test("draft from the shipped file, refusals that leave the store as it was, approve, show, export, review")
    func charter() throws {
        let sujarit = try prepared()
        let audit = AuditEndToEndTests()
        try audit.refused(sujarit, ["audit", "charter", "approve", "--by", "mayor"], "no charter draft to approve")
        try audit.refused(sujarit, ["audit", "charter", "review", "--by", "mayor"], "No charter is in force")
        let drafted = try sujarit.succeed(["audit", "charter", "draft", "--on", "1 ก.ย. 2567"])
        #expect(drafted.stdout.contains("Drafted charter version 1"))
        try audit.refused(sujarit, ["audit", "charter", "draft"], "same as draft version 1")
        try audit.refused(
            sujarit, ["audit", "charter", "approve", "--by", "anan", "--on", "10 ก.ย. 2567"], "executive")
        try audit.refused(
            sujarit, ["audit", "charter", "approve", "--by", "mayor", "--on", "31 ส.ค. 2567"], "before the draft")

        let draftPage = try sujarit.succeed(["audit", "charter", "export", "--format", "md"])
        #expect(draftPage.stdout.contains("กฎบัตรการตรวจสอบภายใน") && draftPage.stdout.contains("ร่าง"))

        let approved = try sujarit.succeed(["audit", "charter", "approve", "--by", "mayor", "--on", "10 ก.ย. 2567"])
        #expect(approved.stdout.contains("นายอับดุลเลาะ สาและ") && approved.stdout.contains("10 ก.ย. 2568"))
        try audit.refused(sujarit, ["audit", "charter", "approve", "--by", "mayor"], "already approved")

        // A year and more later (today is past 10 Sep 2568), the review is overdue.
        let shown = try sujarit.succeed(["audit", "charter", "show"])
        #expect(shown.stdout.contains("In force: version 1") && shown.stdout.contains("OVERDUE"))
        #expect(shown.stdout.contains("สายการบังคับบัญชาและการรายงาน"))

        let page = sujarit.folder.appendingPathComponent("charter.html").path
        try sujarit.succeed(["audit", "charter", "export", "--format", "html", "-o", page])
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("กฎบัตรการตรวจสอบภายใน") && html.contains("นายอับดุลเลาะ สาและ"))
        #expect(html.contains("หลักเกณฑ์กระทรวงการคลัง"))

        let reviewed = try sujarit.succeed([
            "audit", "charter", "review", "--by", "mayor", "--on", "5 ก.ย. 2568", "--note", "ไม่เปลี่ยนแปลง",
        ])
        #expect(reviewed.stdout.contains("next review by 5 ก.ย. 2569"))
        try sujarit.succeed(["audit", "universe", "load", AuditEndToEndTests.universe])
        try sujarit.succeed(["audit", "plan", "draft", "--fy", "2568", "--capacity", "220"])
        let status = try sujarit.succeed(["audit", "status", "--fy", "2568", "--as-of", "1 ต.ค. 2568"])
        #expect(status.stdout.contains("กฎบัตร ฉบับที่ 1 · สอบทานครั้งถัดไป 5 ก.ย. 2569"))
        #expect(!status.stdout.contains("เลยกำหนด"))
        try sujarit.succeed(["verify"])
    }

    @Test("quality assess rates every item of Registers/audit-quality.yaml once; show lists them")
    func quality() throws {
        let sujarit = try prepared()
        let audit = AuditEndToEndTests()
        try audit.refused(
            sujarit,
            ["audit", "quality", "assess", "--fy", "2568", "--met", "1,2,3", "--by", "anan", "--on", "30 ก.ย. 2568"],
            "not rated: 4, 5, 6, 7, 8, 9")
        try audit.refused(
            sujarit,
            [
                "audit", "quality", "assess", "--fy", "2568", "--met", "1-9", "--by", "anan", "--on", "30 ก.ย. 2568",
            ],
            "no item '1-9'")
        let assessed = try sujarit.succeed([
            "audit", "quality", "assess", "--fy", "2568", "--met", "1,2,4,5", "--met", "6,7,8", "--partly", "3",
            "--not-met", "๙", "--by", "anan", "--on", "30 ก.ย. 2568",
        ])
        #expect(assessed.stdout.contains("7 met, 1 partly, 1 not met"))
        try audit.refused(
            sujarit,
            ["audit", "quality", "assess", "--fy", "2568", "--met", "1,2,3,4,5,6,7,8,9", "--by", "anan"],
            "already recorded")
        let shown = try sujarit.succeed(["audit", "quality", "show", "--fy", "2568"])
        #expect(shown.stdout.contains("[1300]") == false && shown.stdout.contains("[1000]"))
        #expect(shown.stdout.contains("ไม่เป็นไปตามมาตรฐาน"))
    }
}
