import Testing

@testable import Sujarit

/// `CalendarDate.parse` and `TaxID(validating:)` read the form read models store (`2024-11-26`, 13 digits) on a
/// fast path; the same text with a space in front goes the general way. Both must give the same value or the
/// same error (a trimmed original is what errors name), for good and bad stored values alike.
@Suite("Stored forms read on the fast path as on the general one")
struct StoredFormFastPathTests {
    static func outcome<T>(_ read: () throws -> T) -> String {
        do { return "value \(try read())" } catch { return "error \(error.localizedDescription)" }
    }

    static let days = [
        "2024-11-26", "2567-02-29", "2566-02-29", "2024-02-29", "2023-02-29", "2025-04-31", "2025-13-01",
        "2025-00-10", "2025-01-00", "2399-12-31", "2400-01-01", "1999-12-31", "0000-01-01", "9999-12-31",
        "2024-1a-26", "2024/11/26", "2024-11-2", "20241-1-26", "2024_11_26", "2024-11-26x",
    ]

    @Test("A day in ISO form: the same day, or the same error", arguments: days)
    func day(_ text: String) {
        let fast = Self.outcome { try CalendarDate.parse(text) }
        #expect(fast == Self.outcome { try CalendarDate.parse(" " + text) })
        if text == "2024-11-26" { #expect(fast == "value 2024-11-26") }
        if text == "2566-02-29" { #expect(fast.hasPrefix("error")) }
    }

    static let taxIDs = [
        "0107544000108", "0107537000114", "0000000000001", "1234567890121", "0107544000109", "0107544000100",
        "010754400010", "01075440001080", "010754400010a", "๐๑๐๗๕๔๔๐๐๐๑๐๘", "0-1075-44000-10-8", "9999999999999",
    ]

    @Test("A tax id of 13 digits: the same id, or the same error", arguments: taxIDs)
    func taxID(_ text: String) {
        let fast = Self.outcome { try TaxID(validating: text).digits }
        #expect(fast == Self.outcome { try TaxID(validating: " " + text).digits })
        if text == "0107544000108" { #expect(fast == "value 0107544000108") }
        if text == "0107544000109" { #expect(fast.hasPrefix("error")) }
        #expect(TaxID.isCanonical(text) == (text.count == 13 && fast.hasPrefix("value") && text.allSatisfy(\.isASCII)))
    }
}
