import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit follow-up REF`: a follow-up round on one recommendation.
struct AuditFollowUpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-up",
        abstract: "Record a follow-up round on a recommendation (ติดตามผลการปฏิบัติตามข้อเสนอแนะ).",
        discussion: """
            Name the recommendation as F-2568-001.2 (or F-2568-001 when the finding has one). \
            Statuses: \(ProgressStatus.acceptedText). A recommendation is closed when done, or when \
            management accepts the risk of not carrying it out — which needs --approver (an executive) \
            and --reason. See the register with 'sujarit audit status'.

            Examples:
              sujarit audit follow-up F-2568-001 --status in-progress \\
                  --on "1 ก.พ. 2568" --note "ร่างแบบตรวจสอบแล้ว"
              sujarit audit follow-up F-2568-002.1 --status done
              sujarit audit follow-up F-2568-003 --status risk-accepted \\
                  --approver mayor --reason "ต้นทุนสูงกว่าประโยชน์"
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The recommendation, e.g. F-2568-001.2.", valueName: "ref"))
    var reference: String

    @Option(
        help: ArgumentHelp(
            "not-started, in-progress, done or risk-accepted (Thai words accepted).", valueName: "status"))
    var status: String

    @Option(help: .day("The day of the round (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    @Option(help: ArgumentHelp("What was seen: evidence, progress, problems.", valueName: "text"))
    var note: String?

    @Option(help: ArgumentHelp("For risk-accepted: the executive who accepted the risk.", valueName: "id"))
    var approver: String?

    @Option(help: ArgumentHelp("For risk-accepted: why the risk is accepted.", valueName: "text"))
    var reason: String?

    func run() async throws {
        try await AuditInput.run {
            guard let status = ProgressStatus(text: self.status) else {
                throw AuditPlansError.invalidStatus(self.status)
            }
            let service = AuditInput.service(try storeOptions.open())
            let round = try await service.recordFollowUp(
                reference, status: status, on: on, note: note, approver: approver, reason: reason,
                context: storeOptions.context
            )
            var line =
                """
                Recorded round \(round.round) on \(round.ref): \(round.status.label.th) \
                (\(round.status.label.en)), \(round.on.formatted(.thaiMedium)).
                """
            if let acceptance = round.acceptance {
                line += " Risk accepted by \(acceptance.approverName): \(acceptance.reason)"
            }
            Console.out(line)
        }
    }
}
