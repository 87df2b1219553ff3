import Agency
import AuditPlans
import EventStore
import Foundation
import RiskRegister
import Sujarit

extension RedFlagService {
    /// Escalates a flag to the corruption-risk register: enters a risk (category `procurement`) through the
    /// register's own rules, and records the link, in one append, so there is never a risk without its flag
    /// or a flag pointing at no risk.
    ///
    /// - parameters:
    ///   - department: The department the risk belongs to; by default the one the buyer resolved to.
    ///   - owner: Who answers for the risk.
    /// - returns: The flag as it now stands and the new risk's id.
    public func escalateToRisk(
        _ id: FlagID, department: String?, owner: String?, context: CommandContext
    ) async throws -> (flag: RedFlag, risk: RiskID) {
        try await escalateToRisk(id, fiscalYear: nil, department: department, owner: owner, context: context)
    }

    /// Escalates a flag to the risk register of `fiscalYear`; when nil, the register the committee is
    /// working on (``RiskLedger/workingYear(default:)``), not necessarily the year the flag was raised in.
    public func escalateToRisk(
        _ id: FlagID, fiscalYear: FiscalYear?, department: String?, owner: String?, context: CommandContext
    ) async throws -> (flag: RedFlag, risk: RiskID) {
        var attempt = 1
        while true {
            let directory = try await AgencyDirectory.load(from: store)
            try RedFlagAccess.checkTriager(context.actor, in: directory)
            let current = try await flag(id)
            try current.checkEscalation(to: .risk)
            guard let code = department ?? current.raised.unit else { throw OversightError.departmentNeeded(id) }
            guard directory.department(code) != nil else {
                throw OversightError.unknownDepartment(code, known: directory.departments.map(\.code))
            }
            let texts = RiskTexts(flag: current, directory: directory)
            let year =
                if let fiscalYear { fiscalYear } else {
                    try await RiskLedger.load(from: store).workingYear(default: current.raised.fiscalYear)
                }
            let draft = RiskDraft(
                fiscalYear: year, department: code, process: texts.process, category: "procurement",
                event: texts.event, causes: texts.causes, owner: owner
            )
            // The register decides (and refuses) as for `risk add`; the append is ours, so that the risk and
            // the flag's link go into the log together.
            let (risk, decision) = try await RiskService(store: store).perform(context, dryRun: true) {
                ledger, directory, decision in
                try ledger.identify(draft, directory: directory, into: &decision)
            }
            let escalated = FlagEscalated(
                flagID: id, target: .risk, reference: risk.description, escalatedOn: context.today
            )
            let link = StreamAppend(
                stream: try FlagStreams.flag(id), expectedVersion: .exactly(current.version),
                events: [try ProposedEvent(escalated, occurredAt: context.now, actor: context.actor)]
            )
            do {
                _ = try await store.append(decision.appends + [link])
                return (try await flag(id), risk)
            } catch let error as EventStoreError {
                guard case .versionConflict = error, attempt < 5 else { throw error }
                attempt += 1
            }
        }
    }

    /// Escalates a flag to the internal audit universe: adds a procurement subject (by default named after
    /// the flag, e.g. `RF-2568-0003`) through the audit plans' own rules, then records the link.
    ///
    /// Two appends, since the audit module appends for itself; when the second fails, running the command
    /// again finds the subject already there and only records the link.
    public func escalateToAudit(
        _ id: FlagID, subjectID: String?, department: String?, riskLevel: AuditRiskLevel?, context: CommandContext
    ) async throws -> (flag: RedFlag, subject: String) {
        let directory = try await AgencyDirectory.load(from: store)
        try RedFlagAccess.checkTriager(context.actor, in: directory)
        let current = try await flag(id)
        try current.checkEscalation(to: .audit)
        let subjectID = try AuditSubject.normalizedID(subjectID ?? id.description)
        let code = department ?? current.raised.unit
        if let code, directory.department(code) == nil {
            throw OversightError.unknownDepartment(code, known: directory.departments.map(\.code))
        }
        let texts = RiskTexts(flag: current, directory: directory)
        let subject = AuditSubject(
            id: subjectID, kind: .procurement, title: texts.auditTitle, department: code, riskLevel: riskLevel,
            risks: current.riskID.map { [$0] } ?? [],
            personDays: PersonDayDefaults.standard.personDays(for: .procurement),
            objective: texts.auditObjective, scope: texts.auditScope
        )
        let audit = AuditPlanService(store: store)
        let existing = try await audit.universe().first { $0.id == subjectID }
        if existing == nil {
            try await audit.addSubject(subject, replace: false, context: context)
        }
        let escalated = FlagEscalated(flagID: id, target: .audit, reference: subjectID, escalatedOn: context.today)
        try await store.append(
            [try ProposedEvent(escalated, occurredAt: context.now, actor: context.actor)], to: FlagStreams.flag(id),
            expectedVersion: .exactly(current.version)
        )
        return (try await flag(id), subjectID)
    }
}

/// The wording of the risk and audit subject a flag becomes, without any person's name: the risk register
/// and the audit plan are read by more people than may see a flag's people.
struct RiskTexts {
    let flag: RedFlag
    let directory: AgencyDirectory

    var explanation: FlagExplanation {
        FlagExplanation.make(
            indicator: flag.raised.indicator, fiscalYear: flag.raised.fiscalYear,
            departmentID: flag.raised.departmentID,
            unit: flag.raised.unit, evidence: flag.evidence, directory: directory, showNames: false
        )
    }

    var process: String {
        switch flag.raised.indicator.family {
        case .splitting: "การจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง"
        case .concentration: "การจัดซื้อจัดจ้าง: การคัดเลือกผู้ขายและผู้รับจ้าง"
        case .price: "การกำหนดราคากลางและการตกลงราคา"
        case .process: "การประกาศเชิญชวนและการพิจารณาผลการจัดซื้อจัดจ้าง"
        case .competition: "การเสนอราคาและการแข่งขัน"
        case .integrity:
            flag.raised.indicator == .giftFromSupplier
                ? "การรับทรัพย์สินหรือประโยชน์อื่นใดจากผู้ขาย" : "การแต่งตั้งคณะกรรมการและการแสดงการมีส่วนได้เสีย"
        }
    }

    var event: String { "\(flag.raised.indicator.label.th) (ข้อสังเกต \(flag.id))" }

    var causes: [String] { [explanation.finding.th] }

    var auditTitle: String { "\(flag.raised.indicator.label.th) — ข้อสังเกต \(flag.id)" }

    var auditObjective: String { "ตรวจสอบข้อเท็จจริงตามข้อสังเกต \(flag.id): \(flag.raised.indicator.label.th)" }

    var auditScope: String {
        let ids = flag.evidence.projects.map(\.projectID)
        return "ปีงบประมาณ \(flag.raised.fiscalYear.be); โครงการ " + ids.prefix(10).joined(separator: ", ")
            + (ids.count > 10 ? " …" : "")
    }
}
