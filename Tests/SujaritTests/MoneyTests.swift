import Foundation
import Testing
@testable import Sujarit

@Suite("Money")
struct MoneyTests {
    @Test("Construction and parts")
    func parts() {
        let amount = Money(satang: 123_450)
        #expect(amount.bahtPart == 1234)
        #expect(amount.satangPart == 50)
        #expect(Money.baht(156_000).satang == 15_600_000)
        #expect(Money.zero.satang == 0 && Money.zero.isZero)
        let negative = Money(satang: -123_450)
        #expect(negative.bahtPart == -1234)
        #expect(negative.satangPart == -50)
        #expect(negative.isNegative && !amount.isNegative)
        #expect(Money(satang: -50).bahtPart * 100 + Money(satang: -50).satangPart == -50)
    }

    @Test("Arithmetic is exact")
    func arithmetic() throws {
        let tenSatang = Money(satang: 10)
        // 0.1 + 0.2 in floating point is not 0.3; in satang it is.
        #expect(tenSatang + Money(satang: 20) == Money(satang: 30))
        #expect(Money.baht(3_000) - Money(satang: 1) == Money(satang: 299_999))
        #expect(Money(satang: 1_250) * 3 == Money(satang: 3_750))
        #expect(4 * Money.baht(2) == Money.baht(8))
        #expect(-Money.baht(5) == Money(satang: -500))
        var total = Money.zero
        total += Money.baht(10)
        total -= Money(satang: 1)
        #expect(total == Money(satang: 999))
        #expect(try [Money.baht(1), Money(satang: 50), Money.baht(2)].total(of: "three amounts") == Money(satang: 350))
        #expect(try [Money]().total(of: "nothing") == .zero)
    }

    @Test("Comparison")
    func comparison() throws {
        #expect(Money.baht(3_000) < Money(satang: 300_001))
        #expect(Money(satang: -1) < .zero)
        #expect(try Money.parse("3,000") == Money.baht(3_000))
        #expect(![Money.baht(2), .baht(1)].sorted().elementsEqual([Money.baht(2), .baht(1)]))
    }

    @Test(
        "Parsing accepted forms",
        arguments: [
            ("156,000.00", Int64(15_600_000)), ("156000", 15_600_000), ("๑๕๖,๐๐๐.๐๐", 15_600_000),
            ("1,234.5", 123_450), ("-1,234.5", -123_450), ("156,000.00 บาท", 15_600_000),
            ("156000บาท", 15_600_000), ("  ๑๒.๕๐ บาท ", 1_250), ("0.01", 1), ("0", 0), ("-0.00", 0),
            ("1,000,000", 100_000_000), ("999", 99_900), ("12.3", 1_230), ("156,000.-", 15_600_000),
            ("156,000.- บาท", 15_600_000), ("฿1,500", 150_000), ("−250", -25_000), ("007", 700),
            ("92,233,720,368,547,758.07", Int64.max), ("-92233720368547758.07", -Int64.max),
        ])
    func parse(text: String, satang: Int64) throws {
        #expect(try Money.parse(text) == Money(satang: satang))
    }

    @Test("Rejects: empty", arguments: ["", "  ", "บาท"])
    func rejectEmpty(text: String) {
        #expect(throws: MoneyError.self) { try Money.parse(text) }
    }

    @Test(
        "Rejects: letters and stray characters name the character",
        arguments: [
            ("12a", Character("a")), ("1 000", " "), ("abc", "a"), ("1O0", "O"), ("--5", "-"), ("5-", "-"),
            ("1'000", "'"), ("100 USD", " "), ("๑๒x", "x"), ("12e3", "e"),
        ])
    func rejectCharacters(text: String, character: Character) {
        #expect(throws: MoneyError.invalidCharacter(text, character)) { try Money.parse(text) }
        let message = MoneyError.invalidCharacter(text, character).errorDescription ?? ""
        #expect(message.contains("'\(text)'") && message.contains("156,000.00"))
    }

    @Test(
        "Rejects: misplaced commas", arguments: ["1,23", "1234,567", ",123", "1,2345", "1,,234", "12,34,567", "1,234,"])
    func rejectCommas(text: String) {
        #expect(throws: MoneyError.misplacedComma(text)) { try Money.parse(text) }
        #expect(MoneyError.misplacedComma(text).errorDescription?.contains(text) == true)
    }

    @Test("Rejects: more than two decimals", arguments: ["1.234", "0.001", "156,000.000"])
    func rejectDecimals(text: String) {
        #expect(throws: MoneyError.tooManyDecimals(text)) { try Money.parse(text) }
        #expect(MoneyError.tooManyDecimals(text).errorDescription?.contains(text) == true)
    }

