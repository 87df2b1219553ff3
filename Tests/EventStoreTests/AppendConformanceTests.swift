import EventStore
import Foundation
import Testing

/// Appending: sequence numbers, stream versions, optimistic concurrency, atomic batches and dedupe keys.
@Suite("EventStore conformance: append")
struct AppendConformanceTests {
    let a = Fixture.stream("risk/R-2568-001")
    let b = Fixture.stream("risk/R-2568-002")
    let c = Fixture.stream("gift/G-2568-0001")

    @Test("The global sequence runs 1, 2, 3… without gaps across interleaved streams", arguments: harnesses)
    func globalSequenceWithoutGaps(harness: any StoreHarness) async throws {
        try await harness.withStore { store in
            #expect(try await store.lastSequence() == 0)
            var expectedNext: Int64 = 1
            for round in 0..<5 {
                for (index, stream) in [a, b, c].enumerated() {
                    let count = 1 + (round + index) % 3
                    let receipt = try await store.append(
                        Fixture.events(count, from: round * 10), to: stream, expectedVersion: .any)
                    #expect(receipt.sequences == expectedNext...(expectedNext + Int64(count) - 1))
                    #expect(receipt.appended == count)
                    #expect(receipt.duplicates == 0)
                    expectedNext += Int64(count)
                }
            }
            let events = try await allEvents(of: store)
            #expect(events.map(\.sequence) == Array(1..<expectedNext))
            #expect(try await store.lastSequence() == expectedNext - 1)
        }
    }

    @Test("Each stream numbers its own events 1, 2, 3… and reports its version", arguments: harnesses)
    func streamVersions(harness: any StoreHarness) async throws {
        try await harness.withStore { store in
            #expect(try await store.streamVersion(a) == 0)
            try await store.append(Fixture.events(3), to: a, expectedVersion: .noStream)
            try await store.append(Fixture.events(2), to: b, expectedVersion: .noStream)
            let receipt = try await store.append(Fixture.events(4), to: a, expectedVersion: .exactly(3))
            #expect(receipt.streamVersions == [a: 7])
            #expect(try await store.streamVersion(a) == 7)
            #expect(try await store.streamVersion(b) == 2)
            #expect(try await store.streamVersion(c) == 0)
            let streamA = try await store.events(in: a)
            #expect(streamA.map(\.streamVersion) == Array(1...7))
            #expect(streamA.map { Fixture.number($0) } == [1, 2, 3, 1, 2, 3, 4])
            #expect(Set(streamA.map(\.streamID)) == [a])
            #expect(try await store.events(in: c).isEmpty)
        }
    }

    @Test("ExpectedVersion: .noStream, .exactly and .any", arguments: harnesses)
    func expectedVersions(harness: any StoreHarness) async throws {
        try await harness.withStore { store in
            // .noStream creates a stream, and only once.
            try await store.append([Fixture.event()], to: a, expectedVersion: .noStream)
            let secondCreate = await caught {
                try await store.append([Fixture.event()], to: a, expectedVersion: .noStream)
            }
            #expect(secondCreate as? EventStoreError == .versionConflict(stream: a, expected: .noStream, actual: 1))

            // .exactly(n) appends on version n only; .exactly(0) is the same as .noStream.
            try await store.append([Fixture.event()], to: a, expectedVersion: .exactly(1))
            try await store.append([Fixture.event()], to: b, expectedVersion: .exactly(0))
            let ahead = await caught { try await store.append([Fixture.event()], to: a, expectedVersion: .exactly(5)) }
            #expect(ahead as? EventStoreError == .versionConflict(stream: a, expected: .exactly(5), actual: 2))

            // .any appends whatever the version, to new and existing streams.
            try await store.append([Fixture.event()], to: a, expectedVersion: .any)
            try await store.append([Fixture.event()], to: c, expectedVersion: .any)
            #expect(try await store.streamVersion(a) == 3)
            #expect(try await store.streamVersion(b) == 1)
            #expect(try await store.streamVersion(c) == 1)
            #expect(try await store.lastSequence() == 5)
        }
    }

