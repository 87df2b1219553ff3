import ArgumentParser
import Reporting

/// `sujarit audit report annual`: the year's report of internal audit activity.
struct AuditReportAnnualCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annual",
        abstract: "The annual report of internal audit activity: plan vs done, person-days, findings, follow-up.",
        discussion: """
            รายงานผลการปฏิบัติงานตรวจสอบภายในประจำปี: each plan entry with its stage, planned and recorded \
            person-days and findings; findings by the risk level of what was audited; the recommendations \
            implemented, in progress and overdue (earlier years' still open included). The head of agency reads \
            it before signing the annual statement on internal control. Overdue is judged on --as-of (default \
            today), never after the year's end.

            Examples:
              sujarit audit report annual --fy 2570 --format term
              sujarit audit report annual --fy 2569 --as-of "30 ก.ย. 2569" --pdf
              sujarit audit report annual --fy 2570 --format csv -o annual-2570.csv
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var options: ReportOptions

    func run() async throws {
        try await ReportRun.run(.auditAnnual, store: storeOptions, options: options, roundless: true)
    }
}
