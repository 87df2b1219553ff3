import ArgumentParser
import RiskRegister

/// `sujarit risk resolve ID -l L -i I --note …`: the chair records the levels agreed after discussion.
struct RiskResolveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Record the levels the committee agreed on for a disputed risk (chair only) (บันทึกมติที่ประชุม).",
        discussion: """
            When members are 2 or more levels apart, 'risk finalize' refuses until the committee has discussed the \
            risk and the chair records what it agreed. A member scoring again afterwards reopens the question.
            Example: sujarit risk resolve R-2568-004 -l 3 -i 4 --note "หารือแล้ว มีข้อร้องเรียนเพียง 1 เรื่อง" --as palad
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp("The risk's id.", valueName: "id")) var id: String
    @Option(name: .customShort("l"), help: ArgumentHelp("Agreed likelihood level.", valueName: "level")) var likelihood:
        LevelArgument
    @Option(name: .customShort("i"), help: ArgumentHelp("Agreed impact level.", valueName: "level")) var impact:
        LevelArgument
    @Option(help: ArgumentHelp("What was discussed and why these levels (required).", valueName: "text")) var note:
        String

    func run() async throws {
        try await RiskInput.run {
            let riskID = try RiskInput.riskID(id)
            let chair = storeOptions.actorName
            try await RiskService(store: try storeOptions.open()).perform(storeOptions.context) {
                ledger, directory, decision in
                try ledger.resolve(
                    riskID, chair: chair, likelihood: likelihood.value, impact: impact.value, note: note,
                    directory: directory, into: &decision)
            }
            Console.out("Recorded the committee's agreed levels for \(riskID): \(likelihood.value) × \(impact.value).")
        }
    }
}
