import Foundation
import GRDB
import GRDBSQLite

/// Reads the rows of read-model statements into ``SQLRow``s straight through SQLite's C API, for
/// ``SQLiteEventStore/query(_:)`` and ``SQLiteEventStore/query(together:)``.
///
/// Why not GRDB's `Row`: a national walk of the procurement read model reads millions of rows, and building each
/// through GRDB (a copy of the row, its column names, a `DatabaseValue` per cell) then converting it cost more
/// than SQLite's own work (issue 17). Here each statement's column names are made once and shared by its rows,
/// each cell is read by its SQLite type straight into a ``SQLValue``, and text that repeats (a department's Thai
/// name, a method, a supplier) is made once per read by ``TextInterner`` instead of once per row.
///
/// Values convert as ``SQLValue/init(_:)`` converts GRDB's: INTEGER to `.integer`, REAL to `.real`, TEXT to
/// `.text`, NULL to `.null`, and BLOB (which read models do not use) to `.text` of its bytes in lower-case hex.
struct SQLRowReader {
    private var texts = TextInterner()

    init() {}

    /// Every row of `prepared` run with `arguments` (one per placeholder: the caller has checked the count), the
    /// statement reset afterwards so it can be cached.
    mutating func rows(of prepared: Statement, arguments: [SQLValue], in db: Database) throws -> [SQLRow] {
        let raw = RawStatement(prepared, in: db)
        defer { raw.reset() }
        for (index, value) in arguments.enumerated() { raw.bind(value, at: Int32(index + 1)) }
        let handle = prepared.sqliteStatement
        let columns = prepared.columnNames
        let count = Int32(columns.count)
        texts.startStatement(columns: columns.count)
        var rows: [SQLRow] = []
        while try raw.step() {
            var values: [SQLValue] = []
            values.reserveCapacity(columns.count)
            for column in 0..<count {
                switch sqlite3_column_type(handle, column) {
                case SQLITE_INTEGER: values.append(.integer(sqlite3_column_int64(handle, column)))
                case SQLITE_FLOAT: values.append(.real(sqlite3_column_double(handle, column)))
                case SQLITE_TEXT: values.append(.text(texts.text(raw.textBytes(column), column: Int(column))))
                case SQLITE_BLOB: values.append(.text(Self.hex(raw.blobBytes(column))))
                default: values.append(.null)
                }
            }
            rows.append(SQLRow(columns: columns, values: values))
        }
        return rows
    }

    /// A blob's bytes as lower-case hex, as ``SQLValue/init(_:)`` renders GRDB's blobs.
    private static func hex(_ bytes: UnsafeRawBufferPointer) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
