import EventStore
import Foundation
import Testing

/// A batch source that asks the read model, before each batch, how many `Noted` events it has counted,
/// and leaves out of its batch the events whose number it is told is already counted (as an import leaves
/// out what the store holds).
struct CountingBatches: EventBatchSource {
    let perBatch: Int
    let batches: Int
    /// What each lookup returned, in order.
    private(set) var counts: [Int] = []
    private var handedOut = 0

    init(batches: Int, perBatch: Int) {
        self.batches = batches
        self.perBatch = perBatch
    }

    mutating func lookups() throws -> [SQLStatement] {
        [SQLStatement("SELECT n FROM count_by_type WHERE event_type = ?", ["Noted"])]
    }

    mutating func nextBatch(found: [[SQLRow]]) throws -> [StreamAppend]? {
        guard handedOut < batches else { return nil }
        let counted = found.first?.first?.int("n") ?? 0
        counts.append(counted)
        let first = handedOut * perBatch
        handedOut += 1
        // Events numbered below what is counted are "known": left out.
        return (max(first, counted)..<first + perBatch).map { number in
            StreamAppend(
                stream: Fixture.stream("egp/P\(number % 3)"), expectedVersion: .any,
                events: [Fixture.event("Noted", number)])
        }
    }

    mutating func nextBatch() throws -> [StreamAppend]? {
        try nextBatch(found: [])
    }
}

/// A source's lookups run inside the streaming append's transaction: they see what was committed before
/// and every batch the append has written, and their answer decides what is written.
@Suite("EventStore conformance: lookups of a streaming append")
struct StreamingLookupConformanceTests {
    @Test("Lookups see the committed log and the append's own earlier batches", arguments: harnesses)
    func lookupsSeeEarlierBatches(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: [CountByType()]) { store in
            // Two events counted before: the first batch leaves out numbers 0 and 1.
            try await store.append(
                [Fixture.event("Noted", 0), Fixture.event("Noted", 1)], to: Fixture.stream("store/profile"),
                expectedVersion: .noStream)
            var source = CountingBatches(batches: 4, perBatch: 5)
            let receipt = try await store.append(streaming: &source)
            #expect(source.counts == [2, 5, 10, 15])
            #expect(receipt.appended == 18)
            let counted = try await store.query("SELECT n FROM count_by_type WHERE event_type = 'Noted'")
            #expect(counted.first?.int("n") == 20)
            #expect(try await store.verify(progress: nil).isIntact)
        }
    }

    @Test("A plain source is pulled without lookups", arguments: harnesses)
    func plainSourcesNeedNoLookups(harness: any StoreHarness) async throws {
        try await harness.withStore { store in
            var source = ScriptedBatches([
                [
                    StreamAppend(
                        stream: Fixture.stream("egp/P1"), expectedVersion: .any, events: [Fixture.event()])
                ]
            ])
            let lookups = try source.lookups()
            #expect(lookups.isEmpty)
            let receipt = try await store.append(streaming: &source)
            #expect(receipt.appended == 1 && source.handedOut == 1)
        }
    }
}
