import Agency
import ArgumentParser
import EventStore
import EventStorePostgres
import Foundation

/// Where the store is and who is acting: the options every command that touches the store shares.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store: a SQLite file path, or postgres://user@host:port/database.",
            discussion: "Default: $SUJARIT_STORE, else ./sujarit.db.", valueName: "path|url"))
    var store: String?

    @Option(
        name: .customLong("as"),
        help: ArgumentHelp(
            "Who is acting, recorded on every event.",
            discussion:
                "Default: $SUJARIT_USER, else your login name. On a PostgreSQL server it is always your server login.",
            valueName: "name"))
    var actor: String?

    /// The store location after the environment is taken into account.
    var location: String {
        store ?? ProcessInfo.processInfo.environment["SUJARIT_STORE"].flatMap { $0.isEmpty ? nil : $0 } ?? "sujarit.db"
    }

    /// On a PostgreSQL server the login is who acts: the server has checked it, where `--as` is only a claim.
    /// So a committee member cannot score as the chair by typing the chair's name.
    private var serverLogin: String? {
        guard PostgresLocation.isPostgresURL(location) else { return nil }
        return (try? PostgresLocation(url: location))?.username
    }

    func validate() throws {
        if let login = serverLogin, let actor, actor != login {
            throw ValidationError(
                """
                --as \(actor): on a PostgreSQL server you act as your login, \(login). Log in as \(actor) to act \
                as them.
                """
            )
        }
    }

    /// The acting user's name: the server login on PostgreSQL, else `--as`, `SUJARIT_USER` or the login name.
    var actorName: String {
        if let login = serverLogin { return login }
        let environment = ProcessInfo.processInfo.environment
        for candidate in [actor, environment["SUJARIT_USER"], environment["USER"], environment["LOGNAME"]] {
            if let name = candidate?.trimmingCharacters(in: .whitespaces), !name.isEmpty { return name }
        }
        return NSUserName()
    }

    /// Who acts and when: ``actorName`` and the system clock's instant at the moment it is read. A command reads it
    /// once (`let context = storeOptions.context`) and gives that value to every state-changing service call, so
    /// all the command's events carry one actor and one instant.
    var context: CommandContext { CommandContext(actor: actorName) }

    /// Opens the existing store with every module's read models.
    func open() throws -> any EventStore {
        try StoreLocation.open(location)
    }

    /// Creates a new store, refusing an existing one.
    func create() throws -> any EventStore {
        try StoreLocation.create(location)
    }
}
