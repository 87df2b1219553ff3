import Agency
import AuditPlans
import Declarations
import EventStore
import Foundation
import GiftLog
@testable import Oversight
import Procurement
import RiskRegister
import Sujarit
import Testing
import TestSupport

/// A store with the example agency, its declarations and gift log, and a configured risk register.
struct FlagsFixture {
    let store: any EventStore
    let service: RedFlagService
    /// The store's folder, removed when the fixture goes.
    let folder: TemporaryFolder

    static var registers: URL { SettingsAndEngineTests.root.appendingPathComponent("Registers") }

    init() async throws {
        folder = try TemporaryFolder("sujarit-flags-tests")
        store = try SQLiteEventStore.create(
            at: folder.appendingPathComponent("s.db").path,
            projections: [
                StoreProfileProjection(), DirectoryProjection(), DeclarationsProjection(), GiftLogProjection(),
                RiskRegisterProjection(), AuditPlansProjection(), RedFlagsProjection(),
            ])
        let examples = Self.registers.appendingPathComponent("examples/takbai")
        try await DirectoryService(store: store).load(
            try DirectoryFile.load(examples.appendingPathComponent("agency.yaml").path),
            context: CommandContext(actor: "admin"))
        _ = try await DeclarationService(store: store).importFile(
            try DeclarationsFile.load(examples.appendingPathComponent("declarations-2568.yaml").path),
            context: CommandContext(actor: "admin"))
        _ = try await GiftLogService(store: store).importFile(
            try GiftLogFile.load(examples.appendingPathComponent("gifts-2568.yaml").path),
            context: CommandContext(actor: "admin"))
        _ = try await RiskService(store: store).configure(
            registers: Self.registers.path, context: CommandContext(actor: "admin"))
        service = RedFlagService(store: store)
    }

    /// The road project (won by the partnership rusdee declared), and two กองช่าง purchases from one shop.
    static var projects: [ProcurementProject] {
        let shop = Build.taxID(60_000_001)
        return [
            IntegrityTests.road(),
            Build.project(
                40, departmentName: "กองช่าง", agreed: 300_000, winner: "ร้านวัสดุก่อสร้างตากใบ", tax: shop,
                awarded: "2025-06-02"),
            Build.project(
                41, departmentName: "กองช่าง", agreed: 250_000, winner: "ร้านวัสดุก่อสร้างตากใบ", tax: shop,
                awarded: "2025-07-15"),
        ]
    }

    func run(_ projects: [ProcurementProject] = Self.projects) async throws -> RedFlagService.RunSummary {
        try await service.run(
            settings: RedFlagSettings(), source: ProjectList(projects), context: CommandContext(actor: "anan"))
    }

    func flagID(_ indicator: Indicator) async throws -> FlagID {
        try #require(try await RedFlagQueries.list(store, filter: RedFlagFilter(indicator: indicator)).first).id
    }
}

