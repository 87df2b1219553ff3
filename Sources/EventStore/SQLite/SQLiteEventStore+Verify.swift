import Foundation
import GRDB

extension SQLiteEventStore {
    public func verify(progress: ProgressHandler?) async throws -> ChainReport {
        try await mapErrors {
            // One read transaction: the walk sees a single snapshot even while others append.
            try await pool.read { db in
                let total = try Self.lastSequence(in: db)
                var walker = ChainWalker()
                var encoder = EventHasher.Encoder()
                // The row's stored bytes are hashed as they are: no string or payload is built for the walk.
                let row = RawStatement(
                    try db.cachedStatement(sql: "SELECT \(EventRow.columns) FROM events ORDER BY sequence"), in: db)
                defer { row.reset() }
                while try row.step() {
                    let sequence = row.int64(0)
                    let broken = walker.check(
                        sequence: sequence,
                        storedPrevious: EventHash(bytes: row.blobBytes(10)),
                        storedHash: EventHash(bytes: row.blobBytes(11))
                    ) { previous in
                        encoder.hash(
                            sequence: sequence, streamID: row.textBytes(1), streamVersion: row.int64(2),
                            type: row.textBytes(3), schemaVersion: row.int64(4), occurredAtMicros: row.int64(5),
                            recordedAtMicros: row.int64(6), actor: row.textBytes(7), payload: row.textBytes(8),
                            dedupeKey: row.isNull(9) ? nil : row.textBytes(9), after: previous
                        )
                    }
                    if let broken {
                        var report = walker.report(breakingAt: broken)
                        report.missingGuards = try SQLiteSchema.missingGuards(db)
                        return report
                    }
                    if walker.checked % 10_000 == 0 { progress?(walker.checked, total) }
                }
                progress?(walker.checked, total)
                // A dropped head table reads as no recorded head (every event then comes after it), and values
                // of the wrong type as head 0 or no hash: reported, never a crash.
                let head =
                    try SQLiteSchema.hasTable("chain_head", in: db)
                    ? try Row.fetchOne(
                        db,
                        sql: """
                            SELECT CASE WHEN typeof(sequence) = 'integer' THEN sequence ELSE 0 END,
                                   CASE WHEN typeof(hash) = 'blob' THEN hash ELSE x'' END
                            FROM chain_head WHERE id = 1
                            """) : nil
                var report = walker.finish(recordedHead: head.map { ($0[0], EventHash(bytes: $0[1] as Data)) })
                report.missingGuards = try SQLiteSchema.missingGuards(db)
                return report
            }
        }
    }
}
