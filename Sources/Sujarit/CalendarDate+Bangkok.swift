import Foundation

extension CalendarDate {
    /// The offset of Thai time from UTC: +7 hours, with no daylight saving time.
    public static let bangkokSecondsFromGMT = 25_200

    /// The fixed time zone in which Sujarit turns instants into days: UTC+7, as used by every Thai agency.
    ///
    /// It is fixed rather than read from the machine so that a report made on a laptop set to another
    /// zone, or on a CI server in UTC, dates things as a Thai office would.
    public static let bangkok: TimeZone = TimeZone(secondsFromGMT: bangkokSecondsFromGMT)!

    /// The day in Bangkok on which the instant `date` falls.
    public init(_ date: Date) {
        let seconds = date.timeIntervalSince1970 + Double(Self.bangkokSecondsFromGMT)
        self.init(dayNumber: Int((seconds / 86_400).rounded(.down)))
    }

    /// Today's date in Bangkok; pass `now` to make the answer reproducible in tests.
    public static func today(now: Date = Date()) -> CalendarDate {
        CalendarDate(now)
    }

    /// The instant this day begins in Bangkok (00:00 UTC+7, i.e. 17:00 UTC the day before).
    public var startOfDay: Date {
        Date(timeIntervalSince1970: Double(dayNumber * 86_400 - Self.bangkokSecondsFromGMT))
    }
}
