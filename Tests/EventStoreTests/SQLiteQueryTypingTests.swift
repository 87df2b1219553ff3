import Foundation
import GRDB
import Testing

@testable import EventStore

/// The SQLite store's `query` and `query(together:)` read rows straight from SQLite and make repeated texts once
/// (`SQLRowReader`, `TextInterner`): these pin what they return to what GRDB's `Row`s gave, value kind by value
/// kind, so the fast path cannot drift.
@Suite("SQLite query: values typed as GRDB's rows typed them")
struct SQLiteQueryTypingTests {
    /// A store with a table `kinds (id, value)` holding `values` in order, written around the store (no projection
    /// owns it), and the folder to remove.
    static func store(with values: [DatabaseValue]) async throws -> (SQLiteEventStore, URL) {
        let folder = try SQLiteHarness.temporaryDirectory()
        let store = try SQLiteEventStore.create(at: folder.appendingPathComponent("s.db").path)
        let queue = try DatabaseQueue(path: store.path)
        try await queue.write { db in
            try db.execute(sql: "CREATE TABLE kinds (id INTEGER PRIMARY KEY, value)")
            for (index, value) in values.enumerated() {
                try db.execute(sql: "INSERT INTO kinds (id, value) VALUES (?, ?)", arguments: [index, value])
            }
        }
        try queue.close()
        return (store, folder)
    }

    /// The rows as GRDB reads them, converted as the store converted them before it read rows itself.
    static func throughGRDB(_ store: SQLiteEventStore, _ sql: String) async throws -> [SQLRow] {
        try await store.pool.read { db in try Row.fetchAll(db, sql: sql).map(SQLRow.init) }
    }

    static let thai = "กรมส่งเสริมการปกครองท้องถิ่น องค์การบริหารส่วนตำบลบ้านใหม่"

    @Test("NULL, integers, reals, texts (empty, short, Thai, long) and blobs")
    func kinds() async throws {
        let values: [DatabaseValue] = [
            .null, 0.databaseValue, Int64.max.databaseValue, Int64.min.databaseValue, 1.5.databaseValue,
            (-0.25).databaseValue, 1e300.databaseValue, "".databaseValue, "a".databaseValue,
            "fifteen bytes!!".databaseValue, "sixteen bytes!!!".databaseValue, Self.thai.databaseValue,
            String(repeating: "ก", count: 100).databaseValue, Data([0, 1, 0xAB, 0xFF]).databaseValue,
            Data().databaseValue, "12".databaseValue,
        ]
        let (store, folder) = try await Self.store(with: values)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sql = "SELECT id, value, typeof(value) AS kind FROM kinds ORDER BY id"
        let rows = try await store.query(sql)
        #expect(rows == (try await Self.throughGRDB(store, sql)))
        #expect(rows.first?.columns == ["id", "value", "kind"])
        #expect(
            rows.map { $0["value"] } == [
                .null, .integer(0), .integer(.max), .integer(.min), .real(1.5), .real(-0.25), .real(1e300),
                .text(""), .text("a"), .text("fifteen bytes!!"), .text("sixteen bytes!!!"), .text(Self.thai),
                .text(String(repeating: "ก", count: 100)), .text("0001abff"), .text(""), .text("12"),
            ])
        #expect(rows[15].int64("value") == 12 && rows[0].string("value") == nil && rows[4].int64("value") == nil)
        #expect(try await store.query(together: [SQLStatement(sql)]) == [rows])
    }

    @Test("Repeated texts come back equal, row after row and across the statements read together")
    func repeated() async throws {
        // More distinct repeated texts than the interner has slots, unique titles (which stop being looked up),
        // and texts whose bytes differ only at the end.
        var values: [DatabaseValue] = []
        for index in 0..<3_000 {
            values.append("\(Self.thai) หมู่ \(index % 1_500)".databaseValue)
            values.append("โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายที่ \(index)".databaseValue)
            values.append((index % 3 == 0 ? "บริษัท ตัวอย่าง จำกัด" : "บริษัท ตัวอย่าง จำกัด ").databaseValue)
        }
        let (store, folder) = try await Self.store(with: values)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sql = "SELECT value FROM kinds ORDER BY id"
        let expected = try await Self.throughGRDB(store, sql)
        #expect(try await store.query(sql) == expected)
        let together = try await store.query(together: [
            SQLStatement(sql), SQLStatement("SELECT value FROM kinds WHERE id % 3 = ? ORDER BY id DESC", [2]),
        ])
        #expect(together[0] == expected)
        #expect(together[1] == expected.enumerated().filter { $0.offset % 3 == 2 }.map(\.element).reversed())
    }

    @Test("A wrong number of arguments is refused with GRDB's message, and the statement still works afterwards")
    func wrongArguments() async throws {
        let (store, folder) = try await Self.store(with: [1.databaseValue])
        defer { try? FileManager.default.removeItem(at: folder) }
        let sql = "SELECT value FROM kinds WHERE id = ?"
        await #expect(throws: EventStoreError.self) { try await store.query(SQLStatement(sql)) }
        do {
            _ = try await store.query(SQLStatement(sql, [0, 1]))
            Issue.record("two arguments for one placeholder were accepted")
        } catch let error as EventStoreError {
            #expect("\(error)".contains("wrong number of statement arguments: 2"))
        }
        #expect(try await store.query(SQLStatement(sql, [0])).map { $0["value"] } == [.integer(1)])
    }

    @Test("The interner's hash sees every byte and the length")
    func hash() {
        let texts = ["", "a", "b", "ab", "ba", "abcdefgh", "abcdefgi", "abcdefghX", "abcdefgh\0", Self.thai]
        let hashes = texts.map { text in Array(text.utf8).withUnsafeBytes { TextInterner.hash($0) } }
        #expect(Set(hashes).count == texts.count)
    }
}
