import ArgumentParser
import AuditPlans
import Foundation
import Sujarit

/// `sujarit audit quality assess`: records the year's self-assessment, every checklist item rated.
struct AuditQualityAssessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Record the year's self-assessment against the checklist.",
        discussion: """
            Rate every item of the checklist once: --met, --partly and --not-met take item ids, comma \
            separated or repeated. A year is assessed once; the record keeps the checklist's version \
            and the items' text.

            Example:
              sujarit audit quality assess --fy 2570 --met 1,2,4,5,6,7,8 --partly 3 --not-met 9 \\
                  --by somchai --on "30 ก.ย. 2570" --improvements "จัดทำแผนพัฒนารายบุคคล"
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Option(
        help: ArgumentHelp(
            "The checklist (default: audit-quality.yaml in $SUJARIT_REGISTERS, ./Registers or beside the build).",
            valueName: "file"))
    var checklist: String?

    @Option(help: ArgumentHelp("Items met (เป็นไปตามมาตรฐาน), e.g. 1,2,4.", valueName: "ids"))
    var met: [String] = []

    @Option(help: ArgumentHelp("Items partly met.", valueName: "ids"))
    var partly: [String] = []

    @Option(name: .customLong("not-met"), help: ArgumentHelp("Items not met.", valueName: "ids"))
    var notMet: [String] = []

    @Option(name: .customLong("by"), help: ArgumentHelp("An auditor who assessed (repeat).", valueName: "id"))
    var assessors: [String] = []

    @Option(help: ArgumentHelp("What to improve.", valueName: "text"))
    var improvements: String?

    @Option(help: .day("The day of the assessment (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    func run() async throws {
        try await AuditInput.run {
            let context = storeOptions.context
            func ids(_ values: [String]) -> [String] {
                values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
                    .filter { !$0.isEmpty }
            }
            let ratings =
                ids(met).map { (item: $0, rating: QualityRating.met) }
                + ids(partly).map { (item: $0, rating: QualityRating.partly) }
                + ids(notMet).map { (item: $0, rating: QualityRating.notMet) }
            let assessed = try await AuditInput.service(try storeOptions.open()).assessQuality(
                fiscalYear.year(on: context.today),
                checklistPath: try checklist
                    ?? (RiskInput.registers(nil) as NSString).appendingPathComponent("audit-quality.yaml"),
                ratings: ratings, assessors: assessors,
                improvements: improvements, on: on, context: context)
            Console.out(
                """
                Recorded the FY\(assessed.fiscalYear.be) self-assessment (checklist v\(assessed.checklistVersion)): \
                \(assessed.count(.met)) met, \(assessed.count(.partly)) partly, \(assessed.count(.notMet)) not met.
                """)
        }
    }
}
