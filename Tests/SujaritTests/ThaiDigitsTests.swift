import Testing
@testable import Sujarit

@Suite("Thai digits")
struct ThaiDigitsTests {
    @Test("Thai digits become Arabic, nothing else changes")
    func toArabic() {
        #expect(ThaiDigits.toArabic("๐๑๒๓๔๕๖๗๘๙") == "0123456789")
        #expect(ThaiDigits.toArabic("ปีงบประมาณ พ.ศ. ๒๕๖๘") == "ปีงบประมาณ พ.ศ. 2568")
        #expect(ThaiDigits.toArabic("abc ๑,๒๓๔.๕๐ บาท") == "abc 1,234.50 บาท")
        #expect(ThaiDigits.toArabic("") == "")
    }

    @Test("Arabic digits become Thai, nothing else changes")
    func toThai() {
        #expect(ThaiDigits.toThai("0123456789") == "๐๑๒๓๔๕๖๗๘๙")
        #expect(ThaiDigits.toThai("FY2568 น้ำ") == "FY๒๕๖๘ น้ำ")
    }

    @Test("Other scripts' digits are left alone")
    func otherDigits() {
        // Arabic-Indic and fullwidth digits are not Thai digits.
        #expect(ThaiDigits.toArabic("٣３") == "٣３")
        #expect(ThaiDigits.toThai("٣３") == "٣３")
    }

    @Test("Round trip", arguments: ["2567-06-21", "156,000.00", "O34 ปี 2568", "๐๑๒"])
    func roundTrip(text: String) {
        #expect(ThaiDigits.toArabic(ThaiDigits.toThai(text)) == ThaiDigits.toArabic(text))
    }

    @Test("apply follows the digit style")
    func apply() {
        #expect(ThaiDigits.apply(.arabic, to: "2568") == "2568")
        #expect(ThaiDigits.apply(.thai, to: "2568") == "๒๕๖๘")
    }
}
