import ArgumentParser
import RiskRegister
import Sujarit

/// `sujarit risk copy-forward --from 2567 --to 2568`.
struct RiskCopyForwardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy-forward",
        abstract: "Start next year's register from last year's (ยกยอดทะเบียนความเสี่ยง).",
        discussion: """
            Each risk of --from is entered again in --to with a new id and a link back, without scores (the \
            committee scores the new year). Risks already copied are skipped. 'risk diff' shows what changed since.
            Example: sujarit risk copy-forward --from 2567 --to 2568
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var years: YearPairOptions

    func run() async throws {
        try await RiskInput.run {
            let source = years.from, target = years.to
            let copied = try await RiskService(store: try storeOptions.open()).perform(storeOptions.context) {
                ledger, directory, decision in
                try ledger.copyForward(from: source, to: target, directory: directory, into: &decision)
            }.result
            for (old, new) in copied { Console.out("  \(old) → \(new)") }
            Console.out("Copied \(copied.count) risk(s) from \(source.be) to \(target.be).")
        }
    }
}
