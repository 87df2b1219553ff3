import Foundation
import GRDB

extension SQLiteEventStore {
    /// The body of an append, run inside the IMMEDIATE write transaction that makes it atomic.
    func append(_ appends: [StreamAppend], in db: Database) throws -> AppendReceipt {
        try SQLiteSchema.restoreGuards(db)
        var session = try AppendSession(store: self, db: db)
        let written = try session.write(appends)
        try apply(written, in: db)
        return try session.finish(streamVersions: session.versions)
    }

    /// A streaming append: every batch the source gives, in the same transaction, with projections applied
    /// batch by batch so that memory holds one batch at a time.
    ///
    /// The writer's page cache is ``importCacheKiB`` while it runs (see there), and back to what it was after.
    func append<Source: EventBatchSource>(streaming source: inout Source, in db: Database) throws -> AppendReceipt {
        try SQLiteSchema.restoreGuards(db)
        return try Self.withPageCache(kib: Self.importCacheKiB, in: db) {
            var session = try AppendSession(store: self, db: db)
            while true {
                // Inside the write transaction: they see every earlier append and this one's batches.
                let found = try source.lookups().map { statement in
                    let arguments = StatementArguments(statement.arguments.map(\.databaseValue))
                    return try Row.fetchAll(db, sql: statement.sql, arguments: arguments).map(SQLRow.init)
                }
                guard let batch = try source.nextBatch(found: found) else { break }
                let written = try session.write(batch)
                try apply(written, in: db)
            }
            return try session.finish(streamVersions: [:])
        }
    }

    /// The writer's page cache during a streaming append (an import), in KiB.
    ///
    /// Why: SQLite's default (2 MiB) holds about 125 of the store's 16 KiB pages, fewer than the B-trees an
    /// import writes at once (the log and its indexes, the read model's tables and theirs). Inside the import's
    /// one transaction a full cache spills its changed pages into the WAL and reads them back from there when the
    /// next row lands on them: importing 1,000,000 contract rows read 1.0 GB and wrote 0.85 GB more than with
    /// this cache (`/proc/PID/io`: 6.9 → 5.9 GB read, 5.5 → 4.7 GB written, the WAL once and the checkpoint
    /// once), and the store's thread spent half as many samples in `pwrite` (Benchmarks/RESULTS.md). A fixed
    /// size, as the replay's (``replayCacheKiB``), so memory stays flat whatever the file's size (30 MiB more
    /// at the peak); durability is unchanged.
    static let importCacheKiB = 32_768

    /// The last event's sequence and hash, or the genesis link for an empty log.
    ///
    /// The head recorded in `chain_head` wins when it is ahead of the last row: if rows were removed from the
    /// end behind the store's back, new events continue after the recorded head, so `verify` still reports
    /// the hole instead of new events filling it and erasing the evidence.
    func head(in db: Database) throws -> (Int64, EventHash) {
        let last = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM events ORDER BY sequence DESC LIMIT 1")
        let recorded = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM chain_head WHERE id = 1")
        let candidates = [last, recorded].compactMap { $0 }
        guard let row = candidates.max(by: { ($0[0] as Int64) < ($1[0] as Int64) }) else {
            return (0, .genesis)
        }
        let bytes: Data = row[1]
        guard let hash = EventHash(bytes: bytes) else {
            throw EventStoreError.backend("the last event's hash is damaged; run 'sujarit verify'")
        }
        return (row[0], hash)
    }
}
