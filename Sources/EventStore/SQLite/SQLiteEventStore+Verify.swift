import Foundation
import GRDB

extension SQLiteEventStore {
    public func verify(progress: ProgressHandler?) async throws -> ChainReport {
        try await mapErrors {
            // One read transaction: the walk sees a single snapshot even while others append.
            try await pool.read { db in
                let total = try Self.lastSequence(in: db)
                var walker = ChainWalker()
                let cursor = try Row.fetchCursor(db, sql: "SELECT \(EventRow.columns) FROM events ORDER BY sequence")
                while let row = try cursor.next() {
                    let sequence: Int64 = row[0]
                    let stored = (previous: EventHash(bytes: row[10] as Data), hash: EventHash(bytes: row[11] as Data))
                    let payload: String = row[8]
                    let fields = EventHasher.Fields(
                        sequence: sequence, streamID: row[1], streamVersion: row[2], type: row[3], schemaVersion: row[4],
                        occurredAtMicros: row[5], recordedAtMicros: row[6], actor: row[7], payload: Data(payload.utf8),
                        dedupeKey: row[9]
                    )
                    if let broken = walker.check(fields, storedPrevious: stored.previous, storedHash: stored.hash) {
                        return walker.report(breakingAt: broken)
                    }
                    if walker.checked % 10_000 == 0 { progress?(walker.checked, total) }
                }
                progress?(walker.checked, total)
                let head = try Row.fetchOne(db, sql: "SELECT sequence FROM chain_head WHERE id = 1")
                if let head, let expected = head[0] as Int64?, expected > walker.lastSequence {
                    return walker.report(breakingAt: ChainBreak(sequence: expected, kind: .truncated(expectedLast: expected)))
                }
                return walker.report(breakingAt: nil)
            }
        }
    }
}
