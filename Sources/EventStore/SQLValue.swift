import Foundation

/// A value bound to, or read from, a read-model table, in the subset both backends share.
///
/// Read models are written in portable SQL: `TEXT`, `BIGINT`, `DOUBLE PRECISION` columns, `?` placeholders,
/// `INSERT … ON CONFLICT (…) DO UPDATE SET …`. The same projection then runs on SQLite and on PostgreSQL.
public enum SQLValue: Sendable, Hashable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public var description: String {
        switch self {
        case .null: "NULL"
        case .integer(let value): String(value)
        case .real(let value): String(value)
        case .text(let value): value
        }
    }
}

/// Conversions so statements can be written with plain Swift values.
public protocol SQLValueConvertible: Sendable {
    /// The value as stored.
    var sqlValue: SQLValue { get }
}

extension String: SQLValueConvertible { public var sqlValue: SQLValue { .text(self) } }
extension Int: SQLValueConvertible { public var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Int64: SQLValueConvertible { public var sqlValue: SQLValue { .integer(self) } }
extension Double: SQLValueConvertible { public var sqlValue: SQLValue { .real(self) } }
extension Bool: SQLValueConvertible { public var sqlValue: SQLValue { .integer(self ? 1 : 0) } }
extension SQLValue: SQLValueConvertible { public var sqlValue: SQLValue { self } }
extension Optional: SQLValueConvertible where Wrapped: SQLValueConvertible {
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

/// One SQL statement with `?` placeholders and its arguments.
public struct SQLStatement: Sendable, Hashable, CustomStringConvertible {
    /// The SQL text, with one `?` per argument.
    public var sql: String
    /// The arguments, in placeholder order.
    public var arguments: [SQLValue]

    public init(_ sql: String, _ arguments: [any SQLValueConvertible] = []) {
        self.sql = sql
        self.arguments = arguments.map(\.sqlValue)
    }

    public var description: String { "\(sql) -- \(arguments)" }
}

/// One row read from a read model, by column name.
public struct SQLRow: Sendable, Hashable {
    /// Column names in select order.
    public let columns: [String]
    /// Values in select order.
    public let values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value of a column, or `.null` when the row has no such column.
    public subscript(column: String) -> SQLValue {
        guard let index = columns.firstIndex(of: column) else { return .null }
        return values[index]
    }

    /// A text column (integers and reals are rendered as text).
    public func string(_ column: String) -> String? {
        switch self[column] {
        case .null: nil
        case .text(let value): value
        case .integer(let value): String(value)
        case .real(let value): String(value)
        }
    }

    /// An integer column (text holding an integer is accepted, as PostgreSQL may return `NUMERIC` so).
    public func int64(_ column: String) -> Int64? {
        switch self[column] {
        case .integer(let value): value
        case .real(let value): Int64(exactly: value)
        case .text(let value): Int64(value)
        case .null: nil
        }
    }

    /// An integer column as `Int`.
    public func int(_ column: String) -> Int? { int64(column).map { Int($0) } }

    /// A floating-point column.
    public func double(_ column: String) -> Double? {
        switch self[column] {
        case .real(let value): value
        case .integer(let value): Double(value)
        case .text(let value): Double(value)
        case .null: nil
        }
    }

    /// A 0/1 integer column as a Boolean.
    public func bool(_ column: String) -> Bool? { int64(column).map { $0 != 0 } }
}
