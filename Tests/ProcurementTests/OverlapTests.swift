import EventStore
import Foundation
import Sujarit
import Testing
@testable import Procurement

/// Idempotency with one event per batch: announcements already in the store, or repeated in a file, are
/// counted as duplicates and never recorded twice; the older per-announcement events still project.
@Suite("Overlapping imports")
struct OverlapTests {
    static func body(_ numbers: ClosedRange<Int>) -> String {
        numbers.map { FeedWriter.item($0) }.joined()
    }

    static func importFile(
        _ path: String, into fixture: StoreFixture, batchSize: Int = 100
    ) async throws -> FeedImportReport {
        try await FeedImporter(store: fixture.store, batchSize: batchSize).importFeed(
            at: path, department: StoreFixture.takbai, context: StoreFixture.context)
    }

    static func announcementsRecorded(_ fixture: StoreFixture) async throws -> [AnnouncementsPublished.Entry] {
        try await fixture.allEvents().filter { $0.type == AnnouncementsPublished.eventType }
            .flatMap { try $0.decode(AnnouncementsPublished.self).announcements }
    }

    static func timelineRows(_ fixture: StoreFixture) async throws -> Int {
        try await fixture.store.query("SELECT COUNT(*) AS n FROM procurement_announcements").first?.int("n") ?? -1
    }

    @Test func anOverlappingFileAddsOnlyItsNewAnnouncements() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let first = try FeedWriter.feed(in: fixture.folder, named: "a.xml", body: Self.body(1...300))
        let second = try FeedWriter.feed(in: fixture.folder, named: "b.xml", body: Self.body(201...500))
        let a = try await Self.importFile(first, into: fixture)
        #expect(a.new == 300 && a.duplicates == 0)
        let b = try await Self.importFile(second, into: fixture)
        #expect(b.new == 200 && b.duplicates == 100 && !b.alreadyImported)
        #expect(b.summary.kept == 300)

        // Every announcement is in the log exactly once, and in the timeline once.
        let recorded = try await Self.announcementsRecorded(fixture)
        #expect(recorded.count == 500)
        #expect(Set(recorded.map { $0.announcement.fingerprint }).count == 500)
        #expect(try await Self.timelineRows(fixture) == 500)
        #expect(try await ProcurementReadModel.count(in: fixture.store) == 500)
        let counts = try await fixture.store.query("SELECT DISTINCT announcement_count AS n FROM procurement_projects")
        #expect(counts.map { $0.int("n") } == [1])

