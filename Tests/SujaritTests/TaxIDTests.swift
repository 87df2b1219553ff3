import Foundation
import Testing
@testable import Sujarit

@Suite("Tax ids")
struct TaxIDTests {
    /// The check digit computed independently of the library, straight from the published rule.
    static func referenceCheckDigit(_ first12: String) -> Int {
        let d = first12.map { Int(String($0))! }
        let sum = (0..<12).reduce(0) { $0 + d[$1] * (13 - $1) }
        return (11 - sum % 11) % 10
    }

    @Test(
        "Check digit matches the published rule",
        arguments: [
            "010754400010", "010753700011", "123456789012", "099400015917", "000000000000", "999999999999",
            "310010012345", "010555201123",
        ])
    func checkDigit(first12: String) {
        #expect(TaxID.checkDigit(for: first12) == Self.referenceCheckDigit(first12))
    }

    @Test("Known check digits")
    func knownCheckDigits() {
        #expect(TaxID.checkDigit(for: "010754400010") == 8)
        #expect(TaxID.checkDigit(for: "010753700011") == 4)
        #expect(TaxID.checkDigit(for: "010555201123") == 5)
        #expect(TaxID.checkDigit(for: "0-1055-52011-23") == 5)
        #expect(TaxID.checkDigit(for: "๐๑๐๗๕๔๔๐๐๐๑๐") == 8)
    }

    @Test(
        "Valid ids in every accepted notation",
        arguments: [
            ("0107544000108", "0107544000108"), ("0-1075-44000-10-8", "0107544000108"),
            ("๐-๑๐๗๕-๔๔๐๐๐-๑๐-๘", "0107544000108"), (" 0107537000114 ", "0107537000114"),
            ("0 1075 37000 11 4", "0107537000114"), ("1234567890121", "1234567890121"),
            ("0994000159170", "0994000159170"), ("0000000000001", "0000000000001"),
            ("0-1055-52011-23-5", "0105552011235"),
        ])
    func valid(text: String, digits: String) throws {
        let id = try TaxID(validating: text)
        #expect(id.digits == digits)
        #expect(id.description == digits)
    }

    @Test("Ids built with the reference rule are all accepted")
    func generated() throws {
        var accepted = 0
        for seed in stride(from: 100_000_000_000, to: 999_999_999_999, by: 7_654_321_011) {
            let first12 = String(seed)
            let id = try TaxID(validating: first12 + String(Self.referenceCheckDigit(first12)))
            if id.digits.hasPrefix(first12) { accepted += 1 }
            // Every other last digit must be refused.
            for wrong in 0...9 where wrong != Self.referenceCheckDigit(first12) {
                #expect(throws: TaxIDError.self) { try TaxID(validating: first12 + String(wrong)) }
            }
        }
        #expect(accepted > 100)
    }

    @Test("Formatted in the 1-4-5-2-1 pattern")
    func formatted() throws {
        #expect(try TaxID(validating: "0107544000108").formatted == "0-1075-44000-10-8")
        #expect(try TaxID(validating: "0105552011235").formatted == "0-1055-52011-23-5")
        let id = try TaxID(validating: "1234567890121")
        #expect(try TaxID(validating: id.formatted) == id)
    }

    @Test("Juristic persons start with 0")
    func juristic() throws {
        #expect(try TaxID(validating: "0107544000108").isJuristicPerson)
        #expect(try !TaxID(validating: "1234567890121").isJuristicPerson)
    }

    @Test("A wrong check digit names the expected digit")
    func badCheckDigit() {
        // The dashed example in the brief, 0-1055-52011-23-4, fails the check: its first 12 digits need 5.
        #expect(throws: TaxIDError.badCheckDigit("0-1055-52011-23-4", expected: 5, found: 4)) {
            try TaxID(validating: "0-1055-52011-23-4")
        }
        #expect(throws: TaxIDError.badCheckDigit("0107544000109", expected: 8, found: 9)) {
            try TaxID(validating: "0107544000109")
        }
        let message = TaxIDError.badCheckDigit("0107544000109", expected: 8, found: 9).errorDescription ?? ""
        #expect(message.contains("0107544000109") && message.contains("require 8") && message.contains("is 9"))
    }

    @Test(
        "Wrong length",
        arguments: [("010754400010", 12), ("01075440001088", 14), ("", 0), ("0-1075-44000-10", 12), ("1", 1)])
    func wrongLength(text: String, count: Int) {
        #expect(throws: TaxIDError.wrongLength(text, digitCount: count)) { try TaxID(validating: text) }
        let message = TaxIDError.wrongLength(text, digitCount: count).errorDescription ?? ""
        #expect(message.contains("has \(count) digit") && message.contains("13"))
    }

    @Test(
        "Non-digits are named",
        arguments: [
            ("01075440001O8", Character("O")), ("0107544000.108", "."), ("0/1075/44000/10/8", "/"),
            ("TH0107544000108", "T"), ("1.05552E+11", "."),
        ])
    func nonDigit(text: String, character: Character) {
        #expect(throws: TaxIDError.nonDigit(text, character)) { try TaxID(validating: text) }
        let message = TaxIDError.nonDigit(text, character).errorDescription ?? ""
        #expect(message.contains("'\(character)'") && message.contains(text))
    }

    @Test("Codable as the 13-digit string, validated on decode")
    func codable() throws {
        let id = try TaxID(validating: "0-1075-44000-10-8")
        let data = try JSONEncoder().encode([id])
        #expect(String(decoding: data, as: UTF8.self) == #"["0107544000108"]"#)
        #expect(try JSONDecoder().decode([TaxID].self, from: data) == [id])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([TaxID].self, from: Data(#"["0107544000109"]"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([TaxID].self, from: Data("[107544000108]".utf8))
        }
    }
}
