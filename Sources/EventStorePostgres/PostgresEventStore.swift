import EventStore
import Foundation
import Logging
import PostgresNIO
import Synchronization

/// The event log on a PostgreSQL server: the same semantics as ``SQLiteEventStore`` (global order, expected
/// versions, atomic batches, the hash chain, projections in the append's transaction) for a province or the
/// whole country, with many people writing at once.
///
/// Appends lock the single `chain_head` row first, so writers from any number of processes take turns on
/// the chain while readers never wait. The connection pool runs for the store's lifetime.
public final class PostgresEventStore: EventStore, Sendable {
    let client: PostgresClient
    let projections: [any Projection]
    let clock: @Sendable () -> Date
    let logger: Logger
    private let runner: Task<Void, Never>
    /// Whether the connection pool is lent (by the projector), whose owner has reached the
    /// server already: no probe per store, which would open a connection per agency of a national view.
    private let borrowsClient: Bool
    private let readiness: Readiness
    /// Where the store is, without the password.
    public let location: String
    /// In the shared layout, which streams and read-model tables hold personal data (for reviewers only).
    let privacy: SharedPrivacy
    /// In the shared layout, whether this login keeps the read models itself (an administrator) or leaves them
    /// to the administrator's projector; known once the store is ready.
    let keepsReadModels = Mutex(false)
    /// How long a command waits for the projector to record its events in the read models.
    let projectorWait: Duration

    /// Whether connecting should find a store or make one.
    enum Mode: Sendable { case open, create }

    let address: PostgresLocation
    /// The store whose connection pool this one borrows and whose task runs it, kept alive as long as this one
    /// (the public-data store of an agency's store); nil when the pool is this store's or a pool's.
    let lender: PostgresEventStore?

