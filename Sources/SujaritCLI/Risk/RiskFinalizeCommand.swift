import ArgumentParser
import Presentation
import RiskRegister

/// `sujarit risk finalize`: the chair closes the open round with the committee's consensus.
struct RiskFinalizeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finalize",
        abstract: "Close the open round with the consensus (median per axis) (chair only) (สรุปผลการประเมิน).",
        discussion: """
            Each scored risk gets the median of the members' levels per axis (the higher middle value when the \
            count is even), or the chair's resolution. Refused, with nothing written, while any risk has members \
            2 or more levels apart on an axis that has not been resolved ('risk resolve'); the message lists them.
            Also refused while a risk was scored by fewer members than the quorum (Registers/risk-scoring.yaml, \
            e.g. more than half of the committee) or not scored at all: 'risk round status' shows who has not \
            scored. --partial --reason "…" closes the round with only the risks that reached the quorum; the \
            others and the reason are recorded in the ScoringRoundClosed event.
            Examples:
              sujarit risk finalize --as palad
              sujarit risk finalize --partial --reason "กรรมการ 2 คนลาราชการ ทบทวนในรอบที่ 2" --as palad
            With --format json or csv: members, likelihood, impact and the two spreads are numbers, and basis \
            is median or resolved.
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var fiscalYear: FiscalYearOption<OpenRoundFiscalYear>
    @Flag(help: "Close the round with only the risks scored by the quorum (needs --reason).") var partial = false
    @Option(
        help: ArgumentHelp("Why the round closes without every risk (with --partial; recorded).", valueName: "text"))
    var reason: String?

    func validate() throws {
        if partial, reason == nil {
            throw ValidationError(
                "--partial needs --reason \"…\" saying why the round closes without every risk; it is recorded.")
        }
        if reason != nil, !partial { throw ValidationError("--reason goes with --partial.") }
    }

    func run() async throws {
        try await RiskInput.run {
            let year = fiscalYear.year
            let chair = storeOptions.actorName
            let quorum = try ScoringQuorum.resolve(registers: try? RiskInput.registers(nil))
            let reason = partial ? reason : nil
            let (round, consensus) = try await RiskService(store: try storeOptions.open()).perform(storeOptions.context)
            { ledger, directory, decision in
                try ledger.finalize(
                    fiscalYear: year, chair: chair, directory: directory, quorum: quorum, partialReason: reason,
                    into: &decision)
            }.result
            Console.out(output.render(Self.table(consensus, machine: output.format != .table)), terminator: "")
            Console.err(
                """
                Closed round \(round): \(consensus.count) risk(s) \
                finalized\(partial ? " (partial close; the risks left out and the reason are recorded)" : "").
                """
            )
        }
    }

    /// The consensus per risk: for scripts the spreads as two numbers and the basis as a code (`median`,
    /// `resolved`); for people `1/2` and a Thai note.
    static func table(_ consensus: [RoundConsensus], machine: Bool) -> Table {
        var table = Table(
            columns: [
                .init("รหัส ID", key: "id"), .init("กรรมการ", key: "members", alignment: .trailing),
                .init("โอกาส L", key: "likelihood", alignment: .trailing),
                .init("ผลกระทบ I", key: "impact", alignment: .trailing),
            ]
                + (machine
                    ? [.init("ต่างกัน L", key: "likelihood_spread"), .init("ต่างกัน I", key: "impact_spread")]
                    : [.init("ต่างกัน spread", key: "spread")]) + [.init("ที่มา", key: "basis")])
        for item in consensus {
            let spread: [Table.Cell] =
                machine
                ? [.integer(item.likelihoodSpread), .integer(item.impactSpread)]
                : [.text("\(item.likelihoodSpread)/\(item.impactSpread)")]
            let basis = item.resolution == nil ? "median" : machine ? "resolved" : "มติที่ประชุม resolved"
            table.append(
                [
                    .text(item.risk.description), .integer(item.scores.count), .integer(item.likelihood),
                    .integer(item.impact),
                ] + spread + [.text(basis)])
        }
        return table
    }
}
