import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit engagement step SUBJECT`: a step of the audit program.
struct AuditEngagementStepCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "step",
        abstract: "Add a step to an open engagement's audit program (แนวทางการปฏิบัติงานตรวจสอบ).",
        discussion: """
            Steps are numbered in order. Record who carried one out with 'sujarit audit engagement done'.

            Example:
              sujarit audit engagement step PROC-SPECIFIC --fy 2570 \\
                  --procedure "เทียบสัญญาที่สุ่มได้กับใบตรวจรับและหลักฐานการจ่าย" --assign somchai
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Argument(help: ArgumentHelp("The engagement's subject id.", valueName: "subject"))
    var subject: String

    @Option(help: ArgumentHelp("What the auditor does.", valueName: "text"))
    var procedure: String

    @Option(help: ArgumentHelp("The auditor it is assigned to.", valueName: "id"))
    var assign: String?

    @Option(help: .day("The day it was added (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    func run() async throws {
        try await AuditInput.run {
            let context = storeOptions.context
            let engagement = EngagementRef(fiscalYear: fiscalYear.year(on: context.today), subject: subject)
            let step = try await AuditInput.service(try storeOptions.open()).addStep(
                engagement, procedure: procedure, assignedTo: assign, on: on, context: context)
            Console.out("Added step \(step.number) to the program of \(step.subject) (FY\(step.fiscalYear.be)).")
        }
    }
}
