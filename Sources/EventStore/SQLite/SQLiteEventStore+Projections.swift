import Foundation
import GRDB

extension SQLiteEventStore {
    public func rebuildProjections(progress: ProgressHandler?) async throws -> RebuildReport {
        try await mapErrors {
            try await pool.writeWithoutTransaction { db in
                try Self.inTransactionJournalingToFile(db) {
                    // The repair command also puts back the log's guards if someone dropped them.
                    try SQLiteSchema.restoreGuards(db)
                    try SQLiteSchema.restoreCheckpointTable(db)
                    let replayed = try self.rebuild(self.projections, in: db, progress: progress)
                    return RebuildReport(projections: self.projections.map(\.name), eventsReplayed: replayed)
                }
            }
        }
    }

    /// Runs `work` in one transaction whose statement journals are kept in a temporary file, not in memory.
    ///
    /// Why: a rebuild drops the read models' tables inside its transaction, and SQLite journals every page a
    /// dropped table held, so that the statement alone could be undone. With the writer's `temp_store =
    /// MEMORY` that journal was on the heap: 565 MiB to drop the tables of a 1,000,000-project store, the
    /// whole of `rebuild`'s 585 MiB peak (issue 17; Benchmarks/RESULTS.md). SQLite decides where a
    /// transaction's statement journals go when the transaction begins, and refuses to change `temp_store`
    /// inside one, so the setting is changed around it and put back after, whatever happens.
    static func inTransactionJournalingToFile<T>(_ db: Database, _ work: () throws -> T) throws -> T {
        try db.execute(sql: "PRAGMA temp_store = FILE")
        defer { try? db.execute(sql: "PRAGMA temp_store = MEMORY") }
        var result: T?
        try db.inTransaction {
            result = try work()
            return .commit
        }
        return result!
    }

    /// Applies newly written events to every projection and moves their checkpoints.
    ///
    /// Through each projection's batch form, as a replay does: the events of one append are consecutive, and an
    /// import's batch of contract rows is then written with each project and contract once. Each projection is
    /// handed only the events it reads (``ProjectionInput``); every checkpoint moves, read or not.
    func apply(_ events: [RecordedEvent], in db: Database) throws {
        guard let last = events.last else { return }
        let batch = ProjectionInput(events)
        for projection in projections {
            for statement in try batch.statements(for: projection) { try db.execute(statement) }
            try setCheckpoint(projection, sequence: last.sequence, in: db)
        }
    }

    /// Brings every projection level with the log when the store is opened: a new, changed or lagging
    /// projection (the log was written by a build without it) is rebuilt from the whole log.
    ///
    /// A damaged read model must not keep the store from opening (then not even `rebuild` could run): a
    /// checkpoint that is not a number between 0 and the last sequence, behind the log, or missing, or a
    /// table that is missing, rebuilds that projection, in the same transaction. `verify` opens without
    /// this and reports such damage; opening for work repairs what it must to go on.
    func catchUpProjections(_ db: Database) throws {
        try SQLiteSchema.restoreCheckpointTable(db)
        let last = try Self.lastSequence(in: db)
        let tables = try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
        var stale: [any Projection] = []
        for projection in projections {
            guard let checkpoint = try Self.checkpoint(of: projection.name, in: db),
                checkpoint.version == projection.version, (0...last).contains(checkpoint.sequence),
                projection.tables.allSatisfy(tables.contains)
            else {
                stale.append(projection)
                continue
            }
            // A checkpoint behind the log is rebuilt, never replayed from where it stands: appends move every
            // checkpoint in their own transaction, so a lag means the log was written by a build without this
            // projection or the checkpoint was edited, and in the second case the rows are whatever the editor
            // left: replaying the tail onto them could succeed and leave wrong data (a reset checkpoint did
            // that to `ita_results`). Rebuilding costs one replay, in a case that almost never happens.
            if checkpoint.sequence < last { stale.append(projection) }
        }
        if !stale.isEmpty { try rebuild(stale, in: db, progress: nil) }
    }

