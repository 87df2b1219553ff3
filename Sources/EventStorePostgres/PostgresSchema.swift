import PostgresNIO

/// The PostgreSQL store's own tables, created and upgraded in place.
///
/// Each migration runs once, in order, inside a transaction holding an advisory lock, so two processes
/// opening a fresh database at the same moment do not both create it. Later changes are appended as new
/// migrations, never edits of old ones.
enum PostgresSchema {
    /// Serialises schema changes across processes ("SUJR").
    static let advisoryLock: Int64 = 0x534A_5552

    static let migrations: [(id: String, sql: [String])] = [
        (
            "v1: event log",
            [
                """
                CREATE TABLE events (
                    sequence       BIGINT  PRIMARY KEY,
                    stream_id      TEXT    NOT NULL,
                    stream_version INTEGER NOT NULL,
                    event_type     TEXT    NOT NULL,
                    schema_version INTEGER NOT NULL,
                    occurred_at    BIGINT  NOT NULL,
                    recorded_at    BIGINT  NOT NULL,
                    actor          TEXT    NOT NULL,
                    payload        BYTEA   NOT NULL, -- the exact bytes hashed (TEXT cannot hold every byte)
                    dedupe_key     TEXT,
                    previous_hash  BYTEA   NOT NULL,
                    hash           BYTEA   NOT NULL,
                    UNIQUE (stream_id, stream_version)
                )
                """,
                "CREATE UNIQUE INDEX events_dedupe_key ON events(dedupe_key) WHERE dedupe_key IS NOT NULL",
                "CREATE INDEX events_type ON events(event_type)",
                """
                CREATE FUNCTION sujarit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'the event log is append-only'; END $$
                """,
                """
                CREATE TRIGGER events_no_update BEFORE UPDATE OR DELETE ON events FOR EACH ROW EXECUTE FUNCTION \
                sujarit_events_append_only()
                """,
                """
                CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION \
                sujarit_events_append_only()
                """,
                // One row, locked by every append: the chain needs a single writer at a time.
                """
                CREATE TABLE chain_head (id INTEGER PRIMARY KEY CHECK (id = 1), sequence BIGINT NOT NULL, hash \
                BYTEA NOT NULL)
                """,
                "INSERT INTO chain_head (id, sequence, hash) VALUES (1, 0, decode(repeat('00', 32), 'hex'))",
                """
                CREATE TABLE projection_checkpoints (name TEXT PRIMARY KEY, version INTEGER NOT NULL, sequence \
                BIGINT NOT NULL)
                """,
            ]
        ),
        // The audit trail's filters by actor and by recording time (`sujarit events --actor`, `--from`, `--to`)
        // read whole logs without these. With `sequence` second, an actor's events come out of the index in
        // log order, a page at a time, with no sort. Built inside the migration's transaction (not
        // CONCURRENTLY), so appends wait while a large log is indexed, once, at the upgrade.
        (
            "v2: audit-trail indexes",
            [
                "CREATE INDEX events_actor ON events (actor, sequence)",
                "CREATE INDEX events_recorded_at ON events (recorded_at, sequence)",
            ]
        ),
        // The audit trail by category (`sujarit events --category risk`, and its `--last`): the stream ids from
        // `risk/` up to `risk0`, compared byte by byte (COLLATE "C") as SQLite compares them. The stream id's
        // own index is in the database's collation, which that range cannot use, so every page of a category
        // was a scan of the whole log. A range, not `split_part`: that function is not leakproof, so under the
        // shared layout's row-level security an index on it would not be used.
        (
            "v3: the audit trail by category",
            [#"CREATE INDEX events_category ON events ((stream_id COLLATE "C"), sequence)"#]
        ),
    ]
}