    @Test(
        "A stale expected version is a conflict naming the stream and both versions, and writes nothing",
        arguments: harnesses)
    func staleVersionConflict(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: [CountByType()]) { store in
            try await store.append(Fixture.events(2), to: a, expectedVersion: .noStream)
            try await store.append(Fixture.events(1), to: a, expectedVersion: .exactly(2)) // someone else moved on
            let before = try await allEvents(of: store)
            let counts = try await dump(["count_by_type"], of: store)

            let error = await caught {
                try await store.append(Fixture.events(3, type: "Late"), to: a, expectedVersion: .exactly(2))
            }
            #expect(error as? EventStoreError == .versionConflict(stream: a, expected: .exactly(2), actual: 3))
            let message = (error as? EventStoreError)?.errorDescription ?? ""
            #expect(message.contains("risk/R-2568-001") && message.contains("2") && message.contains("3"))

            #expect(try await allEvents(of: store) == before)
            #expect(try await store.streamVersion(a) == 3)
            #expect(try await dump(["count_by_type"], of: store) == counts)
            #expect(try await store.verify(progress: nil).isIntact)
        }
    }

    @Test(
        "A batch over several streams is all or nothing: a conflict on the second stream writes nothing",
        arguments: harnesses)
    func multiStreamBatchIsAtomic(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: [CountByType()]) { store in
            try await store.append(Fixture.events(2), to: b, expectedVersion: .noStream)
            let lastBefore = try await store.lastSequence()

            let batch = [
                StreamAppend(stream: a, expectedVersion: .noStream, events: Fixture.events(3)),
                StreamAppend(stream: b, expectedVersion: .exactly(1), events: Fixture.events(2)), // b is at 2
            ]
            let error = await caught { try await store.append(batch) }
            #expect(error as? EventStoreError == .versionConflict(stream: b, expected: .exactly(1), actual: 2))
            #expect(try await store.lastSequence() == lastBefore)
            #expect(try await store.streamVersion(a) == 0)
            #expect(try await store.events(in: a).isEmpty)
            #expect(try await store.streamVersion(b) == 2)
            #expect(try await store.query("SELECT n FROM count_by_type").map { $0.int64("n") } == [2])

            // The same batch with the right version goes through whole, in order, in one sequence range.
            var fixed = batch
            fixed[1].expectedVersion = .exactly(2)
            let receipt = try await store.append(fixed)
            #expect(receipt.sequences == 3...7)
            #expect(receipt.streamVersions == [a: 3, b: 4])
            let written = try await store.read(afterSequence: 2, limit: 10, filter: .all)
            #expect(written.map(\.streamID) == [a, a, a, b, b])
        }
    }

    @Test("The same stream twice in one batch continues from its own first part", arguments: harnesses)
    func sameStreamTwiceInBatch(harness: any StoreHarness) async throws {
        try await harness.withStore { store in
            let receipt = try await store.append([
                StreamAppend(stream: a, expectedVersion: .noStream, events: Fixture.events(2)),
                StreamAppend(stream: a, expectedVersion: .exactly(2), events: Fixture.events(1)),
            ])
            #expect(receipt.streamVersions == [a: 3])
            let stale = await caught {
                try await store.append([
                    StreamAppend(stream: b, expectedVersion: .noStream, events: Fixture.events(2)),
                    StreamAppend(stream: b, expectedVersion: .noStream, events: Fixture.events(1)),
                ])
            }
            #expect(stale as? EventStoreError == .versionConflict(stream: b, expected: .noStream, actual: 2))
            #expect(try await store.streamVersion(b) == 0)
        }
    }

    @Test("A projection that throws mid-batch rolls the whole append back", arguments: harnesses)
    func throwingProjectionRollsBack(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: [CountByType(), ExplodingProjection()]) { store in
            try await store.append(Fixture.events(3), to: a, expectedVersion: .noStream)
            let before = try await dump(["count_by_type", "exploding_seen"], of: store)
            let head = try await store.verify(progress: nil).headHash

            let batch = [
                StreamAppend(stream: b, expectedVersion: .noStream, events: Fixture.events(2)),
                StreamAppend(
                    stream: a, expectedVersion: .exactly(3),
                    events: [Fixture.event(), Fixture.event("Explode"), Fixture.event()]),
            ]
            let error = await caught { try await store.append(batch) }
            #expect(error is ExplodingProjection.Exploded)
            #expect(try await store.lastSequence() == 3)
            #expect(try await store.streamVersion(a) == 3)
            #expect(try await store.streamVersion(b) == 0)
            #expect(try await dump(["count_by_type", "exploding_seen"], of: store) == before)
            #expect(try await harness.checkpoint(of: "exploding", in: store)?.sequence == 3)
            #expect(try await harness.checkpoint(of: "count_by_type", in: store)?.sequence == 3)
            let report = try await store.verify(progress: nil)
            #expect(report.isIntact && report.headHash == head)

            // The store carries on normally afterwards.
            let receipt = try await store.append(Fixture.events(2), to: b, expectedVersion: .noStream)
            #expect(receipt.sequences == 4...5)
            #expect(try await store.verify(progress: nil).isIntact)
        }
    }

    @Test("An append with no events is refused", arguments: harnesses)
    func emptyAppend(harness: any StoreHarness) async throws {
        try await harness.withStore { store async throws in
            await #expect(throws: EventStoreError.emptyAppend) {
                try await store.append([], to: a, expectedVersion: .any)
            }
            await #expect(throws: EventStoreError.emptyAppend) { try await store.append([]) }
            #expect(try await store.lastSequence() == 0)
        }
    }

    @Test(
        "Payloads are stored byte for byte as hashed, odd bytes included; non-UTF-8 and NUL are refused",
        arguments: harnesses)
    func payloadBytes(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: [Ledger()]) { store in
            let odd: [Data] = [
                Data([0xEF, 0xBB, 0xBF]) + Data(#"{"bom":true}"#.utf8), // a byte-order mark
                Data(), // empty
                Data(#"{"thai":"ผู้ตรวจสอบภายใน","emoji":"🧾"}"#.utf8),
            ]
            for (index, payload) in odd.enumerated() {
                let event = ProposedEvent(type: "Odd", occurredAt: Fixture.start, actor: "somchai", payload: payload)
                try await store.append([event], to: Fixture.stream("risk/odd-\(index)"), expectedVersion: .noStream)
            }
            let events = try await allEvents(of: store)
            #expect(events.map(\.payload) == odd)
            let live = try await dump(["ledger_events"], of: store)
            _ = try await store.rebuildProjections(progress: nil)
            #expect(try await dump(["ledger_events"], of: store) == live)
            #expect(try await store.verify(progress: nil).isIntact)

            // Not UTF-8, and a raw NUL byte (never valid JSON, and PostgreSQL text cannot hold it): refused alike.
            for bad in [Data([0x7B, 0xFF, 0x7D]), Data("{\"nul\":\"a\u{0}b\"}".utf8)] {
                let invalid = ProposedEvent(type: "Bad", occurredAt: Fixture.start, actor: "somchai", payload: bad)
                let error = await caught {
                    try await store.append([invalid], to: Fixture.stream("risk/bad"), expectedVersion: .noStream)
                }
                #expect(error is EventStoreError)
            }
            #expect(try await store.lastSequence() == Int64(odd.count))
        }
    }

    @Test("Dedupe keys: repeating an append adds nothing and the receipt counts the duplicates", arguments: harnesses)
    func dedupeKeys(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: [CountByType()]) { store in
            let imported = (1...5).map { Fixture.event("Imported", $0, key: "egp:6711900033\($0)") }
            let first = try await store.append(imported, to: c, expectedVersion: .any)
            #expect(first.appended == 5 && first.duplicates == 0 && first.sequences == 1...5)

            // The whole import again: nothing new.
            let again = try await store.append(imported, to: c, expectedVersion: .any)
            #expect(again.appended == 0)
            #expect(again.duplicates == 5)
            #expect(again.sequences == nil)
            #expect(again.streamVersions[c] == 5)
            #expect(try await store.lastSequence() == 5)

            // A later import that overlaps: only the new ones are written, also into another stream.
            let overlap = (4...7).map { Fixture.event("Imported", $0, key: "egp:6711900033\($0)") }
            let third = try await store.append(overlap, to: b, expectedVersion: .any)
            #expect(third.appended == 2 && third.duplicates == 2 && third.sequences == 6...7)
            #expect(try await store.streamVersion(b) == 2)

            // Duplicates inside one batch: the first occurrence wins.
            let inBatch = [
                Fixture.event("Imported", 100, key: "k-100"), Fixture.event("Imported", 101, key: "k-100"),
                Fixture.event("Imported", 102), Fixture.event("Imported", 103, key: "k-103"),
            ]
            let fourth = try await store.append([
                StreamAppend(stream: a, expectedVersion: .noStream, events: inBatch),
                StreamAppend(
                    stream: b, expectedVersion: .exactly(2), events: [Fixture.event("Imported", 104, key: "k-103")]),
            ])
            #expect(fourth.appended == 3 && fourth.duplicates == 2)
            #expect(fourth.streamVersions == [a: 3, b: 2])
            let streamA = try await store.events(in: a)
            #expect(streamA.map { Fixture.number($0) } == [100, 102, 103])
            #expect(streamA.map(\.dedupeKey) == ["k-100", nil, "k-103"])
            #expect(streamA.map(\.streamVersion) == [1, 2, 3])

            // Events without a key are never deduplicated; the read model saw each event once.
            try await store.append(
                [Fixture.event("Imported", 102), Fixture.event("Imported", 102)], to: a, expectedVersion: .exactly(3))
            #expect(try await store.lastSequence() == 12)
            #expect(
                try await store.query("SELECT n FROM count_by_type WHERE event_type = 'Imported'").first?.int64("n")
                    == 12)
            #expect(try await store.verify(progress: nil).isIntact)
        }
    }

    @Test("Several tasks appending to one stream with .exactly: one winner per version, no gaps", arguments: harnesses)
    func concurrentWritersOnOneStream(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: [CountByType()]) { store in
            let stream = a
            // A race for the same version: exactly one of the writers creates the stream.
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for writer in 0..<8 {
                    group.addTask {
                        do {
                            try await store.append(
                                [Fixture.event("Created", 100_000 + writer)], to: stream, expectedVersion: .noStream)
                            return true
                        } catch let error as EventStoreError {
                            guard case .versionConflict(stream, .noStream, 1) = error else { throw error }
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)

            // Then each writer appends its share, re-reading the version after every conflict.
            let writers = 8, perWriter = 25
            let conflicts = try await withThrowingTaskGroup(of: Int.self) { group in
                for writer in 0..<writers {
                    group.addTask {
                        var conflicts = 0, done = 0
                        while done < perWriter {
                            let version = try await store.streamVersion(stream)
                            do {
                                try await store.append(
                                    [Fixture.event("Worked", writer * 1_000 + done)], to: stream,
                                    expectedVersion: .exactly(version))
                                done += 1
                            } catch let error as EventStoreError {
                                guard case .versionConflict(stream, .exactly(version), let actual) = error,
                                    actual > version
                                else { throw error }
                                conflicts += 1
                            }
                        }
                        return conflicts
                    }
                }
                return try await group.reduce(0, +)
            }
            let events = try await store.events(in: stream)
            #expect(events.count == 1 + writers * perWriter)
            #expect(events.map(\.streamVersion) == Array(1...(1 + writers * perWriter)))
            #expect(events.map(\.sequence) == Array(1...Int64(1 + writers * perWriter)))
            // Every writer's events are all there, each once.
            #expect(Set(events.compactMap { Fixture.number($0) }).count == events.count)
            #expect(
                try await store.query("SELECT n FROM count_by_type WHERE event_type = 'Worked'").first?.int("n")
                    == writers * perWriter)
            #expect(try await store.verify(progress: nil).isIntact)
            _ = conflicts // how many retries the race needed varies from run to run
        }
    }
}
