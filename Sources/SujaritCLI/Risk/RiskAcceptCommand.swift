import ArgumentParser
import RiskRegister
import Sujarit

/// `sujarit risk accept ID --approver … --rationale … --until DAY`.
struct RiskAcceptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept",
        abstract: "Record a decision to accept a risk until a day (ยอมรับความเสี่ยง).",
        discussion: """
            The approver is an executive or the committee chair. After --until the risk shows up in \
            'risk review' as an expired acceptance to look at again.
            Example: sujarit risk accept R-2568-008 --approver mayor --rationale "ต้นทุนการควบคุมสูงกว่าความเสียหาย" --until 30/09/2568
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp("The risk's id.", valueName: "id")) var id: String
    @Option(help: ArgumentHelp("The approver's staff id.", valueName: "staff-id")) var approver: String
    @Option(help: ArgumentHelp("Why the risk is accepted.", valueName: "text")) var rationale: String
    @Option(help: .day("The last day the acceptance holds.", valueName: "day"), transform: CalendarDate.argument)
    var until: CalendarDate

    func run() async throws {
        try await RiskInput.run {
            let riskID = try RiskInput.riskID(id)
            let expires = until
            try await RiskService(store: try storeOptions.open()).perform(storeOptions.context) {
                ledger, directory, decision in
                try ledger.accept(
                    riskID, approver: approver, rationale: rationale, expires: expires, directory: directory,
                    into: &decision)
            }
            Console.out("Recorded the acceptance of \(riskID) until \(expires.formatted(.thaiMedium)).")
        }
    }
}
