import GRDB

/// The SQLite store's own tables, created and upgraded in place by GRDB's migrator.
///
/// Read-model tables belong to projections and are created by them; this schema holds the log, the head of
/// the chain and each projection's checkpoint. Every later change is a new migration appended below, never an
/// edit of an old one, so a store written by any earlier version upgrades when it is opened.
enum SQLiteSchema {
    /// Written to SQLite's `application_id` header field ("SUJR"), so Sujarit can tell its stores from other
    /// SQLite files before touching them.
    static let applicationID: Int32 = 0x534A_5552

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: event log") { db in
            try db.execute(
                sql: """
                    CREATE TABLE events (
                        sequence       INTEGER PRIMARY KEY,
                        stream_id      TEXT    NOT NULL,
                        stream_version INTEGER NOT NULL,
                        event_type     TEXT    NOT NULL,
                        schema_version INTEGER NOT NULL,
                        occurred_at    INTEGER NOT NULL, -- microseconds since 1970 UTC
                        recorded_at    INTEGER NOT NULL, -- microseconds since 1970 UTC
                        actor          TEXT    NOT NULL,
                        payload        TEXT    NOT NULL, -- canonical JSON, hashed as stored
                        dedupe_key     TEXT,
                        previous_hash  BLOB    NOT NULL,
                        hash           BLOB    NOT NULL,
                        UNIQUE (stream_id, stream_version)
                    );
                    CREATE UNIQUE INDEX events_dedupe_key ON events(dedupe_key) WHERE dedupe_key IS NOT NULL;
                    CREATE INDEX events_type ON events(event_type);

                    -- The log is append-only: the database itself refuses edits and deletions made through SQL.
                    CREATE TRIGGER events_no_update BEFORE UPDATE ON events
                    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
                    CREATE TRIGGER events_no_delete BEFORE DELETE ON events
                    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

                    -- The last event appended, kept apart from the log so that verify can notice a truncated tail.
                    CREATE TABLE chain_head (
                        id       INTEGER PRIMARY KEY CHECK (id = 1),
                        sequence INTEGER NOT NULL,
                        hash     BLOB    NOT NULL
                    );

                    CREATE TABLE projection_checkpoints (
                        name     TEXT PRIMARY KEY,
                        version  INTEGER NOT NULL,
                        sequence INTEGER NOT NULL
                    );
                    """)
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        }
        registerUpgrade("v2: audit-trail indexes", in: &migrator) { db in
            // The audit trail's filters by actor and by recording time (`sujarit events --actor`, `--from`,
            // `--to`) read whole logs without these. With `sequence` second, an actor's events come out of
            // the index already in log order, one page after another, with no sort.
            try db.execute(
                sql: """
                    CREATE INDEX events_actor ON events(actor, sequence);
                    CREATE INDEX events_recorded_at ON events(recorded_at, sequence);
                    """)
        }
        return migrator
    }

    /// The triggers that make the log append-only (created by the first migration), with the statement that
    /// creates each again.
    ///
    /// Anyone with write access to the file can drop them. `verify` reports them missing (the store was
    /// altered outside Sujarit); the next append, and `rebuild`, put them back, so the log is guarded again
    /// as soon as Sujarit writes. Opening does not, so that `verify` still sees what was done to the file.
    static let appendOnlyGuards: [(name: String, sql: String)] = [
        (
            "events_no_update",
            """
            CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'the \
            event log is append-only'); END
            """
        ),
        (
            "events_no_delete",
            """
            CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'the \
            event log is append-only'); END
            """
        ),
    ]

    /// Creates `projection_checkpoints` again if it was dropped: it only records how far each read model has
    /// got, so without it every projection is simply rebuilt (by the catch-up that follows).
    static func restoreCheckpointTable(_ db: Database) throws {
        try db.execute(
            sql:
                """
                CREATE TABLE IF NOT EXISTS projection_checkpoints (name TEXT PRIMARY KEY, version INTEGER NOT \
                NULL, sequence INTEGER NOT NULL)
                """
        )
    }

    /// Whether `table` exists in `schema` (`main`, or an attached database).
    static func hasTable(_ table: String, schema: String = "main", in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM \(schema).sqlite_master WHERE type = 'table' AND name = ?)",
            arguments: [table]) ?? false
    }

    /// The names of the append-only triggers missing from the file, in ``appendOnlyGuards`` order.
    static func missingGuards(_ db: Database, schema: String = "main") throws -> [String] {
        let present = try Set(
            String.fetchAll(
                db, sql: "SELECT name FROM \(schema).sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"
            ))
        return appendOnlyGuards.map(\.name).filter { !present.contains($0) }
    }

    /// Creates the append-only triggers that are missing; a prepared count when none is (every append asks).
    static func restoreGuards(_ db: Database) throws {
        let statement = try db.cachedStatement(
            sql:
                """
                SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ('events_no_update', \
                'events_no_delete')
                """
        )
        guard try Int.fetchOne(statement) != appendOnlyGuards.count else { return }
        for guardTrigger in appendOnlyGuards { try db.execute(sql: guardTrigger.sql) }
    }

    /// Registers a migration of an existing store that is safe when two processes open the store at once.
    ///
    /// GRDB reads which migrations have run before the IMMEDIATE transaction that applies one, so a second
    /// process can find a migration pending that the first has applied while it waited for the lock. Inside
    /// that transaction the record is looked at again: when it is there the migration does nothing, and its
    /// record is taken out only so that GRDB can write it back as it always does, in the same transaction.
    private static func registerUpgrade(
        _ identifier: String, in migrator: inout DatabaseMigrator,
        _ migrate: @escaping @Sendable (Database) throws -> Void
    ) {
        migrator.registerMigration(identifier) { db in
            let applied =
                try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations WHERE identifier = ?)",
                    arguments: [identifier]
                ) ?? false
            if applied {
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [identifier])
            } else {
                try migrate(db)
            }
        }
    }
}
