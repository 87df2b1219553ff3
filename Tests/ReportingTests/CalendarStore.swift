import Agency
import AuditPlans
import Declarations
import EventStore
import Foundation
import GiftLog
import RiskRegister
import Sujarit
@testable import Reporting
import TestSupport

/// A store built by hand for the compliance calendar's tests: Tak Bai's directory and FY2570 records whose
/// due days are chosen here, so every item the calendar shows on 10 เม.ย. 2570 (2027-04-10) is computed by
/// hand in ``CalendarItemsTests``.
///
/// - Measures: M-2570-001 (ผู้อำนวยการกองคลัง = nisa) due 31 มี.ค. 2570, in progress at six months;
///   M-2570-002 (กองช่าง) due 30 เม.ย. 2570, no update, its title full of `,` `;` `\`; M-2570-003 (หน่วยตรวจสอบภายใน)
///   due 30 ก.ย. 2570, no update; M-2570-004 (anan) due 28 ก.พ. 2570, done on 20 ก.พ.
/// - Gifts: kittipong 5,000 from a firm with business, 1 มี.ค. 2570, never reported (due 31 มี.ค.); surachai
///   5,000 from a person, 5 เม.ย. 2570 (due 5 พ.ค.); fatimah 800 (within the limit); nisa 4,000 reported in time.
/// - Annual declarations for FY2570 (rules: the auditor, the legal officer, ผู้อำนวยการกองคลัง): anan declared;
///   pimchanok and nisa did not (due 31 ต.ค. 2569).
/// - Audit: an approved plan of three entries (Q1 closed, Q2 never started, Q3), a finding on the Q1
///   engagement whose recommendation (kittipong) was due 15 มี.ค. 2570.
struct CalendarStore {
    let store: SQLiteEventStore
    let clock: TestClock
    /// The subjects of the plan's three entries: Q1 (closed), Q2 (behind), Q3.
    let subjects: [String]
    /// The store's folder, removed when the value goes.
    let folder: TemporaryFolder

    static let asOf = day("2027-04-10")
    static let year = FiscalYear(be: 2570)

    static func day(_ text: String) -> CalendarDate { try! CalendarDate.parse(text) }

    /// The ITA windows handed to the calendar: one ended, one open on the day, one after the look-ahead.
    static let windows: [FiscalYear: [DueWindow]] = [
        year: [
            DueWindow(
                key: "register", title: LocalizedLabel(th: "ลงทะเบียน", en: "Registration"), from: day("2027-01-01"),
                to: day("2027-02-28"), confirmed: false, source: "test"),
            DueWindow(
                key: "oit-publish", title: LocalizedLabel(th: "เก็บข้อมูล OIT", en: "OIT publication"),
                from: day("2027-03-01"), to: day("2027-04-30"), confirmed: true, source: "test"),
            DueWindow(
                key: "oit-clarify", title: LocalizedLabel(th: "ชี้แจง OIT", en: "OIT clarifications"),
                from: day("2027-06-01"), to: day("2027-06-15"), confirmed: false, source: "test"),
        ]
    ]

    /// Who must declare yearly in these tests.
    static let annualRules = AnnualDeclarationRules(
        source: "test", roles: [.auditor, .legalOfficer], positions: ["ผู้อำนวยการกองคลัง"])

    /// The shipped calendar file.
    static func rules() throws -> CalendarRules {
        try CalendarRules.load(ReportFixture.path("Registers/calendar.yaml"))
    }

    static func make() async throws -> CalendarStore {
        let clock = TestClock(asOf)
        let temporary = try TemporaryFolder("sujarit-due")
        let folder = temporary.url
        let store = try SQLiteEventStore.create(
            at: folder.appendingPathComponent("store.db").path, projections: ReportFixture.projections,
            clock: { clock.now })
        let fixture = ReportFixture(store: store, clock: clock, folder: temporary)
        let context = fixture.context
        try await AgencyProfile.initialize(
            store, agencyName: "เทศบาลเมืองตากใบ", departmentID: "6960102", sujaritVersion: "test", context: context)
        try await DirectoryService(store: store).load(
            try DirectoryFile.load(ReportFixture.path("Registers/examples/takbai/agency.yaml")), context: context)

        let risks = RiskService(store: store)
        _ = try await risks.configure(registers: ReportFixture.path("Registers"), context: context)
        _ = try await risks.importFile(
            try write(risksFile, in: folder, as: "risks.yaml"), dryRun: false, context: context)
        try await fixture.report([
            ("M-2570-001", .sixMonths, "2027-03-31", .inProgress, "ดำเนินการแล้วครึ่งหนึ่ง", nil),
            ("M-2570-004", .sixMonths, "2027-02-20", .done, "เสร็จแล้ว", nil),
        ])
        _ = try await GiftLogService(store: store).importFile(
            try GiftLogFile.load(try write(giftsFile, in: folder, as: "gifts.yaml")), context: context)
        _ = try await DeclarationService(store: store).importFile(
            try DeclarationsFile.load(try write(declarationsFile, in: folder, as: "declarations.yaml")),
            context: context)
        let subjects = try await audit(store, clock: clock)
        return CalendarStore(store: store, clock: clock, subjects: subjects, folder: temporary)
    }

