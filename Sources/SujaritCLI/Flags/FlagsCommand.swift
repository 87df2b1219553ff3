import ArgumentParser

/// `sujarit flags`: procurement red flags and the cross-checks with declarations and gifts.
struct FlagsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flags",
        abstract: "Procurement red flags, set beside the agency's declarations and gift log (ข้อสังเกตการจัดซื้อจัดจ้าง).",
        discussion: """
            'flags run' computes every indicator over the imported procurement data \
            (sujarit import egp / import contracts) and the agency's own declarations and \
            gift log, and records each new flag with its evidence; running it again adds \
            nothing. Thresholds are in Registers/red-flags.yaml; the indicators are \
            described in Registers/RED-FLAGS.md ('flags indicators' lists them).

            Flags that rest on declarations or gifts name people: only the internal \
            auditor and the legal officer (--as <staff id>) see the names, and only they \
            dismiss or escalate flags.

            Examples:
              sujarit flags run
              sujarit flags list --fy 2568 --status open
              sujarit flags explain RF-2568-0001 --as anan
              sujarit flags dismiss RF-2568-0004 --reason "ซื้อวัสดุคนละงาน" --as anan
              sujarit flags escalate RF-2568-0001 --to-risk --as anan
              sujarit flags escalate RF-2568-0001 --to-audit --as anan
            """,
        subcommands: [
            FlagsRunCommand.self, FlagsListCommand.self, FlagsExplainCommand.self, FlagsDismissCommand.self,
            FlagsEscalateCommand.self, FlagsIndicatorsCommand.self,
        ]
    )
}
