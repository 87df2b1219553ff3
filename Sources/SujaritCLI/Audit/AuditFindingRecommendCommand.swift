import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit finding recommend F-2570-001`: a recommendation added to a finding already recorded.
struct AuditFindingRecommendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: "Add a recommendation to a recorded finding (เพิ่มข้อเสนอแนะ).",
        discussion: """
            It is numbered after the finding's others (F-2570-001.3 …) and followed up like them.

            Example:
              sujarit audit finding recommend F-2570-001 \\
                  --recommendation "จัดอบรมคณะกรรมการตรวจรับพัสดุ" --owner somsri --due "31 พ.ค. 2570"
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The finding, e.g. F-2570-001.", valueName: "finding"))
    var finding: String

    @Option(help: ArgumentHelp("ข้อเสนอแนะ: what management is asked to do.", valueName: "text"))
    var recommendation: String

    @Option(help: ArgumentHelp("The action owner's staff id.", valueName: "id"))
    var owner: String

    @Option(help: .day("The day the action is due."), transform: CalendarDate.argument)
    var due: CalendarDate

    @Option(help: .day("The day it is added (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    func run() async throws {
        try await AuditInput.run {
            let parsed = try RecommendationRef.parse(finding)
            if parsed.number != nil { throw ValidationError("Name the finding without a number, e.g. F-2570-001.") }
            let added = try await AuditInput.service(try storeOptions.open()).addRecommendation(
                to: parsed.finding, text: recommendation, owner: owner, due: due, on: on,
                context: storeOptions.context)
            Console.out(
                "Added \(added.ref): owner \(added.recommendation.actionOwner), due \(added.recommendation.due.formatted(.thaiMedium))."
            )
        }
    }
}
