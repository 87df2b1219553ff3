import Foundation
import Testing
@testable import Sujarit

@Suite("CalendarDate basics")
struct CalendarDateTests {
    @Test("Valid dates keep their parts and know their BE year")
    func parts() throws {
        let date = try CalendarDate(year: 2024, month: 11, day: 26)
        #expect(date.year == 2024)
        #expect(date.month == 11)
        #expect(date.day == 26)
        #expect(date.beYear == 2567)
        #expect(date.thaiMonth == .november)
        #expect(date.description == "2024-11-26")
    }

    @Test(
        "Impossible dates are rejected",
        arguments: [
            (2024, 4, 31), (2025, 2, 29), (2024, 2, 30), (2024, 13, 1), (2024, 0, 10),
            (2024, 1, 0), (2024, 1, 32), (0, 1, 1), (10000, 1, 1), (1900, 2, 29),
        ])
    func invalid(year: Int, month: Int, day: Int) {
        #expect(throws: CalendarDateError.invalidDate(year: year, month: month, day: day)) {
            try CalendarDate(year: year, month: month, day: day)
        }
    }

    @Test("Leap days exist in leap years only", arguments: [(2024, true), (2000, true), (2025, false), (2100, false)])
    func leapDays(year: Int, leap: Bool) {
        #expect(((try? CalendarDate(year: year, month: 2, day: 29)) != nil) == leap)
        #expect(CalendarDate.daysInMonth(2, year: year) == (leap ? 29 : 28))
    }

    @Test("Invalid-date message names the parts and the month length")
    func invalidMessage() {
        let message = CalendarDateError.invalidDate(year: 2024, month: 4, day: 31).errorDescription ?? ""
        #expect(message.contains("day 31"))
        #expect(message.contains("30 days"))
        #expect(message.contains("เมษายน"))
    }

    @Test("Dates order chronologically")
    func ordering() throws {
        let a = try CalendarDate(year: 2024, month: 9, day: 30)
        let b = try CalendarDate(year: 2024, month: 10, day: 1)
        let c = try CalendarDate(year: 2025, month: 1, day: 1)
        #expect(a < b && b < c)
        #expect([c, a, b].sorted() == [a, b, c])
        #expect(a == (try CalendarDate(year: 2024, month: 9, day: 30)))
        #expect(a != b)
        #expect(Set([a, a, b]).count == 2)
    }

    @Test("Adding days crosses months, years and leap days")
    func adding() throws {
        let d = try CalendarDate(year: 2024, month: 2, day: 28)
        #expect(d.adding(days: 1) == (try CalendarDate(year: 2024, month: 2, day: 29)))
        #expect(d.adding(days: 2) == (try CalendarDate(year: 2024, month: 3, day: 1)))
        #expect(d.adding(days: -59) == (try CalendarDate(year: 2023, month: 12, day: 31)))
        #expect(d.adding(days: 366) == (try CalendarDate(year: 2025, month: 2, day: 28)))
        #expect(d.adding(days: 0) == d)
    }

    @Test("days(until:) counts whole days and is signed")
    func daysUntil() throws {
        let received = try CalendarDate(year: 2024, month: 12, day: 15)
        let reported = try CalendarDate(year: 2025, month: 1, day: 14)
        #expect(received.days(until: reported) == 30)
        #expect(reported.days(until: received) == -30)
        #expect(received.days(until: received) == 0)
        let fy = FiscalYear(be: 2568)
        #expect(fy.start.days(until: fy.end) == 364)
        #expect(FiscalYear(be: 2567).start.days(until: FiscalYear(be: 2567).end) == 365) // 2024 is a leap year
    }

    @Test("Day arithmetic agrees with itself over four centuries")
    func arithmeticConsistency() throws {
        // Walk day by day from 1900 to 2300 and check every step against a naive calendar.
        var date = try CalendarDate(year: 1900, month: 1, day: 1)
        var (year, month, day) = (1900, 1, 1)
        var mismatches = 0
        for step in 1...(400 * 365 + 97) {
            if day < CalendarDate.daysInMonth(month, year: year) {
                day += 1
            } else if month < 12 {
                (month, day) = (month + 1, 1)
            } else {
                (year, month, day) = (year + 1, 1, 1)
            }
            date = date.adding(days: 1)
            if (date.year, date.month, date.day) != (year, month, day) { mismatches += 1 }
            if step % 1000 == 0, CalendarDate(unchecked: 1900, 1, 1).days(until: date) != step { mismatches += 1 }
        }
        #expect(mismatches == 0)
        #expect(date.description == "2300-01-01")
    }

    @Test(
        "Weekdays",
        arguments: [
            ("2024-11-26", Weekday.tuesday), ("1970-01-01", .thursday), ("2024-06-21", .friday),
            ("2000-02-29", .tuesday), ("2025-09-30", .tuesday), ("1969-12-31", .wednesday),
        ])
    func weekday(iso: String, expected: Weekday) throws {
        #expect(try CalendarDate.parse(iso).weekday == expected)
    }

    @Test("Weekend and weekday labels")
    func weekdayLabels() {
        #expect(Weekday.saturday.isWeekend && Weekday.sunday.isWeekend)
        #expect(!Weekday.friday.isWeekend)
        #expect(Weekday.friday.label.th == "วันศุกร์")
        #expect(Weekday.friday.label.en == "Friday")
    }

    @Test("A closed range of dates is a collection of its days")
    func rangeOfDays() throws {
        let start = try CalendarDate(year: 2024, month: 12, day: 30)
        let days = Array(start...start.adding(days: 3))
        #expect(days.map(\.description) == ["2024-12-30", "2024-12-31", "2025-01-01", "2025-01-02"])
    }

    @Test("Codable as an ISO string")
    func codable() throws {
        let date = try CalendarDate(year: 2024, month: 11, day: 26)
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == #"["2024-11-26"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [date])
    }

    @Test(
        "Decoding rejects non-ISO and impossible dates",
        arguments: [#"["26/11/2567"]"#, #"["2024-4-31"]"#, #"["2024-04-31"]"#, #"["2024-11-26T00:00"]"#, "[20241126]"])
    func decodingRejects(json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDate].self, from: Data(json.utf8))
        }
    }
}

