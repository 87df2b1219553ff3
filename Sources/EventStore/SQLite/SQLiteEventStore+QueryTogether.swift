import Foundation
import GRDB
import GRDBSQLite

extension SQLiteEventStore {
    /// Runs the statements in one read transaction of one reader connection: one hop to GRDB's queue and back,
    /// and one snapshot of the file for all of them (WAL readers never see a commit made after they began).
    ///
    /// The rows are read straight through SQLite's C API by `SQLRowReader`, texts repeated across the
    /// statements (a department's name, a supplier in contracts and bidders) made once: see there for why.
    public func query(together statements: [SQLStatement]) async throws -> [[SQLRow]] {
        try await mapErrors {
            try await pool.read { db in
                var reader = SQLRowReader()
                return try statements.map { try Self.rows(of: $0, into: &reader, in: db) }
            }
        }
    }

    /// Every row of one statement, prepared once per connection and SQL text (a walk asks the same page
    /// queries thousands of times). A replay queried in place of a store reads through it too
    /// (``ReadModelScratch/query(_:)``).
    static func rows(
        of statement: SQLStatement, into reader: inout SQLRowReader, in db: Database
    ) throws
        -> [SQLRow]
    {
        let prepared = try db.cachedStatement(sql: statement.sql)
        let argumentCount = Int(sqlite3_bind_parameter_count(prepared.sqliteStatement))
        guard argumentCount == statement.arguments.count else {
            throw DatabaseError(
                resultCode: .SQLITE_MISUSE,
                message: "wrong number of statement arguments: \(statement.arguments.count) for \(argumentCount)",
                sql: statement.sql)
        }
        return try reader.rows(of: prepared, arguments: statement.arguments, in: db)
    }
}
