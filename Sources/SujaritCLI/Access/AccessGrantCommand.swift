import ArgumentParser

/// `sujarit access grant`: lets a PostgreSQL login use an agency's store, or read a province's or all.
struct AccessGrantCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: "Let a login use an agency's store, or read a province's or every agency's (ให้สิทธิ์).",
        discussion: """
            The login must exist on the server (CREATE ROLE somchai LOGIN PASSWORD '…'). Within the agency, \
            what a person may do (score risks, see declarations) still follows their roles in the agency's \
            directory (sujarit agency staff).

            Examples:
              sujarit access grant somchai --agency 6302203
              sujarit access grant inspector --agency 6302203 --read-only
              sujarit access grant nisa --agency 6302203 --reviewer
              sujarit access grant nacc_narathiwat --province 96
              sujarit access grant egp_loader --importer
            """
    )

    @Argument(help: ArgumentHelp("The PostgreSQL login.", valueName: "login"))
    var login: String

    @OptionGroup var scope: AccessScopeOptions

    @Flag(name: .customLong("read-only"), help: "For --agency: read the store but append nothing.")
    var readOnly = false

    @Flag(
        help: """
            For --agency: may also read the agency's personal data (declarations of interest, gifts) — its \
            integrity officer or internal auditor. Provincial and national viewers never do.
            """)
    var reviewer = false

    @OptionGroup var server: AccessServerOptions

    func run() async throws {
        try await CommandFailure.report {
            guard isAgency || !reviewer else {
                throw ValidationError(
                    "--reviewer is for --agency: provincial and national views never read personal data.")
            }
            try await server.access().grant(login, scope.scope, readOnly: readOnly, reviewer: reviewer)
            Console.out(
                "Granted \(login): \(scope.scope)\(readOnly || !(isAgency || scope.importer) ? ", read only" : "")"
                    + "\(reviewer ? ", personal data" : "").")
        }
    }

    private var isAgency: Bool { scope.agency != nil }
}
