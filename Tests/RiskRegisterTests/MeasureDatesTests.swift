import Agency
import Foundation
import RiskRegister
import Sujarit
import Testing

@Suite("Measure dates: plausible due and progress days, with the year probably meant")
struct MeasureDatesTests {
    let fy = FiscalYear(be: 2568)
    func day(_ year: Int, _ month: Int, _ day: Int) throws -> CalendarDate {
        try CalendarDate(year: year, month: month, day: day)
    }

    func plan(_ fixture: RiskFixture, due: CalendarDate, confirmed: Bool = false) async throws -> MeasureID {
        let risk = try await fixture.addRisk()
        return try await fixture.run { ledger, directory, decision in
            try ledger.plan(
                MeasurePlanned(
                    id: MeasureID(fiscalYear: fy, number: 1), title: "มาตรการ", owner: "กองคลัง", due: due, risks: [risk]
                ),
                assignID: true, directory: directory, confirmedDue: confirmed, into: &decision)
        }
    }

    @Test("15/08/2512 for FY2568 is refused, naming 15/08/2568; nothing is recorded")
    func typoYearRefused() async throws {
        let fixture = try await RiskFixture()
        let due = try CalendarDate.parse("15/08/2512")
        let error = await #expect(throws: MeasureDateError.self) { try await plan(fixture, due: due, confirmed: true) }
        #expect(error?.localizedDescription.contains("Did you mean 15/08/2568?") == true)
        #expect(error?.localizedDescription.contains("--confirm") == false, "a day before the year cannot be confirmed")
        #expect(try await fixture.ledger().measures.isEmpty)
    }

    @Test("due margin: one year either side of FY2568 is the limit; one day past it is refused")
    func dueMargin() throws {
        let measure = MeasureID(fiscalYear: fy, number: 1)
        // FY2568 = 2024-10-01 … 2025-09-30; 365 days either side: 2023-10-02 … 2026-09-30.
        #expect(MeasureDates.plausibleDue(in: fy) == (try day(2023, 10, 2))...(try day(2026, 9, 30)))
        try MeasureDates.checkDue(try day(2023, 10, 2), of: measure, confirmed: false)
        try MeasureDates.checkDue(try day(2026, 9, 30), of: measure, confirmed: false)
        #expect(throws: MeasureDateError.self) {
            try MeasureDates.checkDue(try day(2023, 10, 1), of: measure, confirmed: true)
        }
        #expect(throws: MeasureDateError.self) {
            try MeasureDates.checkDue(try day(2026, 10, 1), of: measure, confirmed: false)
        }
        try MeasureDates.checkDue(try day(2026, 10, 1), of: measure, confirmed: true)
    }

    @Test("2099-01-01 needs --confirm and suggests 01/01/2568")
    func farFutureNeedsConfirm() async throws {
        let fixture = try await RiskFixture()
        let due = try day(2099, 1, 1)
        let error = await #expect(throws: MeasureDateError.self) { try await plan(fixture, due: due) }
        #expect(error?.localizedDescription.contains("Did you mean 01/01/2568?") == true)
        #expect(error?.localizedDescription.contains("--confirm") == true)
        let id = try await plan(fixture, due: due, confirmed: true)
        #expect(try await fixture.ledger().measure(id).planned.due == due)
    }

    @Test("6-month progress as of 31 มี.ค. 70 for FY2569 is refused; 29 Jun 2569 (90 days after) is the limit")
    func progressWindow() throws {
        let measure = MeasureID(fiscalYear: FiscalYear(be: 2569), number: 1)
        let error = #expect(throws: MeasureDateError.self) {
            try MeasureDates.checkProgress(try CalendarDate.parse("31 มี.ค. 70"), of: measure, round: .sixMonths)
        }
        #expect(error?.localizedDescription.contains("31 มี.ค. 2569") == true)
        // The 6-month round of FY2569 ends 2026-03-31; 90 days later is 2026-06-29.
        try MeasureDates.checkProgress(try day(2026, 6, 29), of: measure, round: .sixMonths)
        #expect(throws: MeasureDateError.self) {
            try MeasureDates.checkProgress(try day(2026, 6, 30), of: measure, round: .sixMonths)
        }
        try MeasureDates.checkProgress(try day(2025, 10, 1), of: measure, round: .sixMonths)
        #expect(throws: MeasureDateError.self) {
            try MeasureDates.checkProgress(try day(2025, 9, 30), of: measure, round: .sixMonths)
        }
        try MeasureDates.checkProgress(try day(2026, 12, 29), of: measure, round: .annual)
        #expect(throws: MeasureDateError.self) {
            try MeasureDates.checkProgress(try day(2026, 12, 30), of: measure, round: .annual)
        }
    }

    @Test("a FY2567 measure due in FY2568 is warned; one due on FY2567's last day is not")
    func dueOutsideYearWarned() async throws {
        let fixture = try await RiskFixture()
        let risk = try await fixture.addRisk()
        let fy2567 = FiscalYear(be: 2567)
        for (number, due) in [(1, try day(2024, 9, 30)), (2, try day(2024, 10, 1))] {
            try await fixture.run { ledger, directory, decision in
                try ledger.plan(
                    MeasurePlanned(
                        id: MeasureID(fiscalYear: fy2567, number: number), title: "มาตรการ \(number)", owner: "กองคลัง",
                        due: due, risks: [risk]),
                    assignID: false, directory: directory, into: &decision)
            }
        }
        let warnings = try await fixture.ledger().warnings(fiscalYear: fy2567, on: try day(2024, 9, 1)).filter {
            $0.kind == .dueOutsideFiscalYear
        }
        #expect(warnings.map(\.subject) == ["M-2567-002"])
        #expect(warnings.first?.message.en.contains("falls in FY2568, not the measure's FY2567") == true)
    }
}
