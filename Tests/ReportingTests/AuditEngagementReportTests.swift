import Agency
import AuditPlans
import Sujarit
import Testing

@testable import Reporting

/// The engagement report (รายงานผลการตรวจสอบ) on the fixture's closed PROC engagement: refused while a
/// recommendation is unanswered, then the memo with the five elements and management's response.
@Suite("The engagement report: the gate on responses, the memo and its forms")
struct AuditEngagementReportTests {
    /// The fixture with a response recorded on the finding's recommendation (partly agree, on 15 Dec 2567).
    static func answered() async throws -> ReportFixture {
        let fixture = try await ReportFixture.make(ita: false)
        try await AuditPlanService(store: fixture.store).respond(
            "F-2568-001.1", position: .partly, actionPlan: "จัดทำแผนเฉพาะวัสดุก่อสร้างก่อน", owner: "kittipong",
            due: ReportFixture.day("30 มิ.ย. 2568"), on: ReportFixture.day("15 ธ.ค. 2567"), context: fixture.context)
        return fixture
    }

    @Test("Refused naming the recommendation that has no response recorded")
    func refusedUntilAnswered() async throws {
        let fixture = try await ReportFixture.make(ita: false)
        // The finding's own recommendation came with management's response; one added later has none yet.
        _ = try await AuditPlanService(store: fixture.store).addRecommendation(
            to: try FindingID(parsing: "F-2568-001"), text: "ตรวจวงเงินสะสมก่อนลงนาม", owner: "kittipong",
            due: ReportFixture.day("30 มิ.ย. 2568"), on: ReportFixture.day("13 ธ.ค. 2567"), context: fixture.context)
        let sources = try await fixture.sources(nil)
        let error = try await #require(throws: AuditPlansError.self) {
            try await ReportBuilder.build(.engagement, sources)
        }
        #expect(error.localizedDescription.contains("F-2568-001.2 has no management response"))
        #expect(!error.localizedDescription.contains("F-2568-001.1"))
        let unknown = try await Self.answered().sources(nil)
        await #expect(throws: AuditPlansError.engagementNotStarted("FIN-REV", FiscalYear(be: 2568))) {
            try await ReportBuilder.build(.engagement, unknown, engagement: "fin-rev")
        }
        let empty = try await ReportFixture.make(ita: false, audit: false).sources(nil)
        await #expect(throws: AuditEngagementReportError.noEngagement(FiscalYear(be: 2568))) {
            try await ReportBuilder.build(.engagement, empty)
        }
    }

    @Test("The memo: heading lines, the five elements, management's response, the auditors and the head")
    func memo() async throws {
        let fixture = try await Self.answered()
        let sources = try await fixture.sources(nil)
        guard case .engagement(let report) = try await ReportBuilder.build(.engagement, sources) else {
            Issue.record("not the engagement report")
            return
        }
        let plan = try await AuditPlan.load(FiscalYear(be: 2568), from: fixture.store)
        let subject = try #require(plan.engagements.keys.first)
        #expect(report.engagement == EngagementRef(fiscalYear: FiscalYear(be: 2568), subject: subject))
        #expect(report.memo.day == ReportFixture.day("20 ธ.ค. 2567"), "the day the engagement closed")
        #expect(report.memo.subject == "รายงานผลการตรวจสอบ" + report.subjectTitle)
        let executive = try #require(sources.directory.members(with: .executive).first)
        #expect(report.memo.addressee == executive.position && report.head?.name == executive.name)
        #expect(report.auditors.map(\.id) == plan.engagements[subject]?.started.auditors)
        #expect(report.plannedPersonDays == plan.entry(subject)?.personDays && report.actualPersonDays == 0)
        let finding = try #require(report.findings.first)
        #expect(finding.criteria == "มาตรา 62" && finding.condition.hasPrefix("สัญญา 6 ฉบับ"))
        let answer = try #require(finding.recommendations.first)
        #expect(answer.ref == "F-2568-001.1" && answer.position == .partly)
        #expect(answer.response == "จัดทำแผนเฉพาะวัสดุก่อสร้างก่อน" && answer.respondedOn == ReportFixture.day("15 ธ.ค. 2567"))
        #expect(answer.responseDue == ReportFixture.day("30 มิ.ย. 2568") && answer.notReceivedBy == nil)

        let renderer = ReportRenderer(theme: try await ReportFixture.theme())
        let html = try renderer.render(.engagement(report), as: .html, directory: sources.directory)
        for phrase in [
            "บันทึกข้อความ", "ส่วนราชการ", "หน่วยตรวจสอบภายใน", "วันที่</b> 20 ธันวาคม 2567", report.memo.subject,
            "เรียน</b> \(executive.position)", "สภาพที่พบ</b> สัญญา 6 ฉบับ", "เห็นด้วยบางส่วน", "(15 ธ.ค. 2567)",
            "ผู้ตรวจสอบ", "ความเห็น / ข้อสั่งการของผู้บริหาร", "(\(executive.name))",
        ] {
            #expect(html.contains(phrase), "the memo lacks '\(phrase)'")
        }
        let thai = try ReportRenderer(theme: try await ReportFixture.theme(), digits: .thai).render(
            .engagement(report), as: .html, directory: sources.directory)
        #expect(thai.contains("๒๐ ธันวาคม ๒๕๖๗") && thai.contains("counter(section, thai)"))
        let markdown = try renderer.render(.engagement(report), as: .md, directory: sources.directory)
        #expect(markdown.contains("**เรื่อง** " + report.memo.subject) && markdown.contains("| F-2568-001.1 |"))
        let csv = try renderer.render(.engagement(report), as: .csv, directory: sources.directory)
        #expect(csv.contains("F-2568-001,") && csv.contains(",partly,จัดทำแผนเฉพาะวัสดุก่อสร้างก่อน,2024-12-15"))
        #expect(ReportDocument.engagement(report).fileName("html").hasPrefix("engagement-2568-\(subject.lowercased())"))
    }

    @Test("A recommendation answered \"none received by DAY\" prints that day instead of a response")
    func noneReceived() async throws {
        let fixture = try await ReportFixture.make(ita: false)
        let service = AuditPlanService(store: fixture.store)
        let added = try await service.addRecommendation(
            to: try FindingID(parsing: "F-2568-001"), text: "ตรวจวงเงินสะสมก่อนลงนาม", owner: "kittipong",
            due: ReportFixture.day("30 มิ.ย. 2568"), on: ReportFixture.day("13 ธ.ค. 2567"), context: fixture.context)
        try await service.respond(
            "F-2568-001.1", position: .agree, actionPlan: "ดำเนินการ", owner: "kittipong",
            due: ReportFixture.day("31 มี.ค. 2568"),
            on: ReportFixture.day("15 ธ.ค. 2567"), context: fixture.context)
        try await service.recordNoResponse(
            added.ref.description, by: ReportFixture.day("19 ธ.ค. 2567"), note: "บันทึกขอคำชี้แจง", context: fixture.context)
        guard case .engagement(let report) = try await ReportBuilder.build(.engagement, try await fixture.sources(nil))
        else { return }
        let answers = try #require(report.findings.first?.recommendations)
        #expect(answers.map(\.ref) == ["F-2568-001.1", added.ref.description])
        #expect(answers[1].position == nil && answers[1].notReceivedBy == ReportFixture.day("19 ธ.ค. 2567"))
        let html = try ReportRenderer(theme: try await ReportFixture.theme()).render(
            .engagement(report), as: .html, directory: try await fixture.sources(nil).directory)
        #expect(html.contains("ไม่ได้รับคำชี้แจงภายในวันที่ 19 ธ.ค. 2567") && html.contains("บันทึกขอคำชี้แจง"))
    }
}