    /// A projection's recorded version and sequence; nil when there is no row or either is not an integer.
    static func checkpoint(of name: String, in db: Database) throws -> (version: Int, sequence: Int64)? {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT CASE WHEN typeof(version) = 'integer' THEN version END,
                       CASE WHEN typeof(sequence) = 'integer' THEN sequence END
                FROM projection_checkpoints WHERE name = ?
                """,
            arguments: [name]
        )
        guard let row, let version = row[0] as Int?, let sequence = row[1] as Int64? else { return nil }
        return (version, sequence)
    }

    /// Drops and recreates the projections' tables, then replays the whole log into them, with a larger page
    /// cache while it runs (``replayCacheKiB``).
    ///
    /// The tables' indexes are created with them and kept row by row: creating the plain ones after the rows
    /// was measured (1,000,000 contract rows, Benchmarks/RESULTS.md) to cost as much CPU as keeping them, and
    /// its sort held 30 MiB more. The old tables' pages are freed without being overwritten with zeros first
    /// (``withoutZeroingFreedPages(_:_:)``).
    @discardableResult
    func rebuild(_ rebuilt: [any Projection], in db: Database, progress: ProgressHandler?) throws -> Int64 {
        for projection in rebuilt {
            try Self.withoutZeroingFreedPages(db) {
                for table in projection.tables {
                    // A view put in a table's place (by hand) is dropped as what it is.
                    let kind = try String.fetchOne(
                        db, sql: "SELECT type FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')",
                        arguments: [table])
                    try db.execute(sql: "DROP \(kind == "view" ? "VIEW" : "TABLE") IF EXISTS \"\(table)\"")
                }
            }
            for statement in projection.schema { try db.execute(sql: statement) }
            try setCheckpoint(projection, sequence: 0, in: db)
        }
        return try Self.withPageCache(kib: Self.replayCacheKiB, in: db) {
            try replay(into: rebuilt, after: 0, in: db, progress: progress)
        }
    }

    /// Runs `body` with SQLite's `secure_delete` at `FAST`, and the setting as it was afterwards: pages freed by
    /// `body` (a dropped table's) are left as they are, not overwritten with zeros first; content deleted from
    /// a page that is written anyway is still zeroed.
    ///
    /// Why: SQLite as Debian builds it (`SQLITE_SECURE_DELETE`) zeroes every page a `DROP TABLE` frees, so
    /// dropping the read models of a 1,000,000-project store wrote all their pages once more, zeros, into the
    /// WAL and into the statement's journal, only for the replay to write the new tables over the same pages in
    /// the same transaction (issue 17, Benchmarks/RESULTS.md). Only read models are dropped, and everything
    /// they held is still in the log, so nothing deleted stays readable that was not readable anyway.
    static func withoutZeroingFreedPages<Result>(_ db: Database, _ body: () throws -> Result) throws -> Result {
        let secureDelete = try Int.fetchOne(db, sql: "PRAGMA secure_delete") ?? 0
        try db.execute(sql: "PRAGMA secure_delete = FAST")
        defer { try? db.execute(sql: "PRAGMA secure_delete = \(secureDelete)") }
        return try body()
    }

    /// Runs `body` with the writer's page cache at `kib` KiB, and SQLite's setting as it was afterwards: the
    /// long writes (a replay, an import) get a cache of a fixed size, the connection's other work its default.
    static func withPageCache<Result>(kib: Int, in db: Database, _ body: () throws -> Result) throws -> Result {
        let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2_000
        try db.execute(sql: "PRAGMA cache_size = -\(kib)")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cache)") }
        return try body()
    }

    /// The writer's page cache during a replay, in KiB: SQLite's default (2 MiB) holds about a hundred of the
    /// store's 16 KiB pages, and a replay of 1,000,000 projects read and wrote its B-trees' pages through the
    /// kernel again and again (system calls and page copies were a large part of the writer's time). A fixed
    /// size, so memory stays flat whatever the log's length.
    static let replayCacheKiB = 32_768

    @discardableResult
    private func replay(
        into targets: [any Projection], after start: Int64, in db: Database, progress: ProgressHandler?
    ) throws -> Int64 {
        let total = try Self.lastSequence(in: db)
        let cursor = RawStatement(
            try db.cachedStatement(sql: "SELECT \(EventRow.columns) FROM events WHERE sequence > ? ORDER BY sequence"),
            in: db)
        defer { cursor.reset() }
        cursor.bind(start, at: 1)
        var decoder = EventRow.Decoder()
        var replayed: Int64 = 0
        // Each page's statements are run after the page is read, while the next is worked out (ReplayPage): the
        // cursor stays open over the log, whose table the statements do not change.
        var pipeline = ReplayPage.Pipeline(targets: targets) { events, slices in
            for statements in slices {
                for statement in statements { try db.execute(statement) }
            }
            replayed += Int64(events)
            progress?(start + replayed, total)
        }
        var page = ReplayPage.Filling()
        while try cursor.step() {
            if page.add(try decoder.event(cursor)) { try pipeline.add(page.take()) }
        }
        try pipeline.add(page.take())
        try pipeline.finish()
        for projection in targets { try setCheckpoint(projection, sequence: total, in: db) }
        return replayed
    }

    private func setCheckpoint(_ projection: any Projection, sequence: Int64, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO projection_checkpoints (name, version, sequence) VALUES (?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET version = excluded.version, sequence = excluded.sequence
                """,
            arguments: [projection.name, projection.version, sequence]
        )
    }
}

/// The projections' schema for a replay into a ``ReadModelScratch``, in two parts: the tables, with their keys and
/// unique indexes (which statements rely on for `ON CONFLICT` and refusals), created before the replay; and the
/// plain indexes, created after it only when the replay is to be queried.
///
/// Why: a plain index only makes queries faster and never changes what a statement does, and kept row by row it
/// is another B-tree insert for every row (a contract's winner, tax id, department) that a comparison never reads.
struct ReplaySchema {
    /// `CREATE TABLE` and unique-index statements, in the projections' order.
    let tables: [String]
    /// The plain `CREATE INDEX` statements, in the projections' order.
    let indexes: [String]

    init(_ projections: [any Projection]) {
        let schema = projections.flatMap(\.schema)
        tables = schema.filter { !Self.isPlainIndex($0) }
        indexes = schema.filter(Self.isPlainIndex)
    }

    /// Whether `statement` creates a plain index: `CREATE INDEX …`, in any case and spacing.
    static func isPlainIndex(_ statement: String) -> Bool {
        let words = statement.split(whereSeparator: \.isWhitespace).prefix(2).map { $0.uppercased() }
        return words == ["CREATE", "INDEX"]
    }
}
