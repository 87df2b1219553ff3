import GRDB
import GRDBSQLite

/// The conversions between the store's portable values and GRDB's, public so that other SQLite databases
/// holding read models (a report's in-memory replay of the log) bind and read them the same way.
extension SQLValue {
    /// The value as GRDB binds it.
    public var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let value): value.databaseValue
        case .real(let value): value.databaseValue
        case .text(let value): value.databaseValue
        }
    }

    /// A value read from SQLite; blobs, which read models do not use, read as hex text.
    public init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let int): self = .integer(int)
        case .double(let double): self = .real(double)
        case .string(let string): self = .text(string)
        case .blob(let data): self = .text(data.map { String(format: "%02x", $0) }.joined())
        }
    }
}

extension SQLRow {
    /// A row read through GRDB, by column name.
    public init(_ row: Row) {
        self.init(columns: Array(row.columnNames), values: row.databaseValues.map(SQLValue.init))
    }
}

extension Database {
    /// Runs one projection or read-model statement, reusing its prepared form.
    ///
    /// Projection statements run once per event on every append and rebuild, so the arguments are bound
    /// straight through SQLite's C API rather than converted through GRDB's general argument types. (GRDB's
    /// own change observation is not told about these statements; the store does not use it.)
    func execute(_ statement: SQLStatement) throws {
        let prepared = try cachedStatement(sql: statement.sql)
        let argumentCount = Int(sqlite3_bind_parameter_count(prepared.sqliteStatement))
        guard argumentCount == statement.arguments.count else {
            throw DatabaseError(
                resultCode: .SQLITE_MISUSE,
                message:
                    """
                    wrong number of statement arguments: \(statement.arguments.count) for \(argumentCount) \
                    placeholders
                    """,
                sql: statement.sql
            )
        }
        let raw = RawStatement(prepared, in: self)
        defer { raw.reset() }
        for (index, value) in statement.arguments.enumerated() { raw.bind(value, at: Int32(index + 1)) }
        try raw.run()
    }
}