    init(
        location: PostgresLocation, mode: Mode, projections: [any Projection], privacy: SharedPrivacy,
        projectorWait: Duration, clock: @escaping @Sendable () -> Date, sharing lent: PostgresClient? = nil,
        lender: PostgresEventStore? = nil
    ) {
        let names = projections.map(\.name)
        precondition(Set(names).count == names.count, "projection names must be unique: \(names)")
        var logger = Logger(label: "sujarit.postgres")
        logger.logLevel = .critical
        let client = lent ?? PostgresClient(configuration: location.clientConfiguration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        self.projections = projections
        self.clock = clock
        self.privacy = privacy
        self.projectorWait = projectorWait
        self.location = location.description
        address = location
        self.lender = lender
        // A client lent by a pool or the projector runs on its owner's task.
        runner = lent == nil ? Task { await client.run() } : Task {}
        borrowsClient = lent != nil
        readiness = Readiness(mode: mode)
    }

    deinit { runner.cancel() }

    /// A store on an existing database, upgraded and with its read models caught up before its first use.
    ///
    /// Opening does not wait for the server, so it fits where a file store is opened; the first operation
    /// connects, and throws ``EventStoreError/storeNotFound(_:)`` when the database holds no store.
    ///
    /// - Parameters:
    ///   - privacy: in a database shared by many agencies, the streams and read-model tables only reviewers read.
    ///   - projectorWait: how long a member of staff's command waits for the administrator's projector to bring
    ///     the read models level with its events before it reports that the projector is not running.
    public static func open(
        url: String, projections: [any Projection] = [], privacy: SharedPrivacy = .none,
        projectorWait: Duration = .seconds(60), clock: @escaping @Sendable () -> Date = Date.init
    ) throws -> PostgresEventStore {
        PostgresEventStore(
            location: try PostgresLocation(url: url), mode: .open, projections: projections, privacy: privacy,
            projectorWait: projectorWait, clock: clock)
    }

    /// A new store in an empty database; the first operation creates the tables, or throws
    /// ``EventStoreError/storeAlreadyExists(_:)`` when the database holds a store already.
    public static func create(
        url: String, projections: [any Projection] = [], privacy: SharedPrivacy = .none,
        projectorWait: Duration = .seconds(60), clock: @escaping @Sendable () -> Date = Date.init
    ) throws -> PostgresEventStore {
        PostgresEventStore(
            location: try PostgresLocation(url: url), mode: .create, projections: projections, privacy: privacy,
            projectorWait: projectorWait, clock: clock)
    }

    /// Connects and prepares the store now rather than on first use, reporting any problem.
    public func ready() async throws {
        do {
            try await prepareOnce()
        } catch let error as EventStoreError {
            throw error
        } catch let error as PostgresStoreError {
            throw error
        } catch {
            // The pool reports a refused or failed login only as a tripped circuit breaker; say what to check.
            throw PostgresStoreError.unreachable(location, reason: "no connection could be made")
        }
    }

    /// One direct connection before the pool is used: a wrong database, user or password fails at once with
    /// the server's reason, where the pool would retry with back-off for a minute before giving up.
    private func probe() async throws {
        do {
            let connection = try await PostgresConnection.connect(
                configuration: address.connectionConfiguration, id: 0, logger: logger)
            try await connection.close()
        } catch let error as PSQLError {
            throw PostgresStoreError.unreachable(
                location, reason: error.serverInfo?[.message] ?? "the server did not answer (\(error.code))")
        }
    }

    private func prepareOnce() async throws {
        try await readiness.wait { mode in
            if self.address.socketFolder == nil, !self.borrowsClient { try await self.probe() }
            if let agency = self.address.agency {
                try await self.prepareShared(agency: agency, mode: mode)
                return
            }
            let exists = try await self.schemaExists()
            switch mode {
            case .open where !exists: throw EventStoreError.storeNotFound(self.location)
            case .create where exists: throw EventStoreError.storeAlreadyExists(self.location)
            default: try await self.prepare()
            }
        }
    }

    private func schemaExists() async throws -> Bool {
        try await mapErrors {
            let rows = try await client.query("SELECT to_regclass('events') IS NOT NULL AS present", logger: logger)
            for try await present in rows.decode(Bool.self) { return present }
            return false
        }
    }

    /// Applies pending migrations and brings projections level with the log (a database holding one store).
    private func prepare() async throws {
        try await mapErrors {
            try await client.withTransaction(logger: logger) { connection in
                try await connection.query(
                    "SELECT pg_advisory_xact_lock(\(PostgresSchema.advisoryLock))", logger: logger)
                try await self.migrate(PostgresSchema.migrations, ledger: "sujarit_migrations", on: connection)
                try await self.catchUpProjections(on: connection)
            }
        }
    }

    /// Runs the migrations `ledger` has not recorded, in order, recording each.
    func migrate(
        _ migrations: [(id: String, sql: [String])], ledger: String, on connection: PostgresConnection
    ) async throws {
        if try await !self.tableExists(ledger, on: connection) {
            try await connection.query(
                PostgresQuery(
                    unsafeSQL:
                        "CREATE TABLE \(ledger) (id TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
                ), logger: logger)
        }
        var applied = Set<String>()
        for try await id in try await connection.query(
            PostgresQuery(unsafeSQL: "SELECT id FROM \(ledger)"), logger: logger
        )
        .decode(String.self) {
            applied.insert(id)
        }
        for migration in migrations where !applied.contains(migration.id) {
            for statement in migration.sql {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
            try await connection.query(
                PostgresQuery(unsafeSQL: "INSERT INTO \(ledger) (id) VALUES (\(SharedSchema.literal(migration.id)))"),
                logger: logger)
        }
    }

    private func tableExists(_ table: String, on connection: PostgresConnection) async throws -> Bool {
        for try await present in try await connection.query("SELECT to_regclass(\(table)) IS NOT NULL", logger: logger)
            .decode(Bool.self)
        {
            return present
        }
        return false
    }

    public func streamVersion(_ stream: StreamID) async throws -> Int {
        try await ready()
        return try await mapErrors {
            try await session { connection in
                let rows = try await connection.query(
                    "SELECT coalesce(max(stream_version), 0)::BIGINT FROM events WHERE stream_id = \(stream.description)",
                    logger: logger)
                for try await version in rows.decode(Int.self) { return version }
                return 0
            }
        }
    }

    public func lastSequence() async throws -> Int64 {
        try await ready()
        return try await mapErrors { try await session { try await self.lastSequence(on: $0) } }
    }

    public func readStream(_ stream: StreamID, afterVersion: Int, limit: Int) async throws -> [RecordedEvent] {
        guard limit > 0 else { return [] }
        try await ready()
        return try await mapErrors {
            let query: PostgresQuery = """
                SELECT \(unescaped: PostgresEventRow.columns) FROM events
                WHERE stream_id = \(stream.description) AND stream_version > \(afterVersion)
                ORDER BY stream_version LIMIT \(limit)
                """
            return try await session { try await PostgresEventRow.decodeAll(try await $0.query(query, logger: logger)) }
        }
    }

    public func read(afterSequence: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent] {
        try await page(PostgresEventRow.select(filter: filter, afterSequence: afterSequence, limit: limit), limit)
    }

    public func read(beforeSequence: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent] {
        try await page(PostgresEventRow.select(filter: filter, beforeSequence: beforeSequence, limit: limit), limit)
    }

    /// The events a page query selects; none for a limit of zero or less.
    private func page(_ statement: SQLStatement, _ limit: Int) async throws -> [RecordedEvent] {
        guard limit > 0 else { return [] }
        try await ready()
        return try await mapErrors {
            try await session {
                try await PostgresEventRow.decodeAll(try await $0.query(statement.postgresQuery, logger: logger))
            }
        }
    }

    public func countEvents(filter: EventFilter) async throws -> [String: Int] {
        try await ready()
        return try await mapErrors {
            let statement = PostgresEventRow.countByCategory(filter: filter)
            return try await session { connection in
                var counts: [String: Int] = [:]
                for try await (category, events) in try await connection.query(statement.postgresQuery, logger: logger)
                    .decode((String, Int64).self)
                {
                    counts[category] = Int(events)
                }
                return counts
            }
        }
    }

    public func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        try await ready()
        return try await mapErrors {
            try await session { connection in
                var rows: [SQLRow] = []
                for try await row in try await connection.query(statement.postgresQuery, logger: logger) {
                    rows.append(try SQLRow(row))
                }
                return rows
            }
        }
    }

    /// Turns the driver's errors into the store's own, keeping domain errors as they are.
    func mapErrors<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let error as PostgresTransactionError {
            // A decision the store made inside the transaction (a conflict, a failing projection) comes out
            // as itself; only the driver's own failures are translated.
            if let inner = error.closureError {
                if let psql = inner as? PSQLError { throw translate(psql) }
                throw inner
            }
            if let psql = (error.beginError ?? error.commitError ?? error.rollbackError) as? PSQLError {
                throw translate(psql)
            }
            throw EventStoreError.backend("\(String(reflecting: error)) (\(location))")
        } catch let error as PSQLError {
            throw translate(error)
        }
    }

