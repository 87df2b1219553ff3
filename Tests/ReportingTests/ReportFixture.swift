import Agency
import AuditPlans
import Declarations
import EventStore
import Foundation
import GiftLog
import ITA
import Oversight
import RiskRegister
import Sujarit
@testable import Reporting
import TestSupport

/// A clock the tests move, so events are recorded on chosen days.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ day: CalendarDate, hour: Int = 10) { current = day.startOfDay.addingTimeInterval(Double(hour) * 3600) }

    var now: Date { lock.withLock { current } }
    func set(_ day: CalendarDate, hour: Int = 10) {
        lock.withLock { current = day.startOfDay.addingTimeInterval(Double(hour) * 3600) }
    }
}

/// A store holding the example agency's FY2568 year (เทศบาลเมืองตากใบ): directory, risk register with
/// inherent scores and the six-month progress, gifts, declarations, an audit finding with a follow-up round,
/// and the seed's ITA result, recorded on `loadedOn`.
struct ReportFixture {
    let store: SQLiteEventStore
    let clock: TestClock
    /// The store's folder, removed when the fixture goes.
    let folder: TemporaryFolder

    static let projections: [any Projection] = [
        StoreProfileProjection(), DirectoryProjection(), RiskRegisterProjection(), DeclarationsProjection(),
        GiftLogProjection(), AuditPlansProjection(), ITAProjection(), RedFlagsProjection(),
    ]

    /// The day everything is recorded: after the year, so no example date is in the future.
    static let loadedOn = try! CalendarDate(year: 2025, month: 10, day: 15)

