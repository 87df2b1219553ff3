import Foundation
import GRDB
import GRDBSQLite

/// A GRDB-prepared statement driven through SQLite's C API, for the log's hot loops (append, read, replay,
/// verify), where GRDB's per-value conversions cost more than SQLite itself.
///
/// Only code in this module uses it, and each statement it drives is one whose SQL text no other code
/// prepares, so GRDB's bookkeeping for the statement is never relied upon. Text is bound and read with
/// explicit lengths, so what is stored is exactly the bytes given (GRDB binds `String` as a C string).
struct RawStatement {
    let statement: Statement
    private let handle: OpaquePointer
    private let connection: OpaquePointer?

    /// SQLite copies the bound bytes (the C macro `SQLITE_TRANSIENT`, which Swift does not import).
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    init(_ statement: Statement, in db: Database) {
        self.statement = statement
        self.handle = statement.sqliteStatement
        self.connection = db.sqliteConnection
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    // MARK: Binding (indexes start at 1)

    func bind(_ value: Int64, at index: Int32) {
        sqlite3_bind_int64(handle, index, value)
    }

    func bind(_ value: Int, at index: Int32) {
        sqlite3_bind_int64(handle, index, Int64(value))
    }

    func bind(_ value: Double, at index: Int32) {
        sqlite3_bind_double(handle, index, value)
    }

    func bind(_ value: String, at index: Int32) {
        var value = value
        value.withUTF8 { utf8 in
            // A non-nil pointer even for "", so SQLite stores an empty text, not NULL.
            let base = utf8.baseAddress ?? UnsafePointer(bitPattern: 1)!
            _ = base.withMemoryRebound(to: CChar.self, capacity: max(utf8.count, 1)) {
                sqlite3_bind_text(handle, index, $0, Int32(utf8.count), Self.transient)
            }
        }
    }

    /// Binds bytes as text, exactly as given (the caller has checked they are UTF-8).
    func bind(text bytes: UnsafeRawBufferPointer, at index: Int32) {
        let base = bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!
        sqlite3_bind_text(handle, index, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.transient)
    }

    func bind(_ value: String?, at index: Int32) {
        if let value { bind(value, at: index) } else { bindNull(at: index) }
    }

    func bind(blob bytes: [UInt8], at index: Int32) {
        bytes.withUnsafeBytes { raw in
            _ = sqlite3_bind_blob(handle, index, raw.baseAddress, Int32(raw.count), Self.transient)
        }
    }

    func bindNull(at index: Int32) {
        sqlite3_bind_null(handle, index)
    }

    func bind(_ value: SQLValue, at index: Int32) {
        switch value {
        case .null: bindNull(at: index)
        case .integer(let int): bind(int, at: index)
        case .real(let double): bind(double, at: index)
        case .text(let text): bind(text, at: index)
        }
    }

    func bind(_ value: DatabaseValue, at index: Int32) {
        switch value.storage {
        case .null: bindNull(at: index)
        case .int64(let int): bind(int, at: index)
        case .double(let double): bind(double, at: index)
        case .string(let text): bind(text, at: index)
        case .blob(let data): bind(blob: [UInt8](data), at: index)
        }
    }

    // MARK: Stepping

    /// Steps once: true when a row is available, false when the statement is done.
    func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            let error = DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: connection.map { String(cString: sqlite3_errmsg($0)) },
                sql: statement.sql
            )
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Runs a statement that returns no rows (or ignores them), then makes it ready for the next bindings.
    func run() throws {
        while try step() {}
        sqlite3_reset(handle)
    }

    /// Makes the statement ready for new bindings and lets SQLite release what the last run held.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    // MARK: Columns of the current row (indexes start at 0)

    func int64(_ column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }

    func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_NULL
    }

    /// The column's bytes as text, valid until the next step; empty for NULL.
    func textBytes(_ column: Int32) -> UnsafeRawBufferPointer {
        guard let text = sqlite3_column_text(handle, column) else {
            return UnsafeRawBufferPointer(start: nil, count: 0)
        }
        return UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column)))
    }

    /// The column's bytes as a blob, valid until the next step; empty for NULL.
    func blobBytes(_ column: Int32) -> UnsafeRawBufferPointer {
        guard let blob = sqlite3_column_blob(handle, column) else {
            return UnsafeRawBufferPointer(start: nil, count: 0)
        }
        return UnsafeRawBufferPointer(start: blob, count: Int(sqlite3_column_bytes(handle, column)))
    }

    func string(_ column: Int32) -> String {
        String(decoding: textBytes(column), as: UTF8.self)
    }
}

/// Remembers the last string read from a column, so a run of events with the same stream, type or actor
/// builds each of those strings once instead of once per event.
struct RepeatedText {
    private var bytes: [UInt8] = []
    private(set) var value = ""

    /// The text for `raw`, reusing the last one when the bytes are the same.
    mutating func text(_ raw: UnsafeRawBufferPointer) -> String {
        let same =
            raw.count == bytes.count
            && (raw.count == 0 || bytes.withUnsafeBytes { memcmp($0.baseAddress!, raw.baseAddress!, raw.count) == 0 })
        if !same {
            bytes = Array(raw)
            value = String(decoding: raw, as: UTF8.self)
        }
        return value
    }
}
