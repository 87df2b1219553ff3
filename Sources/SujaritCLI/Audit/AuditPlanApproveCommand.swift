import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit plan approve`: the head of agency's approval.
struct AuditPlanApproveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Record the head of agency's approval of the plan (อนุมัติแผนการตรวจสอบ).",
        discussion: """
            --by names the approver, who must have the executive role in the agency directory. The \
            standards ask for approval before the fiscal year begins. After approval the plan changes \
            only by amendment.

            An approval recorded with the wrong day (e.g. without --on, which takes today) is corrected with \
            --correct: the original stays in the history, a correction event records the real day and why, and \
            engagements and amendments are checked against the corrected day from then on.

            Examples:
              sujarit audit plan approve --fy 2568 --by mayor --on "15 ก.ย. 2567"
              sujarit audit plan approve --fy 2568 --correct --on "15 ก.ย. 2567" --reason "บันทึกวันที่ผิด ตามหนังสืออนุมัติ ที่ นธ 52101/123"
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Option(
        help: ArgumentHelp(
            "The approving executive's staff id (with --correct: only if it was recorded wrong).", valueName: "id"))
    var by: String?

    @Option(help: .day("The day of approval (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    @Option(help: ArgumentHelp("A remark, e.g. the approval's reference.", valueName: "text"))
    var note: String?

    @Flag(help: "Correct the day of an approval recorded by mistake (needs --on and --reason).")
    var correct = false

    @Option(help: ArgumentHelp("With --correct: why the recorded day was wrong.", valueName: "text"))
    var reason: String?

    func validate() throws {
        if correct {
            guard on != nil else {
                throw ValidationError("--correct needs --on DAY, the day the plan was really approved.")
            }
            guard reason != nil else {
                throw ValidationError(
                    "--correct needs --reason TEXT saying why the recorded day was wrong (it is kept in the history).")
            }
            if note != nil { throw ValidationError("--note belongs to an approval; a correction takes --reason.") }
        } else {
            guard by != nil else { throw ValidationError("--by ID is required: the approving executive's staff id.") }
            if reason != nil { throw ValidationError("--reason belongs to --correct.") }
        }
    }

    func run() async throws {
        try await AuditInput.run {
            let context = storeOptions.context // one actor, one instant and one today for the whole command
            let year = fiscalYear.year(on: context.today)
            let service = AuditInput.service(try storeOptions.open())
            if correct, let reason, let day = on {
                let corrected = try await service.correctApproval(
                    year, on: day, by: by, reason: reason, context: context)
                Console.out(
                    """
                    Corrected the FY\(year.be) plan's approval: \(corrected.previousOn.formatted(.thaiMedium)) → \
                    \(corrected.approvedOn.formatted(.thaiMedium)), by \(corrected.approverName) \
                    (\(corrected.approverPosition)). The correction is kept in the history.
                    """
                )
                return
            }
            guard let by else { return }
            let approved = try await service.approve(year, by: by, on: on, note: note, context: context)
            Console.out(
                """
                Approved the FY\(year.be) plan: \(approved.entryCount) entries, \(approved.totalPersonDays) \
                person-days, by \(approved.approverName) (\(approved.approverPosition)) on \
                \(approved.approvedOn.formatted(.thaiMedium)).
                """
            )
            if approved.approvedOn >= year.start {
                Console.err(
                    """
                    Note: approved on or after the first day of FY\(year.be) \
                    (\(year.start.formatted(.thaiMedium))); the standards ask for approval before the year begins.
                    """
                )
            }
        }
    }
}
