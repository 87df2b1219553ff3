import ArgumentParser
import AuditPlans
import Presentation

/// `sujarit audit plan draft`: ranks the universe and fills the audit unit's capacity.
struct AuditPlanDraftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft the year's risk-based plan from the universe (จัดทำร่างแผนการตรวจสอบ).",
        discussion: """
            Ranks every subject — risk level first (the higher of the universe's level and the risk \
            register's band for the linked risks), then years since the last audit (never audited \
            first), then open findings — and takes them in that order while their person-days fit in \
            --capacity. What does not fit is deferred. Entries are spread over the quarters and the \
            auditors; change them with 'plan edit'.

            Examples:
              sujarit audit plan draft --fy 2568 --capacity 220
              sujarit audit plan draft --fy 2568 --capacity 240 --replace
              sujarit audit plan draft --fy 2569 --capacity 200 --dry-run
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Option(
        help: ArgumentHelp("The audit unit's capacity for the year in person-days (วัน-คน), above 0.", valueName: "days")
    )
    var capacity: String

    @Option(
        name: .customLong("auditor"),
        help: ArgumentHelp("An auditor to assign (repeat; default: everyone with the auditor role).", valueName: "id"))
    var auditors: [String] = []

    @Flag(help: "Replace the existing draft (an approved plan changes only by amendment).")
    var replace = false

    @Flag(help: "Show the draft without recording it.")
    var dryRun = false

    func run() async throws {
        try await AuditInput.run {
            let context = storeOptions.context // one actor, one instant and one today for the whole command
            let year = fiscalYear.year(on: context.today)
            let days = try AuditInput.personDays(capacity, option: "--capacity") ?? 0
            let service = AuditInput.service(try storeOptions.open())
            let result = try await service.draft(
                year, capacity: days, auditors: auditors, replace: replace, dryRun: dryRun,
                context: context)
            Console.out(output.render(AuditTables.ranking(result.drafted, format: output.format)), terminator: "")
            let verb = dryRun ? "Would draft" : "Drafted"
            Console.err(
                """
                \(verb) the FY\(year.be) plan: \(result.drafted.entries.count) entries, \(result.fill.used) of \
                \(days) person-days; \(result.drafted.deferred.count) subject(s) deferred. Risk levels: \
                \(result.drafted.riskSource).
                """
            )
            if !dryRun {
                Console.err(
                    """
                    Next: 'sujarit audit plan show --fy \(year.be) --full', 'sujarit audit plan edit --fy \
                    \(year.be) …', then 'sujarit audit plan approve --fy \(year.be) --by ID'.
                    """
                )
            }
        }
    }
}
