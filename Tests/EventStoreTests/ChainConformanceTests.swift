import EventStore
import Foundation
import Testing

/// The hash chain: `verify` on an intact log, and on logs tampered with behind the store's back.
@Suite("EventStore conformance: hash chain")
struct ChainConformanceTests {
    /// Ten events over three streams, recorded one minute apart.
    static func tenEvents(_ store: any EventStore, clock: TestClock) async throws -> [RecordedEvent] {
        let streams = ["risk/R-1", "gift/G-1", "risk/R-2"].map(Fixture.stream)
        for i in 0..<5 {
            try await store.append(
                [Fixture.event("Noted", 2 * i + 1), Fixture.event("Noted", 2 * i + 2, key: "k\(i)")],
                to: streams[i % 3], expectedVersion: .any)
            clock.advance(by: 60)
        }
        let events = try await allEvents(of: store)
        #expect(events.count == 10)
        return events
    }

    static func hex(_ hash: EventHash) -> String { "X'\(hash.description)'" }

    /// Runs `tamper` on a fresh ten-event store, then returns what `verify` says.
    static func verifyAfter(
        _ harness: any StoreHarness, _ tamper: (any EventStore, [RecordedEvent]) async throws -> Void
    ) async throws -> ChainReport {
        let clock = TestClock()
        return try await harness.withStore(clock: clock.clock) { store in
            let events = try await tenEvents(store, clock: clock)
            #expect(try await store.verify(progress: nil).isIntact)
            try await tamper(store, events)
            let report = try await store.verify(progress: nil)
            #expect(!report.isIntact)
            #expect(report.headHash == nil)
            // A reopened store (a later run of `sujarit verify`) sees the same.
            let reopened = try await harness.reopen(store, clock: clock.clock)
            #expect(try await reopened.verify(progress: nil) == report)
            return report
        }
    }

    @Test("An empty log is intact and has no head", arguments: harnesses)
    func emptyLog(harness: any StoreHarness) async throws {
        try await harness.withStore { store in
            let report = try await store.verify(progress: nil)
            #expect(report == ChainReport(eventsChecked: 0, headHash: nil, firstBreak: nil))
        }
    }

