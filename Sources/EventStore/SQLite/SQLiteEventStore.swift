import Foundation
import GRDB

/// The embedded store: the whole log and its read models in one SQLite file, through GRDB.
///
/// The file is opened in WAL mode, so readers never block the writer, and every append is one IMMEDIATE
/// transaction, so concurrent writers, in this process or others, queue on SQLite's lock instead of
/// interleaving. A process killed mid-append leaves the file as it was before that append.
public struct SQLiteEventStore: EventStore {
    let pool: DatabasePool
    let projections: [any Projection]
    let clock: @Sendable () -> Date
    /// The path of the database file.
    public let path: String
    /// How long to wait for another writer's lock, in seconds, before giving up with
    /// ``EventStoreError/storeBusy(_:waitedSeconds:)``.
    let lockTimeout: Int

    public var location: String { path }

    /// Creates a new store file, refusing to touch an existing one; the file and its WAL are owner-only (0600).
    ///
    /// - parameters:
    ///   - path: Where to create the file.
    ///   - projections: The read models to keep; pass the same list every time the store is opened.
    ///   - clock: The time recorded on appends (tests inject a fixed clock).
    public static func create(
        at path: String, projections: [any Projection] = [], clock: @escaping @Sendable () -> Date = Date.init
    ) throws -> SQLiteEventStore {
        // Owner-only from the first byte: the store holds personal data (see StoreFileAccess).
        try StoreFileAccess.createPrivateFile(at: path)
        do {
            return try SQLiteEventStore(
                path: path, projections: projections, clock: clock, creating: true, catchingUp: true, lockTimeout: 30)
        } catch {
            // Nothing of a store that could not be made is left behind to be mistaken for one.
            for file in [path, path + "-wal", path + "-shm"] { try? FileManager.default.removeItem(atPath: file) }
            throw error
        }
    }

    /// Opens an existing store file, upgrading its schema and catching up its read models if needed.
    ///
    /// - parameters:
    ///   - path: The store file.
    ///   - projections: The read models kept with the log (each checked and caught up on opening).
    ///   - clock: The clock that stamps `recordedAt` on appended events.
    ///   - catchingUp: Pass false to leave the read models exactly as they are (no catch-up, no repair), for
    ///     ``verifyReadModels(progress:)`` to see them as found; the store should then only be read.
    ///   - lockTimeout: How many seconds to wait while another process holds the write lock.
    public static func open(
        at path: String, projections: [any Projection] = [], clock: @escaping @Sendable () -> Date = Date.init,
        catchingUp: Bool = true, lockTimeout: Int = 30
    ) throws -> SQLiteEventStore {
        guard FileManager.default.fileExists(atPath: path) else { throw EventStoreError.storeNotFound(path) }
        return try SQLiteEventStore(
            path: path, projections: projections, clock: clock, creating: false, catchingUp: catchingUp,
            lockTimeout: lockTimeout)
    }

    /// The page size of a new store file, in bytes.
    ///
    /// Why not SQLite's 4 KB: a store's big writes are imports, one transaction each, whose pages are written
    /// twice (into the WAL, then into the file at the checkpoint), a system call and a kernel page-cache
    /// round per page each time. With 16 KB pages a 106 MB e-GP feed's import spent 0.49 s in the kernel
    /// instead of 0.88 s and finished 0.25 s sooner (Benchmarks/RESULTS.md). A small command's commit
    /// writes a few whole pages to the WAL either way. Existing stores keep the size they were created
    /// with: SQLite fixes it once a WAL-mode file has content.
    static let pageSize = 16_384

    /// About how many bytes of WAL trigger a checkpoint (SQLite's own default is about 4 MB).
    ///
    /// Copying the WAL back into the database ends with an fsync, and on a busy disk those waits were the
    /// larger part of a long import's time at the default. Commits are unchanged (each is still a
    /// transaction that survives the process being killed once COMMIT returns), and the last connection to
    /// close still checkpoints and removes the WAL.
    static let autoCheckpointBytes = 40 << 20

