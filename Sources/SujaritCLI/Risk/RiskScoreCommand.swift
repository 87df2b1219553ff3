import ArgumentParser
import RiskRegister

/// `sujarit risk score ID -l L -i I`: one member's own score in the open round.
struct RiskScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score a risk in the open round, as a committee member (ให้คะแนนความเสี่ยง).",
        discussion: """
            The member is --member, else the acting user (--as). Scoring again replaces your earlier score in \
            the round. Levels are on the risk's matrix (1–5 on the 5×5); Thai digits are fine.
            Example: sujarit risk score R-2568-003 -l 4 -i 3 --note "เคยมีข้อร้องเรียน" --as nisa
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp("The risk's id.", valueName: "id")) var id: String
    @Option(name: .customShort("l"), help: ArgumentHelp("Likelihood level (โอกาส).", valueName: "level"))
    var likelihood: LevelArgument
    @Option(name: .customShort("i"), help: ArgumentHelp("Impact level (ผลกระทบ).", valueName: "level")) var impact:
        LevelArgument
    @Option(help: ArgumentHelp("Why (หมายเหตุ).", valueName: "text")) var note: String?
    @Option(
        help: ArgumentHelp(
            "The member scoring, when a secretary types in a paper form (default: --as).", valueName: "staff-id"))
    var member: String?

    func run() async throws {
        try await RiskInput.run {
            let riskID = try RiskInput.riskID(id)
            let who = member ?? storeOptions.actorName
            try await RiskService(store: try storeOptions.open()).perform(storeOptions.context) {
                ledger, directory, decision in
                try ledger.score(
                    riskID, member: who, likelihood: likelihood.value, impact: impact.value, note: note,
                    directory: directory, into: &decision)
            }
            Console.out(
                """
                Recorded \(who)'s score for \(riskID): likelihood \(likelihood.value) × impact \(impact.value) = \
                \(likelihood.value * impact.value).
                """
            )
        }
    }
}
