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
    /// `events` writes two per event, a million events in a national store: an `ISO8601DateFormatter` made per
    /// call (ICU's set-up) cost more than everything else the command does, so Foundation's format style (a value,
    /// no ICU) writes it. The formatter rounded to the nearest millisecond, half up; the style truncates, so the
    /// instant is rounded first and moved 5 µs into its millisecond, past any error of the division (the same
    /// text for 600,000 instants of 1906–2223 and microsecond-stamped ones of 2017–2030, checked when this was
    /// written).
    static func iso(_ date: Date) -> String {
        let milliseconds = (date.timeIntervalSince1970 * 1_000 + 0.5).rounded(.down)
        return isoStyle.format(Date(timeIntervalSince1970: milliseconds / 1_000 + 5e-6))
    }

    /// `yyyy-MM-ddTHH:mm:ss.SSS+07:00`.
    private static let isoStyle = Date.ISO8601FormatStyle(
        includingFractionalSeconds: true, timeZone: TimeZone(secondsFromGMT: 7 * 3_600)!
    ).timeZoneSeparator(.colon)
}