        // The same bytes again: read, nothing written.
        let before = try await fixture.allEvents()
        let again = try await Self.importFile(second, into: fixture)
        #expect(again.new == 0 && again.duplicates == 300 && again.alreadyImported)
        #expect(try await fixture.allEvents() == before)
    }

    @Test func aFileHoldingNothingNewAddsNoAnnouncementEvent() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let whole = try FeedWriter.feed(in: fixture.folder, named: "whole.xml", body: Self.body(1...250))
        _ = try await Self.importFile(whole, into: fixture)
        let dump = try await fixture.readModelDump()
        let events = try await fixture.allEvents()
        // Other bytes (another page, the items in another order), the same announcements.
        let reordered = try FeedWriter.feed(
            in: fixture.folder, named: "reordered.xml", body: (1...250).reversed().map { FeedWriter.item($0) }.joined())
        let report = try await Self.importFile(reordered, into: fixture)
        #expect(report.new == 0 && report.duplicates == 250 && !report.alreadyImported)
        let after = try await fixture.allEvents()
        // Only the new file's record.
        #expect(after.count == events.count + 1 && after.last?.type == FeedImported.eventType)
        #expect(Array(after.prefix(events.count)) == events)
        #expect(
            try await fixture.readModelDump().filter { !$0.hasPrefix("procurement_imports") }
                == dump.filter { !$0.hasPrefix("procurement_imports") })
    }

    @Test func anAnnouncementRepeatedInAFileIsRecordedOnce() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        // Item 3 appears again two batches later.
        let path = try FeedWriter.feed(
            in: fixture.folder, named: "repeat.xml", body: Self.body(1...5) + FeedWriter.item(3))
        let report = try await Self.importFile(path, into: fixture, batchSize: 2)
        #expect(report.new == 5 && report.duplicates == 1 && report.summary.kept == 6)
        #expect(try await Self.announcementsRecorded(fixture).map(\.sourceLine) == [4, 11, 18, 25, 32])
        #expect(try await Self.timelineRows(fixture) == 5)
        let project = try await fixture.store.query(
            "SELECT announcement_count AS n FROM procurement_projects WHERE project_id = ?",
            [String(format: "68%09d", 3)])
        #expect(project.first?.int("n") == 1)
    }

    @Test func knownAndRepeatedAnnouncementsInOneFile() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        _ = try await Self.importFile(
            try FeedWriter.feed(in: fixture.folder, named: "a.xml", body: Self.body(1...3)), into: fixture)
        // 2 is in the store (and twice in the file), 4 twice in the file, 5 once.
        let body = [2, 4, 4, 5, 2].map { FeedWriter.item($0) }.joined()
        let report = try await Self.importFile(
            try FeedWriter.feed(in: fixture.folder, named: "b.xml", body: body), into: fixture)
        #expect(report.new == 2 && report.duplicates == 3)
        let recorded = try await Self.announcementsRecorded(fixture).map(\.projectID.rawValue)
        #expect(recorded == [1, 2, 3, 4, 5].map { String(format: "68%09d", $0) })
        #expect(try await Self.timelineRows(fixture) == 5)
    }

    @Test func theLedgerKeysAnAnnouncementByItsFingerprint() throws {
        let (announcements, _) = try EGPFeedReader(path: Corpus.example("takbai-6960501-2024-11-26.xml")).readAll()
        for announcement in announcements {
            let entry = AnnouncementsPublished.Entry(announcement)
            // Hashed piece by piece, the same key as the fingerprint hashed whole.
            #expect(
                ProcurementLedger.key(entry, document: announcement.document)
                    == ProcurementLedger.key(
                        projectID: entry.projectID.rawValue, fingerprint: announcement.fingerprint))
        }
        #expect(
            ProcurementLedger.key(projectID: "1", fingerprint: "egp1|1")
                != ProcurementLedger.key(projectID: "1", fingerprint: "egp1|2"))
    }

    @Test func theLedgerHoldsEachRecordedAnnouncementOnceAndIsVerified() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let first = try FeedWriter.feed(in: fixture.folder, named: "a.xml", body: Self.body(1...30))
        _ = try await Self.importFile(first, into: fixture, batchSize: 7)
        let rows = try await fixture.store.query("SELECT COUNT(*) AS n FROM procurement_fingerprints")
        #expect(rows.first?.int("n") == 30)
        // Every announcement recorded is found by the lookups the importer makes, and no other.
        let keys = try await Self.announcementsRecorded(fixture).map {
            ProcurementLedger.key(projectID: $0.projectID.rawValue, fingerprint: $0.announcement.fingerprint)
        }
        var found: [[SQLRow]] = []
        let unknown = ProcurementLedger.key(projectID: "0", fingerprint: "egp1|0")
        for statement in ProcurementLedger.lookups(keys + [unknown]) {
            found.append(try await fixture.store.query(statement))
        }
        #expect(ProcurementLedger.recorded(in: found) == Set(keys))
        // Written by the projection: a rebuild gives it back, verify compares it.
        #expect(try await fixture.store.verifyReadModels(progress: nil).isConsistent)
        let dump = try await fixture.readModelDump()
        _ = try await fixture.store.rebuildProjections(progress: nil)
        #expect(try await fixture.readModelDump() == dump)
        #expect(dump.contains { $0.hasPrefix("procurement_fingerprints") })
    }

    @Test func olderPerAnnouncementEventsStillProjectAndCountAsKnown() async throws {
        // A store written before AnnouncementsPublished: one AnnouncementPublished per announcement, in its
        // project's stream, keyed by its fingerprint.
        let old = try StoreFixture()
        defer { old.remove() }
        let name = "takbai-6960501-2024-11-26.xml"
        let (announcements, summary) = try EGPFeedReader(path: Corpus.example(name)).readAll()
        for announcement in announcements {
            let event = AnnouncementPublished(announcement, departmentID: "6960501")
            // As the importer wrote them: dated at the start of the publication day, keyed by the fingerprint.
            let proposed = ProposedEvent(
                type: AnnouncementPublished.eventType, schemaVersion: AnnouncementPublished.schemaVersion,
                occurredAt: event.published.startOfDay, actor: "tester", payload: event.encodedPayload(),
                dedupeKey: announcement.fingerprint)
            try await old.store.append([proposed], to: event.stream, expectedVersion: .any)
        }
        // The read model is the one today's import gives for the same file.
        let fresh = try StoreFixture()
        defer { fresh.remove() }
        _ = try await FeedImporter(store: fresh.store).importFeed(
            at: Corpus.example(name), department: StoreFixture.takbai, context: StoreFixture.context)
        let projectsOld = try await ProcurementReadModel.projects(in: old.store)
        #expect(projectsOld.count == Set(announcements.map(\.projectID)).count && summary.kept == 6)
        #expect(projectsOld == (try await ProcurementReadModel.projects(in: fresh.store)))
        // Titles come from either event type.
        for id in Set(announcements.map(\.projectID)) {
            let titled = try await ProcurementReadModel.project(id, in: old.store)
            let titledFresh = try await ProcurementReadModel.project(id, in: fresh.store)
            #expect(titled != nil && titled == titledFresh)
            #expect(
                titled?.timeline.map(\.title)
                    == announcements.filter { $0.projectID == id }
                    .sorted { ($0.published, $0.line) < ($1.published, $1.line) }.map(\.title))
        }

        // Importing the file into the old store finds them all known: no announcement event is added.
        let before = try await old.allEvents()
        let report = try await FeedImporter(store: old.store).importFeed(
            at: Corpus.example(name), department: StoreFixture.takbai, context: StoreFixture.context)
        #expect(report.new == 0 && report.duplicates == summary.kept)
        let after = try await old.allEvents()
        #expect(after.count == before.count + 1 && after.last?.type == FeedImported.eventType)

        // And a rebuild from the mixed log gives the same tables.
        let dump = try await old.readModelDump()
        _ = try await old.store.rebuildProjections(progress: nil)
        #expect(try await old.readModelDump() == dump)
    }

    @Test func batchSizeDoesNotChangeTheReadModel() async throws {
        // One announcement per event (batches of 1) and one event per file give the same projects and
        // timelines: a batch's changes to a project are combined as applying them one by one would.
        let small = try StoreFixture()
        defer { small.remove() }
        let large = try StoreFixture()
        defer { large.remove() }
        try await small.importExamples(batchSize: 1)
        try await large.importExamples(batchSize: 2_000)
        let projects = "SELECT * FROM procurement_projects ORDER BY project_id"
        #expect(try await small.store.query(projects) == (try await large.store.query(projects)))
        #expect(
            try await ProcurementReadModel.projects(in: small.store)
                == (try await ProcurementReadModel.projects(in: large.store)))
        let perEvent = try await small.allEvents().filter { $0.type == AnnouncementsPublished.eventType }
        #expect(try perEvent.allSatisfy { try $0.decode(AnnouncementsPublished.self).announcements.count == 1 })
    }

}
