import ArgumentParser
import Reporting

/// `sujarit audit report engagement SUBJECT`: the report of one engagement (รายงานผลการตรวจสอบ).
struct AuditReportEngagementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engagement",
        abstract: "The report of one engagement as a Thai memo: findings, responses, signatures (รายงานผลการตรวจสอบ).",
        discussion: """
            A memo (บันทึกข้อความ: ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน) to the head of agency: objectives, \
            scope, criteria and how the work was done (program, samples, working papers, person-days), each \
            finding's criteria, condition, cause, effect and recommendations with management's response, then \
            the auditors' signatures and a block for the head's orders. ที่ is left for the registry's number.

            The report is refused while a recommendation has neither management's response ('sujarit audit \
            response add') nor a record that none came by a day ('sujarit audit response none'); the message \
            names each one.

            Examples:
              sujarit audit report engagement PROC-SPECIFIC --fy 2570
              sujarit audit report engagement PROC-SPECIFIC --fy 2570 --pdf
              sujarit audit report engagement PROC-SPECIFIC --fy 2570 --format md -o -
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var options: ReportOptions

    @Argument(
        help: ArgumentHelp(
            "The engagement's subject id (default: the engagement closed last in --fy).", valueName: "subject"))
    var subject: String?

    func run() async throws {
        try await ReportRun.run(
            .engagement, store: storeOptions, options: options, roundless: true, engagement: subject)
    }
}
