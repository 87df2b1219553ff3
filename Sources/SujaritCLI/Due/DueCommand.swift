import Agency
import ArgumentParser
import Foundation
import Presentation
import Reporting
import Sujarit

/// `sujarit due`: everything that falls due — reports, ITA windows, declarations, gift reports, measures,
/// audit recommendations and engagements — with owner, due day and how late; or a reminder memo per owner.
struct DueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "What falls due and what is late, with owners (งานที่ครบกำหนด ปฏิทินการปฏิบัติตามกำหนด).",
        discussion: """
            Lists, as of a day, what falls due within the days ahead and everything already late: the measures' \
            6-month report (due in April) and annual report (due in October) while measures have not reported, \
            the ITA windows of the year (from Registers/ita, else Registers/calendar.yaml), annual declarations \
            of interests not yet made by those who must make them (Registers/annual-declarations.yaml), gifts \
            above the threshold not yet reported to the head, measures and audit recommendations by their due \
            days, and audit engagements not closed by the end of their period. The days and how far ahead each \
            kind appears come from Registers/calendar.yaml.

            Declarations and gifts name people: only the internal auditor and the legal officer see who owes \
            them; anyone else sees how many.

            --format ics writes an iCalendar file for Google Calendar or Outlook (one all-day event per item). \
            --letters --out DIR writes one reminder memo (บันทึกข้อความ) per owner, as HTML and, when Chromium is \
            installed, PDF.

            Examples:
              sujarit due --as anan
              sujarit due --as-of "1 เม.ย. 2570" --days 60 --owner FIN
              sujarit due --format ics -o due-2570.ics
              sujarit due --letters --out Reports/out/due --as anan
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(
        name: .customLong("as-of"), help: .day("The day to judge on (default: today in Bangkok).", valueName: "day"),
        transform: CalendarDate.argument)
    var asOf: CalendarDate?

    @Option(
        help: ArgumentHelp(
            "How many days ahead to look (default: look_ahead_days of Registers/calendar.yaml, 30).", valueName: "n"))
    var days: Int?

    @Option(help: ArgumentHelp("Only this owner's items: a staff id or a department code.", valueName: "id"))
    var owner: String?

    @Option(help: "How to print: term for people, json or csv for scripts, ics for a calendar program.")
    var format: DueFormat = .term

    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            "Write to this file instead of standard output (never the store; an existing file only with --force).",
            valueName: "file"))
    var output: String?

    @Flag(help: "Write one reminder memo per owner (HTML and PDF) into --out instead of listing.")
    var letters = false

    @Option(help: ArgumentHelp("The folder the memos are written to (with --letters).", valueName: "dir"))
    var out: String?

    @Option(
        help: ArgumentHelp(
            "The Registers folder with calendar.yaml (default: $SUJARIT_REGISTERS, ./Registers or beside the build).",
            valueName: "path"))
    var registers: String?

    @Option(help: ArgumentHelp("The Reports folder with the memo's templates (for --letters).", valueName: "path"))
    var reports: String?

    @OptionGroup var overwrite: ForceOption

    @Flag(
        name: .customLong("bom"),
        help: "With --format csv: start with a UTF-8 byte-order mark, which Excel needs to show Thai.")
    var byteOrderMark = false

    func validate() throws {
        if let days, !(0...3660).contains(days) {
            throw ValidationError("--days: \(days) is not 0–3660; give the number of days to look ahead, e.g. 30.")
        }
        if letters {
            guard out != nil else {
                throw ValidationError("--letters needs --out DIR, the folder to write the memos to.")
            }
            guard output == nil else { throw ValidationError("--letters writes into --out DIR; leave -o out.") }
            guard format == .term else { throw ValidationError("--letters writes HTML and PDF; leave --format out.") }
        } else if out != nil {
            throw ValidationError("--out goes with --letters; use -o FILE to write the list to a file.")
        }
    }

    func run() async throws {
        try await CommandFailure.report {
            // Records nothing: the context only says who reads and which day is today.
            let context = storeOptions.context
            // The file is checked before anything is read, so a wrong -o fails first.
            let file = try output.map { try OutputFile($0, store: storeOptions.location, force: overwrite.force) }
            let made = try await DueRun.calendar(
                try storeOptions.open(), on: asOf ?? context.today, days: days, owner: owner,
                actor: storeOptions.actorName, registers: try RiskInput.registers(registers), now: context.now)
            let calendar = made.calendar
            if letters {
                try await DueLetterFiles(
                    folder: out ?? "", store: storeOptions.location, force: overwrite.force,
                    reports: try ReportOptions.reportsFolder(reports)
                ).write(calendar, rules: made.rules, directory: made.sources.directory)
            } else {
                let text =
                    switch format {
                    case .term: calendar.terminal(style: file == nil ? TerminalStyle() : TerminalStyle(colors: false))
                    case .json: try calendar.json()
                    case .csv: calendar.csv(byteOrderMark: byteOrderMark)
                    case .ics: ICalendarText.document(calendar, stamp: context.now)
                    }
                if var target = file {
                    // Owner-only when it names people who owe declarations or gift reports.
                    target.privacy = OutputFile.Privacy(calendar.privacy)
                    try target.write(text)
                    Console.err("Wrote \(target.path) (\(calendar.items.count) items, \(calendar.late.count) late).")
                } else {
                    Console.out(text, terminator: "")
                }
            }
            if calendar.view == .totalsOnly, calendar.items.contains(where: \.kind.isPersonal) {
                Console.err(RegisterInput.totalsNotice(storeOptions.actorName, viewer: made.reader))
            }
        }
    }
}

/// The forms `sujarit due` prints.
enum DueFormat: String, ExpressibleByArgument, CaseIterable {
    case term, json, csv, ics

    init?(argument: String) {
        switch argument.lowercased() {
        case "term", "table", "text": self = .term
        case "json": self = .json
        case "csv": self = .csv
        case "ics", "ical", "icalendar": self = .ics
        default: return nil
        }
    }
}
