import Foundation
import Testing

@testable import EventStore

/// Fails on the events whose sequence it is given, to see which error a page reports.
private struct Failing: Projection {
    var name = "failing"
    var version = 1
    var tables: [String] { [] }
    var schema: [String] { [] }
    var failOn: Set<Int64>

    struct Refused: Error, Equatable { var sequence: Int64 }

    func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        if failOn.contains(event.sequence) { throw Refused(sequence: event.sequence) }
        return [SQLStatement("SELECT ?", [event.sequence])]
    }
}

@Suite("A replayed page's statements, worked out on every core")
struct ReplayPageTests {
    static func page(_ count: Int, payloadBytes: Int = 2) throws -> [RecordedEvent] {
        let stream = try StreamID("risk/R-1")
        let payload = Data(("{" + String(repeating: " ", count: max(0, payloadBytes - 2)) + "}").utf8)
        return (1...count).map { index in
            RecordedEvent(
                sequence: Int64(index), streamID: stream, streamVersion: index, type: index % 3 == 0 ? "Clash" : "T",
                schemaVersion: 1, occurredAt: Date(timeIntervalSince1970: 0),
                recordedAt: Date(timeIntervalSince1970: 0),
                actor: "a\(index % 7)", payload: payload, dedupeKey: nil, previousHash: .genesis, hash: .genesis
            )
        }
    }

    @Test("A page ends at 1,000 events, or sooner when its payloads reach 2 MiB")
    func pageLimits() throws {
        var filling = ReplayPage.Filling()
        let small = try Self.page(1_001)
        let fullAt = small.firstIndex { filling.add($0) }
        #expect(fullAt == 999)
        #expect(filling.take().count == 1_000)
        // Events of 330 KB, as a contract file's batches of 500 rows: seven reach 2 MiB.
        let large = try Self.page(20, payloadBytes: 330_000)
        let largeFullAt = large.firstIndex { filling.add($0) }
        #expect(largeFullAt == 6)
        #expect(filling.take().count == 7)
        #expect(filling.take().isEmpty)
    }

    @Test(
        "A page of a few large events is worked out on every core, each projection's statements in log order",
        arguments: [2, 7])
    func largeEventsSameOrder(_ count: Int) throws {
        let page = try Self.page(count, payloadBytes: 330_000)
        let targets: [any Projection] = [DependentStatements(), EchoValues()]
        var expected: [SQLStatement] = []
        for event in page {
            for projection in targets { expected += try projection.statements(for: event) }
        }
        let slices = try ReplayPage.statements(of: page, for: targets)
        #expect(slices.count == min(ProcessInfo.processInfo.activeProcessorCount, 8, count))
        let replayed = slices.flatMap { $0 }
        for table in ["dependent_rows", "echo_values"] {
            #expect(replayed.filter { $0.sql.contains(table) } == expected.filter { $0.sql.contains(table) })
        }
    }

    @Test(
        "Each projection's statements in the same order as one event after another",
        arguments: [1, 63, 64, 1_000, 1_001])
    func sameOrder(_ count: Int) throws {
        let page = try Self.page(count)
        let targets: [any Projection] = [DependentStatements(), EchoValues()]
        var expected: [SQLStatement] = []
        for event in page {
            for projection in targets { expected += try projection.statements(for: event) }
        }
        let replayed = try ReplayPage.statements(of: page, for: targets).flatMap { $0 }
        #expect(replayed.count == expected.count)
        // Projections own disjoint tables: each one's statements must keep the log's order.
        for table in ["dependent_rows", "echo_values"] {
            #expect(replayed.filter { $0.sql.contains(table) } == expected.filter { $0.sql.contains(table) })
        }
    }

    @Test("The first failing event in log order is the error reported")
    func firstErrorInLogOrder() throws {
        let page = try Self.page(1_000)
        #expect(throws: Failing.Refused(sequence: 400)) {
            try ReplayPage.statements(of: page, for: [Failing(failOn: [400, 900])])
        }
        #expect(throws: Failing.Refused(sequence: 2)) {
            try ReplayPage.statements(of: page, for: [Failing(failOn: [999, 2])])
        }
    }
}
