import ArgumentParser
import AuditPlans

/// `sujarit audit plan approve`: the head of agency's approval.
struct AuditPlanApproveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Record the head of agency's approval of the plan (อนุมัติแผนการตรวจสอบ).",
        discussion: """
            --by names the approver, who must have the executive role in the agency directory. The \
            standards ask for approval before the fiscal year begins. After approval the plan changes \
            only by amendment.

            Example:
              sujarit audit plan approve --fy 2568 --by mayor --on "15 ก.ย. 2567"
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption

    @Option(help: ArgumentHelp("The approving executive's staff id.", valueName: "id"))
    var by: String

    @Option(help: ArgumentHelp("The day of approval (default: today).", valueName: "date"))
    var on: String?

    @Option(help: ArgumentHelp("A remark, e.g. the approval's reference.", valueName: "text"))
    var note: String?

    func run() async throws {
        try await AuditInput.run {
            let year = try fiscalYear.year
            let service = AuditInput.service(try storeOptions.open())
            let approved = try await service.approve(year, by: by, on: try AuditInput.day(on, option: "--on"), note: note, actor: storeOptions.actorName)
            Console.out("Approved the FY\(year.be) plan: \(approved.entryCount) entries, \(approved.totalPersonDays) person-days, by \(approved.approverName) (\(approved.approverPosition)) on \(approved.approvedOn.formatted(.thaiMedium)).")
            if approved.approvedOn >= year.start {
                Console.err("Note: approved on or after the first day of FY\(year.be) (\(year.start.formatted(.thaiMedium))); the standards ask for approval before the year begins.")
            }
        }
    }
}
