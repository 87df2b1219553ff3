import EventStore
import PostgresNIO

extension PostgresEventStore {
    /// Runs the statements on one connection in one read-only REPEATABLE READ transaction (``snapshot(_:)``,
    /// set up for the store's agency like every session): one snapshot for all of them, so a page of projects
    /// and its contracts are read as of the same moment even while an import commits, and one connection taken
    /// from the pool instead of one per statement.
    public func query(together statements: [SQLStatement]) async throws -> [[SQLRow]] {
        try await ready()
        return try await mapErrors {
            try await snapshot { connection in
                var results: [[SQLRow]] = []
                results.reserveCapacity(statements.count)
                for statement in statements {
                    var rows: [SQLRow] = []
                    for try await row in try await connection.query(statement.postgresQuery, logger: logger) {
                        rows.append(try SQLRow(row))
                    }
                    results.append(rows)
                }
                return results
            }
        }
    }
}
