/// Proleptic Gregorian day arithmetic on plain integers, with no Foundation calendar, locale or time zone.
///
/// Day numbers count days from 1970-01-01 (day 0). The conversions are Howard Hinnant's
/// `days_from_civil` / `civil_from_days`, exact for every year an `Int` can hold without overflow.
enum CivilCalendar {
    /// Days between 0000-03-01 and 1970-01-01 in the algorithm's shifted calendar.
    private static let epochShift = 719_468
    /// Days in a 400-year Gregorian era.
    private static let daysPerEra = 146_097

    /// True when `year` (CE) is a Gregorian leap year.
    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` (1–12) of `year` (CE).
    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The day number (days since 1970-01-01) of a valid civil date.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * daysPerEra + dayOfEra - epochShift
    }

    /// The civil date of a day number (days since 1970-01-01).
    static func civil(dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + epochShift
        let era = (z >= 0 ? z : z - (daysPerEra - 1)) / daysPerEra
        let dayOfEra = z - era * daysPerEra
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
