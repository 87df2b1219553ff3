import ArgumentParser
import RiskRegister

/// `sujarit risk assess ID --kind residual -l L -i I`: sets one score directly.
struct RiskAssessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Set a risk's inherent, current or residual score directly (กำหนดระดับความเสี่ยง).",
        discussion: """
            For the residual target chosen with the measures, or a score agreed outside a round. The score is taken \
            on the newest version of the risk's matrix and records that version.
            Example: sujarit risk assess R-2568-001 --kind residual -l 2 -i 3 --note "หลังดำเนินมาตรการ M-2568-001"
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp("The risk's id.", valueName: "id")) var id: String
    @Option(help: ArgumentHelp("inherent, current or residual.", valueName: "kind")) var kind: String
    @Option(name: .customShort("l"), help: ArgumentHelp("Likelihood level.", valueName: "level")) var likelihood:
        LevelArgument
    @Option(name: .customShort("i"), help: ArgumentHelp("Impact level.", valueName: "level")) var impact: LevelArgument
    @Option(help: ArgumentHelp("Why.", valueName: "text")) var note: String?

    func run() async throws {
        try await RiskInput.run {
            let riskID = try RiskInput.riskID(id)
            let scoreKind = try RiskInput.kind(kind)
            let service = RiskService(store: try storeOptions.open())
            try await service.perform(storeOptions.context) { ledger, _, decision in
                try ledger.assess(
                    riskID, kind: scoreKind, likelihood: likelihood.value, impact: impact.value, note: note,
                    into: &decision)
            }
            let ledger = try await service.ledger()
            Console.out(
                "Recorded \(riskID) \(scoreKind.rawValue): \(try ledger.risk(riskID).scores[scoreKind]!.summary).")
            for warning in ledger.residualWarningsFor(riskID) {
                Console.err("Warning: \(warning.message.en) (\(warning.message.th))")
            }
        }
    }
}