    private init(
        path: String, projections: [any Projection], clock: @escaping @Sendable () -> Date, creating: Bool,
        catchingUp: Bool, lockTimeout: Int
    ) throws {
        let names = projections.map(\.name)
        precondition(Set(names).count == names.count, "projection names must be unique: \(names)")
        var configuration = Configuration()
        // Writers from other processes (two clerks, a cron import) wait for the lock instead of failing.
        configuration.busyMode = .timeout(TimeInterval(lockTimeout))
        configuration.label = "sujarit"
        configuration.prepareDatabase { db in
            // Before anything is written to a new file: later, SQLite ignores it (see pageSize).
            if creating { try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)") }
            let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4_096
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.autoCheckpointBytes / pageSize)")
            // The writer keeps its temporary files in memory. Inside a long transaction every multi-row
            // statement a projection runs has a statement journal (a copy of each page it changes, so that
            // it alone can be undone), written to a temporary file otherwise: on a 1 GB feed import that
            // was a few million system calls and 1–2 s of kernel time. Readers keep SQLite's default, so a
            // large sort in a report still spills to disk.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA temp_store = MEMORY") }
        }
        do {
            // Look before opening the pool: opening one switches the file to WAL mode, which must not happen to
            // another application's database that is then refused.
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > 0 {
                var probeConfiguration = Configuration()
                probeConfiguration.readonly = true
                probeConfiguration.busyMode = .timeout(TimeInterval(lockTimeout))
                do {
                    let probe = try DatabaseQueue(path: path, configuration: probeConfiguration)
                    defer { try? probe.close() }
                    try probe.read { db in try Self.checkApplicationID(db, path: path) }
                } catch let error as DatabaseError where error.resultCode != .SQLITE_NOTADB {
                    // No read-only look possible (a WAL that needs recovering first, a locked file): the same
                    // check runs below on the writer connection.
                }
            }
            let pool = try DatabasePool(path: path, configuration: configuration)
            self.pool = pool
            self.path = path
            self.projections = projections
            self.clock = clock
            self.lockTimeout = lockTimeout
            try pool.writeWithoutTransaction { db in try Self.checkApplicationID(db, path: path) }
            try SQLiteSchema.migrator.migrate(pool)
            if catchingUp {
                // A stale projection is rebuilt here, its tables dropped: journaled to a file, as in `rebuild`.
                try pool.writeWithoutTransaction { db in
                    try Self.inTransactionJournalingToFile(db) { try self.catchUpProjections(db) }
                }
            }
        } catch let error as DatabaseError where Self.isLockTimeout(error) {
            throw EventStoreError.storeBusy(path, waitedSeconds: lockTimeout)
        } catch let error as DatabaseError {
            throw EventStoreError.incompatibleStore(path, reason: error.message ?? error.description)
        }
    }

    private static func checkApplicationID(_ db: Database, path: String) throws {
        let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let hasTables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        if id != SQLiteSchema.applicationID && (id != 0 || hasTables > 0) {
            throw EventStoreError.incompatibleStore(path, reason: "it is an SQLite database of another application")
        }
    }

    public func append(_ appends: [StreamAppend]) async throws -> AppendReceipt {
        guard appends.contains(where: { !$0.events.isEmpty }) else { throw EventStoreError.emptyAppend }
        return try await mapErrors { try await pool.write { db in try self.append(appends, in: db) } }
    }

    public func append<Source: EventBatchSource>(streaming source: inout Source) async throws -> AppendReceipt {
        // The synchronous write: the source is pulled on the writer's thread and is not Sendable, so it cannot
        // cross into GRDB's asynchronous API. A long import holds this task's thread, which a CLI can afford.
        do {
            return try appendNow(streaming: &source)
        } catch let error as DatabaseError {
            throw mapped(error)
        }
    }

    private func appendNow<Source: EventBatchSource>(streaming source: inout Source) throws -> AppendReceipt {
        try pool.write { db in try self.append(streaming: &source, in: db) }
    }

    public func streamVersion(_ stream: StreamID) async throws -> Int {
        try await mapErrors { try await pool.read { db in try Self.streamVersion(stream, in: db) } }
    }

    public func readStream(_ stream: StreamID, afterVersion: Int, limit: Int) async throws -> [RecordedEvent] {
        guard limit > 0 else { return [] }
        return try await mapErrors {
            try await pool.read { db in
                try EventRow.fetchAll(
                    db,
                    sql:
                        """
                        SELECT \(EventRow.columns) FROM events WHERE stream_id = ? AND stream_version > ? ORDER \
                        BY stream_version LIMIT ?
                        """,
                    arguments: [stream.description.databaseValue, afterVersion.databaseValue, limit.databaseValue]
                )
            }
        }
    }

    public func read(afterSequence: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent] {
        try await page(of: filter, after: afterSequence, limit: limit)
    }

    public func read(beforeSequence: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent] {
        try await page(of: filter, before: beforeSequence, limit: limit)
    }

    /// A page of the log after `after` in log order, or before `before` the newest first.
    private func page(
        of filter: EventFilter, after: Int64? = nil, before: Int64? = nil, limit: Int
    ) async throws -> [RecordedEvent] {
        // SQLite reads a negative LIMIT as no limit at all: never load the whole log by accident.
        guard limit > 0 else { return [] }
        return try await mapErrors {
            try await pool.read { db in
                let sparse = try EventRow.selectsSparseCategory(filter, in: db)
                let page = EventRow.page(
                    for: filter, after: after, before: before, limit: limit, sparseCategory: sparse)
                return try EventRow.fetchAll(db, sql: page.sql, arguments: page.arguments)
            }
        }
    }

    public func countEvents(filter: EventFilter) async throws -> [String: Int] {
        let (whereClause, arguments) = EventRow.whereClause(for: filter)
        return try await mapErrors {
            try await pool.read { db in
                // A stream id is `category/id` and the category holds no '/'.
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT substr(stream_id, 1, instr(stream_id, '/') - 1), count(*) FROM events \
                        WHERE \(whereClause) GROUP BY 1
                        """,
                    arguments: StatementArguments(arguments)
                )
                return Dictionary(uniqueKeysWithValues: rows.map { (row: Row) in (row[0] as String, row[1] as Int) })
            }
        }
    }

    public func lastSequence() async throws -> Int64 {
        try await mapErrors { try await pool.read { db in try Self.lastSequence(in: db) } }
    }

    public func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        try await mapErrors {
            try await pool.read { db in
                // Prepared once per connection and SQL text: a national list or `flags run` asks the same page
                // query thousands of times, and preparing it each time (parse, plan, authorizer) cost more
                // than reading the page.
                let prepared = try db.cachedStatement(sql: statement.sql)
                // GRDB's check and message for a wrong number of arguments, as when GRDB read the rows.
                try prepared.validateArguments(StatementArguments(statement.arguments.map(\.databaseValue)))
                // Read without GRDB's `Row`s, repeated texts made once: see SQLRowReader.
                var reader = SQLRowReader()
                return try reader.rows(of: prepared, arguments: statement.arguments, in: db)
            }
        }
    }

    static func lastSequence(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT max(sequence) FROM events") ?? 0
    }

    static func streamVersion(_ stream: StreamID, in db: Database) throws -> Int {
        // Prepared once per connection: imports ask this for every batch of every project (about 9 % of an import).
        let statement = try db.cachedStatement(sql: "SELECT max(stream_version) FROM events WHERE stream_id = ?")
        return try Int.fetchOne(statement, arguments: [stream.description]) ?? 0
    }

    /// Turns SQLite's errors into the store's own, keeping domain errors as they are.
    func mapErrors<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let error as DatabaseError {
            throw mapped(error)
        }
    }

    /// The store's error for one of SQLite's: a lock held past the wait says so, the rest keep their message.
    func mapped(_ error: DatabaseError) -> EventStoreError {
        Self.isLockTimeout(error)
            ? .storeBusy(path, waitedSeconds: lockTimeout)
            : .backend("\(error.message ?? error.description) (\(path))")
    }

    /// Whether SQLite gave up waiting for another connection's lock (SQLITE_BUSY, SQLITE_LOCKED and their
    /// extended codes), rather than finding something wrong with the file.
    static func isLockTimeout(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }
}