@Suite("flags run and triage against a real store")
struct ServiceTests {
    @Test("A run raises the cross-check flags; a second run adds nothing; a grown split is revised, not raised again")
    func runTwiceAndRevise() async throws {
        let fixture = try await FlagsFixture()
        let first = try await fixture.run()
        #expect(first.raised.count == first.found)
        for indicator in [Indicator.coiCommittee, .giftFromSupplier, .undeclaredMember, .splitWindow] {
            #expect(first.raisedByIndicator[indicator] != nil, "\(indicator)")
        }
        #expect(first.raisedByIndicator[.undeclaredMember] == 2)
        #expect(first.raised.allSatisfy { $0.fiscalYear == FiscalYear(be: 2568) })
        #expect(first.raised.map(\.number) == Array(1...first.raised.count))

        let events = try await fixture.store.lastSequence()
        let second = try await fixture.run()
        #expect(second.raised.isEmpty && second.revised.isEmpty)
        #expect(second.unchanged == first.found)
        #expect(try await fixture.store.lastSequence() == events)

        var grown = FlagsFixture.projects
        grown.append(
            Build.project(
                42, departmentName: "กองช่าง", agreed: 90_000, winner: "ร้านวัสดุก่อสร้างตากใบ", tax: Build.taxID(60_000_001),
                awarded: "2025-08-01"))
        let third = try await fixture.run(grown)
        let split = try await fixture.flagID(.splitWindow)
        #expect(third.revised == [split])
        let flag = try await fixture.service.flag(split)
        #expect(flag.revisions == 1)
        #expect(flag.evidence.projects.count == 3)
        let row = try #require(
            try await RedFlagQueries.list(fixture.store, filter: RedFlagFilter(indicator: .splitWindow)).first)
        #expect(row.revisions == 1 && row.projectCount == 3)
    }

    @Test("Dismissal needs the auditor or legal officer and a reason; refusals leave the log as it was")
    func dismiss() async throws {
        let fixture = try await FlagsFixture()
        _ = try await fixture.run()
        let id = try await fixture.flagID(.splitWindow)
        let before = try await fixture.store.lastSequence()
        await #expect(throws: OversightError.notTriager("kittipong")) {
            try await fixture.service.dismiss(id, reason: "ซื้อคนละงาน", context: CommandContext(actor: "kittipong"))
        }
        await #expect(throws: OversightError.reasonMissing) {
            try await fixture.service.dismiss(id, reason: "  ", context: CommandContext(actor: "anan"))
        }
        await #expect(throws: OversightError.unknownFlag(FlagID(fiscalYear: FiscalYear(be: 2568), number: 999))) {
            try await fixture.service.dismiss(
                FlagID(fiscalYear: FiscalYear(be: 2568), number: 999), reason: "x",
                context: CommandContext(actor: "anan"))
        }
        #expect(try await fixture.store.lastSequence() == before)
        let dismissed = try await fixture.service.dismiss(
            id, reason: "ซื้อวัสดุคนละงาน มีใบขอซื้อแยกกัน", context: CommandContext(actor: "anan"))
        #expect(dismissed.status == .dismissed)
        #expect(
            try await RedFlagQueries.list(fixture.store, filter: RedFlagFilter(status: .dismissed)).map(\.id) == [id])
        await #expect(throws: OversightError.self) {
            try await fixture.service.escalateToRisk(
                id, department: nil, owner: nil, context: CommandContext(actor: "anan"))
        }
        // A later run keeps the decision.
        _ = try await fixture.run()
        #expect(try await fixture.service.flag(id).status == .dismissed)
    }

    @Test(
        """
        Escalating to the risk register enters a linked risk and the link in one append; to the audit universe, a \
        subject
        """
    )
    func escalate() async throws {
        let fixture = try await FlagsFixture()
        _ = try await fixture.run()
        let id = try await fixture.flagID(.coiCommittee)
        let (flag, risk) = try await fixture.service.escalateToRisk(
            id, department: nil, owner: "surachai", context: CommandContext(actor: "anan"))
        #expect(flag.status == .escalated)
        #expect(flag.riskID == risk.description)
        let ledger = try await RiskService(store: fixture.store).ledger()
        let entered = try #require(ledger.risks[risk])
        #expect(entered.identified.department == "ENG")
        #expect(entered.identified.category == "procurement")
        #expect(entered.identified.event.contains(id.description))
        // The risk register is read by more people than may see names: no one's name in its texts.
        #expect(!entered.identified.causes.joined().contains("รุสดี"))
        #expect(!entered.identified.causes.joined().contains("rusdee"))
        await #expect(throws: OversightError.alreadyEscalated(id, target: .risk, reference: risk.description)) {
            try await fixture.service.escalateToRisk(
                id, department: nil, owner: nil, context: CommandContext(actor: "anan"))
        }

        let (audited, subject) = try await fixture.service.escalateToAudit(
            id, subjectID: nil, department: nil, riskLevel: .high, context: CommandContext(actor: "pimchanok"))
        #expect(subject == id.description)
        #expect(audited.auditSubject == subject)
        let universe = try await AuditPlanService(store: fixture.store).universe()
        let recorded = try #require(universe.first { $0.id == subject })
        #expect(recorded.subject.risks == [risk.description])
        #expect(recorded.subject.kind == .procurement)
        let row = try #require(
            try await RedFlagQueries.list(fixture.store, filter: RedFlagFilter(status: .escalated)).first)
        #expect(row.riskID == risk.description && row.auditSubject == subject)
    }

    @Test("A flag whose buyer is not one department needs --department to become a risk")
    func escalateNeedsDepartment() async throws {
        let fixture = try await FlagsFixture()
        let elsewhere = Build.project(
            70, department: "1234567", method: .eBidding, agreed: 990_000, reference: 1_000_000)
        _ = try await fixture.run([elsewhere])
        let id = try await fixture.flagID(.priceNearReference)
        await #expect(throws: OversightError.departmentNeeded(id)) {
            try await fixture.service.escalateToRisk(
                id, department: nil, owner: nil, context: CommandContext(actor: "anan"))
        }
        await #expect(
            throws: OversightError.unknownDepartment("XYZ", known: ["AUDIT", "CLERK", "EDU", "ENG", "FIN", "HEALTH"])
        ) {
            try await fixture.service.escalateToRisk(
                id, department: "XYZ", owner: nil, context: CommandContext(actor: "anan"))
        }
        let (_, risk) = try await fixture.service.escalateToRisk(
            id, department: "FIN", owner: nil, context: CommandContext(actor: "anan"))
        #expect(try await RiskService(store: fixture.store).ledger().risks[risk]?.identified.department == "FIN")
    }

    @Test("The explanation names rusdee for the auditor and nobody for a clerk, in Thai and English")
    func explanation() async throws {
        let fixture = try await FlagsFixture()
        _ = try await fixture.run()
        let flag = try await fixture.service.flag(try await fixture.flagID(.coiCommittee))
        let directory = try await AgencyDirectory.load(from: fixture.store)
        func explain(_ showNames: Bool) -> FlagExplanation {
            FlagExplanation.make(
                indicator: flag.raised.indicator, fiscalYear: flag.raised.fiscalYear,
                departmentID: flag.raised.departmentID,
                unit: flag.raised.unit, evidence: flag.evidence, directory: directory, showNames: showNames
            )
        }
        let auditor = explain(RedFlagAccess.seesNames(directory.member("anan")))
        #expect(auditor.finding.th.contains("นายรุสดี มามะ"))
        #expect(auditor.finding.th.contains("ญาติ"))
        #expect(auditor.finding.th.contains("รุ่งเรืองการโยธา"))
        #expect(auditor.finding.en.contains("relative"))
        #expect(auditor.finding.en.contains("stood down"))
        #expect(!auditor.redacted)
        let clerk = explain(RedFlagAccess.seesNames(directory.member("kittipong")))
        #expect(clerk.redacted)
        #expect(!clerk.finding.th.contains("รุสดี") && !clerk.finding.en.contains("rusdee"))
        #expect(clerk.finding.th.contains("กรรมการคนหนึ่ง"))

        let gift = try await fixture.service.flag(try await fixture.flagID(.giftFromSupplier))
        let giftText = FlagExplanation.make(
            indicator: gift.raised.indicator, fiscalYear: gift.raised.fiscalYear,
            departmentID: gift.raised.departmentID,
            unit: gift.raised.unit, evidence: gift.evidence, directory: directory, showNames: true
        )
        #expect(giftText.finding.th.contains("นายสุรชัย พรหมทอง"))
        #expect(giftText.finding.th.contains("8,500.00"))
        #expect(giftText.cutOff?.th.contains("180") == true)
    }
}