    @Test(
        "An intact log verifies, and its head hash is the last event's and stays the same after reopening",
        arguments: harnesses)
    func intactLog(harness: any StoreHarness) async throws {
        let clock = TestClock()
        try await harness.withStore(projections: [CountByType()], clock: clock.clock) { store in
            let events = try await Self.tenEvents(store, clock: clock)
            let progress = ProgressLog()
            let report = try await store.verify(progress: { progress.record($0, $1) })
            #expect(report.isIntact)
            #expect(report.eventsChecked == 10)
            #expect(report.headHash == events.last?.hash)
            #expect(progress.last.map { [$0.0, $0.1] } == [10, 10])
            for (previous, event) in zip(events, events.dropFirst()) { #expect(event.previousHash == previous.hash) }

            let reopened = try await harness.reopen(store, projections: [CountByType()], clock: clock.clock)
            #expect(try await reopened.verify(progress: nil) == report)
            _ = try await reopened.rebuildProjections(progress: nil)
            #expect(try await reopened.verify(progress: nil) == report)

            try await reopened.append([Fixture.event()], to: Fixture.stream("risk/R-9"), expectedVersion: .noStream)
            let longer = try await reopened.verify(progress: nil)
            #expect(longer.isIntact && longer.eventsChecked == 11 && longer.headHash != report.headHash)
        }
    }

    @Test(
        "An edited column is reported at that event",
        arguments: harnesses.flatMap { harness in
            [
                ("payload", "'{\"n\":999}'"), ("actor", "'mallory'"), ("event_type", "'Withdrawn'"),
                ("stream_id", "'risk/R-9'"), ("stream_version", "stream_version + 100"), ("schema_version", "2"),
                ("occurred_at", "occurred_at + 1"), ("recorded_at", "recorded_at - 86400000000"),
                ("dedupe_key", "'k-forged'"), ("hash", "X'\(String(repeating: "ab", count: 32))'"),
            ].map { (harness, $0.0, $0.1) }
        }
    )
    func editedColumn(harness: any StoreHarness, column: String, value: String) async throws {
        let report = try await Self.verifyAfter(harness) { store, _ in
            try await harness.tamper(store, "UPDATE events SET \(column) = \(value) WHERE sequence = 5")
        }
        #expect(report.firstBreak == ChainBreak(sequence: 5, kind: .contentMismatch), "edited \(column)")
        #expect(report.eventsChecked == 4)
    }

    @Test("An edited previous hash is a broken link at that event", arguments: harnesses)
    func editedLink(harness: any StoreHarness) async throws {
        let report = try await Self.verifyAfter(harness) { store, events in
            try await harness.tamper(
                store, "UPDATE events SET previous_hash = \(Self.hex(events[2].hash)) WHERE sequence = 5")
        }
        #expect(report.firstBreak == ChainBreak(sequence: 5, kind: .brokenLink))
    }

    @Test("A deleted middle row is a sequence gap at its number", arguments: harnesses)
    func deletedRow(harness: any StoreHarness) async throws {
        let report = try await Self.verifyAfter(harness) { store, _ in
            try await harness.tamper(store, "DELETE FROM events WHERE sequence = 5")
        }
        #expect(report.firstBreak == ChainBreak(sequence: 5, kind: .sequenceGap(expected: 5, found: 6)))
        #expect(report.eventsChecked == 4)
    }

    @Test("Two rows' contents swapped are reported at the first of them", arguments: harnesses)
    func swappedRows(harness: any StoreHarness) async throws {
        let report = try await Self.verifyAfter(harness) { store, _ in
            try await harness.tamper(
                store,
                """
                CREATE TEMP TABLE swapped AS SELECT * FROM events WHERE sequence IN (4, 7);
                DELETE FROM events WHERE sequence IN (4, 7);
                INSERT INTO events (sequence, stream_id, stream_version, event_type, schema_version, occurred_at,
                                    recorded_at, actor, payload, dedupe_key, previous_hash, hash)
                SELECT 11 - sequence, stream_id, stream_version, event_type, schema_version, occurred_at,
                       recorded_at, actor, payload, dedupe_key, previous_hash, hash FROM swapped;
                """)
        }
        let firstBreak = try #require(report.firstBreak)
        #expect(firstBreak.sequence == 4)
        #expect(firstBreak.kind == .brokenLink || firstBreak.kind == .contentMismatch)
        #expect(report.eventsChecked == 3)
    }

    @Test("Two rows' payloads swapped are a content mismatch at the first of them", arguments: harnesses)
    func swappedPayloads(harness: any StoreHarness) async throws {
        let report = try await Self.verifyAfter(harness) { store, events in
            // Swapped by SQL alone, so the statement works whatever type the backend stores payloads as.
            try await harness.tamper(
                store,
                """
                UPDATE events SET payload = (SELECT e.payload FROM events e WHERE e.sequence = 11 - events.sequence)
                WHERE sequence IN (3, 8)
                """)
        }
        #expect(report.firstBreak == ChainBreak(sequence: 3, kind: .contentMismatch))
    }

    @Test(
        "A row inserted in the middle, with a correctly computed hash, breaks the link after it", arguments: harnesses)
    func insertedRow(harness: any StoreHarness) async throws {
        let report = try await Self.verifyAfter(harness) { store, events in
            // The forger renumbers the rows after #4 and computes a perfect hash for the row they slip in:
            // the hash function is public, so only the next row's link can give them away.
            let forged = EventHasher.Fields(
                sequence: 5, streamID: "risk/R-forged", streamVersion: 1, type: "RiskClosed", schemaVersion: 1,
                occurredAtMicros: 1_727_740_800_000_000, recordedAtMicros: 1_727_741_000_000_000, actor: "mallory",
                payload: Data("{}".utf8), dedupeKey: nil
            )
            let hash = EventHasher.hash(forged, after: events[3].hash)
            try await harness.tamper(
                store,
                """
                UPDATE events SET sequence = sequence + 1000 WHERE sequence >= 5;
                UPDATE events SET sequence = sequence - 999 WHERE sequence >= 1005;
                INSERT INTO events (sequence, stream_id, stream_version, event_type, schema_version, occurred_at,
                                    recorded_at, actor, payload, dedupe_key, previous_hash, hash)
                VALUES (5, 'risk/R-forged', 1, 'RiskClosed', 1, 1727740800000000, 1727741000000000, 'mallory', '{}',
                        NULL, \(Self.hex(events[3].hash)), \(Self.hex(hash)));
                """)
        }
        #expect(report.firstBreak == ChainBreak(sequence: 6, kind: .brokenLink))
        #expect(report.eventsChecked == 5)
    }

    @Test("A row inserted with a made-up hash or number is reported where it stands", arguments: harnesses)
    func insertedClumsyRows(harness: any StoreHarness) async throws {
        let insert = """
            INSERT INTO events (sequence, stream_id, stream_version, event_type, schema_version, occurred_at,
                                recorded_at, actor, payload, dedupe_key, previous_hash, hash)
            """
        let zeros = "X'\(String(repeating: "00", count: 32))'"
        // At the end, linked to the last event but with a hash that is not its own.
        let atEnd = try await Self.verifyAfter(harness) { store, events in
            try await harness.tamper(
                store,
                """
                \(insert) VALUES (11, 'risk/R-1', 99, 'Forged', 1, 0, 0, 'mallory', '{}', NULL, \
                \(Self.hex(events[9].hash)), \(zeros))
                """
            )
        }
        #expect(atEnd.firstBreak == ChainBreak(sequence: 11, kind: .contentMismatch))
        // Past the end, leaving a hole.
        let pastEnd = try await Self.verifyAfter(harness) { store, events in
            try await harness.tamper(
                store,
                """
                \(insert) VALUES (15, 'risk/R-1', 99, 'Forged', 1, 0, 0, 'mallory', '{}', NULL, \
                \(Self.hex(events[9].hash)), \(zeros))
                """
            )
        }
        #expect(pastEnd.firstBreak == ChainBreak(sequence: 11, kind: .sequenceGap(expected: 11, found: 15)))
        // Before the first event.
        let beforeFirst = try await Self.verifyAfter(harness) { store, _ in
            try await harness.tamper(
                store,
                "\(insert) VALUES (0, 'risk/R-1', 99, 'Forged', 1, 0, 0, 'mallory', '{}', NULL, \(zeros), \(zeros))")
        }
        #expect(beforeFirst.firstBreak == ChainBreak(sequence: 1, kind: .sequenceGap(expected: 1, found: 0)))
    }

    @Test("A truncated tail is reported as truncated at the recorded head", arguments: harnesses)
    func truncatedTail(harness: any StoreHarness) async throws {
        let report = try await Self.verifyAfter(harness) { store, _ in
            try await harness.tamper(store, "DELETE FROM events WHERE sequence > 8")
        }
        #expect(report.firstBreak == ChainBreak(sequence: 10, kind: .truncated(expectedLast: 10)))
        #expect(report.eventsChecked == 8)
    }

    @Test(
        "A tail rewritten with correctly recomputed hashes still differs from the recorded head", arguments: harnesses)
    func rewrittenTail(harness: any StoreHarness) async throws {
        let report = try await Self.verifyAfter(harness) { store, events in
            // A forger replaces the last event with one whose hash is right for its place in the chain.
            let forged = EventHasher.Fields(
                sequence: 10, streamID: "risk/R-1", streamVersion: 99, type: "Forged", schemaVersion: 1,
                occurredAtMicros: 0, recordedAtMicros: 0, actor: "mallory", payload: Data("{}".utf8), dedupeKey: nil
            )
            let hash = EventHasher.hash(forged, after: events[8].hash)
            try await harness.tamper(store, "DELETE FROM events WHERE sequence = 10")
            try await harness.tamper(
                store,
                """
                INSERT INTO events (sequence, stream_id, stream_version, event_type, schema_version, occurred_at,
                                    recorded_at, actor, payload, dedupe_key, previous_hash, hash)
                """
                    + " VALUES (10, 'risk/R-1', 99, 'Forged', 1, 0, 0, 'mallory', '{}', NULL, \(Self.hex(events[8].hash)), \(Self.hex(hash)))"
            )
        }
        #expect(report.firstBreak == ChainBreak(sequence: 10, kind: .headMismatch))
        #expect(report.eventsChecked == 10)
    }

    @Test("Appending after a truncation does not hide it", arguments: harnesses)
    func appendAfterTruncation(harness: any StoreHarness) async throws {
        let report = try await Self.verifyAfter(harness) { store, _ in
            try await harness.tamper(store, "DELETE FROM events WHERE sequence > 8")
            // The office carries on without noticing; the new events must not paper over the hole.
            try await store.append(Fixture.events(3), to: Fixture.stream("risk/R-new"), expectedVersion: .noStream)
        }
        let firstBreak = try #require(report.firstBreak)
        #expect(firstBreak.sequence <= 10)
        #expect(report.eventsChecked == 8)
    }

    @Test("The append-only triggers refuse UPDATE and DELETE on the log", arguments: harnesses)
    func triggersRefuseEdits(harness: any StoreHarness) async throws {
        let clock = TestClock()
        try await harness.withStore(clock: clock.clock) { store in
            let events = try await Self.tenEvents(store, clock: clock)
            for sql in [
                "UPDATE events SET payload = '{}' WHERE sequence = 3",
                "UPDATE events SET actor = 'mallory'",
                "DELETE FROM events WHERE sequence = 10",
                "DELETE FROM events",
            ] {
                let error = await caught { try await harness.execute(store, sql: sql) }
                #expect(error != nil, "\(sql) should be refused")
                #expect("\(error.map { String(describing: $0) } ?? "")".contains("append-only"), "\(sql)")
            }
            #expect(try await allEvents(of: store) == events)
            #expect(try await store.verify(progress: nil).isIntact)
        }
    }
}

/// The digest of a known event is pinned: a change in the canonical encoding would silently make every
/// store already written fail `verify`, so it must show up here first (and come with a new domain tag).
///
/// The two digests were also computed by an independent implementation of the documented encoding, which a
/// backend computing hashes elsewhere (in SQL, in another language) can use as its reference:
///
///     def i(v): return struct.pack('>q', v)                     # big-endian signed 64-bit
///     def t(s): b = s.encode(); return i(len(b)) + b            # length-prefixed UTF-8
///     sha256(b"sujarit-event-v1" + previous_hash_bytes + i(sequence) + t(stream_id) + i(stream_version)
///            + t(type) + i(schema_version) + i(occurred_at_micros) + i(recorded_at_micros) + t(actor)
///            + i(len(payload)) + payload + (i(1) + t(dedupe_key) if dedupe_key is not None else i(0)))
@Suite("EventHasher")
struct EventHasherTests {
    static let fields = EventHasher.Fields(
        sequence: 42, streamID: "risk/R-2568-003", streamVersion: 3, type: "RiskAssessed", schemaVersion: 1,
        occurredAtMicros: 1_718_928_000_000_000, recordedAtMicros: 1_727_740_800_123_456, actor: "somchai",
        payload: Data(#"{"impact":4,"likelihood":3,"note":"เงินสด"}"#.utf8), dedupeKey: nil
    )

    @Test("A known event after the genesis link has a fixed digest")
    func pinnedGenesis() {
        #expect(
            EventHasher.hash(Self.fields, after: .genesis).description
                == "1c45503e1a5ed841ee79e4f7235650dae1d0c69c5098bb5915fbecc111ee54e8")
    }

