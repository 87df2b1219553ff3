import EventStore
import Foundation
import Testing

/// `verifyReadModels` on every backend: the same tampering is found and named the same way on SQLite and on
/// PostgreSQL (where every table also carries the `agency` column in a shared database).
@Suite("EventStore conformance: read models checked against the log")
struct ReadModelConformanceTests {
    static let projections: [any Projection] = [CountByType(), Ledger()]

    static func history(_ store: any EventStore) async throws {
        try await store.append(
            [Fixture.event("Identified", 1), Fixture.event("Assessed", 2)], to: Fixture.stream("risk/R-1"),
            expectedVersion: .noStream)
        try await store.append(
            [Fixture.event("Identified", 3)], to: Fixture.stream("risk/R-2"), expectedVersion: .noStream)
        try await store.append(
            [Fixture.event("Closed", 4), Fixture.event("Identified", 5)], to: Fixture.stream("gift/G-1"),
            expectedVersion: .noStream)
    }

    @Test(
        "A check of a projection that reads some event types reads only those, and still finds a changed row",
        arguments: harnesses)
    func typedCheck(harness: any StoreHarness) async throws {
        let projections: [any Projection] = [ReadModelScratchTests.IdentifiedCount(), CountByType()]
        try await harness.withStore(projections: projections) { store in
            try await Self.history(store)
            let typed = try await store.verifyReadModels(only: ["identified_count"], progress: nil)
            #expect(typed.isConsistent && typed.tablesChecked == 1 && typed.sequence == 5, "\(typed)")
            try await harness.tamper(store, "UPDATE identified_count SET n = 7 WHERE stream_id = 'risk/R-1'")
            let changed = try await store.verifyReadModels(only: ["identified_count"], progress: nil)
            #expect(changed.differences.map(\.table) == ["identified_count"])
            #expect(try await store.verifyReadModels(only: ["count_by_type"], progress: nil).isConsistent)
        }
    }

    @Test("An untouched store matches the log", arguments: harnesses)
    func intact(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: Self.projections) { store in
            #expect(try await store.verifyReadModels(progress: nil).isConsistent, "empty store")
            try await Self.history(store)
            let report = try await store.verifyReadModels(progress: nil)
            #expect(report.isConsistent, "\(report)")
            #expect(report.sequence == 5)
            #expect(report.tablesChecked == 3)
        }
    }

    @Test(
        "An edited row, an extra row and a missing row are named with their tables and example rows",
        arguments: harnesses)
    func tampered(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: Self.projections) { store in
            try await Self.history(store)
            try await harness.tamper(
                store,
                """
                UPDATE count_by_type SET n = 99 WHERE event_type = 'Identified';
                INSERT INTO ledger_streams (stream_id, events, last_version, last_type, first_sequence, last_sequence) VALUES ('risk/R-9', 1, 1, 'Forged', 9, 9);
                DELETE FROM ledger_events WHERE sequence = 3
                """)
            let report = try await store.verifyReadModels(progress: nil)
            let byTable = Dictionary(uniqueKeysWithValues: report.differences.map { ($0.table, $0) })
            #expect(Set(byTable.keys) == ["count_by_type", "ledger_events", "ledger_streams"])
            #expect(byTable["count_by_type"]?.changedExamples == ["event_type='Identified': n 3 → 99"])
            #expect(byTable["count_by_type"].map { [$0.missingRows, $0.extraRows] } == [1, 1])
            #expect(byTable["ledger_streams"].map { [$0.missingRows, $0.extraRows] } == [0, 1])
            #expect(byTable["ledger_streams"]?.extraExamples.first?.hasPrefix("stream_id='risk/R-9', events=1") == true)
            #expect(byTable["ledger_events"].map { [$0.missingRows, $0.extraRows] } == [1, 0])
            #expect(
                byTable["ledger_events"]?.missingExamples.first?.hasPrefix("sequence=3, stream_id='risk/R-2'") == true)
            #expect(report.checkpoints.isEmpty)

            _ = try await store.rebuildProjections(progress: nil)
            #expect(try await store.verifyReadModels(progress: nil).isConsistent)
        }
    }

    @Test("A dropped or disabled append-only trigger is reported, the chain itself still intact", arguments: harnesses)
    func missingGuard(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: Self.projections) { store in
            try await Self.history(store)
            #expect(try await store.verify(progress: nil).missingGuards.isEmpty)
            let sqlite = harness.name == "SQLite"
            try await harness.execute(
                store,
                sql: sqlite ? "DROP TRIGGER events_no_delete" : "ALTER TABLE events DISABLE TRIGGER events_no_truncate")
            let report = try await store.verify(progress: nil)
            #expect(report.missingGuards == [sqlite ? "events_no_delete" : "events_no_truncate"])
            #expect(report.isIntact)
        }
    }

    @Test("A dropped table and a moved checkpoint are reported, and rebuild repairs them", arguments: harnesses)
    func droppedTableAndCheckpoint(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: Self.projections) { store in
            try await Self.history(store)
            try await harness.tamper(
                store,
                "DROP TABLE ledger_streams; UPDATE projection_checkpoints SET sequence = 2 WHERE name = 'count_by_type'"
            )
            let report = try await store.verifyReadModels(progress: nil)
            #expect(report.differences.map(\.table) == ["ledger_streams"])
            #expect(report.differences.first?.kind == .tableMissing)
            #expect(
                report.checkpoints == [
                    CheckpointProblem(
                        projection: "count_by_type", foundVersion: 1, foundSequence: 2, expectedVersion: 1,
                        expectedSequence: 5)
                ])

            _ = try await store.rebuildProjections(progress: nil)
            #expect(try await store.verifyReadModels(progress: nil).isConsistent)
        }
    }
}
