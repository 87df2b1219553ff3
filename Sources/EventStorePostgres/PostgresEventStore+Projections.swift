import EventStore
import Foundation
import PostgresNIO

extension PostgresEventStore {
    public func rebuildProjections(progress: ProgressHandler?) async throws -> RebuildReport {
        try await ready()
        return try await mapErrors {
            try await client.withTransaction(logger: logger) { connection in
                let replayed = try await self.rebuild(self.projections, on: connection, progress: progress)
                return RebuildReport(projections: self.projections.map(\.name), eventsReplayed: replayed)
            }
        }
    }

    /// Applies newly written events to every projection and moves their checkpoints.
    func apply(_ events: [RecordedEvent], on connection: PostgresConnection) async throws {
        guard let last = events.last else { return }
        for projection in projections {
            for event in events {
                for statement in try projection.statements(for: event) {
                    try await connection.query(statement.postgresQuery, logger: logger)
                }
            }
            try await setCheckpoint(projection, sequence: last.sequence, on: connection)
        }
    }

    /// Brings every projection level with the log: a new or changed one is rebuilt, a lagging one catches up.
    func catchUpProjections(on connection: PostgresConnection) async throws {
        let last = try await lastSequence(on: connection)
        var checkpoints: [String: (version: Int, sequence: Int64)] = [:]
        for try await (name, version, sequence) in try await connection.query(
            "SELECT name, version::BIGINT, sequence FROM projection_checkpoints", logger: logger
        ).decode((String, Int, Int64).self) {
            checkpoints[name] = (version, sequence)
        }
        var stale: [any Projection] = []
        for projection in projections {
            guard let checkpoint = checkpoints[projection.name], checkpoint.version == projection.version else {
                stale.append(projection)
                continue
            }
            if checkpoint.sequence < last {
                try await replay(into: [projection], after: checkpoint.sequence, on: connection, progress: nil)
            }
        }
        if !stale.isEmpty { try await rebuild(stale, on: connection, progress: nil) }
    }

    @discardableResult
    private func rebuild(_ rebuilt: [any Projection], on connection: PostgresConnection, progress: ProgressHandler?) async throws -> Int64 {
        for projection in rebuilt {
            for table in projection.tables {
                try await connection.query(PostgresQuery(unsafeSQL: "DROP TABLE IF EXISTS \(table)"), logger: logger)
            }
            for statement in projection.schema {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
            try await setCheckpoint(projection, sequence: 0, on: connection)
        }
        return try await replay(into: rebuilt, after: 0, on: connection, progress: progress)
    }

    @discardableResult
    private func replay(into targets: [any Projection], after start: Int64, on connection: PostgresConnection, progress: ProgressHandler?) async throws -> Int64 {
        let total = try await lastSequence(on: connection)
        var after = start
        var replayed: Int64 = 0
        // Pages, not one cursor: the same connection runs the projection statements between reads.
        while true {
            let page = try await PostgresEventRow.decodeAll(try await connection.query(
                "SELECT \(unescaped: PostgresEventRow.columns) FROM events WHERE sequence > \(after) ORDER BY sequence LIMIT 1000",
                logger: logger
            ))
            for event in page {
                for projection in targets {
                    for statement in try projection.statements(for: event) {
                        try await connection.query(statement.postgresQuery, logger: logger)
                    }
                }
            }
            replayed += Int64(page.count)
            progress?(start + replayed, total)
            guard let last = page.last, page.count == 1000 else { break }
            after = last.sequence
        }
        for projection in targets { try await setCheckpoint(projection, sequence: total, on: connection) }
        return replayed
    }

    func lastSequence(on connection: PostgresConnection) async throws -> Int64 {
        for try await sequence in try await connection.query("SELECT sequence FROM chain_head WHERE id = 1", logger: logger).decode(Int64.self) {
            return sequence
        }
        return 0
    }

    private func setCheckpoint(_ projection: any Projection, sequence: Int64, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO projection_checkpoints (name, version, sequence) VALUES (\(projection.name), \(projection.version), \(sequence))
            ON CONFLICT (name) DO UPDATE SET version = excluded.version, sequence = excluded.sequence
            """,
            logger: logger
        )
    }
}
