import ArgumentParser
import EventStore
import EventStorePostgres
import Foundation

/// Where the store is and who is acting: the options every command that touches the store shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store: a SQLite file path, or postgres://user@host:port/database.", discussion: "Default: $SUJARIT_STORE, else ./sujarit.db.", valueName: "path|url"))
    var store: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Who is acting, recorded on every event.", discussion: "Default: $SUJARIT_USER, else your login name.", valueName: "name"))
    var actor: String?

    /// The store location after the environment is taken into account.
    var location: String {
        store ?? ProcessInfo.processInfo.environment["SUJARIT_STORE"].flatMap { $0.isEmpty ? nil : $0 } ?? "sujarit.db"
    }

    /// The acting user's name.
    var actorName: String {
        let environment = ProcessInfo.processInfo.environment
        for candidate in [actor, environment["SUJARIT_USER"], environment["USER"], environment["LOGNAME"]] {
            if let name = candidate?.trimmingCharacters(in: .whitespaces), !name.isEmpty { return name }
        }
        return NSUserName()
    }

    /// Opens the existing store with every module's read models.
    func open() throws -> any EventStore {
        try StoreLocation.open(location)
    }

    /// Creates a new store, refusing an existing one.
    func create() throws -> any EventStore {
        try StoreLocation.create(location)
    }
}