    /// The server's own message when there is one, else why the server could not be reached.
    func translate(_ error: PSQLError) -> any Error {
        if error.serverInfo?[.sqlState] == SharedAppend.conflictState, let detail = error.serverInfo?[.detail] {
            let parts = detail.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if parts.count == 3, let stream = try? StreamID(parts[0]), let expected = Int(parts[1]),
                let actual = Int(parts[2])
            {
                return EventStoreError.versionConflict(
                    stream: stream, expected: expected == 0 ? .noStream : .exactly(expected), actual: actual)
            }
        }
        if error.serverInfo?[.sqlState] == "42501", let message = error.serverInfo?[.message] {
            // insufficient_privilege: the database, not the application, refused; say who and what to ask for.
            return PostgresStoreError.accessDenied(location, role: address.username, reason: message)
        }
        if let message = error.serverInfo?[.message] {
            return EventStoreError.backend("\(message) (\(location))")
        }
        return PostgresStoreError.unreachable(location, reason: String(describing: error.code))
    }
}

/// Runs the store's preparation once, for whichever operation comes first; later calls wait for it or see
/// its error again.
actor Readiness {
    nonisolated let mode: PostgresEventStore.Mode
    private var preparation: Task<Void, Error>?

    init(mode: PostgresEventStore.Mode) { self.mode = mode }

    func wait(_ prepare: @escaping @Sendable (PostgresEventStore.Mode) async throws -> Void) async throws {
        if preparation == nil {
            let mode = mode
            preparation = Task { try await prepare(mode) }
        }
        try await preparation!.value
    }
}
