import AuditPlans
import Sujarit
import Testing

@testable import Reporting

/// The annual report of internal-audit activity on the fixture's FY2568: one engagement closed with one finding,
/// its recommendation in progress and due 31 Mar 2568.
@Suite("The annual report of internal audit: plan against done, person-days, findings by risk, follow-up")
struct AuditAnnualReportTests {
    @Test("At the year's end: the plan's entries, the closed engagement, the overdue recommendation")
    func yearEnd() async throws {
        let fixture = try await ReportFixture.make(ita: false)
        let sources = try await fixture.sources(.annual)
        guard case .auditAnnual(let report) = try await ReportBuilder.build(.auditAnnual, sources) else {
            Issue.record("not the annual report")
            return
        }
        let plan = try await AuditPlan.load(FiscalYear(be: 2568), from: fixture.store)
        #expect(report.planStatus == .approved && report.approvedOn == ReportFixture.day("15 ก.ย. 2567"))
        #expect(report.capacity == 220 && report.engagements.count == plan.entries.count)
        #expect(report.plannedPersonDays == plan.totalPersonDays && report.actualPersonDays == 0)
        let closed = report.engagements.filter { $0.stage == .closed }
        #expect(closed.count == 1 && closed.first?.findings == 1 && closed.first?.recommendations == 1)
        #expect(closed.first?.closedOn == ReportFixture.day("20 ธ.ค. 2567"))
        #expect(report.percentClosed == (100 + plan.entries.count / 2) / plan.entries.count)
        // Of the 12 entries, the closed one and the three of the fourth quarter (ending on the judging day itself)
        // are not behind; the other eight ended their planned period unfinished.
        #expect(report.engagements.filter(\.isBehind).count == 8)
        #expect(report.engagements.filter { $0.period.hasPrefix("ไตรมาส 4") }.allSatisfy { !$0.isBehind })
        #expect(report.byRisk.map(\.risk.rank) == report.byRisk.map(\.risk.rank).sorted(by: >))
        #expect(report.byRisk.reduce(0) { $0 + $1.entries } == plan.entries.count)
        #expect(report.byRisk.reduce(0) { $0 + $1.findings } == 1)
        #expect(report.recommendations.total == 1 && report.recommendations.inProgress == 1)
        #expect(report.recommendations.overdue == 1 && report.carriedOver == 0)
        #expect(report.overdue.map(\.id) == ["F-2568-001.1"] && report.overdue.first?.overdueDays == 183)

        let renderer = ReportRenderer(theme: try await ReportFixture.theme())
        let csv = try renderer.render(.auditAnnual(report), as: .csv, directory: sources.directory)
        let lines = csv.split(separator: "\r\n")
        #expect(
            lines.first?.hasSuffix("planned_person_days,actual_person_days,findings,recommendations,behind") == true)
        #expect(lines.count == plan.entries.count + 2, "a header, one row per entry, the total")
        #expect(
            lines.last?.contains(",total,") == true && lines.last?.contains(",\(plan.totalPersonDays),0,1,1,") == true)
        let html = try renderer.render(.auditAnnual(report), as: .html, directory: sources.directory)
        for phrase in [
            "รายงานผลการปฏิบัติงานตรวจสอบภายในประจำปี", "หนังสือรับรองการประเมินผลการควบคุมภายใน", "ตรวจเสร็จแล้ว",
            "ข้อตรวจพบจำแนกตามระดับความเสี่ยง", "ข้อเสนอแนะที่เกินกำหนด", "F-2568-001.1", "เกินกำหนด 183 วัน",
        ] {
            #expect(html.contains(phrase), "the annual report lacks '\(phrase)'")
        }
        let term = try renderer.render(.auditAnnual(report), as: .term, directory: sources.directory)
        #expect(term.contains("ผลการปฏิบัติงานเทียบกับแผน") && term.contains("สถานะข้อเสนอแนะ"))
    }

    @Test("At six months: judged on 31 Mar 2568, the recommendation is due that day and not yet overdue")
    func sixMonths() async throws {
        let fixture = try await ReportFixture.make(ita: false)
        guard
            case .auditAnnual(let report) = try await ReportBuilder.build(
                .auditAnnual, try await fixture.sources(.sixMonths))
        else { return }
        #expect(report.header.period.judgedOn == ReportFixture.day("31 มี.ค. 2568"))
        #expect(report.recommendations.total == 1 && report.recommendations.overdue == 0 && report.overdue.isEmpty)
        #expect(report.engagements.filter { $0.stage == .closed }.count == 1)
    }

    @Test("A year without a plan says so and counts nothing")
    func noPlan() async throws {
        let fixture = try await ReportFixture.make(ita: false, audit: false)
        guard
            case .auditAnnual(let report) = try await ReportBuilder.build(
                .auditAnnual, try await fixture.sources(.annual))
        else { return }
        #expect(report.planStatus == .none && report.engagements.isEmpty && report.percentClosed == 0)
        #expect(report.header.omitted.contains { $0.contains("ยังไม่มีแผนการตรวจสอบภายใน") })
        let html = try ReportRenderer(theme: try await ReportFixture.theme()).render(
            .auditAnnual(report), as: .html, directory: try await fixture.sources(.annual).directory)
        #expect(html.contains("ยังไม่มีแผนการตรวจสอบภายในของปีนี้ในระบบ"))
    }
}
