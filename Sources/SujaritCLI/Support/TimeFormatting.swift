import Foundation
import Sujarit

/// Instants as an official in Thailand reads them: the Bangkok day with a Buddhist-era year, and the time.
enum TimeFormatting {
    /// `24 พ.ย. 2569 20:31`.
    static func thai(_ date: Date) -> String {
        let seconds = Int((date.timeIntervalSince1970 + 7 * 3600).rounded(.down))
        let secondsOfDay = ((seconds % 86_400) + 86_400) % 86_400
        let clock = String(format: "%02d:%02d", secondsOfDay / 3600, secondsOfDay % 3600 / 60)
        return "\(CalendarDate(date).formatted(.thaiMedium)) \(clock)"
    }

    /// ISO 8601 with the Bangkok offset, for JSON and CSV: `2026-12-07T11:57:55.669+07:00`.
    ///
    /// `events` writes two per event, a million events in a national store: a formatter made per call
    /// (ICU's set-up) cost more than everything else the command does, so the text is built from the
    /// millisecond here. The formatter rounds to the nearest millisecond; an instant within a thousandth of a
    /// millisecond of half-way, or outside the years 1900–9999, is left to it so the two never disagree.
    static func iso(_ date: Date) -> String {
        let milliseconds = (date.timeIntervalSinceReferenceDate + 978_307_200) * 1_000
        let fraction = milliseconds - milliseconds.rounded(.down)
        if milliseconds.isFinite, abs(milliseconds) < 1e14, abs(fraction - 0.5) > 1e-3,
            let text = isoBangkok(milliseconds: Int64((milliseconds + 0.5).rounded(.down)))
        {
            return text
        }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    /// `yyyy-MM-ddTHH:mm:ss.SSS+07:00` for a count of milliseconds since 1970 (UTC), in the proleptic Gregorian
    /// calendar; nil outside the years 1900–9999.
    private static func isoBangkok(milliseconds: Int64) -> String? {
        let local = milliseconds + 7 * 3_600_000
        let day = (local >= 0 ? local : local - 86_399_999) / 86_400_000
        let time = local - day * 86_400_000
        // Days since 1970 to a civil date (Howard Hinnant's days_from_civil, inverted).
        let shifted = day + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        guard (1_900...9_999).contains(year) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(29)
        func digits(_ value: Int64, _ count: Int) {
            var divisor: Int64 = 1
            for _ in 1..<count { divisor *= 10 }
            while divisor > 0 {
                out.append(UInt8(48 + value / divisor % 10))
                divisor /= 10
            }
        }
        digits(year, 4)
        out.append(UInt8(ascii: "-"))
        digits(month, 2)
        out.append(UInt8(ascii: "-"))
        digits(dayOfMonth, 2)
        out.append(UInt8(ascii: "T"))
        digits(time / 3_600_000, 2)
        out.append(UInt8(ascii: ":"))
        digits(time / 60_000 % 60, 2)
        out.append(UInt8(ascii: ":"))
        digits(time / 1_000 % 60, 2)
        out.append(UInt8(ascii: "."))
        digits(time % 1_000, 3)
        out.append(contentsOf: "+07:00".utf8)
        return String(decoding: out, as: UTF8.self)
    }
}
