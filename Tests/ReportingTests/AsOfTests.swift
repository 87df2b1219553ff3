@testable import EventStore
import Foundation
import GRDB
import Procurement
import RiskRegister
import Sujarit
import Testing
@testable import Reporting

@Suite("--as-of: the picture as the log stood at the end of a day")
struct AsOfTests {
    @Test("A report as of a day is re-issued byte for byte after later events, and the live one moves on")
    func reissueIsExact() async throws {
        let fixture = try await ReportFixture.make()
        let theme = try await ReportFixture.theme()
        let day = ReportFixture.loadedOn
        func issue(_ asOf: CalendarDate?) async throws -> (html: String, json: String, document: ReportDocument) {
            let sources = try await fixture.sources(.annual, asOf: asOf)
            let document = try await ReportBuilder.build(.followup, sources)
            let renderer = ReportRenderer(theme: theme)
            return (
                try renderer.render(document, as: .html, directory: sources.directory), try document.json(), document
            )
        }
        let first = try await issue(day)

        // Five weeks later the clerk records the annual round and the audit unit a follow-up.
        let later = ReportFixture.day("2025-11-20")
        fixture.clock.set(later)
        try await fixture.report([
            ("M-2568-002", .annual, "2025-09-30", .done, "อบรมครบทุกคน", nil),
            ("M-2568-005", .annual, "2025-09-30", .done, "ประกาศแนวทางแล้ว", nil),
        ])
        let again = try await issue(day)
        #expect(again.html == first.html)
        #expect(again.json == first.json)
        #expect(first.document.header.generatedAt == nil)
        #expect(first.document.header.period.replayed)

        // Today's picture, and one as of the later day, include the new round.
        let live = try await issue(nil)
        guard case .followup(let now) = live.document, case .followup(let before) = first.document else {
            Issue.record("not follow-up reports"); return
        }
        #expect(before.counts.done == 1)
        #expect(now.counts.done == 3)
        #expect(now.lines.first { $0.id == "M-2568-005" }?.status == .done)
        #expect(before.lines.first { $0.id == "M-2568-005" }?.status == .notStarted)
        let asOfLater = try await issue(later)
        #expect(asOfLater.json != first.json)
    }

