import Agency
import EventStore
import Foundation
import GRDB
import Sujarit
import Testing

@testable import Reporting

/// A report trusts only the read models its sources checked against the log, and opening its sources checks
/// only those it reads (`ReportSources.readModelsRead`: never procurement, the red flags only for
/// `ReportKind.readsRedFlags`). These tests record every query a report and the due calendar send to the
/// store, and hold the tables queried to the read models checked: a report that starts reading a table its
/// check leaves out fails here, before it could show rows nobody compared with the log.
@Suite("Each report and the due calendar read only the read models their sources check")
struct ReportReadsTests {
    /// The read models (projection names) whose tables `statements` name.
    static func readModels(_ statements: [String]) -> Set<String> {
        var found: Set<String> = []
        for projection in ReportFixture.projections {
            for table in projection.tables {
                let word = try! Regex("\\b\(table)\\b")
                if statements.contains(where: { $0.contains(word) }) { found.insert(projection.name) }
            }
        }
        return found
    }

    @Test(
        "A report queries only what its sources checked; a report that shows flags does read them",
        arguments: ReportKind.allCases)
    func report(kind: ReportKind) async throws {
        let fixture = try await ReportFixture.make()
        let checked = try await fixture.sources(kind == .plan || kind == .measures || kind == .o34 ? nil : .annual)
        let recording = QueryRecordingStore(base: fixture.store)
        let sources = try await ReportSources(store: recording, period: checked.period, now: fixture.clock.now)
        _ = try await ReportBuilder.build(kind, sources, viewer: "anan")
        let read = Self.readModels(recording.statements)
        let allowed = ReportSources.readModelsRead(ReportFixture.projections, redFlags: kind.readsRedFlags)
        #expect(read.isSubset(of: allowed), "\(kind) reads \(read.subtracting(allowed).sorted()) unchecked")
        #expect(!read.isEmpty, "\(kind): the recording saw its queries")
        // The flag: says so only of a report that needs it.
        #expect(read.contains("red_flags") == kind.readsRedFlags, "\(kind) and the red flags")
    }

    @Test("The due calendar queries no red flag, which its sources do not check")
    func dueCalendar() async throws {
        let store = try await CalendarStore.make()
        let checked = try await store.sources()
        let recording = QueryRecordingStore(base: store.store)
        let sources = try await ReportSources(store: recording, period: checked.period, now: store.clock.now)
        let calendar = try await DueCalendar.build(
            sources, rules: try CalendarStore.rules(), annual: CalendarStore.annualRules,
            windows: CalendarStore.windows, request: DueCalendar.Request(days: 30, owner: nil, reader: nil))
        #expect(!calendar.items.isEmpty)
        let read = Self.readModels(recording.statements)
        #expect(
            !read.isEmpty && read.isSubset(of: ReportSources.readModelsRead(ReportFixture.projections, redFlags: false))
        )
    }

    @Test("Sources opened without the red flags leave a tampered flag table alone; with them, refuse it")
    func redFlagsCheckedOnlyWhenRead() async throws {
        let fixture = try await ReportFixture.make()
        // A flag written around the log, as a member of staff with the file could.
        let queue = try DatabaseQueue(path: fixture.store.path)
        try await queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO red_flags (flag_id, fiscal_year, number, identity, indicator, department_id,
                        project_count, names_people, evidence, evidence_digest, config_version, raised_at, revisions,
                        status, stream_version)
                    VALUES ('RF-2568-9999', 2568, 9999, 'forged', 'year-end', '6960102', 0, 0, '{}', '', 1, 0, 0,
                        'open', 1)
                    """)
        }
        try queue.close()
        _ = try await ReportSources.open(
            fixture.store, fiscalYear: FiscalYear(be: 2568), round: .annual, asOf: nil,
            projections: ReportFixture.projections, now: fixture.clock.now, readingRedFlags: false)
        await #expect(throws: ReadModelMismatch.self) {
            try await ReportSources.open(
                fixture.store, fiscalYear: FiscalYear(be: 2568), round: .annual, asOf: nil,
                projections: ReportFixture.projections, now: fixture.clock.now)
        }
    }
}

/// A store that passes everything to `base` and keeps the SQL of every read-model query.
final class QueryRecordingStore: EventStore, @unchecked Sendable {
    let base: any EventStore
    private let lock = NSLock()
    private var recorded: [String] = []

    init(base: any EventStore) { self.base = base }

    /// The SQL of every query so far.
    var statements: [String] { lock.withLock { recorded } }

    private func record(_ statements: [SQLStatement]) { lock.withLock { recorded += statements.map(\.sql) } }

    func append(_ appends: [StreamAppend]) async throws -> AppendReceipt { try await base.append(appends) }
    func streamVersion(_ stream: StreamID) async throws -> Int { try await base.streamVersion(stream) }
    func readStream(_ stream: StreamID, afterVersion: Int, limit: Int) async throws -> [RecordedEvent] {
        try await base.readStream(stream, afterVersion: afterVersion, limit: limit)
    }
    func read(afterSequence: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent] {
        try await base.read(afterSequence: afterSequence, limit: limit, filter: filter)
    }
    func read(beforeSequence: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent] {
        try await base.read(beforeSequence: beforeSequence, limit: limit, filter: filter)
    }
    func countEvents(filter: EventFilter) async throws -> [String: Int] { try await base.countEvents(filter: filter) }
    func lastSequence() async throws -> Int64 { try await base.lastSequence() }
    func verify(progress: ProgressHandler?) async throws -> ChainReport { try await base.verify(progress: progress) }
    func verifyReadModels(only names: Set<String>?, progress: ProgressHandler?) async throws -> ReadModelReport {
        try await base.verifyReadModels(only: names, progress: progress)
    }
    func rebuildProjections(progress: ProgressHandler?) async throws -> RebuildReport {
        try await base.rebuildProjections(progress: progress)
    }
    func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        record([statement])
        return try await base.query(statement)
    }
    func query(together statements: [SQLStatement]) async throws -> [[SQLRow]] {
        record(statements)
        return try await base.query(together: statements)
    }
    var location: String { base.location }
}
