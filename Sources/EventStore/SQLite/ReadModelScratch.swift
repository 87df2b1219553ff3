import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A throwaway SQLite database the log is replayed into: to compare a store's read models with what the log
/// produces (``EventStore/verifyReadModels(progress:)``), or to read the read models as they stood when only
/// part of the log was written (a report as of a past day).
///
/// The replay goes into the scratch's `main` database, through the same projections the store is opened
/// with and the same page form a `rebuild` runs (each projection given only the events it reads, its statements
/// worked out on every core). For a comparison, the store's tables are seen as the schema `live`: a SQLite store
/// attaches its own file there; another backend copies its tables' rows into a second scratch file attached
/// there (``copyLiveTable(_:columns:rows:)``). Each table is then compared: a keyed table by finding each replayed
/// row's twin through the key, and otherwise, or when a row has none, both ways with `SELECT … EXCEPT SELECT …` on
/// the replay's columns. To be read instead, the replay is given its indexes
/// (``createQueryIndexes()``) and queried like a store (``query(_:)``).
///
/// Both files are on disk, not in memory (a store can hold millions of read-model rows), created owner-only
/// (they hold the store's personal data), and deleted by ``remove()`` or when the scratch is released; a killed
/// run's files are deleted by the next scratch made beside the same store. Calls may come from any task but are
/// run one at a time.
public final class ReadModelScratch: @unchecked Sendable {
    let queue: DatabaseQueue
    let projections: [any Projection]
    /// The folder the scratch files are in: beside the store, or the temporary folder.
    public let folder: String
    // Unchecked Sendable: `queue` serialises the database work, and `files`, the only mutable state, is read and
    // written under `filesLock` alone.
    private let filesLock = NSLock()
    /// The scratch files, deleted by ``remove()``.
    private var files: [String]

    /// Creates the scratch file and the projections' empty tables in it.
    ///
    /// - parameters:
    ///   - projections: The projections whose tables the replay fills.
    ///   - path: A store file to put the scratch beside (its folder has room for a copy of the store); nil,
    ///     or a folder that cannot be written, for the temporary folder.
    ///   - lockTimeout: Seconds to wait for an attached SQLite store's lock.
    ///   - cacheMiB: SQLite's page cache in MiB, which also bounds the memory of each sort (an index built, an
    ///     `EXCEPT`): a comparison runs faster with more; a report keeps its memory low with less.
    public init(
        projections: [any Projection], near path: String? = nil, lockTimeout: Int = 30, cacheMiB: Int = 64
    ) throws {
        let main = Self.newPath(near: path, suffix: "")
        folder = URL(fileURLWithPath: main).deletingLastPathComponent().path
        Self.removeOrphans(beside: main)
        try StoreFileAccess.createPrivateFile(at: main)
        files = [main]
        self.projections = projections
        var configuration = Configuration()
        configuration.busyMode = .timeout(TimeInterval(lockTimeout))
        configuration.label = "sujarit-verify"
        configuration.prepareDatabase { db in
            // A throwaway file: no journal and no fsync; it is deleted whatever happens.
            try db.execute(sql: "PRAGMA page_size = \(SQLiteEventStore.pageSize)")
            try db.execute(sql: "PRAGMA journal_mode = OFF")
            try db.execute(sql: "PRAGMA synchronous = OFF")
            try db.execute(sql: "PRAGMA cache_size = -\(cacheMiB * 1_024)")
        }
        do {
            queue = try DatabaseQueue(path: main, configuration: configuration)
            // Only the tables: the comparison reads every row of each, and a plain index kept during the replay
            // would be a random B-tree insert per row for nothing (ReplaySchema).
            try queue.writeWithoutTransaction { db in
                for statement in ReplaySchema(projections).tables { try db.execute(sql: statement) }
            }
        } catch {
            Self.delete(files)
            throw error
        }
    }

    deinit { remove() }

    /// Closes and deletes the scratch files; called on deinit too.
    public func remove() {
        try? queue.close()
        let removed = filesLock.withLock {
            defer { files = [] }
            return files
        }
        Self.delete(removed)
    }

