/// A civil day with no time of day and no time zone, such as the date on a letter or a deadline.
///
/// Thai documents date things by day, and most of what the workbench checks ("reported within 30 days",
/// "inside FY2568") is day arithmetic, so days are kept apart from instants (`Date`). The stored year is
/// the Christian-era (CE, Gregorian) year; ``beYear`` gives the Buddhist-era year Thai readers expect.
/// Encodes as an ISO 8601 string such as `"2024-11-26"`, which also sorts correctly as text.
public struct CalendarDate: Sendable, Hashable {
    /// The Christian-era (Gregorian) year, e.g. 2024.
    public let year: Int
    /// The month, 1 for January through 12 for December.
    public let month: Int
    /// The day of the month, starting at 1.
    public let day: Int

    /// The years a `CalendarDate` can be created with: four-digit CE years, so the ISO form stays valid.
    public static let validYears = 1...9999

    /// Creates the date `year-month-day`, where `year` is the Christian-era year.
    ///
    /// - Throws: ``CalendarDateError/invalidDate(year:month:day:)`` when the month is not 1–12, the day
    ///   does not exist in that month (31 April, 29 February 2025), or the year is outside ``validYears``.
    public init(year: Int, month: Int, day: Int) throws {
        guard Self.validYears.contains(year), (1...12).contains(month),
            day >= 1, day <= CivilCalendar.daysInMonth(month, year: year)
        else { throw CalendarDateError.invalidDate(year: year, month: month, day: day) }
        self.init(unchecked: year, month, day)
    }

    /// Creates a date from parts the caller has already validated.
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates the date with the given day number (days since 1970-01-01).
    init(dayNumber: Int) {
        let civil = CivilCalendar.civil(dayNumber: dayNumber)
        self.init(unchecked: civil.year, civil.month, civil.day)
    }

    /// Days since 1970-01-01, the basis of all day arithmetic.
    var dayNumber: Int {
        CivilCalendar.dayNumber(year: year, month: month, day: day)
    }

    /// The Buddhist-era year (CE + 543), e.g. 2567 for 2024.
    public var beYear: Int { year + 543 }

    /// The month as a ``ThaiMonth``, for its Thai and English names.
    public var thaiMonth: ThaiMonth {
        ThaiMonth(rawValue: month)!
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday; `Weekday` numbers Sunday as 1.
        let offset = ((dayNumber + 4) % 7 + 7) % 7
        return Weekday(rawValue: offset + 1)!
    }

    /// True when ``year`` is a Gregorian leap year.
    public var isInLeapYear: Bool {
        CivilCalendar.isLeapYear(year)
    }

    /// The number of days in this date's month.
    public var daysInMonth: Int {
        CivilCalendar.daysInMonth(month, year: year)
    }

    /// The number of days in `month` (1–12) of the CE `year`; useful to validate before creating a date.
    public static func daysInMonth(_ month: Int, year: Int) -> Int {
        CivilCalendar.daysInMonth(month, year: year)
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// The number of days from this date to `other`: positive when `other` is later, 0 for the same day.
    ///
    /// "Within 30 days of receipt" means `received.days(until: reported) <= 30`.
    public func days(until other: CalendarDate) -> Int {
        other.dayNumber - dayNumber
    }
}

extension CalendarDate: Comparable {
    /// Two dates are equal when they are the same day.
    public static func == (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        lhs.year == rhs.year && lhs.month == rhs.month && lhs.day == rhs.day
    }

    /// Orders dates chronologically.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension CalendarDate: Strideable {
    /// The distance between dates is a whole number of days.
    public typealias Stride = Int

    /// The number of days from this date to `other`; the same as ``days(until:)``.
    public func distance(to other: CalendarDate) -> Int {
        days(until: other)
    }

    /// The date `n` days later; the same as ``adding(days:)``. Makes a `ClosedRange<CalendarDate>` a
    /// collection of its days.
    public func advanced(by n: Int) -> CalendarDate {
        adding(days: n)
    }
}

extension CalendarDate: CustomStringConvertible {
    /// The ISO 8601 form, e.g. `2024-11-26`.
    public var description: String {
        formatted(.iso)
    }
}
