import Foundation
import Sujarit
import Testing
@testable import Reporting

@Suite("What the reports say")
struct ReportContentTests {
    @Test(
        "Follow-up: a six-month report judges on 31 March and counts six-month updates; the annual one on 30 September")
    func followUpRounds() async throws {
        let fixture = try await ReportFixture.make(ita: false)
        try await fixture.report([("M-2568-002", .annual, "2025-09-30", .done, "อบรมครบ", nil)])
        guard case .followup(let six) = try await ReportBuilder.build(.followup, try await fixture.sources(.sixMonths)),
            case .followup(let year) = try await ReportBuilder.build(.followup, try await fixture.sources(.annual))
        else { Issue.record("not follow-up reports"); return }
        #expect(six.header.period.judgedOn == ReportFixture.day("2025-03-31"))
        #expect(year.header.period.judgedOn == ReportFixture.day("2025-09-30"))
        // The annual update does not leak into the six-month report.
        #expect(six.lines.first { $0.id == "M-2568-002" }?.status == .inProgress)
        #expect(year.lines.first { $0.id == "M-2568-002" }?.status == .done)
        // M-2568-004 was due 31 Dec 2567 with no update: overdue 90 days on 31 March, 273 on 30 September.
        #expect(six.lines.first { $0.id == "M-2568-004" }?.overdueDays == 90)
        #expect(year.lines.first { $0.id == "M-2568-004" }?.overdueDays == 273)
        // M-2568-003 is due 30 June: not overdue at six months, overdue at twelve.
        #expect(six.lines.first { $0.id == "M-2568-003" }?.isOverdue == false)
        #expect(year.lines.first { $0.id == "M-2568-003" }?.overdueDays == 92)
        // The audit recommendation (due 31 Mar, in progress since 1 Feb) is on the due day at six months.
        let recommendation = try #require(year.lines.first { $0.kind == .auditRecommendation })
        #expect(recommendation.status == .inProgress && recommendation.overdueDays == 183)
        #expect(six.lines.first { $0.kind == .auditRecommendation }?.isOverdue == false)
        #expect(year.counts.total == year.lines.count)
        #expect(year.counts.overdue == year.lines.filter(\.isOverdue).count)
        #expect(year.byKind.map(\.kind) == [.riskMeasure, .auditRecommendation])
    }

    @Test("Follow-up for one department keeps its lines only")
    func department() async throws {
        guard
            case .followup(let report) = try await ReportBuilder.build(
                .followup, try await ReportFixture.make(ita: false).sources(.annual), department: "FIN")
        else { Issue.record("not a follow-up report"); return }
        #expect(!report.lines.isEmpty)
        #expect(report.lines.allSatisfy { $0.department == "FIN" })
        #expect(report.header.departmentName == "กองคลัง")
    }

    @Test(
        """
        Executive summary: ITA 96.29 with the weakest questions and this year's measures, sections from the \
        modules, changes
        """
    )
    func executive() async throws {
        let fixture = try await ReportFixture.make()
        guard
            case .executive(let summary) = try await ReportBuilder.build(.executive, try await fixture.sources(.annual))
        else { Issue.record("not a summary"); return }
        let ita = try #require(summary.ita)
        #expect(ita.overall.formatted() == "96.29" && ita.bandCode == "AA" && ita.fiscalYear.be == 2566)
        #expect(ita.weakest.map(\.code) == ["E9", "I21", "I15", "I25", "E3"])
        #expect(ita.weakest[1].measures.map(\.id).contains("M-2568-005"))
        #expect(ita.weakest[3].measures.map(\.id) == ["M-2568-002"])
        #expect(ita.weakest[0].measures.isEmpty)
        let risks = try #require(summary.risks)
        #expect(risks.total == 8 && risks.lowered == 7)
        #expect(risks.bands.first { $0.band == "high" }?.inherent == 3)
        #expect(risks.heatmap?.total(.inherent) == 8)
        #expect(summary.measures?.counts.overdue == 3)
        #expect(summary.gifts?.overThreshold == 3)
        #expect(summary.declarations?.seats == 7)
        #expect(summary.audit?.counts.overdue == 1)
        // No procurement was imported, so no red flag: no section, and the footer says why.
        #expect(summary.redFlags == nil)
        #expect(summary.header.omitted.contains { $0.contains("สัญญาณเตือน") })
        // Against the six-month round of the same year: one more overdue measure, the recommendation now overdue.
        #expect(summary.previousLabel == "รอบ 6 เดือน 2568")
        let overdue = try #require(summary.changes.first { $0.label == "มาตรการเกินกำหนด" })
        #expect(overdue.previous == "2" && overdue.current == "3" && overdue.trend == -1)
        #expect(summary.newlyOverdue.contains { $0.hasPrefix("M-2568-003") })
        #expect(summary.newlyOverdue.contains { $0.hasPrefix("F-2568-001.1") })
    }

    @Test("Without an ITA result or audit data, those sections are absent and no figure is made up")
    func absentSections() async throws {
        let fixture = try await ReportFixture.make(ita: false, audit: false)
        guard
            case .executive(let summary) = try await ReportBuilder.build(.executive, try await fixture.sources(.annual))
        else { Issue.record("not a summary"); return }
        #expect(summary.ita == nil && summary.audit == nil)
        #expect(!summary.changes.contains { $0.label.contains("ITA") || $0.label.contains("ตรวจสอบ") })
        #expect(summary.header.omitted.contains { $0.contains("ITA") })
        let html = try ReportRenderer(theme: try await ReportFixture.theme())
            .render(.executive(summary), as: .html, directory: try await fixture.sources(.annual).directory)
        #expect(html.contains("ยังไม่ได้บันทึกผลการประเมิน ITA"))
        #expect(!html.contains("96.29"))
    }

    @Test("The plan says what it is built from and groups measures by issue area or risk category")
    func plan() async throws {
        let sources = try await ReportFixture.make(ita: false, audit: false).sources(nil)
        guard case .plan(let plan) = try await ReportBuilder.build(.plan, sources) else {
            Issue.record("not a plan"); return
        }
        #expect(plan.header.itaItems == ["O25 (ยังไม่ยืนยัน)"])
        #expect(plan.counts == nil)
        #expect(plan.header.basis[0].contains("ทะเบียนความเสี่ยง"))
        #expect(plan.groups.flatMap(\.measures).count == 6)
        #expect(plan.groups.contains { $0.title == "กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ" })
        guard
            case .plan(let measures) = try await ReportBuilder.build(
                .measures, try await ReportFixture.make(ita: false, audit: false).sources(.annual))
        else { Issue.record("not a plan"); return }
        #expect(measures.header.itaItems.isEmpty)
        #expect(measures.groups.flatMap(\.measures).allSatisfy { !$0.oitItems.isEmpty || !$0.questions.isEmpty })
        #expect(measures.counts != nil)
    }

    @Test("O33 shows cases to the auditor and totals to anyone else")
    func giftAccess() async throws {
        let sources = try await ReportFixture.make(ita: false, audit: false).sources(.annual)
        guard case .o33(let auditor) = try await ReportBuilder.build(.o33, sources, viewer: "anan"),
            case .o33(let mayor) = try await ReportBuilder.build(.o33, sources, viewer: "mayor")
        else { Issue.record("not O33 reports"); return }
        #expect(auditor.report.overThreshold?.count == 3)
        #expect(mayor.report.overThreshold == nil)
        #expect(mayor.header.omitted.contains { $0.contains("PDPA") })
        #expect(mayor.report.totals == auditor.report.totals)
    }
}
