import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit engagement time SUBJECT`: person-days an auditor spent on the engagement.
struct AuditEngagementTimeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time",
        abstract: "Record an auditor's person-days on an open engagement (วัน-คน ที่ใช้จริง).",
        discussion: """
            'sujarit audit engagement show' sets the total against the plan's person-days.

            Example:
              sujarit audit engagement time PROC-SPECIFIC --fy 2570 --auditor somchai \\
                  --person-days 6 --through "20 ธ.ค. 2569" --note "ตรวจเอกสารสัญญา"
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Argument(help: ArgumentHelp("The engagement's subject id.", valueName: "subject"))
    var subject: String

    @Option(help: ArgumentHelp("The auditor's staff id.", valueName: "id"))
    var auditor: String

    @Option(help: ArgumentHelp("Person-days spent, a whole number (Thai digits accepted).", valueName: "n"))
    var personDays: String

    @Option(help: .day("The last day the time covers (default: today)."), transform: CalendarDate.argument)
    var through: CalendarDate?

    @Option(help: ArgumentHelp("What the time went on.", valueName: "text"))
    var note: String?

    func run() async throws {
        try await AuditInput.run {
            let context = storeOptions.context
            let days = try AuditInput.personDays(personDays, option: "--person-days") ?? 0
            let engagement = EngagementRef(fiscalYear: fiscalYear.year(on: context.today), subject: subject)
            let service = AuditInput.service(try storeOptions.open())
            let time = try await service.recordTime(
                engagement, auditor: auditor, personDays: days, through: through, note: note, context: context)
            let plan = try await service.plan(time.fiscalYear)
            let actual = plan.engagements[time.subject]?.actualPersonDays ?? time.personDays
            let planned = plan.entry(time.subject).map { " of \($0.personDays) planned" } ?? ""
            Console.out(
                "Recorded \(time.personDays) person-day(s) by \(time.auditor) on \(time.subject): \(actual)\(planned) so far."
            )
        }
    }
}
