import Agency
import AuditPlans
import Foundation
import Oversight
import Presentation
import Reporting
import Sujarit

/// The internal audit unit's year: the charter approved by the mayor, the universe ranked into a FY2568 plan
/// of 220 person-days, the mayor's approval, an engagement with its scope, program, working paper, time,
/// sample and a finding, the report held back until management responded, a refused finding on the closed
/// engagement, a follow-up round, the follow-up register on 30 June 2568 with the overdue action, and the
/// year's quality self-assessment.
struct AuditChapter: DemoChapter {
    let title = "แผนการตรวจสอบภายใน — Internal audit: risk-based plan, findings and follow-up"

    func run(in demo: DemoContext) async throws {
        if try await AgencyDirectory.load(from: demo.store).staff.isEmpty {
            try await DirectoryService(store: demo.store).load(
                try DirectoryFile.load(DemoFiles.path("Registers/examples/takbai/agency.yaml")),
                context: CommandContext(actor: demo.actor))
        }
        let service = AuditInput.service(demo.store)
        try await AuditWorkDemo.charter(service, demo: demo)
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
        let engagement = EngagementRef(fiscalYear: year, subject: subject)
        try await AuditWorkDemo.fieldwork(service, engagement: engagement, demo: demo)
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
        try await AuditWorkDemo.responses(service, engagement: engagement, finding: finding.id, demo: demo)
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
            "\(finding.id).1", status: .inProgress, on: try CalendarDate.parse("1 ก.พ. 2568"),
            note: "ร่างแผนจัดซื้อวัสดุแล้ว รอเสนออนุมัติ", context: CommandContext(actor: "anan"))
        let asOf = try CalendarDate.parse("30 มิ.ย. 2568")
        let status = try await service.status(year, asOf: asOf)
        demo.say(
            """
            sujarit audit follow-up \(finding.id).1 --status in-progress --on \"1 ก.พ. 2568\"; then sujarit audit \
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
        try await AuditWorkDemo.quality(service, year: year, demo: demo)
    }
}

/// The chapter's issue-20 scenes: the charter, an engagement's fieldwork, management's responses before the
/// report, and the quality self-assessment. Each acts on the day it happened (`today` of its context), so the
/// rules judge it as they would have then.
private enum AuditWorkDemo {
    /// The auditor's context on `day`.
    static func on(_ day: String) throws -> CommandContext {
        CommandContext(actor: "anan", today: try CalendarDate.parse(day))
    }

    /// The charter drafted from Reports/audit-charter.yaml, approved by the mayor, reviewed a year on, and a
    /// second approval refused.
    static func charter(_ service: AuditPlanService, demo: DemoContext) async throws {
        let file = "Reports/audit-charter.yaml"
        let drafted = try await service.draftCharter(
            from: try DemoFiles.path(file), on: try CalendarDate.parse("1 ก.ย. 2567"), context: try on("1 ก.ย. 2567"))
        let approved = try await service.approveCharter(
            by: "mayor", on: try CalendarDate.parse("10 ก.ย. 2567"), context: try on("10 ก.ย. 2567"))
        demo.say(
            """
            sujarit audit charter draft; sujarit audit charter approve --by mayor → กฎบัตรการตรวจสอบภายใน ฉบับที่ \
            \(drafted.version) approved by \(approved.approverName) on \(approved.approvedOn.formatted(.thaiMedium)); \
            review due \(approved.nextReviewOn.formatted(.thaiMedium)).
            """)
        do {
            try await service.approveCharter(by: "mayor", context: try on("11 ก.ย. 2567"))
        } catch let error as AuditPlansError {
            demo.say(demo.style.paint("✗ sujarit audit charter approve (again): \(error.localizedDescription)", .red))
        }
        let reviewed = try await service.reviewCharter(
            by: "mayor", on: try CalendarDate.parse("5 ก.ย. 2568"), note: "ทบทวนประจำปี ไม่มีการเปลี่ยนแปลง",
            context: try on("5 ก.ย. 2568"))
        demo.say(
            """
            sujarit audit charter review --by mayor --on "5 ก.ย. 2568" → unchanged; next review \
            \(reviewed.nextReviewOn.formatted(.thaiMedium)).
            """)
    }

    /// Objectives and scope, a two-step program, a working paper attached by hash, a monetary-unit sample of
    /// the imported procurement, a step done and the time spent.
    static func fieldwork(_ service: AuditPlanService, engagement: EngagementRef, demo: DemoContext) async throws {
        let start = try on("4 พ.ย. 2567")
        try await service.scope(
            engagement, objectives: ["เพื่อสอบทานว่าการจัดซื้อจัดจ้างเป็นไปตามระเบียบและไม่แบ่งซื้อแบ่งจ้าง"],
            scope: "การจัดซื้อจัดจ้างวิธีเฉพาะเจาะจง ปีงบประมาณ พ.ศ. 2567",
            criteria: ["พ.ร.บ.การจัดซื้อจัดจ้างฯ พ.ศ. 2560 มาตรา 62", "ระเบียบกระทรวงการคลังฯ พ.ศ. 2560 ข้อ 79"],
            context: start)
        try await service.addStep(
            engagement, procedure: "สุ่มโครงการวิธีเฉพาะเจาะจงตามหน่วยเงิน และเทียบกับใบตรวจรับ", assignedTo: "anan",
            context: start)
        try await service.addStep(
            engagement, procedure: "รวมวงเงินสะสมต่อผู้ขายรายเดือน หาการแบ่งซื้อ", assignedTo: "anan", context: start)
        let sampling = AuditSampling(store: service.store)
        let sample = try await sampling.drawFromProcurement(
            for: engagement, filter: ProcurementPopulationFilter(method: .specific), method: .mus, size: 5,
            seed: 2568, context: try on("8 พ.ย. 2567"))
        demo.say(
            """
            sujarit audit engagement scope/step …; a monetary-unit sample of the imported specific-method \
            projects, seed 2568: \(sample.event.items.count) of \(sample.event.populationSize) projects \
            (\(sample.event.sampledTotal) of \(sample.event.populationTotal) บาท).
            """)
        let paper = demo.folder.appendingPathComponent("wp1-sample.csv")
        let rows = sample.event.items.map { "\($0.id),\($0.amount.decimalString)" }
        try OutputFile(paper.path, store: nil, force: false, overwritesOwnFile: true)
            .write((["project,amount"] + rows).joined(separator: "\n") + "\n")
        let attached = try await service.attachWorkingPaper(
            engagement, file: try AuditWorkingPaperFile.fingerprint(paper.path), title: "รายการโครงการที่สุ่มได้",
            step: 1, context: try on("8 พ.ย. 2567"))
        try await service.performStep(
            engagement, step: 1, by: ["anan"], note: "เทียบครบทุกโครงการที่สุ่มได้", context: try on("25 พ.ย. 2567"))
        try await service.recordTime(
            engagement, auditor: "anan", personDays: 12, note: "ตรวจเอกสารสัญญาและใบตรวจรับ",
            context: try on("6 ธ.ค. 2567"))
        demo.say(
            """
            sujarit audit engagement paper … → \(attached.reference) \(attached.sha256.prefix(16))… (hash only, the \
            file stays in the audit unit's folder); step 1 done; 12 person-days recorded.
            """)
    }

    /// The report held back while a recommendation has no response; a response, an added recommendation
    /// with "no response received by DAY", and then the report may go.
    static func responses(
        _ service: AuditPlanService, engagement: EngagementRef, finding: FindingID, demo: DemoContext
    ) async throws {
        try await service.respond(
            "\(finding).1", position: .agree, actionPlan: "กองคลังจะจัดทำแผนจัดซื้อวัสดุรวมทั้งปีและรายงานทุกเดือน",
            owner: "kittipong", due: try CalendarDate.parse("31 มี.ค. 2568"), context: try on("12 ธ.ค. 2567"))
        let added = try await service.addRecommendation(
            to: finding, text: "ให้คณะกรรมการตรวจรับพัสดุตรวจสอบวงเงินสะสมก่อนลงนาม", owner: "kittipong",
            due: try CalendarDate.parse("30 มิ.ย. 2568"), context: try on("13 ธ.ค. 2567"))
        do {
            try await service.requireResponses(for: engagement)
        } catch let error as AuditPlansError {
            demo.say(demo.style.paint("✗ report before every response: \(error.localizedDescription)", .red))
        }
        try await service.recordNoResponse(
            added.ref.description, by: try CalendarDate.parse("19 ธ.ค. 2567"), note: "บันทึกขอคำชี้แจง ลว. 13 ธ.ค. 2567",
            context: try on("19 ธ.ค. 2567"))
        try await service.requireResponses(for: engagement)
        demo.say(
            """
            sujarit audit response add \(finding).1 --position agree …; \(added.ref) added, then sujarit audit \
            response none \(added.ref) --by "19 ธ.ค. 2567" → every recommendation answered: the report may be issued.
            """)
    }

    /// The year's self-assessment against Registers/audit-quality.yaml.
    static func quality(_ service: AuditPlanService, year: FiscalYear, demo: DemoContext) async throws {
        let assessed = try await service.assessQuality(
            year, checklistPath: try DemoFiles.path(QualityChecklist.defaultPath),
            ratings: ["1", "2", "4", "5", "6", "7", "8", "9"].map { ($0, QualityRating.met) } + [("3", .partly)],
            assessors: ["anan"], improvements: "จัดทำแผนพัฒนาผู้ตรวจสอบรายบุคคล",
            on: try CalendarDate.parse("30 ก.ย. 2568"), context: try on("30 ก.ย. 2568"))
        demo.say(
            """
            sujarit audit quality assess --fy 2568 … → \(assessed.count(.met)) met, \(assessed.count(.partly)) \
            partly, \(assessed.count(.notMet)) not met (checklist v\(assessed.checklistVersion), MoF standards 1311).
            """)
    }
}
