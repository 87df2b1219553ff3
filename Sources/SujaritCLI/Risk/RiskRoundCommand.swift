import ArgumentParser
import RiskRegister

/// `sujarit risk round`: scoring rounds; without a subcommand, the chair opens one (`risk round --fy … --kind …`).
struct RiskRoundCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: "Open a committee scoring round, or see who has scored in it (รอบการประเมินความเสี่ยง).",
        subcommands: [RiskRoundOpenCommand.self, RiskRoundStatusCommand.self],
        defaultSubcommand: RiskRoundOpenCommand.self
    )
}

/// `sujarit risk round [open]`: the chair opens a committee scoring round.
struct RiskRoundOpenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a committee scoring round (chair only) (เปิดรอบการประเมินความเสี่ยง).",
        discussion: """
            A round assesses one kind of score for every risk of the year: inherent (before any control), \
            current (with the existing controls) or residual (the target). One round per year is open at a time.
            Example: sujarit risk round --fy 2568 --kind inherent --as palad
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<RequiredFiscalYear>
    @Option(help: ArgumentHelp("inherent, current or residual.", valueName: "kind")) var kind: String

    func run() async throws {
        try await RiskInput.run {
            let year = fiscalYear.year
            let scoreKind = try RiskInput.kind(kind)
            let chair = storeOptions.actorName
            let round = try await RiskService(store: try storeOptions.open()).perform(storeOptions.context) {
                ledger, directory, decision in
                try ledger.openRound(
                    fiscalYear: year, kind: scoreKind, chair: chair, directory: directory, into: &decision)
            }.result
            Console.out(
                """
                Opened round \(round) (\(scoreKind.label.th)). Members score with 'sujarit risk session' or \
                'sujarit risk score ID -l L -i I'.
                """
            )
        }
    }
}
