import Agency
import AuditPlans
import Foundation
import Presentation
import Reporting
import Sujarit

/// The internal audit unit's year: the universe ranked into a FY2568 plan of 220 person-days, the mayor's
/// approval, an engagement with a finding, a refused finding on the closed engagement, a follow-up round,
/// and the follow-up register on 30 June 2568 with the overdue action.
struct AuditChapter: DemoChapter {
    let title = "แผนการตรวจสอบภายใน — Internal audit: risk-based plan, findings and follow-up"

    func run(in demo: DemoContext) async throws {
        if try await AgencyDirectory.load(from: demo.store).staff.isEmpty {
            try await DirectoryService(store: demo.store).load(
                try DirectoryFile.load(DemoFiles.path("Registers/examples/takbai/agency.yaml")),
                context: CommandContext(actor: demo.actor))
        }
        let service = AuditInput.service(demo.store)
        let file = "Registers/examples/takbai/audit-universe.yaml"
        let loaded = try await service.loadUniverse(try DemoFiles.path(file), context: CommandContext(actor: "anan"))
        demo.say(
            """
            sujarit audit universe load \(file) → \(loaded.added.count) subjects (departments, processes, funds, \
            procurement).
            """
        )

        let year = FiscalYear(be: 2568)
        let draft = try await service.draft(year, capacity: 220, context: CommandContext(actor: "anan"))
        demo.say(
            """
            sujarit audit plan draft --fy 2568 --capacity 220   (risk levels: \(draft.drafted.riskSource); risk \
            first, then years since the last audit)
            """
        )
        var table = Table(columns: [
            .init("ลำดับ", alignment: .trailing), .init("หน่วยรับตรวจ/เรื่องที่ตรวจสอบ", maxWidth: 46), .init("ระดับความเสี่ยง"),
            .init("ระยะเวลา"), .init("วัน-คน", alignment: .trailing),
        ])
        for (index, entry) in draft.drafted.entries.enumerated() {
            table.append([
                String(index + 1), entry.title, entry.basis.level.label.th, entry.period.thai(in: year),
                String(entry.personDays),
            ])
        }
        demo.show(table.terminal(style: demo.style))
        if let first = draft.drafted.entries.first {
            demo.say("Why \(first.subject) is first: \(first.basis.reasons.joined(separator: "; "))")
        }
        demo.say(
            "\(draft.fill.used) of 220 person-days; deferred: "
                + draft.drafted.deferred.map { "\($0.subject) (\($0.personDays))" }.joined(separator: ", "))

        let approved = try await service.approve(
            year, by: "mayor", on: try CalendarDate.parse("15 ก.ย. 2567"), context: CommandContext(actor: "anan"))
        demo.say(
            """
            sujarit audit plan approve --fy 2568 --by mayor → approved by \(approved.approverName) on \
            \(approved.approvedOn.formatted(.thaiMedium)); from now on only amendments.
            """
        )

        let subject = draft.drafted.entries[0].subject
        try await service.startEngagement(
            year, subject: subject, on: try CalendarDate.parse("4 พ.ย. 2567"), context: CommandContext(actor: "anan"))
        let finding = try await service.recordFinding(
            year, subject: subject,
            FindingDraft(
                title: "แบ่งซื้อวัสดุก่อสร้างเป็นหลายสัญญาในเดือนเดียวกัน",
                criteria: "พ.ร.บ.การจัดซื้อจัดจ้างฯ พ.ศ. 2560 มาตรา 62 ห้ามแบ่งซื้อแบ่งจ้างเพื่อให้วงเงินต่ำกว่าเกณฑ์",
                condition: "สัญญาซื้อวัสดุ 6 ฉบับ รวม 1.2 ล้านบาท กับผู้ขายรายเดียว ภายใน 30 วัน โดยวิธีเฉพาะเจาะจง",
                cause: "ไม่มีแผนการจัดซื้อวัสดุรวมทั้งปี และไม่มีการสอบทานวงเงินสะสมต่อผู้ขาย",
                effect: "เสี่ยงผิดกฎหมาย และหน่วยงานอาจไม่ได้ราคาที่ดีที่สุดจากการแข่งขัน",
                recommendations: [
                    RecommendationDraft(
                        text: "จัดทำแผนจัดซื้อวัสดุรวมทั้งปี และรายงานวงเงินสะสมต่อผู้ขายทุกเดือน",
                        managementResponse: "กองคลังจะจัดทำแผนและรายงานภายในไตรมาส 2", actionOwner: "kittipong",
                        due: try CalendarDate.parse("31 มี.ค. 2568")
                    )
                ],
                on: try CalendarDate.parse("10 ธ.ค. 2567")
            ), context: CommandContext(actor: "anan"))
        try await service.closeEngagement(
            year, subject: subject, on: try CalendarDate.parse("20 ธ.ค. 2567"), context: CommandContext(actor: "anan"))
        demo.say(
            """
            Engagement on \(subject): started 4 พ.ย. 2567, finding \(finding.id) (criteria, condition, cause, \
            effect, recommendation), closed 20 ธ.ค. 2567.
            """
        )
        let before = try await demo.store.lastSequence()
        do {
            try await service.recordFinding(
                year, subject: subject,
                FindingDraft(
                    title: "ข้อตรวจพบเพิ่ม", criteria: "-", condition: "-", cause: "-", effect: "-",
                    recommendations: [
                        RecommendationDraft(
                            text: "-", managementResponse: nil, actionOwner: "nisa",
                            due: try CalendarDate.parse("30 ก.ย. 2568"))
                    ],
                    on: try CalendarDate.parse("21 ธ.ค. 2567")
                ), context: CommandContext(actor: "anan"))
        } catch let error as AuditPlansError {
            let unchanged = try await demo.store.lastSequence() == before
            demo.say("sujarit audit finding add \(subject) … (after the close):")
            demo.say(
                demo.style.paint("✗ \(error.localizedDescription)\(unchanged ? "" : " (but the log changed!)")", .red))
        }

        try await service.recordFollowUp(
            finding.id.description, status: .inProgress, on: try CalendarDate.parse("1 ก.พ. 2568"),
            note: "ร่างแผนจัดซื้อวัสดุแล้ว รอเสนออนุมัติ", context: CommandContext(actor: "anan"))
        let asOf = try CalendarDate.parse("30 มิ.ย. 2568")
        let status = try await service.status(year, asOf: asOf)
        demo.say(
            """
            sujarit audit follow-up \(finding.id) --status in-progress --on \"1 ก.พ. 2568\"; then sujarit audit \
            status --fy 2568 --as-of \"30 มิ.ย. 2568\":
            """
        )
        var register = Table(columns: [
            .init("ข้อเสนอแนะ"), .init("ผู้รับผิดชอบ"), .init("กำหนด"), .init("สถานะ"), .init("ติดตามล่าสุด"),
        ])
        let directory = try await AgencyDirectory.load(from: demo.store)
        for item in status.followUps {
            let state =
                item.isOverdue(asOf: asOf)
                ? demo.style.paint("\(item.status.label.th) — เกินกำหนด \(item.daysOverdue(asOf: asOf)) วัน", .red)
                : item.status.label.th
            register.append([
                item.ref.description,
                directory.member(item.recommendation.actionOwner)?.name ?? item.recommendation.actionOwner,
                item.recommendation.due.formatted(.thaiMedium), state,
                item.lastRound.map { "ครั้งที่ \($0.round) \($0.on.formatted(.thaiMedium))" } ?? "-",
            ])
        }
        demo.show(register.terminal(style: demo.style))
        demo.say(
            """
            Engagements: \(status.entryCount(.closed)) closed, \(status.entryCount(.planned)) planned, \
            \(status.entries.filter(\.isBehind).count) behind their period on \(asOf.formatted(.thaiMedium)).
            """
        )

        let html = demo.folder.appendingPathComponent("audit-plan-2568.html")
        let document = AuditDocuments.plan(
            try await service.plan(year), agency: try await AuditInput.agencyName(demo.store), directory: directory)
        let theme = try await ReportTheme.load(try ReportOptions.reportsFolder(nil))
        let page = try ReportRenderer(theme: theme).render(document, as: .html)
        try OutputFile(html.path, store: nil, force: false, overwritesOwnFile: true).write(page)
        demo.say("Wrote \(html.path) (A4, Thai columns; sujarit audit plan export --fy 2568 --format html).")
    }
}
