import EventStore
import Foundation
import PostgresNIO

extension PostgresEventStore {
    public func verify(progress: ProgressHandler?) async throws -> ChainReport {
        try await ready()
        return try await mapErrors {
            // One REPEATABLE READ transaction: the walk sees one snapshot while others keep appending.
            try await client.withConnection { connection in
                try await connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
                do {
                    let report = try await walk(on: connection, progress: progress)
                    try await connection.query("ROLLBACK", logger: logger)
                    return report
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: logger)
                    throw error
                }
            }
        }
    }

    private func walk(on connection: PostgresConnection, progress: ProgressHandler?) async throws -> ChainReport {
        let head = try await lastSequence(on: connection)
        var walker = ChainWalker()
        let rows = try await connection.query(
            "SELECT \(unescaped: PostgresEventRow.columns) FROM events ORDER BY sequence", logger: logger)
        for try await row in rows {
            let columns = try row.decode(PostgresEventRow.Columns.self)
            let broken = walker.check(
                PostgresEventRow.fields(columns),
                storedPrevious: EventHash(bytes: columns.10.readableBytesView),
                storedHash: EventHash(bytes: columns.11.readableBytesView)
            )
            if let broken {
                var report = walker.report(breakingAt: broken)
                report.missingGuards = try await missingGuards(on: connection)
                return report
            }
            if walker.checked % 10_000 == 0 { progress?(walker.checked, head) }
        }
        progress?(walker.checked, head)
        var recordedHash: EventHash?
        for try await hash in try await connection.query("SELECT hash FROM chain_head WHERE id = 1", logger: logger)
            .decode(ByteBuffer.self)
        {
            recordedHash = EventHash(bytes: hash.readableBytesView)
        }
        var report = walker.finish(recordedHead: (head, recordedHash))
        report.missingGuards = try await missingGuards(on: connection)
        return report
    }

    /// The log's append-only triggers (created with the schema) that are missing or disabled: someone with the
    /// owner's rights altered the store outside Sujarit.
    private func missingGuards(on connection: PostgresConnection) async throws -> [String] {
        var present = Set<String>()
        for try await name in try await connection.query(
            """
            SELECT tgname::TEXT FROM pg_trigger WHERE tgrelid = 'events'::regclass AND NOT tgisinternal AND \
            tgenabled <> 'D'
            """,
            logger: logger
        ).decode(String.self) {
            present.insert(name)
        }
        return ["events_no_update", "events_no_truncate"].filter { !present.contains($0) }
    }
}
