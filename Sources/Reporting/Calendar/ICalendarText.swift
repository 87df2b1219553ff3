import Foundation
import Sujarit

/// The calendar as an iCalendar file (RFC 5545) that Google Calendar, Outlook and Thunderbird import: one
/// all-day VEVENT per item (a window spans its days; a deadline is its due day), with a UID that stays the same
/// for the same duty, so importing a newer file updates events instead of doubling them.
///
/// All-day DATE values carry no time, so they fall on the same days in Bangkok as anywhere; the calendar is
/// also named Asia/Bangkok (`X-WR-TIMEZONE`) for the clients that read it. Events rather than VTODOs, because
/// Google Calendar drops VTODOs on import.
public enum ICalendarText {
    /// The file's text: CRLF line ends, lines folded at 75 octets, TEXT values escaped.
    ///
    /// - parameter stamp: The instant the file is made (each event's DTSTAMP, in UTC).
    public static func document(_ calendar: DueCalendar, stamp: Date) -> String {
        let dtstamp = utcStamp(stamp)
        let domain = "\(hex(fnv1a(calendar.agency))).sujarit"
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sujarit//Compliance calendar//TH",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + text("\(calendar.agency) ปฏิทินงานที่ครบกำหนด"),
            "X-WR-TIMEZONE:Asia/Bangkok",
        ]
        for item in calendar.items {
            let first = item.starts ?? item.due
            let late = item.isLate ? "[ล่าช้า \(item.daysLate) วัน] " : ""
            var description = [item.kind.label.th, "ผู้รับผิดชอบ: \(item.owner.name)"]
            if let detail = item.detail { description.append(detail) }
            description.append("ครบกำหนด: \(item.due.formatted(.thaiMedium))")
            if let source = item.source { description.append("ที่มา: \(source)") }
            lines += [
                "BEGIN:VEVENT", "UID:" + text("\(item.id)@\(domain)"), "DTSTAMP:\(dtstamp)",
                "DTSTART;VALUE=DATE:\(basic(first))", "DTEND;VALUE=DATE:\(basic(item.due.adding(days: 1)))",
                "SUMMARY:" + text(late + item.title), "DESCRIPTION:" + text(description.joined(separator: "\n")),
                "CATEGORIES:" + text(item.kind.rawValue), "TRANSP:TRANSPARENT", "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// A TEXT value escaped as RFC 5545 §3.3.11 says: backslash, semicolon and comma escaped, line breaks as
    /// `\n`; carriage returns dropped. Scalar by scalar, not character by character: a calendar reads a comma a
    /// combining mark follows as a comma all the same.
    public static func text(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\".unicodeScalars
            case ";": out += "\\;".unicodeScalars
            case ",": out += "\\,".unicodeScalars
            case "\n": out += "\\n".unicodeScalars
            case "\r": continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// `line` folded as RFC 5545 §3.1 says: no line longer than 75 octets, each continuation starting with a
    /// space. Folds fall between characters as people read them (a Thai consonant keeps its vowel and tone
    /// marks), so a client that shows the raw text still reads whole words; never inside a UTF-8 sequence.
    public static func fold(_ line: String) -> String {
        var parts: [String] = []
        var current = ""
        var octets = 0
        func append(_ piece: String) {
            let size = piece.utf8.count
            // A continuation's leading space counts towards its 75 octets.
            if octets + size > (parts.isEmpty ? 75 : 74) {
                parts.append(current)
                current = ""
                octets = 0
            }
            current += piece
            octets += size
        }
        for character in line {
            // A cluster too long for a line (dozens of stacked marks) is folded between its code points.
            if character.utf8.count > 74 {
                for scalar in character.unicodeScalars { append(String(scalar)) }
            } else {
                append(String(character))
            }
        }
        parts.append(current)
        return parts.joined(separator: "\r\n ")
    }

    /// `20270430`: a DATE value.
    static func basic(_ day: CalendarDate) -> String {
        day.formatted(.iso).replacingOccurrences(of: "-", with: "")
    }

    /// `20261206T093000Z`: a UTC DATE-TIME.
    static func utcStamp(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return String(format: "%04d", parts.year ?? 1970) + two(parts.month) + two(parts.day) + "T" + two(parts.hour)
            + two(parts.minute) + two(parts.second) + "Z"
    }

    /// FNV-1a over the agency's name: a short, stable part of every UID, so two agencies' calendars imported
    /// into one client never share one.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }
}
