import Agency
import AuditPlans
import EventStore
import Foundation
import Oversight
import Sujarit
import Testing

/// Open red flags feed the ranking of the audit universe.
@Suite("red flags and risks as audit-planning signals")
struct AuditRiskSignalsTests {
    @Test(
        "A subject counts the flags escalated to it and the open flags on its department; dismissed ones do not count")
    func flagsCount() async throws {
        let fixture = try await FlagsFixture()
        _ = try await fixture.run()
        let open = try await RedFlagQueries.list(fixture.store, filter: RedFlagFilter(status: .open))
        let onEngineering = open.filter { $0.unit == "ENG" }
        try #require(
            onEngineering.count >= 2,
            "the fixture raises flags on กองช่าง's purchases: \(open.map { "\($0.id) \($0.unit ?? "-")" })")

        // One ENG flag becomes its own audit subject, another is dismissed.
        let escalated = onEngineering[0].id, dismissed = onEngineering[1].id
        let (_, subjectID) = try await fixture.service.escalateToAudit(
            escalated, subjectID: nil, department: nil, riskLevel: nil, context: CommandContext(actor: "pimchanok"))
        _ = try await fixture.service.dismiss(
            dismissed, reason: "ราคาตามท้องตลาด", context: CommandContext(actor: "pimchanok"))
        let engineering = AuditSubject(
            id: "ENG-WORKS", kind: .procurement, title: "งานจัดซื้อจัดจ้างกองช่าง", department: "ENG", personDays: 20)
        let quiet = AuditSubject(id: "HR-PAY", kind: .procurement, title: "เงินเดือน", department: "HR", personDays: 10)
        let subjects =
            try await AuditPlanService(store: fixture.store).universe().map(\.subject) + [engineering, quiet]

        let signals = try await AgencyAuditRiskSource(store: fixture.store).signals(
            for: subjects, fiscalYear: FiscalYear(be: 2568))
        let bySubject = Dictionary(uniqueKeysWithValues: signals.map { ($0.subjectID, $0) })

        let stillOpen = onEngineering.count - 2
        try #require(stillOpen > 0)
        // The subject the flag became is in กองช่าง too: its own flag plus the department's open ones.
        let flagSubject = try #require(bySubject[subjectID])
        #expect(flagSubject.openRedFlags == 1 + stillOpen)
        #expect(flagSubject.evidence.contains { $0.hasPrefix(escalated.description) })

        #expect(
            bySubject["ENG-WORKS"]?.openRedFlags == stillOpen,
            "open ENG flags, minus the escalated and the dismissed one")
        #expect(!(bySubject["ENG-WORKS"]?.evidence ?? []).contains { $0.hasPrefix(escalated.description) })
        #expect(!(bySubject["ENG-WORKS"]?.evidence ?? []).contains { $0.hasPrefix(dismissed.description) })
        #expect(bySubject["HR-PAY"] == nil, "nothing is said of a subject with no risk and no flag")
    }
}
