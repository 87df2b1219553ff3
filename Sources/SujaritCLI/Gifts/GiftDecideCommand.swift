import ArgumentParser
import GiftLog

/// `sujarit gift decide`: records the head's decision on a reported gift.
struct GiftDecideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Record the head of agency's decision on a gift above the limit (คำวินิจฉัยของหัวหน้าหน่วยงาน).",
        discussion: """
            Decisions: keep (ให้ถือครองได้), return (ส่งคืนผู้ให้), hand-over \
            (ส่งมอบให้หน่วยงาน). Only gifts above the limit take a decision, and only \
            once reported; give --reported-on when the report was not recorded yet.
            Example: sujarit gift decide G-2568-003 --decision hand-over \\
                --on "2 เม.ย. 68" --by mayor
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The entry id (see 'sujarit gift list').", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("keep, return or hand-over.", valueName: "decision"))
    var decision: String

    @Option(help: ArgumentHelp("The day of the decision (default: today).", valueName: "date"))
    var on: String?

    @Option(help: ArgumentHelp("The staff id of who decided (an executive).", valueName: "id"))
    var by: String?

    @Option(help: ArgumentHelp("The day the report reached the head, if not recorded yet.", valueName: "date"))
    var reportedOn: String?

    @Option(help: ArgumentHelp("A remark.", valueName: "text"))
    var note: String?

    func run() async throws {
        let entryID = try GiftEntryID(parsing: id)
        guard let chosen = GiftDecision(text: decision) else {
            throw ValidationError("--decision '\(decision)' is not a decision: write keep, return or hand-over.")
        }
        let store = try storeOptions.open()
        let entry = try await GiftLogService(store: store).decide(
            entryID, decision: chosen, on: try RegisterInput.day(on, option: "--on"), by: by,
            reportedOn: try reportedOn.map { try RegisterInput.day($0, option: "--reported-on") }, note: note,
            actor: storeOptions.actorName
        )
        Console.out("Recorded the decision on \(entryID): \(chosen.label.th) (\(chosen.label.en)), \(entry.decision!.decidedOn.formatted(.thaiMedium)).")
    }
}
