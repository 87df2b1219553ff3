import Foundation

/// Why a date could not be created or read.
///
/// Each message names the offending text or parts, says what was wrong, and lists the accepted forms, so
/// it can be shown to the user as it is.
public enum CalendarDateError: LocalizedError, Sendable, Hashable {
    /// The year, month and day do not form a real date (31 April, month 13, year 0).
    case invalidDate(year: Int, month: Int, day: Int)
    /// The text was empty or only whitespace.
    case empty
    /// The text matches none of the accepted date forms.
    case unrecognized(String)
    /// The text has a recognisable form but names a day that does not exist; `reason` says why.
    case impossibleDate(String, reason: String)
    /// The text is numeric with a two-digit year, which could be BE or CE.
    case ambiguousYear(String)

    /// The forms ``CalendarDate/parse(_:)`` accepts, as shown in error messages.
    public static let acceptedForms =
        "2024-11-26, 26/11/2567, 26 พ.ย. 67, 26 พ.ย. 2567 or 26 พฤศจิกายน 2567 (Thai or Arabic digits)"

    /// A message that names the problem and what is accepted.
    public var errorDescription: String? {
        switch self {
        case let .invalidDate(year, month, day):
            Self.describeInvalid(year: year, month: month, day: day)
        case .empty:
            "No date was given. Write a date such as \(Self.acceptedForms)."
        case let .unrecognized(text):
            "'\(text)' is not a date Sujarit can read. Write it as \(Self.acceptedForms)."
        case let .impossibleDate(text, reason):
            "'\(text)' is not a real date: \(reason)."
        case let .ambiguousYear(text):
            "'\(text)' has a two-digit year, which could be Buddhist or Christian era. "
                + "Write the year in full, e.g. 26/11/2567 (BE) or 2024-11-26 (CE), "
                + "or use a Thai month name: 26 พ.ย. 67."
        }
    }

    /// Explains why `year-month-day` is not a date.
    static func describeInvalid(year: Int, month: Int, day: Int) -> String {
        let parts = "year \(year), month \(month), day \(day) is not a date: "
        return parts + reason(year: year, month: month, day: day)
            + ". Years run 1–9999 CE, months 1–12, and days up to the length of the month."
    }

    /// The reason `year-month-day` is not a date, without the offending text; the caller adds it.
    static func reason(year: Int, month: Int, day: Int) -> String {
        if !CalendarDate.validYears.contains(year) {
            return "the CE year must be between 1 and 9999"
        }
        guard let thaiMonth = ThaiMonth(rawValue: month) else {
            return "there is no month \(month); months run 1 to 12"
        }
        let length = CivilCalendar.daysInMonth(month, year: year)
        return "\(thaiMonth.fullName) (\(thaiMonth.englishName)) \(year + 543) BE / \(year) CE has "
            + "\(length) days, so day \(day) does not exist"
    }
}
