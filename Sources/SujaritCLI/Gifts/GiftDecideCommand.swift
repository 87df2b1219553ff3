import ArgumentParser
import GiftLog
import Sujarit

/// `sujarit gift decide`: records the head's decision on a reported gift.
struct GiftDecideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Record the head of agency's decision on a gift above the limit (ผลการพิจารณาของผู้บังคับบัญชา).",
        discussion: """
            Decisions: keep (ให้ถือครองได้), return (ส่งคืนผู้ให้), hand-over \
            (ส่งมอบให้หน่วยงาน). Only gifts above the limit take a decision, and only \
            once reported; give --reported-on when the report was not recorded yet.
            The head of agency does not decide on a gift they received themselves: the \
            authority above the head does (for a เทศบาลเมือง, the ผู้ว่าราชการจังหวัด; the \
            table is head_of_agency in Registers/gift-rules.yaml). Record it with \
            --next-authority and without --by.
            Example: sujarit gift decide G-2568-003 --decision hand-over \\
                --on "2 เม.ย. 68" --by mayor
            Example: sujarit gift decide G-2568-009 --decision return \\
                --on "2 เม.ย. 68" --next-authority "ผู้ว่าราชการจังหวัดนราธิวาส"
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The entry id (see 'sujarit gift list').", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("keep, return or hand-over.", valueName: "decision"))
    var decision: String

    @Option(help: .day("The day of the decision (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    @Option(help: ArgumentHelp("The staff id of who decided (an executive).", valueName: "id"))
    var by: String?

    @Option(
        help: ArgumentHelp(
            """
            For the head of agency's own gift: the authority above the head who decided, title and name (e.g. \
            \"ผู้ว่าราชการจังหวัดนราธิวาส\").
            """,
            valueName: "text"))
    var nextAuthority: String?

    @Option(help: .day("The day the report reached the head, if not recorded yet."), transform: CalendarDate.argument)
    var reportedOn: CalendarDate?

    @Option(help: ArgumentHelp("A remark.", valueName: "text"))
    var note: String?

    func run() async throws {
        let entryID = try GiftEntryID(parsing: id)
        guard let chosen = GiftDecision(text: decision) else {
            throw ValidationError("--decision '\(decision)' is not a decision: write keep, return or hand-over.")
        }
        let context = storeOptions.context // one actor and one instant for the whole command
        let store = try storeOptions.open()
        let entry = try await GiftLogService(store: store).decide(
            entryID, decision: chosen, on: on ?? context.today, by: by, nextAuthority: nextAuthority,
            reportedOn: reportedOn, note: note,
            context: context
        )
        let decided = entry.decision!
        Console.out(
            """
            Recorded the decision on \(entryID): \(chosen.label.th) (\(chosen.label.en)), \
            \(decided.decidedOn.formatted(.thaiMedium))\(decided.nextAuthority.map { ", decided by \($0) (the head's own gift)" } ?? "").
            """
        )
    }
}
