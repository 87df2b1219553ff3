import ArgumentParser
import GiftLog
import Sujarit

/// `sujarit gift reported`: records that a gift above the limit was reported to the head of agency.
struct GiftReportedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reported",
        abstract: "Record that a gift above the limit was reported to the head of agency (รายงานผู้บังคับบัญชา).",
        discussion: "Example: sujarit gift reported G-2568-003 --on \"28 มี.ค. 68\""
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The entry id (see 'sujarit gift list').", valueName: "id"))
    var id: String

    @Option(help: .day("The day the report reached the head (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    func run() async throws {
        let entryID = try GiftEntryID(parsing: id)
        let context = storeOptions.context // one actor and one instant for the whole command
        let day = on ?? context.today
        let store = try storeOptions.open()
        let service = GiftLogService(store: store)
        _ = try await service.markReported(entryID, on: day, context: context)
        let assessment = try await service.assessedEntries(asOf: context.today).first { $0.entry.id == entryID }!
            .assessment
        let due = assessment.dueOn!
        let late = due.days(until: day)
        Console.out(
            """
            Recorded: \(entryID) reported to the head on \(day.formatted(.thaiMedium)); due \
            \(due.formatted(.thaiMedium)) — 
            """
                + (late > 0
                    ? "\(assessment.reportStatus!.label.th), \(late) day(s) late."
                    : "\(assessment.reportStatus!.label.th)."))
        Console.out(
            """
            Record the head's decision with: sujarit gift decide \(entryID) --decision keep|return|hand-over --on \
            DATE --by ID
            """
        )
    }
}
