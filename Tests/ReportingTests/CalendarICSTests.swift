import Foundation
import Sujarit
import Testing
@testable import Reporting

/// The calendar's iCalendar file, read back by a real parser (Python's `icalendar`, which CI installs through
/// `.ci/install-test-dependencies`), and its memos as the report pipeline writes them.
@Suite("The compliance calendar's iCalendar file and reminder memos")
struct CalendarICSTests {
    @Test(
        "The iCalendar file parses: one all-day event per item with a stable UID, text round-trips, lines folded",
        .enabled(if: ICalendarParser.canRun, ICalendarParser.skipReason))
    func parsesWithARealParser() async throws {
        let built = try await CalendarStore.make()
        let calendar = try await built.calendar(reader: "anan")
        let stamp = Date(timeIntervalSince1970: 1_796_000_000)
        let text = ICalendarText.document(calendar, stamp: stamp)
        let events = try ICalendarParser.parse(text)

        #expect(events.count == calendar.items.count)
        #expect(Set(events.map(\.uid)).count == events.count)
        for (event, item) in zip(events, calendar.items) {
            #expect(event.uid.hasPrefix(item.id + "@") && event.uid.hasSuffix(".sujarit"))
            #expect(event.start == (item.starts ?? item.due).formatted(.iso), "\(item.id)")
            #expect(event.end == item.due.adding(days: 1).formatted(.iso), "\(item.id)")
            #expect(event.allDay, "\(item.id) is not a DATE value")
            #expect(event.categories == item.kind.rawValue)
            #expect(event.stamp == "2026-11-30T00:53:20+00:00")
            #expect(event.description.contains("ผู้รับผิดชอบ: \(item.owner.name)"))
        }
        // Commas, semicolons and a backslash in a title come back as written; a late item says how late.
        #expect(events.contains { $0.summary == "ประชุมชี้แจง, อบรม; และติดตาม \\ ผล" })
        #expect(events.contains { $0.summary.hasPrefix("[ล่าช้า 26 วัน] จัดทำแผนจัดซื้อวัสดุรวมทั้งปี") })
        #expect(events.contains { $0.description.contains("\n") })

        // The same duty keeps its UID from one day to the next, so a client updates rather than duplicates.
        let later = try ICalendarParser.parse(
            ICalendarText.document(
                try await built.calendar(reader: "anan", on: CalendarStore.day("2027-04-20")), stamp: stamp))
        let uid = { (events: [ICalendarParser.Event]) in events.first { $0.uid.hasPrefix("measure/M-2570-001@") }?.uid }
        #expect(uid(later) != nil && uid(later) == uid(events))
    }

