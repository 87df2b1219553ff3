import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit engagement close SUBJECT`: the engagement's report is done.
struct AuditEngagementCloseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close an engagement once its report is issued (ปิดงานตรวจสอบ).",
        discussion: """
            No finding can be added afterwards, and the subject counts as audited on that day for \
            later plans.

            Example:
              sujarit audit engagement close PROC-SPECIFIC --fy 2568 \\
                  --on "20 ธ.ค. 2567" --summary "รายงานนายกเทศมนตรีแล้ว"
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Argument(help: ArgumentHelp("The entry's subject id.", valueName: "subject"))
    var subject: String

    @Option(help: .day("The day it closed (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    @Option(help: ArgumentHelp("A summary of the result.", valueName: "text"))
    var summary: String?

    func run() async throws {
        try await AuditInput.run {
            let context = storeOptions.context // one actor, one instant and one today for the whole command
            let year = fiscalYear.year(on: context.today)
            let service = AuditInput.service(try storeOptions.open())
            let closed = try await service.closeEngagement(
                year, subject: subject, on: on, summary: summary, context: context)
            let findings = try await service.plan(year).engagements[closed.subject]?.findings.count ?? 0
            Console.out(
                """
                Closed the engagement on \(closed.subject) (FY\(year.be)) on \
                \(closed.closedOn.formatted(.thaiMedium)) with \(findings) finding(s).
                """
            )
        }
    }
}
