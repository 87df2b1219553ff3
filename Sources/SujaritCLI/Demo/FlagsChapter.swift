import Agency
import Oversight
import Presentation
import Sujarit

/// Red flags over the imported procurement, set beside the declarations and the gift log: the run, the list,
/// the conflict-of-interest and gift hits explained (with names for the auditor, without for a clerk), a
/// second run that adds nothing, a dismissal, and the escalation to the risk register and the audit universe.
struct FlagsChapter: DemoChapter {
    let title = "ข้อสังเกตการจัดซื้อจัดจ้าง — Red flags, cross-checked with declarations and gifts"

    func run(in demo: DemoContext) async throws {
        let directory = try await DemoDirectory.ensure(demo)
        let settings = try RedFlagSettings.load(try DemoFiles.path("Registers/red-flags.yaml"))
        let service = RedFlagService(store: demo.store)
        let summary = try await service.run(
            settings: settings, source: StoreProjectSource(store: demo.store), context: CommandContext(actor: "anan"))
        let counts = Indicator.allCases.compactMap { indicator in
            summary.raisedByIndicator[indicator].map { "\(indicator.rawValue) \($0)" }
        }
        demo.say(
            """
            sujarit flags run → \(summary.projects) projects, \(summary.raised.count) flags \
            (Registers/red-flags.yaml v\(summary.configurationVersion)):
            """
        )
        demo.say("  " + counts.joined(separator: " · "))

        let flags = try await RedFlagQueries.list(demo.store, filter: RedFlagFilter(fiscalYear: FiscalYear(be: 2568)))
        demo.say("sujarit flags list --fy 2568")
        demo.show(FlagsTables.list(flags).terminal(style: demo.style))

        let anan = ModuleCatalog.access(for: "anan", in: directory)
        let clerk = ModuleCatalog.access(for: "kittipong", in: directory)
        for indicator in [Indicator.coiCommittee, .coiDepartment, .giftFromSupplier] {
            guard let summary = flags.first(where: { $0.indicator == indicator }) else { continue }
            let flag = try await service.flag(summary.id)
            let explanation = anan.explain(flag, directory: directory).explanation
            demo.say("sujarit flags explain \(flag.id) --as anan   (\(indicator.label.th))")
            demo.show("  " + explanation.finding.th)
            demo.show("  " + explanation.finding.en)
            if let cutOff = explanation.cutOff { demo.show("  " + cutOff.th) }
        }
        if let summary = flags.first(where: { $0.indicator == .coiCommittee }) {
            let redacted = clerk.explain(try await service.flag(summary.id), directory: directory).explanation
            demo.say("The same flag --as kittipong (no names for staff who do not review personal data):")
            demo.show("  " + redacted.finding.th)
        }
        if let split = flags.first(where: { $0.indicator == .splitWindow }) {
            let explanation = clerk.explain(try await service.flag(split.id), directory: directory).explanation
            demo.say("sujarit flags explain \(split.id)   (\(split.indicator.label.th))")
            demo.show("  " + explanation.finding.th)
            if let cutOff = explanation.cutOff { demo.show("  " + cutOff.th) }
        }

        let again = try await service.run(
            settings: settings, source: StoreProjectSource(store: demo.store), context: CommandContext(actor: "anan"))
        demo.say("sujarit flags run (again) → \(again.raised.count) new, \(again.unchanged) already recorded.")

        if let price = flags.first(where: {
            $0.indicator == .priceNearReference && $0.supplier?.contains("คลีนนิ่ง") == true
        })
            ?? flags.first(where: { $0.indicator == .priceNearReference })
        {
            let reason = "ราคากลางคำนวณจากอัตราค่าจ้างขั้นต่ำ ผู้เสนอราคา 4 ราย ตรวจแล้วไม่พบความผิดปกติ"
            try await service.dismiss(price.id, reason: reason, context: CommandContext(actor: "anan"))
            demo.say("sujarit flags dismiss \(price.id) --reason \"\(reason)\" --as anan")
        }
        if let coi = flags.first(where: { $0.indicator == .coiCommittee }) {
            let (_, risk) = try await service.escalateToRisk(
                coi.id, department: coi.unit ?? "ENG", owner: "palad", context: CommandContext(actor: "anan"))
            let (_, subject) = try await service.escalateToAudit(
                coi.id, subjectID: nil, department: coi.unit ?? "ENG", riskLevel: .high,
                context: CommandContext(actor: "anan"))
            demo.say(
                """
                sujarit flags escalate \(coi.id) --to-risk --department ENG --owner palad --as anan → \(risk) (no \
                names in the register's text)
                """
            )
            demo.say(
                """
                sujarit flags escalate \(coi.id) --to-audit --department ENG --risk-level high --as anan → audit \
                subject \(subject) for next year's plan
                """
            )
        }
        let triaged = try await RedFlagQueries.list(demo.store, filter: RedFlagFilter(fiscalYear: FiscalYear(be: 2568)))
        let open = triaged.filter { $0.status == .open }.count
        demo.say(
            """
            Now \(open) open, \(triaged.filter { $0.status == .escalated }.count) escalated, \
            \(triaged.filter { $0.status == .dismissed }.count) dismissed (sujarit flags list --status open).
            """
        )
    }
}
