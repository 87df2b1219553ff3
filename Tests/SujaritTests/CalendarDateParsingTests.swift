import Foundation
import Testing
@testable import Sujarit

@Suite("CalendarDate parsing")
struct CalendarDateParsingTests {
    @Test(
        "Accepted forms",
        arguments: [
            ("2024-11-26", "2024-11-26"),
            ("  2024-11-26\n", "2024-11-26"),
            ("๒๐๒๔-๑๑-๒๖", "2024-11-26"),
            ("2024/11/26", "2024-11-26"),
            ("2567-06-21", "2024-06-21"), // an ISO-shaped BE year
            ("12/09/2568", "2025-09-12"),
            ("๑๒/๐๙/๒๕๖๘", "2025-09-12"),
            ("1/2/2568", "2025-02-01"),
            ("12-09-2568", "2025-09-12"),
            ("12.09.2568", "2025-09-12"),
            ("12/09/2025", "2025-09-12"), // a four-digit year below 2400 is CE
            ("21 มิ.ย. 67", "2024-06-21"),
            ("๒๑ มิ.ย. ๖๗", "2024-06-21"),
            ("21 มิ.ย. 2567", "2024-06-21"),
            ("21 มิย 67", "2024-06-21"),
            ("21 มิย. 2567", "2024-06-21"),
            ("21มิ.ย.67", "2024-06-21"),
            ("21  มิ. ย.  67", "2024-06-21"),
            ("21 มิถุนายน 2567", "2024-06-21"),
            ("21 มิถุนายน พ.ศ. 2567", "2024-06-21"),
            ("21 มิถุนายน พ.ศ.2567", "2024-06-21"),
            ("วันที่ 21 มิถุนายน 2567", "2024-06-21"),
            ("วันศุกร์ที่ ๒๑ มิถุนายน พ.ศ. ๒๕๖๗", "2024-06-21"),
            ("21 มิถุนายน 2024", "2024-06-21"),
            ("21 มิถุนายน ค.ศ. 2024", "2024-06-21"),
            ("1 ม.ค. 68", "2025-01-01"),
            ("29 ก.พ. 67", "2024-02-29"),
            ("31 ธ.ค. 2567", "2024-12-31"),
            ("5 กรกฏาคม 2567", "2024-07-05"), // common misspelling of กรกฎาคม
            ("26 พฤศจิกายน 2567", "2024-11-26"),
            ("1 ต.ค. 00", "1957-10-01"), // two-digit BE years are 25xx: 2500
        ])
    func accepted(text: String, iso: String) throws {
        #expect(try CalendarDate.parse(text).description == iso)
    }

    @Test("Every Thai month abbreviation and name", arguments: ThaiMonth.allCases)
    func everyMonth(month: ThaiMonth) throws {
        let short = try CalendarDate.parse("1 \(month.abbreviation) 68")
        let bare = try CalendarDate.parse("1 \(month.abbreviation.replacingOccurrences(of: ".", with: "")) 68")
        let long = try CalendarDate.parse("1 \(month.fullName) 2568")
        #expect(short.month == month.rawValue)
        #expect(bare == short)
        #expect(long == short)
        #expect(short.beYear == 2568)
    }

