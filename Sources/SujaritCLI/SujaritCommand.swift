import ArgumentParser
import Reporting

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

    /// Parses the command line and runs the command it names. ArgumentParser's own `main` is the model; two
    /// errors end differently (`CommandFailure`): a mistyped subcommand gets "did you mean …", and a value a
    /// command refuses while running is shown with that command's usage rather than the root's.
    static func main() async {
        MemoryTuning.apply()
        let arguments = Array(CommandLine.arguments.dropFirst())
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            CommandFailure.exit(withParseError: error, arguments: arguments)
        }
        do {
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            CommandFailure.exit(withError: error, from: type(of: command))
        }
    }
}

/// The released version, shown by `--version`: the one string report footers print too (``Reporting/version``).
enum SujaritVersion {
    static let current = Reporting.version
}
