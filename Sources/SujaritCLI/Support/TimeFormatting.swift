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

    /// ISO 8601 with the Bangkok offset, for JSON and CSV.
    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
