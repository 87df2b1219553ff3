import Foundation
import Reporting
import Sujarit

/// The compliance calendar of the demo's year on 10 เม.ย. 2568: the six-month report waiting on measures,
/// the OIT window, the annual declarations, the overdue recommendation and engagements, each with its owner
/// and how late; what an executive sees instead of names; the iCalendar file; and the reminder memos.
struct DueChapter: DemoChapter {
    let title = "งานที่ครบกำหนด — The compliance calendar: what falls due, who owes it, how late"

    func run(in demo: DemoContext) async throws {
        let day = try CalendarDate.parse("10 เม.ย. 2568")
        let registers = try DemoFiles.path("Registers")
        let made = try await DueRun.calendar(
            demo.store, on: day, days: 30, owner: nil, actor: "anan", registers: registers, now: Date())
        let calendar = made.calendar
        demo.say("sujarit due --as-of \"10 เม.ย. 2568\" --days 30 --as anan   (the auditor sees who owes what)")
        demo.show(calendar.terminal(style: demo.style))

        let executive = try await DueRun.calendar(
            demo.store, on: day, days: 30, owner: nil, actor: "mayor", registers: registers, now: Date()
        ).calendar
        for line in executive.items where line.kind.isPersonal {
            demo.say("--as mayor: \(line.title), \(line.detail ?? "") — counts, not names (PDPA).")
        }

        let ics = demo.folder.appendingPathComponent("due-2568-04-10.ics")
        try OutputFile(ics.path, store: nil, force: false, overwritesOwnFile: true, privacy: .personalData).write(
            ICalendarText.document(calendar, stamp: Date()))
        demo.say(
            "sujarit due … --format ics -o \(ics.lastPathComponent) → \(ics.path) (\(calendar.items.count) all-day "
                + "events with stable UIDs: import into Google Calendar or Outlook)")

        let theme = try await ReportTheme.load(try ReportOptions.reportsFolder(nil))
        let letters = DueLetters.letters(
            calendar, unit: made.rules.letterUnit ?? theme.letterhead.unit, signer: made.rules.letterSigner,
            directory: made.sources.directory)
        if let first = letters.first {
            let html = demo.folder.appendingPathComponent("due-2568-04-10-\(first.owner.key).html")
            try OutputFile(
                html.path, store: nil, force: false, overwritesOwnFile: true, privacy: OutputFile.Privacy(first.privacy)
            ).write(try ReportRenderer(theme: theme).render(first.document, as: .html))
            demo.say(
                """
                sujarit due --letters --out DIR → \(letters.count) reminder memos (บันทึกข้อความ), one per owner, HTML \
                and PDF; e.g. to \(first.owner.name) (\(first.items.count) items): \(html.path)
                """
            )
        }
    }
}
