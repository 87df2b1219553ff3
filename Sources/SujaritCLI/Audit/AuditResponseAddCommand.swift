import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit response add REF`: management's response to one recommendation.
struct AuditResponseAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record management's response to a recommendation.",
        discussion: """
            --position is agree (เห็นด้วย), partly (เห็นด้วยบางส่วน) or disagree (ไม่เห็นด้วย); agreeing \
            needs --due. A later response to the same recommendation supersedes the earlier one (both stay \
            in the history). Recommendations the finding does not have are refused.

            Examples:
              sujarit audit response add F-2570-001.1 --position agree \\
                  --action-plan "ออกคำสั่งแต่งตั้งกรรมการตรวจรับใหม่" --owner somsri \\
                  --due "31 มี.ค. 2570" --on "10 ม.ค. 2570"
              sujarit audit response add F-2570-001.2 --position disagree \\
                  --action-plan "ระเบียบไม่ได้กำหนดให้ต้องทำ" --owner somsri
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The recommendation, e.g. F-2570-001.2.", valueName: "ref"))
    var reference: String

    @Option(help: ArgumentHelp("agree, partly or disagree (Thai words accepted).", valueName: "position"))
    var position: String

    @Option(help: ArgumentHelp("What management will do (or why not).", valueName: "text"))
    var actionPlan: String

    @Option(help: ArgumentHelp("The staff id of who will act.", valueName: "id"))
    var owner: String

    @Option(help: .day("The day management commits to."), transform: CalendarDate.argument)
    var due: CalendarDate?

    @Option(help: .day("The day the response was received (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    func run() async throws {
        try await AuditInput.run {
            guard
                let position = ResponsePosition(text: self.position)
            else { throw AuditPlansError.invalidPosition(self.position) }
            let response = try await AuditInput.service(try storeOptions.open()).respond(
                reference, position: position, actionPlan: actionPlan, owner: owner, due: due, on: on,
                context: storeOptions.context)
            Console.out(
                """
                Recorded management's response to \(response.ref): \(response.position.label.th) \
                (\(response.position.rawValue)), \(response.respondedOn.formatted(.thaiMedium))\
                \(response.revision > 1 ? ", revision \(response.revision)" : "").
                """)
        }
    }
}
