import Agency
import GiftLog
import Presentation
import Sujarit

/// The No Gift Policy log: gifts under the limit, gifts from suppliers not acceptable whatever their value, a late
/// report and the head's decision, and the O33 summary as the auditor sees it.
struct GiftsChapter: DemoChapter {
    let title = "นโยบายไม่รับของขวัญ No Gift Policy — the gift log and the O33 report"

    func run(in demo: DemoContext) async throws {
        let directory = try await DemoDirectory.ensure(demo)
        let service = GiftLogService(store: demo.store)
        let file = "Registers/examples/takbai/gifts-2568.yaml"
        let summary = try await service.importFile(
            try GiftLogFile.load(DemoFiles.path(file)), context: CommandContext(actor: demo.actor))
        let rules = try await service.currentRules()
        demo.say("sujarit gift import \(file)")
        demo.say(
            """
            → the No Gift policy declared, \(summary.activities) culture activities, \(summary.entries.count) \
            entries judged by rules v\(rules.version) (\(rules.threshold.formatted()) บาท, \(rules.reportWithinDays) วัน).
            """
        )

        let late = try GiftEntryID(parsing: "G-2568-003")
        try await service.markReported(
            late, on: try CalendarDate.parse("28 มี.ค. 68"), context: CommandContext(actor: "surachai"))
        try await service.decide(
            late, decision: .handOver, on: try CalendarDate.parse("2 เม.ย. 68"), by: "mayor", reportedOn: nil,
            note: nil, context: CommandContext(actor: "mayor"))

        let gifts = try await service.assessedEntries(asOf: CalendarDate.today())
        func describe(_ id: String) -> String {
            guard let gift = gifts.first(where: { $0.entry.id.description == id }) else { return id }
            let logged = gift.entry.logged, assessment = gift.assessment
            var text =
                """
                \(id) \(logged.description) \(logged.value.formatted()) (\(logged.counterparty.name)) → \
                \(assessment.verdict.shortLabel.th)
                """
            if assessment.occasionTotal != logged.value { text += " รวม \(assessment.occasionTotal.formatted())" }
            if let status = assessment.reportStatus, let due = assessment.dueOn {
                text += ", กำหนด \(due.formatted(.thaiShort)): \(status.label.th)"
                if let reported = gift.entry.reportedOn, status == .late { text += " \(due.days(until: reported)) วัน" }
            }
            if let decision = gift.entry.decision { text += ", \(decision.decision.label.th)" }
            return text
        }
        demo.say("Under the limit:  \(describe("G-2568-008"))")
        demo.say("From a supplier:  \(describe("G-2568-001"))")
        demo.say("                  \(describe("G-2568-002"))")
        demo.say(
            """
              (1,500 and 2,000 baht, each under 3,000: under the No Gift declaration any gift from a party with \
            business before the agency is ไม่ควรรับ and reported)
            """
        )
        demo.say("Reported late:    \(describe("G-2568-003"))")
        demo.say(
            "  (sujarit gift reported G-2568-003 --on \"28 มี.ค. 68\"; gift decide … --decision hand-over --by mayor)")
        demo.say("  The giver is the firm rusdee declared a relation to: the cross-check Oversight will flag.")

        let year = FiscalYear(be: 2568)
        let report = GiftLogAccess.report(
            try await service.report(year: year, round: .annual, asOf: CalendarDate.today()),
            for: directory.member("anan"))
        demo.say("sujarit gift report --fy 2568 --as anan   (O33, \(report.entryCount) entries):")
        demo.show(GiftTables.totals(report.totals, machine: false).terminal(style: demo.style))
        demo.say(
            """
            ต้องรายงาน \(report.totals.mustBeReported) (เกินเกณฑ์ \(report.totals.line(.mustReport).count), \
            ไม่ควรรับ \(report.totals.line(.notAcceptable).count)): รายงานล่าช้า \(report.lateReports), \
            ไม่ได้รายงาน \(report.missingReports), ผู้บังคับบัญชาพิจารณาแล้ว \(report.decided); กิจกรรมสร้างวัฒนธรรม \
            \(report.activities.count) ครั้ง.
            """
        )
        let empty = try await service.report(year: year.previous, round: .annual, asOf: CalendarDate.today())
        if let statement = empty.nilStatement { demo.say("FY2567: \(statement.th)") }
    }
}