@Suite("CalendarDate and instants in Bangkok time")
struct CalendarDateBangkokTests {
    /// 2024-11-26T00:00:00Z.
    let midnightUTC = Date(timeIntervalSince1970: 1_732_579_200)

    @Test("An instant falls on its Bangkok day, whatever the machine's time zone")
    func bangkokDay() throws {
        // 16:59:59 UTC is 23:59:59 in Bangkok; 17:00 UTC is the next day there.
        #expect(CalendarDate(midnightUTC) == (try CalendarDate(year: 2024, month: 11, day: 26)))
        #expect(CalendarDate(midnightUTC.addingTimeInterval(16 * 3600 + 3599)).description == "2024-11-26")
        #expect(CalendarDate(midnightUTC.addingTimeInterval(17 * 3600)).description == "2024-11-27")
        #expect(CalendarDate(midnightUTC.addingTimeInterval(-7 * 3600)).description == "2024-11-26")
        #expect(CalendarDate(midnightUTC.addingTimeInterval(-7 * 3600 - 1)).description == "2024-11-25")
    }

    @Test("today(now:) is the Bangkok day of now")
    func today() {
        #expect(CalendarDate.today(now: midnightUTC.addingTimeInterval(18 * 3600)).description == "2024-11-27")
        let before = CalendarDate(Date())
        let today = CalendarDate.today()
        let after = CalendarDate(Date())
        #expect(before <= today && today <= after)
    }

    @Test("startOfDay is Bangkok midnight, 17:00 UTC the day before")
    func startOfDay() throws {
        let date = try CalendarDate(year: 2024, month: 11, day: 26)
        #expect(date.startOfDay == midnightUTC.addingTimeInterval(-7 * 3600))
        #expect(CalendarDate(date.startOfDay) == date)
        #expect(CalendarDate(date.startOfDay.addingTimeInterval(-1)) == date.adding(days: -1))
    }

    @Test("Dates before 1970 convert too")
    func beforeEpoch() throws {
        let date = try CalendarDate(year: 1969, month: 12, day: 31)
        #expect(CalendarDate(date.startOfDay) == date)
        #expect(CalendarDate(Date(timeIntervalSince1970: -1)).description == "1970-01-01") // 06:59:59 in Bangkok
        #expect(CalendarDate(Date(timeIntervalSince1970: -7 * 3600 - 1)).description == "1969-12-31")
    }

    @Test("The Bangkok time zone is UTC+7 with no DST")
    func timeZone() {
        #expect(CalendarDate.bangkok.secondsFromGMT(for: Date(timeIntervalSince1970: 0)) == 25_200)
        #expect(CalendarDate.bangkok.secondsFromGMT(for: midnightUTC.addingTimeInterval(-180 * 86_400)) == 25_200)
    }
}
