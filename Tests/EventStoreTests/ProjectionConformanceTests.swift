import EventStore
import Foundation
import Testing

/// Read models: updated in the append's transaction, checkpointed, rebuilt identically, caught up on open.
@Suite("EventStore conformance: projections")
struct ProjectionConformanceTests {
    static let tables = ["count_by_type", "ledger_events", "ledger_streams"]

    /// A mixed history: several streams, types, actors, dedupe keys and recorded times.
    static func writeHistory(_ store: any EventStore, clock: TestClock, rounds: Int = 30, from: Int = 0) async throws {
        for round in from..<(from + rounds) {
            let stream = Fixture.stream(
                ["risk/R-\(round % 4)", "gift/G-\(round % 3)", "coi/C-\(round % 5)"][round % 3])
            let events = (0..<(1 + round % 4)).map { i in
                Fixture.event(
                    ["Identified", "Assessed", "Closed"][(round + i) % 3], round * 10 + i,
                    actor: i % 2 == 0 ? "somchai" : "malee", key: i == 1 ? "key-\(round)" : nil,
                    occurredAt: Fixture.start - Double(round) * 86_400)
            }
            try await store.append(events, to: stream, expectedVersion: .any)
            clock.advance(by: 61.000_123)
        }
    }

    @Test("Projections are updated with each append and their checkpoints move with it", arguments: harnesses)
    func updatedInTheSameTransaction(harness: any StoreHarness) async throws {
        let clock = TestClock()
        try await harness.withStore(projections: [CountByType(), Ledger()], clock: clock.clock) { store in
            #expect(try await harness.checkpoint(of: "count_by_type", in: store)?.sequence == 0)
            #expect(try await store.query("SELECT * FROM count_by_type").isEmpty)

            try await store.append(
                [Fixture.event("Identified"), Fixture.event("Assessed"), Fixture.event("Identified")],
                to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
            let counts = try await store.query("SELECT event_type, n FROM count_by_type ORDER BY event_type")
            #expect(counts.map { "\($0.string("event_type")!)=\($0.int("n")!)" } == ["Assessed=1", "Identified=2"])
            #expect(
                try await harness.checkpoint(of: "count_by_type", in: store).map { [$0.version, Int($0.sequence)] } == [
                    1, 3,
                ])
            #expect(try await harness.checkpoint(of: "ledger", in: store)?.sequence == 3)

            // A duplicate-only append changes nothing, checkpoints included.
            try await store.append(
                [Fixture.event("Closed", key: "k")], to: Fixture.stream("risk/R-1"), expectedVersion: .any)
            try await store.append(
                [Fixture.event("Closed", key: "k")], to: Fixture.stream("risk/R-1"), expectedVersion: .any)
            #expect(try await harness.checkpoint(of: "ledger", in: store)?.sequence == 4)
            #expect(
                try await store.query("SELECT n FROM count_by_type WHERE event_type = 'Closed'").first?.int("n") == 1)

            // The ledger saw exactly what the log holds.
            let log = try await allEvents(of: store)
            let ledger = try await store.query(
                "SELECT sequence, stream_id, stream_version, hash, recorded_at FROM ledger_events ORDER BY sequence")
            #expect(ledger.map { $0.int64("sequence")! } == log.map(\.sequence))
            #expect(ledger.map { $0.string("hash")! } == log.map(\.hash.description))
            #expect(ledger.map { $0.int64("recorded_at")! } == log.map { Microseconds.from($0.recordedAt) })
            let summary = try await store.query(
                "SELECT events, last_version, last_type FROM ledger_streams WHERE stream_id = 'risk/R-1'")
            #expect(
                summary.first?.int("events") == 4 && summary.first?.int("last_version") == 4
                    && summary.first?.string("last_type") == "Closed")
        }
    }

    @Test("rebuildProjections drops and replays into identical tables", arguments: harnesses)
    func rebuildIsIdentical(harness: any StoreHarness) async throws {
        let clock = TestClock()
        try await harness.withStore(projections: [CountByType(), Ledger()], clock: clock.clock) { store in
            try await Self.writeHistory(store, clock: clock)
            let last = try await store.lastSequence()
            let before = try await dump(Self.tables, of: store)
            #expect(before["ledger_events"]?.count == Int(last))

            let progress = ProgressLog()
            let report = try await store.rebuildProjections(progress: { done, total in progress.record(done, total) })
            #expect(report.eventsReplayed == last)
            #expect(Set(report.projections) == ["count_by_type", "ledger"])
            #expect(progress.last?.0 == last && progress.last?.1 == last)
            #expect(try await dump(Self.tables, of: store) == before)
            #expect(try await harness.checkpoint(of: "ledger", in: store)?.sequence == last)
            #expect(try await harness.checkpoint(of: "count_by_type", in: store)?.sequence == last)

            // A rebuild after more appends, and one on reopen, still agree with the live tables.
            try await Self.writeHistory(store, clock: clock, rounds: 10, from: 30)
            let live = try await dump(Self.tables, of: store)
            _ = try await store.rebuildProjections(progress: nil)
            #expect(try await dump(Self.tables, of: store) == live)
            let reopened = try await harness.reopen(store, projections: [CountByType(), Ledger()], clock: clock.clock)
            _ = try await reopened.rebuildProjections(progress: nil)
            #expect(try await dump(Self.tables, of: reopened) == live)
        }
    }

    @Test("Rebuilding a store without events leaves empty tables", arguments: harnesses)
    func rebuildEmpty(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: [CountByType()]) { store in
            let report = try await store.rebuildProjections(progress: nil)
            #expect(report.eventsReplayed == 0)
            #expect(try await store.query("SELECT * FROM count_by_type").isEmpty)
        }
    }

    @Test("A projection added later is built from the whole log when the store is reopened", arguments: harnesses)
    func projectionAddedLater(harness: any StoreHarness) async throws {
        let clock = TestClock()
        try await harness.withStore(projections: [CountByType()], clock: clock.clock) { store in
            try await Self.writeHistory(store, clock: clock)
            let last = try await store.lastSequence()
            let reopened = try await harness.reopen(store, projections: [CountByType(), Ledger()], clock: clock.clock)
            #expect(
                try await harness.checkpoint(of: "ledger", in: reopened).map { [$0.version, Int($0.sequence)] } == [
                    1, Int(last),
                ])
            let built = try await dump(Self.tables, of: reopened)
            #expect(built["ledger_events"]?.count == Int(last))

            // The same projection kept live from the start gives the same rows.
            let referenceClock = TestClock()
            let reference = try await harness.makeStore(
                projections: [CountByType(), Ledger()], clock: referenceClock.clock)
            try await Self.writeHistory(reference, clock: referenceClock)
            #expect(try await dump(Self.tables, of: reference) == built)
            await harness.dispose(reference)
        }
    }

    @Test(
        "A projection left behind (the store was written without it) replays what it missed on reopen",
        arguments: harnesses)
    func projectionCatchesUp(harness: any StoreHarness) async throws {
        let clock = TestClock()
        try await harness.withStore(projections: [CountByType(), Ledger()], clock: clock.clock) { store in
            try await Self.writeHistory(store, clock: clock, rounds: 10)
            let checkpointThen = try await store.lastSequence()
            // An older build that knows only CountByType appends more.
            let older = try await harness.reopen(store, projections: [CountByType()], clock: clock.clock)
            try await Self.writeHistory(older, clock: clock, rounds: 20, from: 10)
            #expect(try await harness.checkpoint(of: "ledger", in: older)?.sequence == checkpointThen)

            let current = try await harness.reopen(store, projections: [CountByType(), Ledger()], clock: clock.clock)
            let last = try await current.lastSequence()
            #expect(try await harness.checkpoint(of: "ledger", in: current)?.sequence == last)
            let caughtUp = try await dump(Self.tables, of: current)
            #expect(caughtUp["ledger_events"]?.count == Int(last))
            _ = try await current.rebuildProjections(progress: nil)
            #expect(try await dump(Self.tables, of: current) == caughtUp)
        }
    }

    @Test("A projection whose version changed is rebuilt in its new shape on reopen", arguments: harnesses)
    func changedVersionIsRebuilt(harness: any StoreHarness) async throws {
        let clock = TestClock()
        try await harness.withStore(projections: [Ledger(version: 1), CountByType()], clock: clock.clock) { store in
            try await Self.writeHistory(store, clock: clock, rounds: 12)
            let last = try await store.lastSequence()
            let countsBefore = try await dump(["count_by_type"], of: store)
            await #expect(throws: (any Error).self) {
                try await store.query("SELECT payload_length FROM ledger_events")
            }

            let upgraded = try await harness.reopen(
                store, projections: [Ledger(version: 2), CountByType()], clock: clock.clock)
            #expect(
                try await harness.checkpoint(of: "ledger", in: upgraded).map { [$0.version, Int($0.sequence)] } == [
                    2, Int(last),
                ])
            let rows = try await upgraded.query("SELECT payload, payload_length FROM ledger_events ORDER BY sequence")
            #expect(rows.count == Int(last))
            #expect(rows.allSatisfy { $0.int("payload_length") == $0.string("payload")?.utf8.count })
            #expect(try await dump(["count_by_type"], of: upgraded) == countsBefore)

            // New appends use the new shape, and reopening with the same version rebuilds nothing.
            try await Self.writeHistory(upgraded, clock: clock, rounds: 3, from: 12)
            let again = try await harness.reopen(
                store, projections: [Ledger(version: 2), CountByType()], clock: clock.clock)
            let all = try await again.query("SELECT payload_length FROM ledger_events")
            #expect(all.count == Int(try await again.lastSequence()))
        }
    }
}

/// Collects progress callbacks.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [(Int64, Int64)] = []
    func record(_ done: Int64, _ total: Int64) { lock.withLock { calls.append((done, total)) } }
    var last: (Int64, Int64)? { lock.withLock { calls.last } }
    var all: [(Int64, Int64)] { lock.withLock { calls } }
}
