import EventStore
import Foundation
import PostgresNIO

extension PostgresEventStore {
    public func verify(progress: ProgressHandler?) async throws -> ChainReport {
        try await ready()
        return try await mapErrors {
            // One REPEATABLE READ transaction: the walk sees one snapshot while others keep appending.
            try await snapshot { connection in
                if self.isShared, try await !self.readsWholeLog(on: connection) {
                    return try await self.serverWalk(on: connection, progress: progress)
                }
                return try await self.walk(on: connection, progress: progress)
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

    /// Whether this login reads every event of the agency (an administrator or a reviewer), and so can hash them
    /// itself; others are shown the chain as the server recomputes it.
    func readsWholeLog(on connection: PostgresConnection) async throws -> Bool {
        try await one(
            "SELECT sujarit.is_admin() OR sujarit.agency() = ANY (sujarit.reviewable())", Bool.self, on: connection)
            ?? false
    }

    /// The walk for a login that may not read every event: the server's `sujarit.chain_links` gives each row's
    /// stored hashes and whether its contents still hash to them, and the links are checked here.
    private func serverWalk(on connection: PostgresConnection, progress: ProgressHandler?) async throws -> ChainReport {
        let head = try await lastSequence(on: connection)
        var walker = ChainWalker()
        var after: Int64 = 0
        while true {
            var count = 0
            for try await (sequence, previous, hash, intact) in try await connection.query(
                "SELECT sequence, previous_hash, hash, intact FROM sujarit.chain_links(\(after), 10000)", logger: logger
            ).decode((Int64, ByteBuffer, ByteBuffer, Bool).self) {
                count += 1
                after = sequence
                if let broken = walker.check(
                    sequence: sequence, storedPrevious: EventHash(bytes: previous.readableBytesView),
                    storedHash: EventHash(bytes: hash.readableBytesView), contentIntact: intact)
                {
                    var report = walker.report(breakingAt: broken)
                    report.missingGuards = try await missingGuards(on: connection)
                    return report
                }
            }
            progress?(walker.checked, head)
            if count < 10_000 { break }
        }
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
