import Foundation
import Testing
@testable import Sujarit

@Suite("Fiscal years")
struct FiscalYearTests {
    @Test("FY2568 runs 2024-10-01 … 2025-09-30")
    func fy2568() {
        let fy = FiscalYear(be: 2568)
        #expect(fy.be == 2568)
        #expect(fy.ce == 2025)
        #expect(fy.start.description == "2024-10-01")
        #expect(fy.end.description == "2025-09-30")
        #expect(fy.start.beYear == 2567)
        #expect(fy.end.beYear == 2568)
        #expect(fy.dates.count == 365)
        #expect(FiscalYear(be: 2567).dates.count == 366)
    }

    @Test(
        "Boundaries: 30 Sep belongs to the FY ending then, 1 Oct to the next",
        arguments: [
            ("2024-09-30", 2567), ("2024-10-01", 2568), ("2024-12-31", 2568), ("2025-01-01", 2568),
            ("2025-03-31", 2568), ("2025-09-30", 2568), ("2025-10-01", 2569), ("2024-06-21", 2567),
        ])
    func containing(iso: String, be: Int) throws {
        let date = try CalendarDate.parse(iso)
        let fy = FiscalYear.containing(date)
        #expect(fy == FiscalYear(be: be))
        #expect(fy.contains(date))
        #expect(!fy.previous.contains(date))
        #expect(!fy.next.contains(date))
    }

    @Test("Every day of a fiscal year is contained in it and nowhere else")
    func everyDay() {
        let fy = FiscalYear(be: 2568)
        #expect(fy.dates.allSatisfy { FiscalYear.containing($0) == fy })
        #expect(!fy.contains(fy.start.adding(days: -1)))
        #expect(!fy.contains(fy.end.adding(days: 1)))
        #expect(fy.next.start == fy.end.adding(days: 1))
    }

    @Test("Six-month round is 1 Oct – 31 Mar; annual is the whole year")
    func rounds() {
        let fy = FiscalYear(be: 2568)
        let six = fy.period(for: .sixMonths)
        #expect(six.lowerBound.description == "2024-10-01")
        #expect(six.upperBound.description == "2025-03-31")
        #expect(six.count == 182)
        let annual = fy.period(for: .annual)
        #expect(annual.lowerBound == fy.start)
        #expect(annual.upperBound == fy.end)
        #expect(FiscalYear(be: 2567).period(for: .sixMonths).upperBound.description == "2024-03-31")
    }

    @Test("Ordering, neighbours and labels")
    func neighbours() {
        let fy = FiscalYear(be: 2568)
        #expect(fy.previous == FiscalYear(be: 2567))
        #expect(fy.next == FiscalYear(be: 2569))
        #expect(fy.previous < fy && fy < fy.next)
        #expect(fy.description == "2568")
        #expect(fy.thaiLabel == "ปีงบประมาณ พ.ศ. 2568")
        #expect(fy.label.en == "fiscal year 2568 (1 Oct 2024 – 30 Sep 2025)")
        #expect(fy.label.th == fy.thaiLabel)
    }

    @Test("Codable as the bare BE integer")
    func codable() throws {
        let data = try JSONEncoder().encode([FiscalYear(be: 2568)])
        #expect(String(decoding: data, as: UTF8.self) == "[2568]")
        #expect(try JSONDecoder().decode([FiscalYear].self, from: data) == [FiscalYear(be: 2568)])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([FiscalYear].self, from: Data("[2025]".utf8)) }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([FiscalYear].self, from: Data(#"["2568"]"#.utf8))
        }
    }

    @Test(
        "Parsing accepted forms",
        arguments: [
            "2568", "๒๕๖๘", "FY2568", "fy2568", "FY 2568", " 2568 ", "ปีงบประมาณ 2568", "ปีงบประมาณ พ.ศ. 2568",
            "ปีงบประมาณ พ.ศ. ๒๕๖๘", "ปีงบ 2568",
        ])
    func parse(text: String) throws {
        #expect(try FiscalYear.parse(text) == FiscalYear(be: 2568))
    }

    @Test("Parsing the Thai label gives the same fiscal year back")
    func parseLabel() throws {
        let fy = FiscalYear(be: 2570)
        #expect(try FiscalYear.parse(fy.thaiLabel) == fy)
        #expect(try FiscalYear.parse(fy.description) == fy)
    }

    @Test("CE years are rejected with the BE year suggested", arguments: [(2025, 2568), (2024, 2567)])
    func christianEra(ce: Int, be: Int) {
        #expect(throws: FiscalYearError.christianEra(String(ce), ce)) { try FiscalYear.parse(String(ce)) }
        let message = FiscalYearError.christianEra(String(ce), ce).errorDescription ?? ""
        #expect(message.contains("FY\(be)"))
        #expect(message.contains("'\(ce)'"))
    }

    @Test("Other text is rejected", arguments: ["", "68", "FY25", "25680", "two thousand", "FY-2568", "2568.0"])
    func invalid(text: String) {
        #expect(throws: FiscalYearError.invalid(text)) { try FiscalYear.parse(text) }
        #expect(FiscalYearError.invalid(text).errorDescription?.contains("2568") == true)
    }
}

@Suite("Reporting rounds")
struct ReportingRoundTests {
    @Test("Raw values and labels")
    func labels() {
        #expect(ReportingRound.sixMonths.rawValue == "6m")
        #expect(ReportingRound.annual.rawValue == "12m")
        #expect(ReportingRound.sixMonths.thaiLabel == "รอบ 6 เดือน")
        #expect(ReportingRound.annual.thaiLabel == "ประจำปี")
        #expect(ReportingRound.sixMonths.label.text(.en) == "six-month")
        #expect(ReportingRound.annual.label.text(.th) == "ประจำปี")
    }

    @Test("Codable as 6m / 12m")
    func codable() throws {
        let data = try JSONEncoder().encode([ReportingRound.sixMonths, .annual])
        #expect(String(decoding: data, as: UTF8.self) == #"["6m","12m"]"#)
        #expect(try JSONDecoder().decode([ReportingRound].self, from: data) == [.sixMonths, .annual])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([ReportingRound].self, from: Data(#"["annual"]"#.utf8))
        }
    }

    @Test(
        "Arguments",
        arguments: [
            ("6m", ReportingRound.sixMonths), ("6M", .sixMonths), ("๖m", .sixMonths), ("six-months", .sixMonths),
            ("รอบ 6 เดือน", .sixMonths), ("12m", .annual), ("annual", .annual), ("Annual", .annual),
            ("ประจำปี", .annual), (" 12 ", .annual),
        ])
    func argument(text: String, round: ReportingRound) {
        #expect(ReportingRound(argument: text) == round)
    }

    @Test("Unknown arguments", arguments: ["", "3m", "quarter", "6mm", "yearly-ish"])
    func unknownArgument(text: String) {
        #expect(ReportingRound(argument: text) == nil)
    }
}