    /// Sources judged on `day` over the live log.
    func sources(on day: CalendarDate = asOf) async throws -> ReportSources {
        try await ReportSources.open(
            store, fiscalYear: Self.year, round: nil, asOf: nil, judgedOn: day, projections: ReportFixture.projections,
            now: clock.now)
    }

    /// The calendar as `reader` sees it.
    func calendar(
        reader: String?, days: Int? = 30, owner: String? = nil, on day: CalendarDate = asOf
    ) async throws -> DueCalendar {
        let sources = try await sources(on: day)
        return try await DueCalendar.build(
            sources, rules: try Self.rules(), annual: Self.annualRules, windows: Self.windows,
            request: DueCalendar.Request(
                days: days, owner: owner, reader: reader.flatMap { sources.directory.member($0) }))
    }

    /// A plan of three entries with chosen quarters, approved; the first engagement done with one finding.
    private static func audit(_ store: SQLiteEventStore, clock: TestClock) async throws -> [String] {
        let context = CommandContext(actor: "anan", now: clock.now)
        let service = AuditPlanService(store: store)
        _ = try await service.loadUniverse(
            ReportFixture.path("Registers/examples/takbai/audit-universe.yaml"), context: context)
        let draft = try await service.draft(year, capacity: 220, context: context)
        let subjects = draft.drafted.entries.prefix(3).map(\.subject)
        var edits: [PlanEditRequest] = zip(subjects, [1, 2, 3]).map { subject, quarter in
            .change(subject: subject, EntryChanges(period: .quarter(quarter)))
        }
        edits += draft.drafted.entries.dropFirst(3).map { .remove(subject: $0.subject) }
        try await service.edit(year, edits, context: context)
        _ = try await service.approve(year, by: "mayor", on: day("2026-09-15"), context: context)
        _ = try await service.startEngagement(year, subject: subjects[0], on: day("2026-11-04"), context: context)
        _ = try await service.recordFinding(
            year, subject: subjects[0],
            FindingDraft(
                title: "แบ่งซื้อวัสดุ", criteria: "มาตรา 62", condition: "สัญญา 6 ฉบับใน 30 วัน", cause: "ไม่มีแผนรวม",
                effect: "เสี่ยงผิดกฎหมาย",
                recommendations: [
                    RecommendationDraft(
                        text: "จัดทำแผนจัดซื้อวัสดุรวมทั้งปี", managementResponse: nil, actionOwner: "kittipong",
                        due: day("2027-03-15"))
                ],
                on: day("2026-12-10")), context: context)
        _ = try await service.closeEngagement(year, subject: subjects[0], on: day("2026-12-20"), context: context)
        return subjects
    }

    private static func write(_ text: String, in folder: URL, as name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static let risksFile = """
        fiscal_year: 2570
        risks:
          - id: R-2570-001
            department: FIN
            process: การจัดซื้อจัดจ้าง
            category: procurement
            event: แบ่งซื้อแบ่งจ้าง
            causes: [ไม่มีแผนรวม]
            factor: known
            owner: ผู้อำนวยการกองคลัง
        measures:
          - { id: M-2570-001, title: ตรวจรายงานขอซื้อขอจ้าง, owner: ผู้อำนวยการกองคลัง, department: FIN, due: 2027-03-31, risks: [R-2570-001] }
          - { id: M-2570-002, title: 'ประชุมชี้แจง, อบรม; และติดตาม \\ ผล', owner: กองช่าง, department: ENG, due: 2027-04-30, risks: [R-2570-001] }
          - { id: M-2570-003, title: สุ่มตรวจการเบิกจ่าย, owner: หน่วยตรวจสอบภายใน, department: AUDIT, due: 2027-09-30, risks: [R-2570-001] }
          - { id: M-2570-004, title: เผยแพร่แผนจัดซื้อจัดจ้าง, owner: anan, department: AUDIT, due: 2027-02-28, risks: [R-2570-001] }
        """

    static let giftsFile = """
        gifts:
          - { direction: received, person: kittipong, from: บริษัท ตากใบวัสดุภัณฑ์ จำกัด, deals_with_agency: true, occasion: งานวัด, date: 2027-03-01, what: กระเช้า, value: 5000 }
          - { direction: received, person: surachai, from: นายสมชาย ใจดี, occasion: วันเกิด, date: 2027-04-05, what: นาฬิกา, value: 5000 }
          - { direction: received, person: fatimah, from: ร้านสมใจ, occasion: วันครู, date: 2027-01-16, what: เครื่องเขียน, value: 800 }
          - { direction: received, person: nisa, from: นายสมศักดิ์ ดีมาก, occasion: ปีใหม่, date: 2027-01-02, what: ผ้าไหม, value: 4000, reported: 2027-01-10 }
        """

    static let declarationsFile = """
        declarations:
          - { person: anan, fiscal_year: 2570, signed: 2026-10-01, no_interest: true }
        """
}
