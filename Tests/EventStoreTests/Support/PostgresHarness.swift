import EventStore
@testable import EventStorePostgres
import Foundation
import Logging
import PostgresNIO
import Testing

/// The server backend: a fresh database per store on the server `SUJARIT_TEST_POSTGRES` names (a URL to a
/// maintenance database, e.g. `postgres://sujarit@127.0.0.1:54329/postgres`, for a user allowed to create
/// databases).
struct PostgresHarness: StoreHarness {
    let adminURL: String
    /// When set, each store is this agency's in the shared layout of a database that holds many agencies (the
    /// `sujarit` schema, row-level security, appends through the server's function), rather than the database's
    /// single store in `public`: the same semantics must hold there too.
    var agency: String? = nil

    var name: String { agency == nil ? "PostgreSQL" : "PostgreSQL, shared layout" }

    static func fromEnvironment() -> PostgresHarness? {
        let environment = ProcessInfo.processInfo.environment
        if let url = environment["SUJARIT_TEST_POSTGRES"], !url.isEmpty { return PostgresHarness(adminURL: url) }
        precondition(
            environment["CI"] != "true",
            "CI must run the store suite on PostgreSQL: set SUJARIT_TEST_POSTGRES (.ci/run does)")
        return nil
    }

    /// The URL of database `name` on the same server.
    func url(of database: String) -> String {
        var components = URLComponents(string: adminURL)!
        components.path = "/\(database)"
        return components.string!
    }

    /// The URL of the store in database `name`: the database's own, or the agency's.
    func storeURL(of database: String) -> String {
        guard let agency else { return url(of: database) }
        return url(of: database) + "?agency=\(agency)"
    }

    /// Runs statements on a plain connection to `database`, outside any store (in the agency's schema, if any).
    func run(_ statements: [String], on database: String) async throws {
        try await run(statements.map { PostgresQuery(unsafeSQL: $0) }, on: database)
    }

    func run(_ statements: [PostgresQuery], on database: String) async throws {
        let location = try PostgresLocation(url: url(of: database))
        var logger = Logger(label: "sujarit.tests")
        logger.logLevel = .critical
        let configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.username,
            password: location.password, database: location.database, tls: .disable
        )
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            // The shared layout: the agency's rows, in the shared schema, as the store's own sessions choose them.
            let chosen: [PostgresQuery] =
                agency.flatMap { database.hasPrefix("sujarit_test_") ? $0 : nil }.map {
                    [
                        PostgresQuery(unsafeSQL: "SET search_path = sujarit"),
                        PostgresQuery(unsafeSQL: "SET sujarit.agency = '\($0)'"),
                        PostgresQuery(unsafeSQL: "SET ROLE \(SharedSchema.keeperRole(of: database))"),
                    ]
                } ?? []
            for statement in chosen + statements { try await connection.query(statement, logger: logger) }
            try await connection.close()
        } catch {
            try? await connection.close()
            // Tests read the server's message (a trigger's refusal), which the driver keeps out of descriptions.
            if let psql = error as? PSQLError, let message = psql.serverInfo?[.message] {
                throw ServerRefused(message: message)
            }
            throw error
        }
    }

    struct ServerRefused: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    func newDatabase() async throws -> String {
        let name = "sujarit_test_\(UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: ""))"
        try await run(
            ["CREATE DATABASE \(name)"], on: URLComponents(string: adminURL)!.path.trimmingCharacters(in: ["/"]))
        return name
    }

    static func database(of store: any EventStore) -> String {
        String(store.location.split(separator: "/").last?.split(separator: "?").first ?? "")
    }

    func makeStore(projections: [any Projection], clock: @escaping StoreClock) async throws -> any EventStore {
        let store = try PostgresEventStore.create(
            url: storeURL(of: try await newDatabase()), projections: projections, clock: clock)
        try await store.ready()
        return store
    }

    func reopen(
        _ store: any EventStore, projections: [any Projection], clock: @escaping StoreClock
    ) async throws -> any EventStore {
        let reopened = try PostgresEventStore.open(
            url: storeURL(of: Self.database(of: store)), projections: projections, clock: clock)
        try await reopened.ready()
        return reopened
    }

    func tamper(_ store: any EventStore, sql: String, arguments: [SQLValue]) async throws {
        // The suite writes blobs as SQLite's X'…' literals; PostgreSQL spells them '\x…'::bytea.
        let translated = sql.replacingOccurrences(
            of: #"X'([0-9a-fA-F]*)'"#, with: #"'\\x$1'::bytea"#, options: .regularExpression)
        let statements: [PostgresQuery] =
            arguments.isEmpty
            ? translated.split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter {
                !$0.isEmpty
            }.map { PostgresQuery(unsafeSQL: $0) }
            : [SQLStatement(translated, arguments).postgresQuery]
        try await run(
            [PostgresQuery(unsafeSQL: "ALTER TABLE events DISABLE TRIGGER USER")] + statements + [
                PostgresQuery(unsafeSQL: "ALTER TABLE events ENABLE TRIGGER USER")
            ],
            on: Self.database(of: store)
        )
    }

    func execute(_ store: any EventStore, sql: String) async throws {
        try await run([sql], on: Self.database(of: store))
    }

    func checkpoint(of projection: String, in store: any EventStore) async throws -> (version: Int, sequence: Int64)? {
        let rows = try await store.query(
            "SELECT version, sequence FROM projection_checkpoints WHERE name = ?", [projection])
        guard let row = rows.first, let version = row.int("version"), let sequence = row.int64("sequence") else {
            return nil
        }
        return (version, sequence)
    }

    func createAgain(_ store: any EventStore) async throws -> any EventStore {
        let again = try PostgresEventStore.create(url: storeURL(of: Self.database(of: store)))
        try await again.ready()
        return again
    }

    func openMissing() async throws -> any EventStore {
        let database = try await newDatabase()
        let store = try PostgresEventStore.open(url: storeURL(of: database))
        do {
            try await store.ready()
        } catch {
            try? await run(
                ["DROP DATABASE \(database) WITH (FORCE)"],
                on: URLComponents(string: adminURL)!.path.trimmingCharacters(in: ["/"]))
            throw error
        }
        return store
    }

    func dispose(_ store: any EventStore) async {
        let admin = URLComponents(string: adminURL)!.path.trimmingCharacters(in: ["/"])
        let database = Self.database(of: store)
        try? await run(["DROP DATABASE IF EXISTS \(database) WITH (FORCE)"], on: admin)
        // The shared layout's two roles are the server's, not the database's: they go too.
        try? await run(
            [
                "DROP ROLE IF EXISTS \"\(SharedSchema.keeperRole(of: database))\"",
                "DROP ROLE IF EXISTS \"\(SharedSchema.usersRole(of: database))\"",
                "DROP ROLE IF EXISTS \"\(SharedSpan.spanRole(of: database))\"",
            ], on: admin)
    }
}
