import EventStore
import Foundation
import PostgresNIO

extension SQLStatement {
    /// The statement as PostgreSQL runs it: `?` placeholders become `$1`, `$2`, … (outside quoted text).
    var postgresQuery: PostgresQuery {
        var sql = ""
        sql.reserveCapacity(self.sql.utf8.count + 8)
        var index = 0
        var quote: Character?
        for character in self.sql {
            if let open = quote {
                if character == open { quote = nil }
                sql.append(character)
            } else if character == "'" || character == "\"" {
                quote = character
                sql.append(character)
            } else if character == "?" {
                index += 1
                sql += "$\(index)"
            } else {
                sql.append(character)
            }
        }
        var bindings = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument {
            case .null: bindings.appendNull()
            case .integer(let value): bindings.append(value)
            case .real(let value): bindings.append(value)
            case .text(let value): bindings.append(value)
            }
        }
        return PostgresQuery(unsafeSQL: sql, binds: bindings)
    }
}

extension SQLValue {
    /// A read-model value from a PostgreSQL cell, mapped onto the portable subset.
    init(_ cell: PostgresCell) throws {
        guard cell.bytes != nil else {
            self = .null
            return
        }
        switch cell.dataType {
        case .int2, .int4, .int8, .oid:
            self = .integer(try cell.decode(Int64.self))
        case .float4, .float8:
            self = .real(try cell.decode(Double.self))
        case .bool:
            self = .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .numeric:
            // Sums and averages of BIGINT columns come back as NUMERIC: keep whole numbers exact.
            let number = try cell.decode(Decimal.self)
            if let integer = Int64(exactly: NSDecimalNumber(decimal: number).doubleValue), Decimal(integer) == number {
                self = .integer(integer)
            } else {
                self = .real(NSDecimalNumber(decimal: number).doubleValue)
            }
        case .bytea:
            self = .text(try cell.decode(Data.self).map { String(format: "%02x", $0) }.joined())
        default:
            self = .text(try cell.decode(String.self))
        }
    }
}

extension SQLRow {
    init(_ row: PostgresRow) throws {
        let random = PostgresRandomAccessRow(row)
        var columns: [String] = []
        var values: [SQLValue] = []
        columns.reserveCapacity(random.count)
        values.reserveCapacity(random.count)
        for cell in random {
            columns.append(cell.columnName)
            values.append(try SQLValue(cell))
        }
        self.init(columns: columns, values: values)
    }
}
