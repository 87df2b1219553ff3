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

    @Test("Running text gets Thai digits; ids and codes quoted in it keep the digits they are typed with")
    func codesKept() {
        #expect(
            ThaiDigits.toThaiKeepingCodes("มาตรการ M-2568-001 เลยกำหนด 92 วัน (ITA O35)")
                == "มาตรการ M-2568-001 เลยกำหนด ๙๒ วัน (ITA O35)")
        #expect(ThaiDigits.toThaiKeepingCodes("ปี 2568 วงเงิน 12,500.00 บาท 3/4") == "ปี ๒๕๖๘ วงเงิน ๑๒,๕๐๐.๐๐ บาท ๓/๔")
        // A tax id and an e-GP project id: ten digits or more.
        #expect(
            ThaiDigits.toThaiKeepingCodes("เลขผู้เสียภาษี 0963550000121 โครงการ 67019012345")
                == "เลขผู้เสียภาษี 0963550000121 โครงการ 67019012345")
        #expect(ThaiDigits.toThaiKeepingCodes("SHA-256:\tabc123\n5 รายการ") == "SHA-256:\tabc123\n๕ รายการ")
        #expect(ThaiDigits.toThaiKeepingCodes("") == "")
        #expect(ThaiDigits.apply(.thai, to: "R-2568-002: 4×3=12") == "R-2568-002: ๔×๓=๑๒")
    }
}
