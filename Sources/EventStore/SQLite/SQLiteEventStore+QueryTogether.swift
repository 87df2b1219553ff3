import Foundation
import GRDB
import GRDBSQLite

extension SQLiteEventStore {
    /// Runs the statements in one read transaction of one reader connection: one hop to GRDB's queue and back,
    /// and one snapshot of the file for all of them (WAL readers never see a commit made after they began).
    ///
    /// The rows are read straight through SQLite's C API, each statement's column names made once and shared
    /// by its rows: building rows through GRDB's `Row` (a copy of every row, its column names, a
    /// `DatabaseValue` per cell) cost more than SQLite's own work in a national walk of the procurement read
    /// model (issue 17). Values convert as ``SQLValue/init(_:)`` converts GRDB's, blobs as hex text.
    public func query(together statements: [SQLStatement]) async throws -> [[SQLRow]] {
        try await mapErrors {
            try await pool.read { db in try statements.map { try Self.rows(of: $0, in: db) } }
        }
    }

    /// Every row of one statement, prepared once per connection and SQL text (a walk asks the same page
    /// queries thousands of times).
    private static func rows(of statement: SQLStatement, in db: Database) throws -> [SQLRow] {
        let prepared = try db.cachedStatement(sql: statement.sql)
        let handle = prepared.sqliteStatement
        let argumentCount = Int(sqlite3_bind_parameter_count(handle))
        guard argumentCount == statement.arguments.count else {
            throw DatabaseError(
                resultCode: .SQLITE_MISUSE,
                message: "wrong number of statement arguments: \(statement.arguments.count) for \(argumentCount)",
                sql: statement.sql)
        }
        let raw = RawStatement(prepared, in: db)
        defer { raw.reset() }
        for (index, value) in statement.arguments.enumerated() { raw.bind(value, at: Int32(index + 1)) }
        let columns = prepared.columnNames
        let count = Int32(columns.count)
        var rows: [SQLRow] = []
        while try raw.step() {
            var values: [SQLValue] = []
            values.reserveCapacity(columns.count)
            for column in 0..<count {
                switch sqlite3_column_type(handle, column) {
                case SQLITE_INTEGER: values.append(.integer(sqlite3_column_int64(handle, column)))
                case SQLITE_FLOAT: values.append(.real(sqlite3_column_double(handle, column)))
                case SQLITE_TEXT: values.append(.text(raw.string(column)))
                case SQLITE_BLOB:
                    values.append(.text(raw.blobBytes(column).map { String(format: "%02x", $0) }.joined()))
                default: values.append(.null)
                }
            }
            rows.append(SQLRow(columns: columns, values: values))
        }
        return rows
    }
}