    static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }

    static func path(_ relative: String) -> String { packageRoot.appendingPathComponent(relative).path }

    static func day(_ text: String) -> CalendarDate { try! CalendarDate.parse(text) }

    static func make(ita: Bool = true, audit: Bool = true) async throws -> ReportFixture {
        let clock = TestClock(loadedOn)
        let folder = try TemporaryFolder("sujarit-report")
        let store = try SQLiteEventStore.create(
            at: folder.appendingPathComponent("store.db").path, projections: projections, clock: { clock.now })
        let fixture = ReportFixture(store: store, clock: clock, folder: folder)
        try await AgencyProfile.initialize(
            store, agencyName: "เทศบาลเมืองตากใบ", departmentID: "6960102", sujaritVersion: "test",
            context: fixture.context)
        try await DirectoryService(store: store).load(
            try DirectoryFile.load(path("Registers/examples/takbai/agency.yaml")), context: fixture.context)
        try await fixture.loadRisks()
        _ = try await GiftLogService(store: store).importFile(
            try GiftLogFile.load(path("Registers/examples/takbai/gifts-2568.yaml")), context: fixture.context)
        _ = try await DeclarationService(store: store).importFile(
            try DeclarationsFile.load(path("Registers/examples/takbai/declarations-2568.yaml")),
            context: fixture.context)
        if audit { try await fixture.loadAudit() }
        if ita {
            try await ITAService(store: store).record(
                try ITAResultFile.load(path("Registers/examples/takbai/ita-2566.yaml")),
                framework: try ITAFramework.load(path("Registers/ita/fy2566.yaml")), replace: false,
                context: CommandContext(actor: "anan", now: clock.now)
            )
        }
        return fixture
    }

    var context: CommandContext { CommandContext(actor: "test", now: clock.now) }

    /// The FY2568 register with the committee's inherent levels (the demo's medians) and the 6-month progress.
    func loadRisks() async throws {
        let service = RiskService(store: store)
        _ = try await service.configure(registers: Self.path("Registers"), context: context)
        _ = try await service.importFile(
            Self.path("Registers/examples/takbai/risks-2568.yaml"), dryRun: false, context: context)
        let inherent: [(Int, Int, Int)] = [
            (1, 4, 4), (2, 3, 4), (3, 3, 3), (4, 3, 4), (5, 3, 2), (6, 2, 3), (7, 2, 3), (8, 3, 3),
        ]
        _ = try await service.perform(context) { ledger, _, decision in
            for (number, l, i) in inherent {
                try ledger.assess(
                    RiskID(fiscalYear: FiscalYear(be: 2568), number: number), kind: .inherent, likelihood: l, impact: i,
                    note: nil, into: &decision)
            }
        }
        try await report([
            ("M-2568-001", .sixMonths, "2025-03-31", .done, "เผยแพร่สรุปผลรายเดือนครบ ๖ เดือน", nil),
            ("M-2568-002", .sixMonths, "2025-03-31", .inProgress, "ลงนาม 14 จาก 15 โครงการ", "อบรมเลื่อนไปเดือนพฤษภาคม"),
            ("M-2568-003", .sixMonths, "2025-03-31", .inProgress, "ปรับปรุงคู่มือสำหรับประชาชนแล้ว", nil),
            ("M-2568-005", .sixMonths, "2025-03-31", .notStarted, nil, "รอความเห็นของนิติกร"),
        ])
    }

    /// Records progress updates: (measure, round, as-of, status, result, problems).
    func report(_ updates: [(String, ReportingRound, String, MeasureStatus, String?, String?)]) async throws {
        _ = try await RiskService(store: store).perform(context) { ledger, _, decision in
            for (id, round, asOf, status, result, problems) in updates {
                try ledger.report(
                    MeasureProgressReported(
                        measure: try MeasureID(parsing: id), round: round, asOf: Self.day(asOf), status: status,
                        result: result,
                        problems: problems, evidence: []
                    ), into: &decision)
            }
        }
    }

    /// The audit chapter of the demo in short: a plan, one finding due 31 Mar 2568, one follow-up round.
    func loadAudit() async throws {
        let service = AuditPlanService(store: store)
        _ = try await service.loadUniverse(
            Self.path("Registers/examples/takbai/audit-universe.yaml"),
            context: CommandContext(actor: "anan", now: clock.now))
        let year = FiscalYear(be: 2568)
        let draft = try await service.draft(year, capacity: 220, context: CommandContext(actor: "anan", now: clock.now))
        _ = try await service.approve(
            year, by: "mayor", on: Self.day("15 ก.ย. 2567"), context: CommandContext(actor: "anan", now: clock.now))
        let subject = draft.drafted.entries[0].subject
        _ = try await service.startEngagement(
            year, subject: subject, on: Self.day("4 พ.ย. 2567"), context: CommandContext(actor: "anan", now: clock.now))
        let finding = try await service.recordFinding(
            year, subject: subject,
            FindingDraft(
                title: "แบ่งซื้อวัสดุก่อสร้างเป็นหลายสัญญาในเดือนเดียวกัน", criteria: "มาตรา 62",
                condition: "สัญญา 6 ฉบับกับผู้ขายรายเดียวใน 30 วัน",
                cause: "ไม่มีแผนการจัดซื้อวัสดุรวม", effect: "เสี่ยงผิดกฎหมาย",
                recommendations: [
                    RecommendationDraft(
                        text: "จัดทำแผนจัดซื้อวัสดุรวมทั้งปี", managementResponse: "กองคลังจะจัดทำภายในไตรมาส 2",
                        actionOwner: "kittipong", due: Self.day("31 มี.ค. 2568"))
                ],
                on: Self.day("10 ธ.ค. 2567")
            ), context: CommandContext(actor: "anan", now: clock.now))
        _ = try await service.closeEngagement(
            year, subject: subject, on: Self.day("20 ธ.ค. 2567"), context: CommandContext(actor: "anan", now: clock.now)
        )
        try await service.recordFollowUp(
            finding.id.description, status: .inProgress, on: Self.day("1 ก.พ. 2568"), note: "ร่างแผนแล้ว รอเสนออนุมัติ",
            context: CommandContext(actor: "anan", now: clock.now))
    }

    /// Sources for FY2568's `round` as of `asOf` (nil: live), with "now" on the clock.
    func sources(_ round: ReportingRound?, asOf: CalendarDate? = nil, year: Int = 2568) async throws -> ReportSources {
        try await ReportSources.open(
            store, fiscalYear: FiscalYear(be: year), round: round, asOf: asOf, projections: Self.projections,
            now: clock.now)
    }

    /// The theme of the repository's Reports folder.
    static func theme() async throws -> ReportTheme { try await ReportTheme.load(path("Reports")) }
}
