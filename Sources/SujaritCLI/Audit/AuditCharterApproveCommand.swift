import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit charter approve`: the head of agency approves the draft.
struct AuditCharterApproveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Record the head of agency's approval of the charter draft (อนุมัติกฎบัตร).",
        discussion: """
            The approver must be an executive in the agency directory, serving on the day. A charter \
            not drafted, or already approved, is refused. The next review falls a year after approval.

            Example:
              sujarit audit charter approve --by mayor --on "1 ต.ค. 2569"
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("The approver's staff id (the head of agency).", valueName: "id"))
    var by: String

    @Option(help: .day("The day of approval (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    func run() async throws {
        try await AuditInput.run {
            let service = AuditInput.service(try storeOptions.open())
            let approved = try await service.approveCharter(by: by, on: on, context: storeOptions.context)
            Console.out(
                """
                Charter version \(approved.version) approved by \(approved.approverName) on \
                \(approved.approvedOn.formatted(.thaiMedium)); next review by \
                \(approved.nextReviewOn.formatted(.thaiMedium)).
                """)
        }
    }
}
