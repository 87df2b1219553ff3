import ArgumentParser

/// `sujarit`: the root command. Each register adds its command group to `subcommands`.
@main
struct SujaritCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sujarit",
        abstract: "สุจริต — integrity and internal-audit workbench for Thai public agencies.",
        discussion: """
            One append-only, hash-chained event log behind the corruption-risk register, \
            conflict-of-interest declarations, the No Gift Policy log and internal audit plans.

            Start with 'sujarit demo' to walk through the product on example data, or 'sujarit init' to \
            create an agency's store. The store is ./sujarit.db unless --store or SUJARIT_STORE names \
            another (a PostgreSQL URL for a server shared by many agencies), and every change records who \
            made it (--as, SUJARIT_USER, or your login name; on a server, your login).
            """,
        version: SujaritVersion.current,
        subcommands: [
            InitCommand.self,
            AccessCommand.self,
            AgencyCommand.self,
            RiskCommand.self,
            HeatmapCommand.self,
            CoiCommand.self,
            GiftCommand.self,
            AuditCommand.self,
            ITACommand.self,
            ReportCommand.self,
            DueCommand.self,
            ImportCommand.self,
            ProcurementCommand.self,
            FlagsCommand.self,
            EventsCommand.self,
            VerifyCommand.self,
            RebuildCommand.self,
            ProjectCommand.self,
            StoreMigrateCommand.self,
            DemoCommand.self,
        ]
    )
}

/// The released version, shown by `--version`.
enum SujaritVersion {
    static let current = "0.1.0"
}
