import Agency
import EventStore
import Foundation
@testable import Procurement
import Sujarit
import TestSupport

/// A fresh SQLite store with the procurement read model, in its own temporary folder.
struct StoreFixture {
    let folder: URL
    let store: SQLiteEventStore
    /// Holds `folder`, which goes with the last copy of the fixture.
    private let temporary: TemporaryFolder

    init(clock: @escaping @Sendable () -> Date = { Date(timeIntervalSince1970: 1_740_000_000) }) throws {
        temporary = try TemporaryFolder("sujarit-egp")
        folder = temporary.url
        store = try SQLiteEventStore.create(
            at: folder.appendingPathComponent("store.db").path, projections: [ProcurementProjection()], clock: clock)
    }

    /// The department of the example feeds.
    static let takbai = try! EGPDepartmentID(parsing: "6960501")

    /// Who imports in these tests, at the system clock's instant as on the command line.
    static var context: CommandContext { CommandContext(actor: "tester") }

    /// Imports example feeds (all of them by default) for Tak Bai.
    @discardableResult
    func importExamples(_ names: [String]? = nil, batchSize: Int = 2_000) async throws -> [FeedImportReport] {
        let files = names ?? ExampleCorpusTests.expected.map(\.file)
        var reports: [FeedImportReport] = []
        for name in files {
            reports.append(
                try await FeedImporter(store: store, batchSize: batchSize).importFeed(
                    at: Corpus.example(name), department: Self.takbai, departmentName: "เทศบาลเมืองตากใบ",
                    context: Self.context))
        }
        return reports
    }

    /// Every event of the log, for comparing before and after.
    func allEvents() async throws -> [RecordedEvent] {
        var events: [RecordedEvent] = []
        try await store.forEachEvent { events.append($0) }
        return events
    }

    /// Every row of the procurement tables, as text, for proving they did not change.
    func readModelDump() async throws -> [String] {
        var lines: [String] = []
        for table in ProcurementProjection().tables {
            for row in try await store.query("SELECT * FROM \(table) ORDER BY 1, 2") {
                lines.append("\(table): " + row.values.map(\.description).joined(separator: "|"))
            }
        }
        return lines
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
