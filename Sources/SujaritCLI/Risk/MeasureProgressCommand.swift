import ArgumentParser
import RiskRegister
import Sujarit

/// `sujarit risk measure progress ID --round 6m --status …`.
struct MeasureProgressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Record progress on a measure for the 6- or 12-month report (รายงานผลการดำเนินงาน).",
        discussion: """
            Status: ยังไม่ได้ดำเนินการ (not-started), อยู่ระหว่างดำเนินการ (in-progress), ดำเนินการแล้วเสร็จ (done).
            --as-of must fall in the round of the measure's fiscal year: from 1 October until 90 days after the \
            round ends (31 March for 6m, 30 September for 12m); otherwise it is refused naming the day probably meant.
            Example:
              sujarit risk measure progress M-2568-001 --round 6m --status done --as-of 31/03/2568 \\
                --result "เผยแพร่สรุปผลรายเดือนครบ 6 เดือน" --evidence "บันทึกข้อความ กค 0808/112"
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp("The measure's id.", valueName: "id")) var id: String
    @Option(help: ArgumentHelp("6m (รอบ 6 เดือน) or 12m (ประจำปี).", valueName: "round")) var round: String
    @Option(help: ArgumentHelp("not-started, in-progress or done (or the Thai wording).", valueName: "status"))
    var status: String
    @Option(
        name: .customLong("as-of"), help: .day("The day the update describes (default today).", valueName: "day"),
        transform: CalendarDate.argument)
    var asOf: CalendarDate?
    @Option(help: ArgumentHelp("What was achieved.", valueName: "text")) var result: String?
    @Option(help: ArgumentHelp("Problems and obstacles.", valueName: "text")) var problems: String?
    @Option(help: ArgumentHelp("An evidence reference; repeat for more.", valueName: "ref")) var evidence: [String] = []

    func run() async throws {
        try await RiskInput.run {
            let context = storeOptions.context // one actor and one instant for the whole command
            let measureID = try RiskInput.measureID(id)
            guard let reportingRound = ReportingRound(argument: round) else {
                throw ValidationError("--round must be 6m or 12m.")
            }
            guard let measureStatus = MeasureStatus(text: status) else {
                throw ValidationError(
                    """
                    --status must be not-started, in-progress or done (ยังไม่ได้ดำเนินการ, อยู่ระหว่างดำเนินการ, \
                    ดำเนินการแล้วเสร็จ).
                    """
                )
            }
            let update = MeasureProgressReported(
                measure: measureID, round: reportingRound, asOf: asOf ?? context.today, status: measureStatus,
                result: result, problems: problems, evidence: evidence
            )
            do {
                try await RiskService(store: try storeOptions.open()).perform(context) {
                    ledger, _, decision in
                    try ledger.report(update, into: &decision)
                }
            } catch let error as MeasureDateError where asOf == nil {
                // Without --as-of the update is dated today, which is checked like any other day.
                throw ValidationError("No --as-of was given, so today was used. \(error.localizedDescription)")
            }
            Console.out("Recorded \(reportingRound.thaiLabel) progress on \(measureID): \(measureStatus.thai).")
        }
    }
}