    @Test("Every line ends with CRLF and fits 75 octets; Thai is never cut inside a character")
    func foldingAndEscaping() async throws {
        let built = try await CalendarStore.make()
        let text = ICalendarText.document(try await built.calendar(reader: "anan"), stamp: Date())
        #expect(text.hasSuffix("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.contains { $0.hasPrefix(" ") }, "no line was long enough to fold")
        // A fold never leaves a vowel or tone mark at the start of a line, away from its consonant.
        #expect(
            lines.filter { $0.hasPrefix(" ") }.allSatisfy {
                $0.unicodeScalars.dropFirst().first?.properties.generalCategory != .nonspacingMark
            })
        // Unfolded as a parser does, octet by octet, the escaped title is whole.
        #expect(unfold(text).contains("SUMMARY:ประชุมชี้แจง\\, อบรม\\; และติดตาม \\\\ ผล\r\n"))
        #expect(ICalendarText.text("a\nb,c;d\\e") == "a\\nb\\,c\\;d\\\\e")
        // A separator a combining mark follows is still a separator to a calendar; \r\n is one line break.
        #expect(ICalendarText.text("a,\u{301};\u{301}x\r\ny") == "a\\,\u{301}\\;\u{301}x\\ny")
        // ก is 3 octets: 25 of them fill the first line (75), 24 each next one (a space and 72).
        let thai = String(repeating: "ก", count: 60)
        #expect(ICalendarText.fold(thai).components(separatedBy: "\r\n ").map(\.count) == [25, 24, 11])
        #expect(unfold(ICalendarText.fold(thai)) == thai)
    }

    /// RFC 5545 §3.1's unfolding: every CRLF followed by a space removed, on the octets.
    func unfold(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if index + 2 < bytes.count, bytes[index] == 13, bytes[index + 1] == 10, bytes[index + 2] == 32 {
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test("One memo per owner: บันทึกข้อความ with its heads, the owner's items, personal memos owner-only")
    func letters() async throws {
        let built = try await CalendarStore.make()
        let sources = try await built.sources()
        let calendar = try await built.calendar(reader: "anan")
        let letters = DueLetters.letters(
            calendar, unit: "หน่วยตรวจสอบภายใน", signer: .role(.auditor), directory: sources.directory)
        #expect(letters.map(\.owner.key) == ["nisa", "pimchanok", "kittipong", "anan", "ENG", "surachai"])
        let kittipong = try #require(letters.first { $0.owner.key == "kittipong" })
        #expect(kittipong.items.map(\.kind) == [.auditRecommendation, .giftReport])
        #expect(kittipong.privacy == .personalData)
        let anan = try #require(letters.first { $0.owner.key == "anan" })
        #expect(anan.items.count == 3 && anan.privacy == .shared)

        let html = try ReportRenderer(theme: try await ReportFixture.theme()).render(kittipong.document, as: .html)
        for text in [
            // The memo's heading lines at the left, as งานสารบรรณ sets them, not centred under the title.
            "บันทึกข้อความ", "<div class=\"memo-line\"><b>ส่วนราชการ</b> หน่วยตรวจสอบภายใน เทศบาลเมืองตากใบ</div>",
            "<b>วันที่</b> 10 เมษายน 2570", "<b>เรื่อง</b> แจ้งเตือนงานที่ครบกำหนดและงานที่ล่าช้า",
            "<b>เรียน</b> นายกิตติพงษ์ มะลิวัลย์ เจ้าพนักงานพัสดุชำนาญงาน", "ล่าช้า 26 วัน", "ล่าช้า 10 วัน",
            "จัดทำแผนจัดซื้อวัสดุรวมทั้งปี", "นายอนันต์ ศรีสุข",
        ] {
            #expect(html.contains(text), "memo lacks \(text)")
        }
        // Someone who may not see names writes no memo about a count.
        let counted = try await built.calendar(reader: "mayor")
        #expect(
            !DueLetters.letters(counted, unit: nil, signer: .role(.auditor), directory: sources.directory).contains {
                $0.owner.key == "-"
            })
    }
}

/// Reads an iCalendar file with Python's `icalendar` package and reports each event's fields as JSON.
enum ICalendarParser {
    struct Event: Decodable {
        var uid: String
        var summary: String
        var description: String
        var start: String
        var end: String
        var allDay: Bool
        var categories: String
        var stamp: String
    }

    static let script = """
        import icalendar, json, sys
        calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
        assert calendar.get('VERSION') == '2.0' and calendar.get('PRODID'), 'VERSION or PRODID missing'
        events = []
        for event in calendar.walk('VEVENT'):
            start, end = event.decoded('DTSTART'), event.decoded('DTEND')
            categories = event.get('CATEGORIES')
            events.append({
                'uid': str(event['UID']), 'summary': str(event['SUMMARY']), 'description': str(event['DESCRIPTION']),
                'start': start.isoformat(), 'end': end.isoformat(), 'allDay': not hasattr(start, 'hour'),
                'categories': ','.join(str(c) for c in categories.cats) if hasattr(categories, 'cats') else str(categories),
                'stamp': event.decoded('DTSTAMP').isoformat(),
            })
        json.dump(events, sys.stdout)
        """

    /// A Python that has `icalendar`: the system's first (Debian's python3-icalendar), then the one on `PATH`.
    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3", "python3"].first { candidate in
        (try? run(candidate, ["-c", "import icalendar"], input: Data()).status) == 0
    }

    /// On CI (`CI` set) the check always runs, so a missing package fails it instead of hiding it.
    static var canRun: Bool { python != nil || ProcessInfo.processInfo.environment["CI"] != nil }

    static var skipReason: Comment {
        "skipped: Python's icalendar package is not installed (apt-get install python3-icalendar; CI installs it)"
    }

    static func parse(_ text: String) throws -> [Event] {
        let result = try run(python ?? "/usr/bin/python3", ["-c", script], input: Data(text.utf8))
        guard result.status == 0 else {
            throw CocoaError(.coderInvalidValue, userInfo: [NSDebugDescriptionErrorKey: result.error])
        }
        return try JSONDecoder().decode([Event].self, from: result.output)
    }

    static func run(
        _ program: String, _ arguments: [String], input: Data
    ) throws -> (
        status: Int32, output: Data, error: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, output, String(decoding: error, as: UTF8.self))
    }
}