    @Test(
        "Impossible dates are rejected with the text in the message",
        arguments: [
            "31 เม.ย. 67", "30 ก.พ. 2567", "29 ก.พ. 68", "31/04/2567", "2024-02-30", "00/01/2568", "๓๑ เมษายน ๒๕๖๗",
            "1/13/2568",
        ])
    func impossible(text: String) {
        do {
            _ = try CalendarDate.parse(text)
            Issue.record("'\(text)' was accepted")
        } catch let error as CalendarDateError {
            guard case let .impossibleDate(shown, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(shown == text)
            #expect(error.errorDescription?.contains(text) == true)
            #expect(error.errorDescription?.contains("not a real date") == true)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("31 เม.ย. explains April's length")
    func aprilMessage() {
        #expect {
            try CalendarDate.parse("31 เม.ย. 67")
        } throws: { error in
            let message = (error as? CalendarDateError)?.errorDescription ?? ""
            return message.contains("31 เม.ย. 67") && message.contains("30 days") && message.contains("2567")
        }
    }

    @Test(
        "Unrecognised text is rejected, naming it and the accepted forms",
        arguments: [
            "hello", "21 foo 67", "2024-11", "21 มิ.ย.", "มิ.ย. 2567", "21 มิ.ย. 567", "21 มิ.ย. 2567 extra",
            "123/09/2568", "2024-11-26-01", "12/009/2568", "21 มิถุนายน พ.ศ. 1999", "2024-11-26T10:00",
        ])
    func unrecognized(text: String) {
        #expect(throws: CalendarDateError.unrecognized(text)) { try CalendarDate.parse(text) }
        let message = CalendarDateError.unrecognized(text).errorDescription ?? ""
        #expect(message.contains(text) && message.contains("26 พ.ย. 67"))
    }

    @Test("Numeric dates with a two-digit year are ambiguous", arguments: ["26/11/67", "26-11-24", "21 มิ.ย. ค.ศ. 24"])
    func ambiguous(text: String) {
        #expect(throws: CalendarDateError.ambiguousYear(text)) { try CalendarDate.parse(text) }
    }

    @Test("Empty text", arguments: ["", "   ", "\n\t"])
    func empty(text: String) {
        #expect(throws: CalendarDateError.empty) { try CalendarDate.parse(text) }
    }

    @Test("ThaiMonth recognises spellings and rejects others")
    func thaiMonthLookup() {
        #expect(ThaiMonth(thai: "มิ.ย.") == .june)
        #expect(ThaiMonth(thai: "มิย") == .june)
        #expect(ThaiMonth(thai: "มิถุนายน") == .june)
        #expect(ThaiMonth(thai: "กรกฎาคม") == .july)
        #expect(ThaiMonth(thai: "June") == nil)
        #expect(ThaiMonth(thai: "มิ") == nil)
        #expect(
            ThaiMonth.allCases.map(\.abbreviation) == [
                "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
            ])
        #expect(ThaiMonth.november.fullName == "พฤศจิกายน")
        #expect(ThaiMonth.november.label == LocalizedLabel(th: "พฤศจิกายน", en: "November"))
        #expect(ThaiMonth.november.englishAbbreviation == "Nov")
        #expect(Set(ThaiMonth.allCases.map(\.fullName)).count == 12)
    }
}

@Suite("CalendarDate formatting")
struct CalendarDateFormattingTests {
    @Test(
        "Styles",
        arguments: [
            (CalendarDate.Style.iso, "2024-11-26", "๒๐๒๔-๑๑-๒๖"),
            (.thaiShort, "26 พ.ย. 67", "๒๖ พ.ย. ๖๗"),
            (.thaiMedium, "26 พ.ย. 2567", "๒๖ พ.ย. ๒๕๖๗"),
            (.thaiLong, "26 พฤศจิกายน 2567", "๒๖ พฤศจิกายน ๒๕๖๗"),
            (.numericBE, "26/11/2567", "๒๖/๑๑/๒๕๖๗"),
        ])
    func styles(style: CalendarDate.Style, arabic: String, thai: String) throws {
        let date = try CalendarDate(year: 2024, month: 11, day: 26)
        #expect(date.formatted(style) == arabic)
        #expect(date.formatted(style, digits: .arabic) == arabic)
        #expect(date.formatted(style, digits: .thai) == thai)
    }

    @Test("Single-digit days and months")
    func padding() throws {
        let date = try CalendarDate(year: 2025, month: 1, day: 5)
        #expect(date.formatted(.iso) == "2025-01-05")
        #expect(date.formatted(.numericBE) == "05/01/2568")
        #expect(date.formatted(.thaiShort) == "5 ม.ค. 68")
        #expect(date.formatted(.thaiLong) == "5 มกราคม 2568")
        let early = try CalendarDate(year: 2000, month: 3, day: 1)
        #expect(early.formatted(.thaiShort) == "1 มี.ค. 43")
        let old = try CalendarDate(year: 5, month: 3, day: 1)
        #expect(old.formatted(.iso) == "0005-03-01")
    }

    @Test("Every style reads back as the same date", arguments: CalendarDate.Style.allCases)
    func roundTrip(style: CalendarDate.Style) throws {
        var date = try CalendarDate(year: 2023, month: 12, day: 28)
        for _ in 0..<400 {
            for digits in DigitStyle.allCases {
                #expect(try CalendarDate.parse(date.formatted(style, digits: digits)) == date)
            }
            date = date.adding(days: 3)
        }
    }
}