    /// Applies `events`, consecutive events of the log in order (a page of it), to the replay, in one
    /// transaction.
    public func apply(_ events: [RecordedEvent]) throws {
        try queue.inTransaction { db in
            try Self.apply(events, projections: projections, in: db)
            return .commit
        }
    }

    /// Creates the projections' plain indexes (the `CREATE INDEX` statements of their schema), which the replay
    /// leaves out, so that the replay can be queried as fast as a store's read models: call it once, after the
    /// last ``apply(_:)``. Built over the finished tables, each index is one sort rather than an insert per row.
    public func createQueryIndexes() throws {
        try queue.inTransaction { db in
            for statement in ReplaySchema(projections).indexes { try db.execute(sql: statement) }
            return .commit
        }
    }

    /// Every row `statement` reads from the replay, read-only, as ``EventStore/query(_:)`` reads a store's
    /// read models.
    public func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        try await queue.read { db in
            var reader = SQLRowReader()
            return try SQLiteEventStore.rows(of: statement, into: &reader, in: db)
        }
    }

    /// The replay's columns of `table`, in order: what the store's table is compared on.
    public func columns(of table: String) throws -> [String] {
        try queue.inDatabase { db in try Self.columns(of: table, schema: "main", in: db) }
    }

    /// Copies rows of a store's `table` (its `columns`, a subset of ``columns(of:)``) into the `live` copy,
    /// creating it on the first call. A table never copied counts as missing from the store.
    public func copyLiveTable(_ table: String, columns: [String], rows: [[SQLValue]]) throws {
        try queue.inDatabase { db in
            if try !Self.hasLiveSchema(db) {
                let live = try newLiveFile()
                try db.execute(sql: "ATTACH DATABASE ? AS live", arguments: [live])
                try db.execute(sql: "PRAGMA live.journal_mode = OFF")
                try db.execute(sql: "PRAGMA live.synchronous = OFF")
            }
            let name = Self.quoted(table)
            let list = columns.map(Self.quoted).joined(separator: ", ")
            // The replay's column affinities, without its keys: the store's rows go in as they are.
            if try Self.columns(of: table, schema: "live", in: db).isEmpty {
                try db.execute(sql: "CREATE TABLE live.\(name) AS SELECT \(list) FROM main.\(name) WHERE 0")
                // An index on the key, not a unique one (a store's table with a key twice must still be shown as
                // it is): the comparison finds each replayed row's twin through it (``sameRowsByKey``), as it does
                // in a SQLite store's own table.
                let keys = try Self.primaryKey(of: table, in: db)
                if !keys.isEmpty, Set(columns).isSuperset(of: keys) {
                    try db.execute(
                        sql: """
                            CREATE INDEX live.\(Self.quoted("\(table)_key")) ON \(name) \
                            (\(keys.map(Self.quoted).joined(separator: ", ")))
                            """)
                }
            }
            let insert = try db.cachedStatement(
                sql:
                    """
                    INSERT INTO live.\(name) (\(list)) VALUES \
                    (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
                    """
            )
            try db.inTransaction {
                for row in rows { try insert.execute(arguments: StatementArguments(row.map(\.databaseValue))) }
                return .commit
            }
        }
    }

    /// Compares the replay with the `live` tables copied in, for a log whose last event is `sequence`.
    ///
    /// - parameters:
    ///   - sequence: The sequence of the log's last event, which the replay reached.
    ///   - checkpoints: Each projection's recorded checkpoint by name: version and sequence, either
    ///     nil when not a number; a projection absent from it has none.
    public func report(
        sequence: Int64, checkpoints: [String: (version: Int?, sequence: Int64?)]
    ) throws -> ReadModelReport {
        try queue.inDatabase { db in
            if try !Self.hasLiveSchema(db) {
                // No table copied at all: an empty live schema, so every table reads as missing.
                let live = try newLiveFile()
                try db.execute(sql: "ATTACH DATABASE ? AS live", arguments: [live])
            }
            return try Self.report(sequence: sequence, checkpoints: checkpoints, projections: projections, in: db)
        }
    }

    /// Replays a SQLite store's log (attached as `live`) and compares its tables, in one transaction that
    /// sees one snapshot of the store.
    func compare(withSQLiteStoreAt path: String, progress: ProgressHandler?) throws -> ReadModelReport {
        try queue.inDatabase { db in
            try db.execute(sql: "ATTACH DATABASE ? AS live", arguments: [path])
            defer { try? db.execute(sql: "DETACH DATABASE live") }
            var report: ReadModelReport?
            try db.inTransaction(.deferred) {
                // The first read of `live` fixes the snapshot every later read in this transaction sees.
                let last = try Int64.fetchOne(db, sql: "SELECT max(sequence) FROM live.events") ?? 0
                try Self.replay(fromStoreUpTo: last, projections: projections, in: db, progress: progress)
                var checkpoints: [String: (version: Int?, sequence: Int64?)] = [:]
                let rows =
                    try !SQLiteSchema.hasTable("projection_checkpoints", schema: "live", in: db)
                    ? []
                    : Row.fetchAll(
                        db,
                        sql: """
                            SELECT name, CASE WHEN typeof(version) = 'integer' THEN version END,
                                   CASE WHEN typeof(sequence) = 'integer' THEN sequence END
                            FROM live.projection_checkpoints
                            """)
                for row in rows { checkpoints[row[0]] = (row[1], row[2]) }
                report = try Self.report(sequence: last, checkpoints: checkpoints, projections: projections, in: db)
                return .commit
            }
            return report!
        }
    }

    /// Creates the owner-only file the `live` schema is attached from, beside the scratch.
    private func newLiveFile() throws -> String {
        try filesLock.withLock {
            let live = Self.newPath(near: files.first, suffix: "-live")
            try StoreFileAccess.createPrivateFile(at: live)
            files.append(live)
            return live
        }
    }

    // MARK: - On a connection

    private static func apply(_ events: [RecordedEvent], projections: [any Projection], in db: Database) throws {
        // Unqualified names resolve to the scratch (main) before any attached database, so the projections'
        // own statements build the scratch's tables. A page's statements are built on every core (ReplayPage).
        for statements in try ReplayPage.statements(of: events, for: projections) {
            for statement in statements { try db.execute(statement) }
        }
    }

    private static func replay(
        fromStoreUpTo last: Int64, projections: [any Projection], in db: Database, progress: ProgressHandler?
    ) throws {
        // Only the events some projection reads are read (each is handed only those anyway, ProjectionInput):
        // a report's check, which leaves the procurement read model out, then lets SQLite pass a national log's
        // million contract rows by instead of reading and decoding each into an event (issue 17).
        let types = eventTypes(read: projections)?.sorted()
        if types?.isEmpty == true { return }
        var condition = "sequence <= ?"
        // `+event_type`: read in log order, testing each row's type, rather than gather the types through
        // `events_type` and sort them: sorting a national log's red-flag events (500 MB) took 60 MiB more.
        if let types { condition += " AND +event_type IN (\(databaseQuestionMarks(count: types.count)))" }
        let cursor = RawStatement(
            try db.cachedStatement(
                sql: "SELECT \(EventRow.columns) FROM live.events WHERE \(condition) ORDER BY sequence"),
            in: db)
        defer { cursor.reset() }
        cursor.bind(last, at: 1)
        for (index, type) in (types ?? []).enumerated() { cursor.bind(type, at: Int32(index + 2)) }
        // Progress counts the events read, of those the condition selects.
        let total =
            types == nil
            ? last
            : try Int64.fetchOne(
                db, sql: "SELECT count(*) FROM live.events WHERE \(condition)",
                arguments: StatementArguments([last.databaseValue] + (types ?? []).map(\.databaseValue))) ?? 0
        var decoder = EventRow.Decoder()
        var done: Int64 = 0
        // The cursor reads the store's log while the statements write the scratch's tables: different files. A
        // page's statements are worked out on every core while the page before is written (ReplayPage).
        var pipeline = ReplayPage.Pipeline(targets: projections) { events, slices in
            for statements in slices {
                for statement in statements { try db.execute(statement) }
            }
            done += Int64(events)
            if done % 10_000 == 0 { progress?(done, total) }
        }
        var page = ReplayPage.Filling()
        while try cursor.step() {
            if page.add(try decoder.event(cursor)) { try pipeline.add(page.take()) }
        }
        try pipeline.add(page.take())
        try pipeline.finish()
        progress?(done, total)
    }

    /// The event types `projections` read between them (``Projection/eventTypes``), or nil when one of them reads
    /// every type: the only events a replay into them needs to read from a log.
    public static func eventTypes(read projections: [any Projection]) -> Set<String>? {
        var types: Set<String> = []
        for projection in projections {
            guard let read = projection.eventTypes else { return nil }
            types.formUnion(read)
        }
        return types
    }

    private static func report(
        sequence last: Int64, checkpoints found: [String: (version: Int?, sequence: Int64?)],
        projections: [any Projection], in db: Database
    ) throws -> ReadModelReport {
        var checkpoints: [CheckpointProblem] = []
        for projection in projections {
            let checkpoint = found[projection.name]
            if checkpoint?.version != projection.version || checkpoint?.sequence != last {
                checkpoints.append(
                    CheckpointProblem(
                        projection: projection.name, foundVersion: checkpoint?.version,
                        foundSequence: checkpoint?.sequence,
                        expectedVersion: projection.version, expectedSequence: last
                    ))
            }
        }
        let liveTables = try Set(String.fetchAll(db, sql: "SELECT name FROM live.sqlite_master WHERE type = 'table'"))
        var differences: [ReadModelDifference] = []
        var tablesChecked = 0
        for projection in projections {
            for table in projection.tables {
                tablesChecked += 1
                if let difference = try compare(table, of: projection.name, liveTables: liveTables, in: db) {
                    differences.append(difference)
                }
            }
        }
        return ReadModelReport(
            sequence: last, tablesChecked: tablesChecked, differences: differences, checkpoints: checkpoints)
    }

    /// How the `live` copy of `table` differs from the replay's, or nil when it holds exactly the same rows.
    private static func compare(
        _ table: String, of projection: String, liveTables: Set<String>, in db: Database
    ) throws -> ReadModelDifference? {
        guard liveTables.contains(table) else {
            return ReadModelDifference(projection: projection, table: table, kind: .tableMissing)
        }
        let name = quoted(table)
        let columns = try columns(of: table, schema: "main", in: db)
        let liveColumns = try Set(self.columns(of: table, schema: "live", in: db))
        let absent = columns.filter { !liveColumns.contains($0) }
        guard absent.isEmpty else {
            return ReadModelDifference(projection: projection, table: table, kind: .columnsMissing(absent))
        }
        let list = columns.map(quoted).joined(separator: ", ")
        let missing = "SELECT \(list) FROM main.\(name) EXCEPT SELECT \(list) FROM live.\(name)"
        let extra = "SELECT \(list) FROM live.\(name) EXCEPT SELECT \(list) FROM main.\(name)"
        let counts = try Row.fetchOne(
            db, sql: "SELECT (SELECT count(*) FROM main.\(name)), (SELECT count(*) FROM live.\(name))")!
        let logRows: Int = counts[0], liveRows: Int = counts[1]
        if logRows == liveRows, try sameRowsByKey(table, columns: columns, in: db) { return nil }
        var missingCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(missing))") ?? 0
        // When the replay's rows are all distinct (a key with no NULL), every one of them found in the store
        // and as many rows in the store leave no room for an extra one: the second comparison is skipped.
        if missingCount == 0, logRows == liveRows, try rowsAreDistinct(table, in: db) { return nil }
        var extraCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(extra))") ?? 0
        if missingCount == 0 && extraCount == 0 {
            // EXCEPT compares sets: a row repeated in a table without a key shows only in the counts.
            guard logRows != liveRows else { return nil }
            missingCount = max(0, logRows - liveRows)
            extraCount = max(0, liveRows - logRows)
        }
        // Rows edited in place are paired by the table's key and shown as the columns that changed; the rest
        // are shown whole, as the log has them (missing) or as the store has them (extra).
        let keys = try primaryKey(of: table, in: db)
        let sameKey = { (other: String, alias: String) in
            keys.map { "\(other).\(quoted($0)) IS \(alias).\(quoted($0))" }.joined(separator: " AND ")
        }
        var changes: [String] = []
        var unpaired = (missing: missing, extra: extra)
        if !keys.isEmpty, missingCount > 0 {
            let select =
                columns.map { "m.\(quoted($0))" }.joined(separator: ", ") + ", "
                + columns.map { "l.\(quoted($0))" }.joined(separator: ", ")
            let pairs = try Row.fetchAll(
                db,
                sql: "SELECT \(select) FROM (\(missing)) AS m JOIN live.\(name) AS l ON \(sameKey("l", "m")) LIMIT 3")
            changes = pairs.map { row in
                let values = Array(row.databaseValues.map(SQLValue.init))
                let expected = Array(values[..<columns.count]), found = Array(values[columns.count...])
                return ReadModelRow.change(columns: columns, keys: keys, expected: expected, found: found)
            }
            unpaired.missing =
                """
                SELECT * FROM (\(missing)) AS m WHERE NOT EXISTS (SELECT 1 FROM live.\(name) AS l WHERE \
                \(sameKey("l", "m")))
                """
            unpaired.extra =
                """
                SELECT * FROM (\(extra)) AS e WHERE NOT EXISTS (SELECT 1 FROM main.\(name) AS r WHERE \
                \(sameKey("r", "e")))
                """
        }
        func examples(_ sql: String, _ count: Int) throws -> [String] {
            guard count > 0, changes.count < 3 else { return [] }
            return try Row.fetchAll(db, sql: "\(sql) LIMIT \(3 - changes.count)").map { row in
                ReadModelRow.describe(columns: columns, values: row.databaseValues.map(SQLValue.init))
            }
        }
        return ReadModelDifference(
            projection: projection, table: table, kind: .rows, missingRows: missingCount, extraRows: extraCount,
            changedExamples: changes,
            missingExamples: try examples(unpaired.missing, missingCount),
            extraExamples: try examples(unpaired.extra, extraCount)
        )
    }

    /// The replay's primary-key columns of `table`, in key order; empty when it has none.
    static func primaryKey(of table: String, in db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "PRAGMA main.table_info(\(quoted(table)))")
            .filter { ($0["pk"] as Int) > 0 }
            .sorted { ($0["pk"] as Int) < ($1["pk"] as Int) }
            .map { $0["name"] as String }
    }

    /// Whether every row of the replay's `table` has an identical row in the store's, found through its key:
    /// then, with as many rows on both sides and no two replayed rows alike, the two tables hold the same rows.
    /// False when the table has no key, a replayed key is NULL, or a row has no twin (the caller then compares
    /// with `EXCEPT`, which also describes the differences).
    ///
    /// Why: `EXCEPT` builds a temporary B-tree of one side's whole rows, and at national size that was most of
    /// a check (2.6 s for 123,440 red flags, 2.8 s for 1,000,000 contracts; the key's index answers in 0.27
    /// and 1.1 s, issue 17). The test is as strict as `EXCEPT`: each value is compared with `IS` under the
    /// `BINARY` collation (not a collation the store's copy of the table might declare) and must have the
    /// same storage class.
    private static func sameRowsByKey(_ table: String, columns: [String], in db: Database) throws -> Bool {
        let keys = try primaryKey(of: table, in: db)
        // Without an index the store's copy leads with the key, each twin would be looked for in the whole table.
        guard try rowsAreDistinct(table, in: db), try liveIndexLeads(table, with: keys, in: db) else { return false }
        let unmatched = try Bool.fetchOne(db, sql: unmatchedRowQuery(table, columns: columns, keys: keys))
        return unmatched == false
    }

    /// Whether a replayed row of `table` has no identical twin in the store's: each value `IS` under `BINARY`
    /// and of the same storage class, the key's columns first, so that the store's key index finds the twin.
    static func unmatchedRowQuery(_ table: String, columns: [String], keys: [String]) -> String {
        let ordered = keys + columns.filter { !keys.contains($0) }
        let same = ordered.map(quoted).map { column in
            "l.\(column) IS m.\(column) COLLATE BINARY AND typeof(l.\(column)) = typeof(m.\(column))"
        }
        let name = quoted(table)
        return """
            SELECT EXISTS (SELECT 1 FROM main.\(name) AS m WHERE NOT EXISTS (SELECT 1 FROM live.\(name) AS l \
            WHERE \(same.joined(separator: " AND "))))
            """
    }

    /// Whether the store's copy of `table` (schema `live`) has an index, or a key, whose first columns are `keys`.
    ///
    /// Why: a SQLite store's own table has its key; a copy of a server's rows (``copyLiveTable(_:columns:rows:)``)
    /// has the index made for it. A copy without one would make the comparison through the key quadratic: a
    /// report on a PostgreSQL store of 100,000 contract rows ran for more than 15 minutes before that index.
    static func liveIndexLeads(_ table: String, with keys: [String], in db: Database) throws -> Bool {
        guard !keys.isEmpty else { return false }
        for index in try Row.fetchAll(db, sql: "PRAGMA live.index_list(\(quoted(table)))") {
            let name: String = index["name"]
            // The key's columns under the BINARY collation, the comparison's: an index under another cannot
            // answer it.
            let columns = try Row.fetchAll(db, sql: "PRAGMA live.index_xinfo(\(quoted(name)))")
                .filter { ($0["key"] as Int) == 1 }
                .sorted { ($0["seqno"] as Int) < ($1["seqno"] as Int) }
                .map { ($0["coll"] as String?) == "BINARY" ? $0["name"] as String? : nil }
            if columns.count >= keys.count, Array(columns.prefix(keys.count)) == keys.map(Optional.some) {
                return true
            }
        }
        // An INTEGER PRIMARY KEY is the table's rowid, listed by no index.
        let rowid = try Row.fetchAll(db, sql: "PRAGMA live.table_info(\(quoted(table)))")
            .filter { ($0["pk"] as Int) > 0 }
        return keys.count == 1 && rowid.count == 1 && (rowid[0]["name"] as String) == keys[0]
            && (rowid[0]["type"] as String).uppercased() == "INTEGER"
    }

    /// Whether the replay's `table` cannot hold two equal rows: it has a primary key and no row has NULL in it
    /// (SQLite lets a non-integer key be NULL, and NULLs are not equal to each other).
    private static func rowsAreDistinct(_ table: String, in db: Database) throws -> Bool {
        let keys = try primaryKey(of: table, in: db).map(quoted)
        guard !keys.isEmpty else { return false }
        let nulls = try Bool.fetchOne(
            db,
            sql:
                """
                SELECT EXISTS (SELECT 1 FROM main.\(quoted(table)) WHERE \
                \(keys.map { "\($0) IS NULL" }.joined(separator: " OR ")))
                """
        )
        return nulls == false
    }

    private static func columns(of table: String, schema: String, in db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "PRAGMA \(schema).table_info(\(quoted(table)))").map { $0["name"] as String }
    }

    private static func hasLiveSchema(_ db: Database) throws -> Bool {
        try Row.fetchAll(db, sql: "PRAGMA database_list").contains { ($0["name"] as String) == "live" }
    }

    /// An SQL identifier in double quotes.
    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A new file name: beside `path` when its folder can be written, else in the temporary folder.
    private static func newPath(near path: String?, suffix: String) -> String {
        let folder = path.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
        let base =
            folder.flatMap { FileManager.default.isWritableFile(atPath: $0.path) ? $0 : nil }
            ?? FileManager.default.temporaryDirectory
        let stem = path.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "sujarit"
        let name = stem.hasPrefix(".") ? stem + suffix : ".\(stem).verify-\(getpid())-\(UUID().uuidString)\(suffix)"
        return base.appendingPathComponent(name).path
    }

    /// Deletes the scratch files a killed run left beside `scratch` (they hold a copy of the store's personal
    /// data): those of the same store whose process, named in the file name, no longer exists.
    private static func removeOrphans(beside scratch: String) {
        let url = URL(fileURLWithPath: scratch)
        let name = url.lastPathComponent
        guard let marker = name.range(of: ".verify-") else { return }
        let prefix = String(name[..<marker.upperBound])
        let folder = url.deletingLastPathComponent()
        for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where file.hasPrefix(prefix) {
            guard let pid = Int32(file.dropFirst(prefix.count).prefix { $0 != "-" }), pid != getpid() else { continue }
            // kill(pid, 0) sends nothing: it only asks whether the process exists.
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(file))
            }
        }
    }

    private static func delete(_ files: [String]) {
        for file in files {
            for extra in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + extra) }
        }
    }
}
