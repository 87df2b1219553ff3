import GRDB

extension SQLValue {
    /// The value as GRDB binds it.
    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let value): value.databaseValue
        case .real(let value): value.databaseValue
        case .text(let value): value.databaseValue
        }
    }

    /// A value read from SQLite; blobs, which read models do not use, read as hex text.
    init(_ value: DatabaseValue) {
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
    init(_ row: Row) {
        self.init(columns: Array(row.columnNames), values: row.databaseValues.map(SQLValue.init))
    }
}

extension Database {
    /// Runs one projection or read-model statement, reusing its prepared form.
    func execute(_ statement: SQLStatement) throws {
        let prepared = try cachedStatement(sql: statement.sql)
        try prepared.execute(arguments: StatementArguments(statement.arguments.map(\.databaseValue)))
    }
}
