import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit engagement start SUBJECT`: fieldwork begins on an approved entry.
struct AuditEngagementStartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start the audit of a plan entry (เริ่มปฏิบัติงานตรวจสอบ).",
        discussion: """
            The plan must be approved and the subject in it. The auditors default to the entry's.

            Example:
              sujarit audit engagement start PROC-SPECIFIC --fy 2568 --on "4 พ.ย. 2567"
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Argument(help: ArgumentHelp("The entry's subject id.", valueName: "subject"))
    var subject: String

    @Option(help: .day("The day fieldwork began (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    @Option(
        name: .customLong("auditor"),
        help: ArgumentHelp("An auditor on the engagement (repeat; default: the entry's auditor).", valueName: "id"))
    var auditors: [String] = []

    func run() async throws {
        try await AuditInput.run {
            let context = storeOptions.context // one actor, one instant and one today for the whole command
            let year = fiscalYear.year(on: context.today)
            let service = AuditInput.service(try storeOptions.open())
            let started = try await service.startEngagement(
                year, subject: subject, on: on, auditors: auditors, context: context)
            Console.out(
                """
                Started the engagement on \(started.subject) (FY\(year.be)) on \
                \(started.startedOn.formatted(.thaiMedium)); auditors: \
                \(started.auditors.isEmpty ? "-" : started.auditors.joined(separator: ", ")).
                """
            )
        }
    }
}