    @Test("The snapshot holds exactly the events recorded before the cut, and refuses writes")
    func snapshotCut() async throws {
        let fixture = try await ReportFixture.make(ita: false, audit: false)
        let before = try await fixture.store.lastSequence()
        fixture.clock.set(ReportFixture.day("2025-11-20"))
        try await fixture.report([("M-2568-003", .annual, "2025-09-30", .done, nil, nil)])
        let cut = ReportFixture.loadedOn.adding(days: 1).startOfDay
        let snapshot = try await LogSnapshot.replay(
            fixture.store, recordedBefore: cut, projections: ReportFixture.projections)
        #expect(try await snapshot.lastSequence() == before)
        #expect(snapshot.eventCount == Int(before))
        // Read models rebuilt from the cut log alone: the measure is not done in the snapshot's table.
        let rows = try await snapshot.query("SELECT status FROM risk_measures WHERE id = ?", ["M-2568-003"])
        #expect(rows.first?.string("status") == "in-progress")
        let live = try await fixture.store.query("SELECT status FROM risk_measures WHERE id = ?", ["M-2568-003"])
        #expect(live.first?.string("status") == "done")
        let stream = try MeasurePlanned.stream(try MeasureID(parsing: "M-2568-003"))
        #expect(try await snapshot.streamVersion(stream) == (try await fixture.store.streamVersion(stream)) - 1)
        await #expect(throws: ReportingError.readOnlySnapshot) {
            try await snapshot.append([StreamAppend(stream: stream, expectedVersion: .any, events: [])])
        }
    }

    @Test("The snapshot reads its events from the store, and what is appended after the replay stays out of it")
    func snapshotBoundedAfterReplay() async throws {
        let fixture = try await ReportFixture.make(ita: false, audit: false)
        let before = try await fixture.store.lastSequence()
        let stream = try MeasurePlanned.stream(try MeasureID(parsing: "M-2568-003"))
        let version = try await fixture.store.streamVersion(stream)
        let snapshot = try await LogSnapshot.replay(
            fixture.store, recordedBefore: ReportFixture.loadedOn.adding(days: 1).startOfDay,
            projections: ReportFixture.projections)
        // Recorded the same day, before the cut, but after the replay: not in the snapshot's read models, so not
        // in its log either.
        fixture.clock.set(ReportFixture.loadedOn, hour: 11)
        try await fixture.report([("M-2568-003", .annual, "2025-09-30", .done, nil, nil)])
        #expect(try await fixture.store.lastSequence() > before)
        #expect(try await snapshot.lastSequence() == before)
        #expect(try await snapshot.read(afterSequence: before - 1, limit: 10, filter: .all).map(\.sequence) == [before])
        #expect(try await snapshot.read(afterSequence: before, limit: 10, filter: .all).isEmpty)
        #expect(try await snapshot.streamVersion(stream) == version)
        #expect(try await snapshot.readStream(stream, afterVersion: 0, limit: 100).count == version)
        #expect(try await snapshot.readStream(stream, afterVersion: 0, limit: 1).map(\.streamVersion) == [1])
        var read = 0
        try await snapshot.forEachEvent(pageSize: 7) { _ in read += 1 }
        #expect(read == snapshot.eventCount)
        #expect(read == Int(before))
    }

    @Test("A report's snapshot replays only the read models reports read, not the procurement data's")
    func snapshotLeavesProcurementOut() async throws {
        let fixture = try await ReportFixture.make(ita: false, audit: false)
        let sources = try await ReportSources.open(
            fixture.store, fiscalYear: FiscalYear(be: 2568), round: .annual, asOf: ReportFixture.loadedOn,
            projections: ReportFixture.projections + [ProcurementProjection()], now: fixture.clock.now)
        #expect(sources.store is LogSnapshot)
        #expect(try await sources.store.query("SELECT COUNT(*) AS n FROM red_flags").first?.int("n") == 0)
        await #expect(throws: (any Error).self) {
            try await sources.store.query("SELECT COUNT(*) AS n FROM procurement_projects")
        }
    }

    @Test("A snapshot whose temporary file cannot grow names the temporary folder, not the failed statement")
    func temporaryFolderFull() async throws {
        let fixture = try await ReportFixture.make(ita: false, audit: false)
        let replay = try ReadModelScratch(projections: ReportFixture.projections)
        defer { replay.remove() }
        try replay.apply(try await fixture.store.read(afterSequence: 0, limit: 1_000, filter: .all))
        // A scratch allowed no page beyond those it has stands for a full folder: the indexes built at the end of
        // a replay need pages of their own, and SQLite says SQLITE_FULL.
        #expect(!ReplaySchema(ReportFixture.projections).indexes.isEmpty)
        try replay.queue.inDatabase { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        let error = #expect(throws: ReportingError.self) {
            try LogSnapshot.inTemporaryFolder(replay.folder) { try replay.createQueryIndexes() }
        }
        guard case .temporaryFolderUnusable(let folder, let reason) = error else {
            Issue.record("expected temporaryFolderUnusable, got \(String(describing: error))")
            return
        }
        #expect(folder == FileManager.default.temporaryDirectory.path)
        #expect(reason.contains("full"))
        let message = error?.errorDescription ?? ""
        #expect(message.contains(folder) && message.contains("TMPDIR") && !message.contains("INSERT"))
    }

    @Test("An as-of day after today is refused")
    func futureRefused() async throws {
        let fixture = try await ReportFixture.make(ita: false, audit: false)
        await #expect(throws: ReportingError.self) {
            try await fixture.sources(.annual, asOf: ReportFixture.loadedOn.adding(days: 1))
        }
    }
}
