import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit engagement scope SUBJECT`: the engagement's objectives, scope and criteria.
struct AuditEngagementScopeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scope",
        abstract: "Set an open engagement's objectives, scope and criteria (วัตถุประสงค์ ขอบเขต เกณฑ์).",
        discussion: """
            Giving them again replaces them while the engagement is open. Repeat --objective and \
            --criteria for more than one.

            Example:
              sujarit audit engagement scope PROC-SPECIFIC --fy 2570 \\
                  --objective "เพื่อสอบทานว่าการจัดซื้อวิธีเฉพาะเจาะจงเป็นไปตามระเบียบ" \\
                  --scope "สัญญาวิธีเฉพาะเจาะจง ต.ค. 2569 – มี.ค. 2570 ของกองช่าง" \\
                  --criteria "ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างฯ พ.ศ. 2560 ข้อ 79"
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Argument(help: ArgumentHelp("The engagement's subject id.", valueName: "subject"))
    var subject: String

    @Option(name: .customLong("objective"), help: ArgumentHelp("An objective (repeat for more).", valueName: "text"))
    var objectives: [String] = []

    @Option(help: ArgumentHelp("What, which period and which units the work covers.", valueName: "text"))
    var scope: String

    @Option(name: .customLong("criteria"), help: ArgumentHelp("A law, rule or standard (repeat).", valueName: "text"))
    var criteria: [String] = []

    @Option(help: .day("The day they were set (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    func run() async throws {
        try await AuditInput.run {
            let context = storeOptions.context
            let engagement = EngagementRef(fiscalYear: fiscalYear.year(on: context.today), subject: subject)
            let scoped = try await AuditInput.service(try storeOptions.open()).scope(
                engagement, objectives: objectives, scope: scope, criteria: criteria, on: on, context: context)
            Console.out(
                """
                Set the scope of the engagement on \(scoped.subject) (FY\(scoped.fiscalYear.be)): \
                \(scoped.objectives.count) objective(s), \(scoped.criteria.count) criterion/criteria.
                """)
        }
    }
}
