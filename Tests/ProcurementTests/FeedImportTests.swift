import EventStore
import Foundation
import Sujarit
import Testing
@testable import Procurement

/// Importing feeds into the store: one transaction per file, idempotent, nothing recorded from a bad file.
@Suite("Feed import")
struct FeedImportTests {
    @Test func theExamplesBecomeAnnouncementsAndOneRecordPerFile() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let reports = try await fixture.importExamples()
        let expected = ExampleCorpusTests.expected
        #expect(reports.map(\.new) == expected.map(\.kept))
        #expect(reports.allSatisfy { $0.duplicates == 0 && !$0.alreadyImported })
        let events = try await fixture.allEvents()
        #expect(!events.contains { $0.type == AnnouncementPublished.eventType })
        let published = events.filter { $0.type == AnnouncementsPublished.eventType }
        // One event per file here (each is smaller than a batch), in the department's feed stream, no dedupe key.
        #expect(published.count == expected.count)
        #expect(
            published.allSatisfy {
                $0.streamID.description == "egp-feed/6960501" && $0.dedupeKey == nil && $0.actor == "tester"
            })
        let entries = try published.flatMap { try $0.decode(AnnouncementsPublished.self).announcements }
        #expect(entries.count == expected.map(\.kept).reduce(0, +))
        let records = events.filter { $0.type == FeedImported.eventType }
        #expect(records.count == expected.count)
        #expect(records.allSatisfy { $0.streamID.description == "egp-import/6960501" })
        // Each file's event comes just before its record, in the same transaction.
        #expect(
            events.map(\.type)
                == Array(repeating: [AnnouncementsPublished.eventType, FeedImported.eventType], count: expected.count)
                .flatMap { $0 })

        // The road project's four announcements, in file order, with the department given once per event.
        let road = entries.filter { $0.projectID.rawValue == "67119000333" }
        #expect(road.count == 4)
        #expect(road[0].type == .draftDocuments && road[0].method == .eBidding)
        #expect(try published.allSatisfy { try $0.decode(AnnouncementsPublished.self).departmentID == "6960501" })
        // Dated at the start of the latest publication day it carries, in Bangkok.
        let first = try published[0].decode(AnnouncementsPublished.self)
        #expect(published[0].occurredAt == first.announcements.map(\.published).max()?.startOfDay)
    }

    @Test func theFileRecordCarriesDigestEncodingAndCounts() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let name = "takbai-6960501-2025-09-25-page1.xml"
        let report = try #require(try await fixture.importExamples([name]).first)
        let data = try Data(contentsOf: URL(fileURLWithPath: Corpus.example(name)))
        #expect(report.sha256 == FileDigest.sha256Hex(data))
        #expect(report.bytes == Int64(data.count))
        let event = try #require(try await fixture.allEvents().last)
        let record = try event.decode(FeedImported.self)
        #expect(record.sha256 == report.sha256 && record.departmentName == "เทศบาลเมืองตากใบ")
        #expect(record.encoding == .windows874Declared && record.itemsRead == 20 && record.announcements == 20)
        #expect(record.countByDay == 27 && record.truncatedPage)
        #expect(event.dedupeKey == "egp-feed|\(report.sha256)|6960501")
    }

    @Test("The digest recorded is the file's, whether hashed while reading or, for gzip, afterwards")
    func digestsMatchTheFiles() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        // Several megabytes: hashed across many reads of the source.
        let large = try FeedWriter.feed(in: fixture.folder, named: "large.xml", body: OverlapTests.body(1...12_000))
        var paths = [large, Corpus.example("takbai-6960501-2025-03-20.xml.gz")]
        paths.append(Corpus.example("takbai-6960501-2024-11-26.xml"))
        for path in paths {
            let report = try await OverlapTests.importFile(path, into: fixture, batchSize: 2_000)
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(report.sha256 == FileDigest.sha256Hex(data), "\(path)")
            #expect(report.bytes == Int64(data.count) && !report.alreadyImported, "\(path)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: large)).count > 4 << 20)
        // The same bytes again: found by that digest at the first refused batch, nothing recorded.
        let before = try await fixture.allEvents().count
        let again = try await OverlapTests.importFile(large, into: fixture, batchSize: 2_000)
        #expect(again.alreadyImported && again.new == 0 && again.duplicates == 12_000)
        #expect(try await fixture.allEvents().count == before)
    }

    @Test func reimportingTheSameFileAddsNothingAtAll() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try await fixture.importExamples()
        let before = try await fixture.allEvents()
        let dump = try await fixture.readModelDump()
        let again = try await fixture.importExamples()
        #expect(again.map(\.new) == Array(repeating: 0, count: again.count))
        #expect(again.map(\.duplicates) == ExampleCorpusTests.expected.map(\.kept))
        #expect(again.allSatisfy { $0.alreadyImported })
        #expect(try await fixture.allEvents() == before)
        #expect(try await fixture.readModelDump() == dump)
    }

    @Test func anOverlappingCopyAddsOnlyItsOwnRecord() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let name = "takbai-6960501-2024-11-26.xml"
        try await fixture.importExamples([name])
        // The same feed re-saved as UTF-8 (declaration updated) plus one announcement of another day.
        let original = try Self.decodeTIS620(Data(contentsOf: URL(fileURLWithPath: Corpus.example(name))))
        let extra = FeedWriter.item(7, title: "ซื้อวัสดุงานบ้านงานครัว")
        let copy = original.replacingOccurrences(of: "encoding=\"windows-874\"", with: "encoding=\"UTF-8\"")
            .replacingOccurrences(of: "</channel>", with: extra + "</channel>")
        let url = fixture.folder.appendingPathComponent("copy.xml")
        try copy.write(to: url, atomically: true, encoding: .utf8)
        let report = try await FeedImporter(store: fixture.store).importFeed(
            at: url.path, department: StoreFixture.takbai, context: StoreFixture.context)
        #expect(report.summary.encoding == .utf8)
        #expect(report.new == 1 && report.duplicates == 6 && !report.alreadyImported)
        let events = try await fixture.allEvents()
        #expect(events.filter { $0.type == FeedImported.eventType }.count == 2)
        // The copy's event carries its one new announcement only.
        let published = try events.filter { $0.type == AnnouncementsPublished.eventType }.map {
            try $0.decode(AnnouncementsPublished.self)
        }
        #expect(published.map(\.announcements.count) == [6, 1])
        #expect(published.last?.announcements.first?.title == "ซื้อวัสดุงานบ้านงานครัว")
    }

    @Test(
        "a bad file leaves the store exactly as it was",
        arguments: ["wrong-date.xml", "unknown-type.xml", "malformed.xml", "truncated.xml.gz", "billion-laughs.xml"])
    func badFileChangesNothing(_ name: String) async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try await fixture.importExamples(["takbai-6960501-2024-10-08-plan.xml"])
        let before = try await fixture.allEvents()
        let dump = try await fixture.readModelDump()
        await #expect(throws: EGPFeedError.self) {
            try await FeedImporter(store: fixture.store).importFeed(
                at: Corpus.bad(name), department: StoreFixture.takbai, context: StoreFixture.context)
        }
        #expect(try await fixture.allEvents() == before)
        #expect(try await fixture.readModelDump() == dump)
    }

    @Test func anErrorAfterManyBatchesRollsBackEveryBatch() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        // 2,500 good items, then one whose date does not exist: with batches of 100 the store has taken 25
        // batches (and updated the read model for them) before the reader meets the error.
        var body = (1...2_500).map { FeedWriter.item($0) }.joined()
        body += FeedWriter.item(2_501).replacingOccurrences(of: "2025-01-14", with: "2025-01-32")
        let path = try FeedWriter.feed(in: fixture.folder, named: "long.xml", body: body)
        await #expect(throws: EGPFeedError.self) {
            try await FeedImporter(store: fixture.store, batchSize: 100).importFeed(
                at: path, department: StoreFixture.takbai, context: StoreFixture.context)
        }
        #expect(try await fixture.store.lastSequence() == 0)
        #expect(try await fixture.readModelDump().isEmpty)
        // The same items without the bad one import whole.
        let good = try FeedWriter.feed(
            in: fixture.folder, named: "good.xml", body: (1...2_500).map { FeedWriter.item($0) }.joined())
        let report = try await FeedImporter(store: fixture.store, batchSize: 100).importFeed(
            at: good, department: StoreFixture.takbai, context: StoreFixture.context)
        #expect(report.new == 2_500)
        #expect(try await ProcurementReadModel.count(in: fixture.store) == 2_500)
    }

    /// TIS-620 bytes as text: ASCII as is, 0xA1–0xFB as U+0E01–U+0E5B (the example feeds use no other bytes).
    static func decodeTIS620(_ data: Data) throws -> String {
        var scalars = String.UnicodeScalarView()
        for byte in data {
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
            } else {
                let scalar = try #require(
                    byte >= 0xA1 && byte <= 0xFB ? Unicode.Scalar(0x0E00 + UInt32(byte) - 0xA0) : nil)
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    @Test func itemsWithoutIDAreCountedNotStored() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let report = try #require(try await fixture.importExamples(["takbai-6960501-2024-10-08-plan.xml"]).first)
        #expect(report.summary.itemsRead == 5 && report.summary.withoutID == 1 && report.new == 4)
        #expect(try await ProcurementReadModel.count(in: fixture.store) == 4)
    }

    @Test func departmentIDsAreFourOrSevenDigits() throws {
        #expect(try EGPDepartmentID(parsing: " ๖๙๖๐๕๐๑ ").rawValue == "6960501")
        #expect(try EGPDepartmentID(parsing: "0304").rawValue == "0304")
        for bad in ["", "696050", "69605011", "69605O1", "6960-501"] {
            #expect(throws: EGPIDError.invalidDepartmentID(bad.trimmingCharacters(in: .whitespaces))) {
                try EGPDepartmentID(parsing: bad)
            }
        }
    }

    @Test func progressIsReportedUpToTheWholeFile() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let path = try FeedWriter.feed(
            in: fixture.folder, named: "p.xml", body: (1...500).map { FeedWriter.item($0) }.joined())
        let seen = ProgressLog()
        _ = try await FeedImporter(store: fixture.store, batchSize: 50).importFeed(
            at: path, department: StoreFixture.takbai, context: StoreFixture.context,
            progress: { seen.add($0, $1, items: $2) })
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(seen.values.count >= 10)
        #expect(seen.values.map(\.0) == seen.values.map(\.0).sorted())
        #expect(seen.values.last?.0 == Int64(size) && seen.values.last?.1 == Int64(size))
        #expect(seen.items == 500)
    }
}

/// Collects progress reports from the importing thread.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(Int64, Int64?)] = []
    private var lastItems = 0

    func add(_ done: Int64, _ total: Int64?, items: Int = 0) {
        lock.lock()
        entries.append((done, total))
        lastItems = items
        lock.unlock()
    }

    /// The items read, as the last report said.
    var items: Int {
        lock.lock()
        defer { lock.unlock() }
        return lastItems
    }

    var values: [(Int64, Int64?)] {
        lock.lock()
        defer { lock.unlock() }
        return entries
    }
}
