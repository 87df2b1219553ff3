import Agency
import AuditPlans
import Foundation
import Sujarit
import Testing
@testable import Reporting
import TestSupport

/// The compliance calendar against ``CalendarStore``, whose every due item is worked out by hand: judged on
/// 10 เม.ย. 2570 looking 30 days ahead (to 10 พ.ค. 2570).
@Suite("The compliance calendar's items, owners, due days and lateness")
struct CalendarItemsTests {
    /// One expected line: id, owner key, due day (ISO), days late.
    typealias Expected = (id: String, owner: String, due: String, late: Int)

    @Test("A reviewer sees each item with its owner, due day and lateness, in due order")
    func itemsForAReviewer() async throws {
        let built = try await CalendarStore.make()
        let calendar = try await built.calendar(reader: "anan")
        let engagement = "audit-engagement/2570/\(built.subjects[1])"
        let gift = { (person: String) in calendar.items.first { $0.kind == .giftReport && $0.owner.key == person }?.id }
        let expected: [Expected] = [
            // 31 ต.ค. 2569 → 10 เม.ย. 2570: 30 + 31 + 31 + 28 + 31 + 10 = 161 days.
            ("annual-declaration/2570/nisa", "nisa", "2026-10-31", 161),
            ("annual-declaration/2570/pimchanok", "pimchanok", "2026-10-31", 161),
            ("audit-recommendation/F-2570-001.1", "kittipong", "2027-03-15", 26),
            (gift("kittipong") ?? "gift of kittipong", "kittipong", "2027-03-31", 10),
            ("measure/M-2570-001", "nisa", "2027-03-31", 10),
            (engagement, "anan", "2027-03-31", 10),
            ("report/2570/risk-measures-report-6m", "anan", "2027-04-30", 0),
            ("ita/2570/oit-publish", "anan", "2027-04-30", 0),
            ("measure/M-2570-002", "ENG", "2027-04-30", 0),
            (gift("surachai") ?? "gift of surachai", "surachai", "2027-05-05", 0),
        ]
        #expect(calendar.items.count == expected.count, "\(calendar.items.map(\.id))")
        for (item, want) in zip(calendar.items, expected) {
            #expect(item.id == want.id)
            #expect(item.owner.key == want.owner, "\(item.id)")
            #expect(item.due.formatted(.iso) == want.due, "\(item.id)")
            #expect(item.daysLate == want.late, "\(item.id)")
        }
        #expect(calendar.late.count == 6 && calendar.view == .full && calendar.privacy == .personalData)

        // The six-month report waits on the two measures that have not reported (M-2570-004 was done earlier).
        let report = try #require(calendar.items.first { $0.kind == .report })
        #expect(report.detail == "ยังไม่รายงานผล 2 จาก 4 มาตรการ: M-2570-002, M-2570-003")
        #expect(report.owner.name == "นายอนันต์ ศรีสุข")
        // Its OIT item is the year's code for the duty, from the catalogue (O35 in 2566, another code since).
        let sources = try await built.sources()
        let item = try #require(
            sources.itaCatalogues?.catalogue(CalendarStore.year, type: .localGovernment)?.item(
                purpose: "risk-measures-report"))
        #expect(report.title.hasSuffix("รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2570 (OIT \(item.label))") && item.code != "O35")
        // A written owner is matched to the directory: the position to its holder, a unit to its department.
        let m1 = try #require(calendar.items.first { $0.id == "measure/M-2570-001" })
        #expect(m1.owner.name == "นางสาวนิสา ยูโซะ" && m1.owner.department == "FIN")
        let m2 = try #require(calendar.items.first { $0.id == "measure/M-2570-002" })
        #expect(m2.owner.name == "กองช่าง" && m2.title == "ประชุมชี้แจง, อบรม; และติดตาม \\ ผล")
        let window = try #require(calendar.items.first { $0.kind == .itaWindow })
        #expect(window.starts?.formatted(.iso) == "2027-03-01")
    }

    @Test("Anyone else sees how many owe declarations and gift reports, never who")
    func countsForOthers() async throws {
        let built = try await CalendarStore.make()
        let calendar = try await built.calendar(reader: "mayor")
        #expect(calendar.view == .totalsOnly && calendar.privacy == .shared)
        let personal = calendar.items.filter(\.kind.isPersonal)
        #expect(personal.count == 2)
        let declarations = try #require(personal.first { $0.kind == .annualDeclaration })
        #expect(declarations.reference == "2" && declarations.daysLate == 161 && declarations.owner.key == "-")
        let gifts = try #require(personal.first { $0.kind == .giftReport })
        #expect(gifts.reference == "2" && gifts.due.formatted(.iso) == "2027-03-31" && gifts.daysLate == 10)
        let json = try calendar.json()
        // nisa stays as the owner of measure M-2570-001 (a duty of her post), never as someone who owes a declaration.
        #expect(!calendar.items.contains { $0.kind.isPersonal && $0.owner.key != "-" })
        for name in ["pimchanok", "surachai", "นายสมชาย", "บริษัท ตากใบวัสดุภัณฑ์"] {
            #expect(!json.contains(name), "\(name) shown to the mayor")
        }
        #expect(calendar.items.count == 10 - 4 + 2)
        #expect(calendar.omitted.contains { $0.contains("PDPA") })
    }

    @Test("--owner keeps one owner's items (a staff id or a department); --days 0 keeps what is late or open")
    func ownerAndDays() async throws {
        let built = try await CalendarStore.make()
        let finance = try await built.calendar(reader: "anan", owner: "FIN")
        #expect(
            finance.items.map(\.id).filter { !$0.hasPrefix("gift/") } == [
                "annual-declaration/2570/nisa", "audit-recommendation/F-2570-001.1", "measure/M-2570-001",
            ])
        #expect(finance.items.count == 4)
        // Someone who may not see names gets no personal line for an owner: its count would name them.
        let financeForMayor = try await built.calendar(reader: "mayor", owner: "kittipong")
        #expect(financeForMayor.items.map(\.id) == ["audit-recommendation/F-2570-001.1"])

        let today = try await built.calendar(reader: "anan", days: 0)
        #expect(today.items.allSatisfy { $0.isLate || $0.kind == .itaWindow })
        #expect(today.items.count == 7 && today.through == CalendarStore.asOf)

        // Before the six-month round ends, nothing of April is shown 30 days ahead of 1 มี.ค.
        let march = try await built.calendar(reader: "anan", on: CalendarStore.day("2027-03-01"))
        #expect(!march.items.contains { $0.kind == .report })
        #expect(march.items.contains { $0.id == "measure/M-2570-001" && $0.daysLate == 0 })
    }

    @Test(
        "In October the year just ended owes its annual report, not its six-month one; the new year's declarations fall due"
    )
    func october() async throws {
        let built = try await CalendarStore.make()
        let calendar = try await built.calendar(reader: "anan", on: CalendarStore.day("2027-10-20"))
        let reports = calendar.items.filter { $0.kind == .report }
        #expect(reports.map(\.id) == ["report/2570/risk-measures-report-12m"])
        // M-2570-004 was done in February; the other three never reported for the year.
        #expect(reports.first?.detail == "ยังไม่รายงานผล 3 จาก 4 มาตรการ: M-2570-001, M-2570-002, M-2570-003")
        #expect(reports.first?.due.formatted(.iso) == "2027-10-31" && reports.first?.daysLate == 0)
        let declarations = calendar.items.filter { $0.kind == .annualDeclaration }
        #expect(declarations.map(\.id) == ["anan", "nisa", "pimchanok"].map { "annual-declaration/2571/\($0)" })
        #expect(declarations.allSatisfy { $0.due.formatted(.iso) == "2027-10-31" && !$0.isLate })
    }

    @Test("The shipped calendar file reads; a wrong one names its file, line and field")
    func calendarFile() throws {
        let rules = try CalendarStore.rules()
        #expect(rules.reports.map(\.key) == ["risk-measures-report-6m", "risk-measures-report-12m"])
        #expect(rules.reports[0].due.date(in: FiscalYear(be: 2570)).formatted(.iso) == "2027-04-30")
        #expect(rules.reports[1].due.date(in: FiscalYear(be: 2570)).formatted(.iso) == "2027-10-31")
        #expect(rules.annualDeclaration?.due.date(in: FiscalYear(be: 2570)).formatted(.iso) == "2026-10-31")

        let folder = try TemporaryFolder("sujarit-calendar")
        let path = folder.appendingPathComponent("calendar.yaml").path
        try """
        version: 1
        source: test
        reports:
          - { key: a, round: 6m, th: ก, en: a, due: { month: 13, day: 1 }, owner: { role: auditor }, source: s }
        """.write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try CalendarRules.load(path)
        } throws: { error in
            let text = (error as? LocalizedError)?.errorDescription ?? ""
            return text.contains("calendar.yaml") && text.contains("line 4") && text.contains("reports[1].due")
                && text.contains("month 13")
        }
        try """
        version: 1
        source: test
        ita:
          years:
            - fiscal_year: 2571
              source: NACC
              confirmed: true
              windows:
                - { key: oit-publish, th: OIT, en: OIT, from: 1 มี.ค. 2571, to: 30 เม.ย. 2571 }
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let windows = try CalendarRules.load(path).itaWindows[FiscalYear(be: 2571)]
        #expect(windows?.first?.from.formatted(.iso) == "2028-03-01" && windows?.first?.confirmed == true)
        #expect(throws: DueCalendarError.noCalendar(folder.appendingPathComponent("none/calendar.yaml").path)) {
            _ = try CalendarRules.resolve(registers: folder.appendingPathComponent("none").path)
        }
    }
}

/// The charter's yearly review on the calendar: due a year after its approval, for the auditor.
@Suite("The compliance calendar's charter review")
struct CalendarCharterTests {
    @Test("An approved charter's review is due a year after approval, owned by the auditor; none before approval")
    func charterReview() async throws {
        let built = try await CalendarStore.make()
        let service = AuditPlanService(store: built.store)
        let context = CommandContext(actor: "anan", now: built.clock.now)
        _ = try await service.draftCharter(
            from: ReportFixture.path("Reports/audit-charter.yaml"), on: try CalendarDate(year: 2026, month: 3, day: 2),
            context: context)
        let drafted = try await built.calendar(reader: "anan")
        #expect(!drafted.items.contains { $0.kind == .auditCharter }, "a draft has no review day")
        _ = try await service.approveCharter(
            by: "mayor", on: try CalendarDate(year: 2026, month: 4, day: 20), context: context)
        let calendar = try await built.calendar(reader: "anan")
        let review = try #require(calendar.items.first { $0.kind == .auditCharter }, "\(calendar.items.map(\.id))")
        #expect(review.due.formatted(.iso) == "2027-04-20" && review.daysLate == 0 && review.owner.key == "anan")
        // Judged after the day, it is late by the days since.
        let late = try await built.calendar(reader: "anan", on: try CalendarDate(year: 2027, month: 5, day: 1))
        #expect(late.items.first { $0.kind == .auditCharter }?.daysLate == 11)
    }
}
