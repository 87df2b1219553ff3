import EventStore
import Foundation
import Testing

/// A projection whose later statements depend on its earlier ones, and which the server refuses on events of
/// type `Clash`: the PostgreSQL backend sends a batch's statements without waiting for each, and must still
/// run them in order and report the statement that failed.
struct DependentStatements: Projection {
    var name = "dependent"
    var version = 1
    var tables: [String] { ["dependent_rows"] }
    var schema: [String] {
        ["CREATE TABLE dependent_rows (sequence BIGINT PRIMARY KEY, doubled BIGINT, touched BIGINT NOT NULL)"]
    }

    func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        var statements = [
            SQLStatement(
                "INSERT INTO dependent_rows (sequence, doubled, touched) VALUES (?, NULL, 0)", [event.sequence]),
            // Finds nothing to update unless the insert above has run.
            SQLStatement(
                "UPDATE dependent_rows SET doubled = sequence * 2, touched = touched + 1 WHERE sequence = ?",
                [event.sequence]),
        ]
        if event.type == "Clash" {
            // The row exists: the server refuses this, and everything after it in the transaction.
            statements.append(
                SQLStatement(
                    "INSERT INTO dependent_rows (sequence, doubled, touched) VALUES (?, 0, 0)", [event.sequence]))
            statements.append(SQLStatement("UPDATE dependent_rows SET touched = touched + 1"))
        }
        return statements
    }
}

/// Writes each event's actor and a few extreme numbers, to see that values reach the read model exactly as
/// bound, whatever characters the text holds.
struct EchoValues: Projection {
    var name = "echo"
    var version = 1
    var tables: [String] { ["echo_values"] }
    var schema: [String] {
        [
            """
            CREATE TABLE echo_values (sequence BIGINT PRIMARY KEY, actor TEXT NOT NULL, note TEXT, big BIGINT, \
            small BIGINT, ratio DOUBLE PRECISION, tiny DOUBLE PRECISION)
            """
        ]
    }

    func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        [
            SQLStatement(
                // A '?' in quotes is text, not a placeholder.
                """
                INSERT INTO echo_values (sequence, actor, note, big, small, ratio, tiny) VALUES (?, ?, '?', ?, ?, \
                ?, ?)
                """,
                [event.sequence, event.actor, Int64.max, Int64.min, 0.1, -2.5e-300]
            )
        ]
    }
}

@Suite("EventStore conformance: projection statements in order")
struct ProjectionStatementOrderTests {
    @Test("A projection's statements run in order, in appends and in a rebuild", arguments: harnesses)
    func statementsRunInOrder(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: [DependentStatements()]) { store in
            for round in 0..<5 {
                try await store.append(
                    Fixture.events(40, from: round * 40), to: Fixture.stream("risk/R-\(round)"),
                    expectedVersion: .noStream)
            }
            let expected = (1...200).map { "\($0):\($0 * 2):1" }
            func rows() async throws -> [String] {
                try await store.query("SELECT sequence, doubled, touched FROM dependent_rows ORDER BY sequence").map {
                    "\($0.int("sequence") ?? -1):\($0.int("doubled") ?? -1):\($0.int("touched") ?? -1)"
                }
            }
            #expect(try await rows() == expected)
            let report = try await store.rebuildProjections(progress: nil)
            #expect(report.eventsReplayed == 200)
            #expect(try await rows() == expected)
        }
    }

    @Test(
        "A statement the server refuses fails the append with its own error and leaves the store as it was",
        arguments: harnesses)
    func refusedStatementSurfaces(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: [DependentStatements()]) { store in
            try await store.append(Fixture.events(3), to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
            let batch = Fixture.events(2, from: 4) + [Fixture.event("Clash", 6)] + Fixture.events(2, from: 7)
            let error = await caught {
                try await store.append(batch, to: Fixture.stream("risk/R-1"), expectedVersion: .exactly(3))
            }
            let message = (error as? LocalizedError)?.errorDescription ?? String(describing: error)
            // The refused statement's own reason (a duplicate key), not the refusals of those sent after it.
            #expect(message.contains("duplicate key") || message.contains("UNIQUE constraint failed"), "\(message)")
            #expect(!message.contains("current transaction is aborted"), "\(message)")
            #expect(try await store.lastSequence() == 3)
            #expect(try await store.query("SELECT count(*) AS n FROM dependent_rows").first?.int("n") == 3)
            // The connection is usable afterwards, and the next append goes through.
            try await store.append(
                Fixture.events(2, from: 4), to: Fixture.stream("risk/R-1"), expectedVersion: .exactly(3))
            #expect(try await store.query("SELECT count(*) AS n FROM dependent_rows").first?.int("n") == 5)
            #expect(try await store.verify(progress: nil).isIntact)
        }
    }

    @Test("Values reach the read model exactly as bound, whatever the text holds", arguments: harnesses)
    func valuesArriveIntact(harness: any StoreHarness) async throws {
        let actors = [
            "it's", "$t$ and $$", "a ? b", #"back\slash"#, "สมชาย ใจดี", "\"quoted\"", "$sujarit_batch$",
            "END; DROP TABLE events; --",
        ]
        try await harness.withStore(projections: [EchoValues()]) { store in
            for (index, actor) in actors.enumerated() {
                try await store.append(
                    [Fixture.event("Noted", index, actor: actor)], to: Fixture.stream("risk/R-\(index)"),
                    expectedVersion: .noStream)
            }
            func rows() async throws -> [SQLRow] {
                try await store.query("SELECT * FROM echo_values ORDER BY sequence")
            }
            for _ in 0..<2 {
                let echoed = try await rows()
                #expect(echoed.map { $0.string("actor") } == actors)
                #expect(
                    echoed.allSatisfy {
                        $0.string("note") == "?" && $0.int64("big") == Int64.max && $0.int64("small") == Int64.min
                    })
                #expect(echoed.allSatisfy { $0.double("ratio") == 0.1 && $0.double("tiny") == -2.5e-300 })
                _ = try await store.rebuildProjections(progress: nil)
            }
            #expect(try await store.verify(progress: nil).eventsChecked == Int64(actors.count))
        }
    }
}
