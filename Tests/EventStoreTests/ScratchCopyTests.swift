import Foundation
import GRDB
import Testing

@testable import EventStore

/// A server's read models (PostgreSQL) are copied into the scratch and compared with the replay there: the copies
/// get an index on the key, so each replayed row's twin is found through it rather than by reading the whole copy
/// once per row, which made a report on a store of 100,000 contract rows run for more than 15 minutes.
@Suite("Read models copied into the scratch, compared through their key")
struct ScratchCopyTests {
    static let projections: [any Projection] = [CountByType(), Ledger()]

    /// A scratch with a few events replayed, and each table's rows copied in as a server's would be, through `edit`.
    static func scratch(_ edit: (String, inout [[SQLValue]]) -> Void = { _, _ in }) async throws -> ReadModelScratch {
        let scratch = try ReadModelScratch(projections: projections)
        let events = (1...40).map { index in
            RecordedEvent(
                sequence: Int64(index), streamID: Fixture.stream("risk/R-\(index % 7)"), streamVersion: index,
                type: ["Identified", "Assessed", "Closed"][index % 3], schemaVersion: 1,
                occurredAt: Date(timeIntervalSince1970: Double(index)),
                recordedAt: Date(timeIntervalSince1970: Double(index)), actor: "tester", payload: Data("{}".utf8),
                dedupeKey: nil, previousHash: .genesis, hash: .genesis)
        }
        try scratch.apply(events)
        for table in projections.flatMap(\.tables) {
            let columns = try scratch.columns(of: table)
            var rows = try await scratch.query(SQLStatement("SELECT * FROM \(table)")).map(\.values)
            edit(table, &rows)
            try scratch.copyLiveTable(table, columns: columns, rows: rows)
        }
        return scratch
    }

    static var checkpoints: [String: (version: Int?, sequence: Int64?)] {
        Dictionary(uniqueKeysWithValues: projections.map { ($0.name, (version: $0.version, sequence: Int64(40))) })
    }

    @Test func theCopiesAreIndexedOnTheirKeyAndEachTwinIsFoundThroughIt() async throws {
        let scratch = try await Self.scratch()
        defer { scratch.remove() }
        #expect(try scratch.report(sequence: 40, checkpoints: Self.checkpoints).isConsistent)
        try scratch.queue.inDatabase { db in
            for table in Self.projections.flatMap(\.tables) {
                let keys = try ReadModelScratch.primaryKey(of: table, in: db)
                #expect(try ReadModelScratch.liveIndexLeads(table, with: keys, in: db), "\(table)")
                let columns = try Row.fetchAll(db, sql: "PRAGMA main.table_info(\(table))").map { $0["name"] as String }
                let query = ReadModelScratch.unmatchedRowQuery(table, columns: columns, keys: keys)
                let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN \(query)").map { $0["detail"] as String }
                #expect(plan.contains { $0.hasPrefix("SEARCH l USING") }, "\(table): \(plan)")
                #expect(!plan.contains { $0.hasPrefix("SCAN l") }, "\(table): \(plan)")
            }
        }
    }

    @Test func aChangedRowInACopyIsStillReported() async throws {
        let scratch = try await Self.scratch { table, rows in
            guard table == "count_by_type", let first = rows.indices.first else { return }
            rows[first][1] = .integer(99)
        }
        defer { scratch.remove() }
        let report = try scratch.report(sequence: 40, checkpoints: Self.checkpoints)
        #expect(report.differences.map(\.table) == ["count_by_type"])
    }

    @Test func aKeyUnderAnotherCollationIsNotUsedForTheComparison() throws {
        let queue = try DatabaseQueue()
        try queue.inDatabase { db in
            try db.execute(sql: "ATTACH DATABASE ':memory:' AS live")
            try db.execute(sql: "CREATE TABLE live.t (k TEXT COLLATE NOCASE PRIMARY KEY, v BIGINT)")
            try db.execute(sql: "CREATE TABLE live.u (k TEXT, v BIGINT)")
            try db.execute(sql: "CREATE TABLE live.w (k INTEGER PRIMARY KEY, v BIGINT)")
            #expect(try !ReadModelScratch.liveIndexLeads("t", with: ["k"], in: db))
            #expect(try !ReadModelScratch.liveIndexLeads("u", with: ["k"], in: db))
            #expect(try ReadModelScratch.liveIndexLeads("w", with: ["k"], in: db))
            try db.execute(sql: "CREATE INDEX live.u_k ON u (k, v)")
            #expect(try ReadModelScratch.liveIndexLeads("u", with: ["k"], in: db))
            #expect(try !ReadModelScratch.liveIndexLeads("u", with: ["v"], in: db))
        }
    }
}
