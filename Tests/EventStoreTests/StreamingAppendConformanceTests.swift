import EventStore
import Foundation
import Testing

/// A batch source for tests: hands out prepared batches, and can fail after a given number of them.
struct ScriptedBatches: EventBatchSource {
    struct SourceFailed: Error, Equatable {}
    var batches: [[StreamAppend]]
    var failAfter: Int?
    private(set) var handedOut = 0

    init(_ batches: [[StreamAppend]], failAfter: Int? = nil) {
        self.batches = batches
        self.failAfter = failAfter
    }

    mutating func nextBatch() throws -> [StreamAppend]? {
        if let failAfter, handedOut == failAfter { throw SourceFailed() }
        guard handedOut < batches.count else { return nil }
        defer { handedOut += 1 }
        return batches[handedOut]
    }
}

/// Streaming appends: many batches in one transaction, for imports too large to hold in memory.
@Suite("EventStore conformance: streaming append")
struct StreamingAppendConformanceTests {
    func batches(_ count: Int, perBatch: Int, keyed: Bool = true) -> [[StreamAppend]] {
        (0..<count).map { batch in
            (0..<perBatch).map { index in
                let number = batch * perBatch + index
                var event = Fixture.event("Noted", number)
                if keyed { event.dedupeKey = "import|\(number % (count * perBatch / 2 + 1))" }
                return StreamAppend(
                    stream: Fixture.stream("egp/P\(number % 7)"), expectedVersion: .any, events: [event])
            }
        }
    }

    @Test("Every batch lands in one gap-free run, projections and dedupe keys included", arguments: harnesses)
    func allBatches(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: [CountByType()]) { store in
            try await store.append([Fixture.event()], to: Fixture.stream("store/profile"), expectedVersion: .noStream)
            var source = ScriptedBatches(batches(5, perBatch: 40, keyed: false))
            let receipt = try await store.append(streaming: &source)
            #expect(receipt.appended == 200)
            #expect(receipt.sequences == 2...201)
            #expect(try await store.lastSequence() == 201)
            let counted = try await store.query("SELECT n FROM count_by_type WHERE event_type = 'Noted'")
            #expect(counted.first?.int("n") == 201)
            // Aggregates over BIGINT columns (NUMERIC on PostgreSQL) read back as exact integers.
            let total = try await store.query("SELECT sum(n) AS total FROM count_by_type")
            #expect(total.first?.int64("total") == 201)
            #expect(try await store.verify(progress: nil).isIntact)
        }
    }

    @Test("Keys repeated across batches of one import, and already in the log, are skipped", arguments: harnesses)
    func dedupeAcrossBatches(harness: any StoreHarness) async throws {
        try await harness.withStore { store in
            // 4 batches × 10 events whose keys take 21 distinct values: 19 repeats inside the import.
            var first = ScriptedBatches(batches(4, perBatch: 10))
            let receipt = try await store.append(streaming: &first)
            #expect(receipt.appended == 21)
            #expect(receipt.duplicates == 19)
            var again = ScriptedBatches(batches(4, perBatch: 10))
            let repeated = try await store.append(streaming: &again)
            #expect(repeated.appended == 0)
            #expect(repeated.sequences == nil)
            #expect(try await store.lastSequence() == 21)
        }
    }

    @Test("A source that fails part-way leaves the log exactly as it was", arguments: harnesses)
    func failureRollsBackEverything(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: [CountByType()]) { store in
            try await store.append(Fixture.events(3), to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
            let before = try await dump(["count_by_type"], of: store)
            var source = ScriptedBatches(batches(5, perBatch: 10, keyed: false), failAfter: 3)
            let error = await caught { try await store.append(streaming: &source) }
            #expect(error as? ScriptedBatches.SourceFailed == ScriptedBatches.SourceFailed())
            #expect(try await store.lastSequence() == 3)
            #expect(try await dump(["count_by_type"], of: store) == before)
            #expect(try await store.verify(progress: nil).isIntact)
        }
    }

    @Test("A version conflict in a later batch writes nothing at all", arguments: harnesses)
    func conflictInLaterBatch(harness: any StoreHarness) async throws {
        try await harness.withStore { store in
            let stream = Fixture.stream("risk/R-9")
            try await store.append(Fixture.events(2), to: stream, expectedVersion: .noStream)
            var batches = batches(2, perBatch: 5, keyed: false)
            batches.append([StreamAppend(stream: stream, expectedVersion: .exactly(1), events: [Fixture.event()])])
            var source = ScriptedBatches(batches)
            let error = await caught { try await store.append(streaming: &source) }
            #expect(error as? EventStoreError == .versionConflict(stream: stream, expected: .exactly(1), actual: 2))
            #expect(try await store.lastSequence() == 2)
        }
    }
}
