import Foundation
import Sujarit

/// When in the fiscal year an engagement is planned (ระยะเวลา): a quarter or a single month.
///
/// The calendar year of a month follows from the fiscal year (October–December fall in the year before
/// the one the fiscal year is named for), so a period is stored without a year and shown with one.
/// Encodes as `Q1`…`Q4` or `M1`…`M12` (the calendar month number).
public enum AuditPeriod: Sendable, Hashable, Codable, Comparable {
    /// A quarter of the fiscal year: 1 is October–December, 4 is July–September.
    case quarter(Int)
    /// A calendar month, 1 for January.
    case month(Int)

    /// The months it covers, as positions in the fiscal year (0 for October … 11 for September).
    public var fiscalMonths: ClosedRange<Int> {
        switch self {
        case .quarter(let q): (q - 1) * 3...(q - 1) * 3 + 2
        case .month(let m): (m + 2) % 12...(m + 2) % 12
        }
    }

    /// Orders by the first month covered, a quarter before a month starting with it.
    public static func < (lhs: AuditPeriod, rhs: AuditPeriod) -> Bool {
        (lhs.fiscalMonths.lowerBound, lhs.fiscalMonths.count == 1 ? 1 : 0) < (
            rhs.fiscalMonths.lowerBound, rhs.fiscalMonths.count == 1 ? 1 : 0
        )
    }

    /// The calendar month (1–12) at fiscal position `position` (0 = October).
    static func calendarMonth(atFiscalPosition position: Int) -> Int { (position + 9) % 12 + 1 }

    /// The first and last day of the period in `year`.
    public func dates(in year: FiscalYear) -> ClosedRange<CalendarDate> {
        let first = Self.calendarMonth(atFiscalPosition: fiscalMonths.lowerBound)
        let last = Self.calendarMonth(atFiscalPosition: fiscalMonths.upperBound)
        let start = try! CalendarDate(year: first >= 10 ? year.ce - 1 : year.ce, month: first, day: 1)
        let endYear = last >= 10 ? year.ce - 1 : year.ce
        let end = try! CalendarDate(year: endYear, month: last, day: CalendarDate.daysInMonth(last, year: endYear))
        return start...end
    }

    /// As a plan prints it: `ไตรมาส 1 (ต.ค.–ธ.ค. 2567)` or `พ.ย. 2567`.
    public func thai(in year: FiscalYear) -> String {
        let range = dates(in: year)
        switch self {
        case .quarter(let q):
            return
                """
                ไตรมาส \(q) \
                (\(range.lowerBound.thaiMonth.abbreviation)–\(range.upperBound.thaiMonth.abbreviation) \
                \(range.upperBound.beYear))
                """
        case .month:
            return "\(range.lowerBound.thaiMonth.abbreviation) \(range.lowerBound.beYear)"
        }
    }

    /// The stored and scriptable form: `Q1` or `M11`.
    public var code: String {
        switch self {
        case .quarter(let q): "Q\(q)"
        case .month(let m): "M\(m)"
        }
    }

    /// What `--period` accepts, for error messages.
    public static let acceptedText =
        "a quarter of the fiscal year (q1–q4, ไตรมาส 1–4; q1 is ต.ค.–ธ.ค.) or a month (พ.ย., พฤศจิกายน, nov, m11)"

    /// Reads `q2`, `Q2`, `ไตรมาส 2`, `ไตรมาส ๒`, a Thai month (`พ.ย.`, `พฤศจิกายน`), an English month (`nov`,
    /// `November`) or `m11`; nil otherwise.
    public init?(text: String) {
        let key = ThaiDigits.toArabic(text).lowercased().filter { !$0.isWhitespace }
        if let q = Self.number(after: ["q", "ไตรมาสที่", "ไตรมาส"], in: key), (1...4).contains(q) {
            self = .quarter(q)
        } else if let m = Self.number(after: ["m"], in: key), (1...12).contains(m) {
            self = .month(m)
        } else if let month = ThaiMonth(thai: key) {
            self = .month(month.rawValue)
        } else if let month = ThaiMonth.allCases.first(where: {
            key == $0.englishName.lowercased() || key == $0.englishAbbreviation.lowercased()
        }) {
            self = .month(month.rawValue)
        } else {
            return nil
        }
    }

    private static func number(after prefixes: [String], in key: String) -> Int? {
        for prefix in prefixes where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count)
            if !rest.isEmpty, rest.allSatisfy(\.isASCII), let value = Int(rest) { return value }
        }
        return nil
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let number = Int(text.dropFirst()), let first = text.first else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a period; expected Q1–Q4 or M1–M12")
        }
        switch first {
        case "Q" where (1...4).contains(number): self = .quarter(number)
        case "M" where (1...12).contains(number): self = .month(number)
        default:
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a period; expected Q1–Q4 or M1–M12")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
