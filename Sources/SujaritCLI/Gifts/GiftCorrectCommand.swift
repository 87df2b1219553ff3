import ArgumentParser
import GiftLog
import Sujarit

/// `sujarit gift correct`: corrects the day of a gift recorded by mistake, as a new event.
struct GiftCorrectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct the day of a gift recorded by mistake (แก้ไขวันที่บันทึกผิด).",
        discussion: """
            The correction is recorded as an event beside the original entry, never \
            an edit: from then on the verdict, the report's due day and the O33 report \
            use the corrected day, and 'sujarit events --stream gift/ID' shows both days. \
            The entry keeps its id.
            Example: sujarit gift correct G-2568-001 --on "3 ม.ค. 68" \\
                --reason "บันทึกวันที่ผิดจากแบบรายงาน"
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The entry id (see 'sujarit gift list').", valueName: "id"))
    var id: String

    @Option(help: .day("The right day of receipt, giving or refusal."), transform: CalendarDate.argument)
    var on: CalendarDate

    @Option(help: ArgumentHelp("Why the recorded day was wrong.", valueName: "text"))
    var reason: String

    func run() async throws {
        let entryID = try GiftEntryID(parsing: id)
        let day = on
        let store = try storeOptions.open()
        let service = GiftLogService(store: store)
        let before = try await service.entry(entryID)?.logged.date
        let context = storeOptions.context // one actor and one instant for the whole command
        let entry = try await service.correctDate(entryID, to: day, reason: reason, context: context)
        let assessment = try await service.assessedEntries(asOf: context.today).first { $0.entry.id == entryID }!
            .assessment
        Console.out(
            """
            Corrected \(entryID): \(before.map { $0.formatted(.thaiMedium) } ?? "?") → \
            \(entry.logged.date.formatted(.thaiMedium)) (\(reason)).
            """
        )
        Console.out(
            "ผลการพิจารณา Verdict: \(assessment.verdict.label.th) (\(assessment.verdict.label.en))"
                + (assessment.dueOn.map { ", report due \($0.formatted(.thaiMedium))" } ?? "") + ".")
    }
}