    @Test("Rejects: malformed numbers", arguments: ["-", ".50", "12.", "1.2.3", "1.2,3", "12.5.-", "-.5"])
    func rejectMalformed(text: String) {
        #expect(throws: MoneyError.malformed(text)) { try Money.parse(text) }
    }

    @Test(
        "Rejects: overflow", arguments: ["92,233,720,368,547,758.08", "100000000000000000", "999999999999999999999999"])
    func rejectOverflow(text: String) {
        #expect(throws: MoneyError.overflow(text)) { try Money.parse(text) }
        #expect(MoneyError.overflow(text).errorDescription?.contains(text) == true)
    }

    @Test(
        "Formatting",
        arguments: [
            (Int64(15_600_000), "156,000.00", "๑๕๖,๐๐๐.๐๐"), (123_450, "1,234.50", "๑,๒๓๔.๕๐"),
            (-123_450, "-1,234.50", "-๑,๒๓๔.๕๐"),
            (0, "0.00", "๐.๐๐"), (5, "0.05", "๐.๐๕"), (-5, "-0.05", "-๐.๐๕"), (99_999, "999.99", "๙๙๙.๙๙"),
            (100_000, "1,000.00", "๑,๐๐๐.๐๐"), (100_000_000_000, "1,000,000,000.00", "๑,๐๐๐,๐๐๐,๐๐๐.๐๐"),
        ])
    func formatted(satang: Int64, arabic: String, thai: String) {
        let amount = Money(satang: satang)
        #expect(amount.formatted() == arabic)
        #expect(amount.formatted(digits: .thai) == thai)
        #expect(amount.description == arabic)
        #expect(amount.decimalString == arabic.replacingOccurrences(of: ",", with: ""))
    }

    @Test("Extreme values format without trapping")
    func extremes() {
        #expect(Money(satang: .max).formatted() == "92,233,720,368,547,758.07")
        #expect(Money(satang: .min).formatted() == "-92,233,720,368,547,758.08")
    }

    @Test(
        "Format then parse round-trips",
        arguments: [Int64(0), 1, -1, 99, 100, 123_456_789, -987_654_321, 15_600_000, .max, -.max])
    func roundTrip(satang: Int64) throws {
        let amount = Money(satang: satang)
        for digits in DigitStyle.allCases {
            #expect(try Money.parse(amount.formatted(digits: digits)) == amount)
        }
        #expect(try Money.parse(amount.decimalString) == amount)
    }

    @Test("Encodes as a JSON string with two decimals")
    func encode() throws {
        let data = try JSONEncoder().encode([Money(satang: 15_600_000), Money(satang: -1_250)])
        #expect(String(decoding: data, as: UTF8.self) == #"["156000.00","-12.50"]"#)
    }

    @Test(
        "Decodes strings, strings with commas and whole-baht integers",
        arguments: [
            (#"["156000.00"]"#, Int64(15_600_000)), (#"["156,000.00"]"#, 15_600_000), ("[156000]", 15_600_000),
            (#"["๑๒.๕"]"#, 1_250), ("[-3]", -300),
        ])
    func decode(json: String, satang: Int64) throws {
        #expect(try JSONDecoder().decode([Money].self, from: Data(json.utf8)) == [Money(satang: satang)])
    }

    @Test(
        "Decoding rejects bad amounts",
        arguments: [#"["12.345"]"#, #"["abc"]"#, "[12.5]", "[true]", "[92233720368547759]", "[-92233720368547759]"])
    func decodeRejects(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Money].self, from: Data(json.utf8)) }
    }

    @Test(
        "The stored form is read straight from its bytes, to the same amount; anything else takes the general reading")
    func canonicalFastPath() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let amount = Money(satang: Int64.random(in: -99_999_999_999_999...99_999_999_999_999, using: &generator))
            #expect(Money.canonical(amount.decimalString) == amount)
            #expect(try Money.parse(amount.decimalString) == amount)
        }
        #expect(Money.canonical("92233720368547758.07") == Money(satang: .max))
        for other in [
            "1,234.50", "1234.5", ".50", "12.345", "--1.00", "๑๒.๐๐", " 1.00", "1.00 ", "92233720368547758.08",
            "1e3.00",
        ] {
            #expect(Money.canonical(other) == nil, "\(other)")
        }
        #expect(throws: MoneyError.self) { try Money.parse("92233720368547758.08") }
    }
}
