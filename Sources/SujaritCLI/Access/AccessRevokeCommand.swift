import ArgumentParser

/// `sujarit access revoke`: takes a grant away.
struct AccessRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Take away a login's access to an agency, a province or every agency (เพิกถอนสิทธิ์).",
        discussion: "Example: sujarit access revoke somchai --agency 6302203"
    )

    @Argument(help: ArgumentHelp("The PostgreSQL login.", valueName: "login"))
    var login: String

    @OptionGroup var scope: AccessScopeOptions
    @OptionGroup var server: AccessServerOptions

    func run() async throws {
        try await CommandFailure.report {
            try await server.access().revoke(login, scope.scope)
            Console.out("Revoked \(login): \(scope.scope).")
        }
    }
}
