import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit engagement done SUBJECT --step N`: who carried out a program step, and when.
struct AuditEngagementDoneCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Record that a program step was carried out: by whom and when.",
        discussion: """
            A step is recorded done once, by auditors in the directory, on or after it was added.

            Example:
              sujarit audit engagement done PROC-SPECIFIC --fy 2570 --step 1 --by somchai \\
                  --on "15 ธ.ค. 2569" --note "ตรวจ 25 สัญญา พบไม่มีใบตรวจรับ 3 สัญญา"
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Argument(help: ArgumentHelp("The engagement's subject id.", valueName: "subject"))
    var subject: String

    @Option(help: ArgumentHelp("The step's number.", valueName: "n"))
    var step: Int

    @Option(name: .customLong("by"), help: ArgumentHelp("An auditor who did it (repeat).", valueName: "id"))
    var auditors: [String] = []

    @Option(help: .day("The day it was done (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    @Option(help: ArgumentHelp("What was done or concluded.", valueName: "text"))
    var note: String?

    func run() async throws {
        try await AuditInput.run {
            let context = storeOptions.context
            let engagement = EngagementRef(fiscalYear: fiscalYear.year(on: context.today), subject: subject)
            let done = try await AuditInput.service(try storeOptions.open()).performStep(
                engagement, step: step, by: auditors, on: on, note: note, context: context)
            Console.out(
                """
                Step \(done.number) of \(done.subject) done by \(done.performedBy.joined(separator: ", ")) on \
                \(done.performedOn.formatted(.thaiMedium)).
                """)
        }
    }
}
