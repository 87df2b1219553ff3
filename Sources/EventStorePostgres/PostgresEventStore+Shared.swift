import EventStore
import Foundation
import PostgresNIO

/// Which parts of an agency's store are personal data in the shared layout, readable only by the agency's
/// reviewers (and administrators): the streams, by the category before their first `/`, and read-model tables.
public struct SharedPrivacy: Sendable, Hashable {
    /// Stream categories whose events only reviewers read (and the person who recorded them).
    public var streamCategories: Set<String>
    /// Read-model tables only reviewers read.
    public var tables: Set<String>

    /// Nothing is personal.
    public static let none = SharedPrivacy(streamCategories: [], tables: [])

    /// Declares the personal streams and tables.
    public init(streamCategories: Set<String>, tables: Set<String>) {
        self.streamCategories = streamCategories
        self.tables = tables
    }
}

extension PostgresEventStore {
    /// Whether the store is an agency's in a database shared by many (the `sujarit` schema).
    var isShared: Bool { address.agency != nil }

    /// Runs `body` on one connection set up for this store.
    ///
    /// In the shared layout it runs inside a transaction whose `sujarit.agency` is the store's agency and whose
    /// search path is the shared schema, so that row-level security confines every statement to that agency and
    /// every statement names its tables as on SQLite. Settings local to a transaction are what pgbouncer's
    /// transaction pooling keeps; a session's would leak to whoever gets the server connection next.
    func session<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        guard let agency = address.agency else { return try await client.withConnection { try await body($0) } }
        let keeper = keepsReadModels.withLock { $0 }
        return try await client.withTransaction(logger: logger) { connection in
            try await self.choose(agency, asKeeper: keeper, on: connection)
            return try await body(connection)
        }
    }

    /// Runs `body` in a transaction set up for this store (``session(_:)``, which is one in the shared layout).
    func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        if isShared { return try await session(body) }
        return try await client.withTransaction(logger: logger) { try await body($0) }
    }

    /// Runs `body` in a read-only REPEATABLE READ transaction set up for this store: one snapshot of the log and
    /// the read models while others keep appending (`verify`).
    func snapshot<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: self.logger)
            do {
                if let agency = self.address.agency {
                    try await self.choose(agency, asKeeper: self.keepsReadModels.withLock { $0 }, on: connection)
                }
                let result = try await body(connection)
                try await connection.query("ROLLBACK", logger: self.logger)
                return result
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: self.logger)
                throw error
            }
        }
    }

    /// Makes `agency` the agency of the transaction open on `connection`; an administrator also takes on the
    /// keeper role (``SharedSchema/keeperRole(of:)``), under which the policies hold for them too.
    func choose(_ agency: String, asKeeper: Bool, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            SELECT set_config('search_path', 'sujarit', true), set_config('sujarit.agency', \(agency), true)
            """, logger: logger)
        if asKeeper {
            try await connection.query(
                "SELECT set_config('role', \(SharedSchema.keeperRole(of: address.database)), true)", logger: logger)
        }
    }

    /// The shared layout's preparation: the schema (created by an administrator the first time), the agency's row
    /// and chain head (created by `create`), access checked for staff, read models created, reshaped and caught up
    /// by an administrator, or waited for from the projector by staff.
    func prepareShared(agency: String, mode: Mode) async throws {
        let keeps = try await mapErrors {
            try await client.withTransaction(logger: logger) { connection in
                let installed =
                    try await self.one(
                        "SELECT to_regclass('sujarit.shared_migrations') IS NOT NULL", Bool.self, on: connection)
                    ?? false
                let admin =
                    installed
                    ? try await self.one("SELECT sujarit.is_admin()", Bool.self, on: connection) ?? false
                    : try await self.one(
                        "SELECT has_database_privilege(current_database(), 'CREATE')", Bool.self, on: connection)
                        ?? false
                // The lock serialises upgrades across processes; a store already up to date (every open but the
                // first after an upgrade) takes none, so a national view's or the projector's many opens run
                // side by side.
                var upToDate = false
                if installed { upToDate = try await self.sharedLayoutIsCurrent(on: connection) }
                if admin && !upToDate {
                    try await connection.query(
                        "SELECT pg_advisory_xact_lock(\(PostgresSchema.advisoryLock))", logger: self.logger)
                    if !installed {
                        guard mode == .create else { throw EventStoreError.storeNotFound(self.location) }
                        for statement in SharedSchema.install(database: self.address.database) {
                            try await connection.query(PostgresQuery(unsafeSQL: statement), logger: self.logger)
                        }
                    }
                    for statement in SharedSpan.roles(database: self.address.database) {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: self.logger)
                    }
                    try await self.choose(agency, asKeeper: true, on: connection)
                    try await self.migrate(
                        SharedSchema.migrations(database: self.address.database), ledger: "sujarit.shared_migrations",
                        on: connection)
                } else if !installed {
                    throw EventStoreError.storeNotFound(self.location)
                }
                if !admin || upToDate { try await self.choose(agency, asKeeper: admin, on: connection) }
                let exists =
                    try await self.one(
                        "SELECT EXISTS (SELECT 1 FROM sujarit.agencies WHERE department_id = \(agency))", Bool.self,
                        on: connection) ?? false
                switch mode {
                case .open where !exists: throw EventStoreError.storeNotFound(self.location)
                case .create where exists: throw EventStoreError.storeAlreadyExists(self.location)
                case .create where !admin:
                    throw PostgresStoreError.accessDenied(
                        self.location, role: self.address.username,
                        reason: "only an administrator creates an agency's store in a shared database")
                case .create:
                    try await connection.query(
                        """
                        INSERT INTO sujarit.agencies (department_id) VALUES (\(agency))
                        """, logger: self.logger)
                    try await connection.query(
                        "INSERT INTO chain_head (sequence, hash) VALUES (0, decode(repeat('00', 32), 'hex'))",
                        logger: self.logger)
                case .open:
                    let readable =
                        try await self.one(
                            "SELECT sujarit.sees_all() OR \(agency) = ANY (sujarit.readable())", Bool.self,
                            on: connection) ?? false
                    guard readable else {
                        throw PostgresStoreError.accessDenied(
                            self.location, role: self.address.username,
                            reason: "the store of agency \(agency) is not open to this login")
                    }
                }
                if admin {
                    if !upToDate { try await self.keepSharedReadModels(on: connection) }
                    try await self.catchUpProjections(on: connection)
                }
                return admin
            }
        }
        keepsReadModels.withLock { $0 = keeps }
        if !keeps { try await awaitProjector(upTo: try await unpreparedLastSequence()) }
    }

    /// Whether the shared schema has every migration, every projection's tables in their current version and
    /// every personal stream category recorded: then opening needs no upgrade and takes no lock.
    func sharedLayoutIsCurrent(on connection: PostgresConnection) async throws -> Bool {
        let migrations = SharedSchema.migrations(database: address.database).map(\.id)
        let names = projections.map(\.name), versions = projections.map { Int64($0.version) }
        let prefixes = privacy.streamCategories.map { $0 + "/" }
        let query: PostgresQuery = """
            SELECT (SELECT count(*) FROM sujarit.shared_migrations WHERE id = ANY (\(migrations)::TEXT[]))
                       = \(Int64(migrations.count))
               AND (SELECT count(*) FROM sujarit.read_model_versions v
                    JOIN unnest(\(names)::TEXT[], \(versions)::BIGINT[]) AS p(name, version)
                      ON v.name = p.name AND v.version = p.version) = \(Int64(names.count))
               AND (SELECT count(*) FROM sujarit.personal_streams WHERE prefix = ANY (\(prefixes)::TEXT[]))
                       = \(Int64(prefixes.count))
            """
        return try await one(query, Bool.self, on: connection) ?? false
    }

    /// Creates the shared tables of projections new to the database, reshapes those whose version changed (for
    /// every agency: their checkpoints go, so each agency's read models are rebuilt), and records which streams
    /// are personal. Administrators only.
    func keepSharedReadModels(on connection: PostgresConnection) async throws {
        var versions: [String: Int] = [:]
        for try await (name, version) in try await connection.query(
            "SELECT name, version::BIGINT FROM sujarit.read_model_versions", logger: logger
        ).decode((String, Int).self) {
            versions[name] = version
        }
        var statements: [String] = []
        for projection in projections where versions[projection.name] != projection.version {
            if versions[projection.name] != nil {
                try await recreateSharedTables(of: projection, on: connection)
            } else {
                statements += try SharedTables.create(projection, personal: privacy.tables)
            }
            statements.append(
                """
                INSERT INTO sujarit.read_model_versions (name, version) VALUES \
                (\(SharedSchema.literal(projection.name)), \(projection.version)) ON CONFLICT (name) DO UPDATE SET \
                version = excluded.version
                """)
        }
        if !statements.isEmpty {
            let users = SharedSchema.quoted(SharedSchema.usersRole(of: address.database))
            statements.append("GRANT SELECT ON ALL TABLES IN SCHEMA sujarit TO \(users)")
        }
        for category in privacy.streamCategories.sorted() {
            statements.append(
                """
                INSERT INTO sujarit.personal_streams (prefix) VALUES (\(SharedSchema.literal(category + "/"))) \
                ON CONFLICT DO NOTHING
                """)
        }
        for statement in statements {
            try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
        }
    }

    /// Prepares the store (once) and brings every projection level with the log now: the projector's pass over
    /// one agency. The log's last sequence.
    func catchUpNow() async throws -> Int64 {
        try await ready()
        return try await mapErrors {
            try await transaction { connection in
                try await self.catchUpProjections(on: connection)
                return try await self.lastSequence(on: connection)
            }
        }
    }

    /// Waits until the administrator's projector has applied every event up to `sequence` to every read model
    /// of this store, so that a member of staff's command reads what it has just recorded.
    func awaitProjector(upTo sequence: Int64) async throws {
        guard sequence > 0, !projections.isEmpty else { return }
        let names = projections.map(\.name)
        let deadline = ContinuousClock.now + projectorWait
        // Short pauses: the projector is woken by the append's notification and is usually done within tens of
        // milliseconds; the cap bounds the load of 50 waiting sessions' checks (one small query each).
        var pause = Duration.milliseconds(2)
        while true {
            let behind = try await mapErrors {
                try await session { connection in
                    try await self.one(
                        """
                        SELECT count(*) FROM unnest(\(names)::TEXT[]) AS p(name) WHERE NOT EXISTS (SELECT 1 FROM \
                        projection_checkpoints c WHERE c.name = p.name AND c.sequence >= \(sequence))
                        """, Int64.self, on: connection) ?? 0
                }
            }
            if behind == 0 { return }
            guard ContinuousClock.now < deadline else {
                throw PostgresStoreError.projectorNotRunning(location, sequence: sequence, waited: projectorWait)
            }
            try await Task.sleep(for: pause)
            pause = min(pause * 2, .milliseconds(40))
        }
    }

    /// The log's last sequence, read in a session of its own: for the preparation itself, which `lastSequence()`
    /// would wait for.
    func unpreparedLastSequence() async throws -> Int64 {
        try await mapErrors { try await session { try await self.lastSequence(on: $0) } }
    }

    /// The first column of the first row of `query`, or nil when there is none.
    func one<T: PostgresDecodable & Sendable>(
        _ query: PostgresQuery, _ type: T.Type, on connection: PostgresConnection
    ) async throws -> T? {
        for try await value in try await connection.query(query, logger: logger).decode(T.self) { return value }
        return nil
    }
}

extension PostgresEventStore {
    /// Whether a table of `projection` is missing from the shared schema (dropped by someone with the keeper's
    /// rights): a rebuild must make it again before it can refill it.
    func missingTables(of projection: any Projection, on connection: PostgresConnection) async throws -> Bool {
        for table in projection.tables {
            let present =
                try await one("SELECT to_regclass(\("sujarit.\(table)")) IS NOT NULL", Bool.self, on: connection)
                ?? false
            if !present { return true }
        }
        return false
    }

    /// Makes `projection`'s shared tables again, empty, and forgets every agency's checkpoint of it, so that each
    /// agency's read model is rebuilt (this one's now, the others' by the projector).
    ///
    /// Checkpoints of other agencies are out of the policies' reach, on purpose; this repair lifts them for the
    /// one statement, inside the transaction (DDL is transactional in PostgreSQL), as the keeper that owns them.
    func recreateSharedTables(of projection: any Projection, on connection: PostgresConnection) async throws {
        var statements = projection.tables.map { "DROP TABLE IF EXISTS sujarit.\(SharedSchema.quoted($0))" }
        statements += try SharedTables.create(projection, personal: privacy.tables)
        statements += [
            "ALTER TABLE sujarit.projection_checkpoints NO FORCE ROW LEVEL SECURITY",
            "DELETE FROM sujarit.projection_checkpoints WHERE name = \(SharedSchema.literal(projection.name))",
            "ALTER TABLE sujarit.projection_checkpoints FORCE ROW LEVEL SECURITY",
            "GRANT SELECT ON ALL TABLES IN SCHEMA sujarit TO "
                + SharedSchema.quoted(SharedSchema.usersRole(of: address.database)),
        ]
        for statement in statements {
            try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
        }
    }
}