    @Test("A known event with a dedupe key after a known link has a fixed digest")
    func pinnedChained() throws {
        var fields = Self.fields
        fields.dedupeKey = "egp:67119000333"
        let previous = try #require(EventHash(hex: String(repeating: "0123456789abcdef", count: 4)))
        #expect(
            EventHasher.hash(fields, after: previous).description
                == "164ad200b4fb5025c847e9819cb13b96043f1d69d21ec1807a3af931e669d9f5")
    }

    @Test("Every field, the link and the presence of a dedupe key change the digest")
    func everyFieldCounts() throws {
        let base = EventHasher.hash(Self.fields, after: .genesis)
        var variants: [EventHasher.Fields] = []
        func vary(_ change: (inout EventHasher.Fields) -> Void) {
            var copy = Self.fields
            change(&copy)
            variants.append(copy)
        }
        vary { $0.sequence += 1 }
        vary { $0.streamID = "risk/R-2568-004" }
        vary { $0.streamVersion += 1 }
        vary { $0.type = "RiskClosed" }
        vary { $0.schemaVersion = 2 }
        vary { $0.occurredAtMicros += 1 }
        vary { $0.recordedAtMicros += 1 }
        vary { $0.actor = "malee" }
        vary { $0.payload.append(0x20) }
        vary { $0.dedupeKey = "" }
        // Moving a byte from one field to the next must not collide (the encoding is length-prefixed).
        vary {
            $0.streamID = "risk/R-2568-00"; $0.type = "3RiskAssessed"
        }
        let digests = variants.map { EventHasher.hash($0, after: .genesis) }
        #expect(Set(digests + [base]).count == variants.count + 1)
        let other = try #require(EventHash(hex: String(repeating: "ff", count: 32)))
        #expect(EventHasher.hash(Self.fields, after: other) != base)
        #expect(EventHasher.hash(Self.fields, after: .genesis) == base)
    }

    @Test("Hashes print and parse as 64 hex digits")
    func hexRoundTrip() throws {
        let hash = EventHasher.hash(Self.fields, after: .genesis)
        #expect(hash.description.count == 64)
        #expect(EventHash(hex: hash.description) == hash)
        #expect(EventHash(hex: hash.description.uppercased()) == hash)
        #expect(EventHash(hex: "abc") == nil)
        #expect(EventHash(hex: String(repeating: "g", count: 64)) == nil)
        #expect(EventHash(bytes: [UInt8](repeating: 1, count: 31)) == nil)
        #expect(EventHash.genesis.description == String(repeating: "0", count: 64))
    }

    @Test("Microseconds round-trip exactly for present-day instants")
    func microseconds() {
        for micros: Int64 in [0, 1, 1_727_740_800_123_456, 1_727_740_800_999_999, 4_102_444_800_000_001, -1_000_000] {
            #expect(Microseconds.from(Microseconds.date(micros)) == micros)
        }
    }
}
