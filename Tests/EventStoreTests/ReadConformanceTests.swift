import EventStore
import Foundation
import Testing

/// Reading: the whole log in pages with the audit trail's filters, and one stream in pages.
@Suite("EventStore conformance: read")
struct ReadConformanceTests {
    static let streams = [
        "risk/R-2568-001", "risks/R-2568-001", "risk/R-2568-002", "gift/G-2568-0001", "risk-old/R-2560-009",
        "risk0/odd", "risk/ปลัด/2568", "ris/short",
    ].map(Fixture.stream)
    static let types = ["Identified", "Assessed", "Closed"]
    static let actors = ["somchai", "malee", "ผอ.สมศรี"]

    /// 40 appends of 1–3 events (79 in all), one hour apart, spread over the streams, types and actors above.
    /// Returns every event written, as read back.
    static func populate(_ store: any EventStore, clock: TestClock) async throws -> [RecordedEvent] {
        var n = 0
        for round in 0..<40 {
            let stream = streams[(round * 5) % streams.count]
            let events = (0..<(1 + round % 3)).map { i -> ProposedEvent in
                n += 1
                return Fixture.event(types[(round + i) % types.count], n, actor: actors[(round / 2) % actors.count])
            }
            try await store.append(events, to: stream, expectedVersion: .any)
            clock.advance(by: 3_600)
        }
        return try await allEvents(of: store)
    }

    /// Every event matching `filter`, read `pageSize` at a time with `read(afterSequence:limit:filter:)`, or
    /// the newest first with `read(beforeSequence:limit:filter:)`.
    static func paged(
        _ store: any EventStore, filter: EventFilter, pageSize: Int, newestFirst: Bool = false
    ) async throws -> [RecordedEvent] {
        var out: [RecordedEvent] = []
        var bound: Int64 = newestFirst ? .max : 0
        while true {
            let page =
                newestFirst
                ? try await store.read(beforeSequence: bound, limit: pageSize, filter: filter)
                : try await store.read(afterSequence: bound, limit: pageSize, filter: filter)
            #expect(page.count <= pageSize)
            out += page
            guard let last = page.last else { return out }
            bound = last.sequence
        }
    }

    static func filters(_ all: [RecordedEvent]) -> [(String, EventFilter, (RecordedEvent) -> Bool)] {
        let start = Fixture.start
        return [
            ("all", .all, { _ in true }),
            ("stream", EventFilter(stream: streams[0]), { $0.streamID == streams[0] }),
            ("stream with Thai and a slash in its id", EventFilter(stream: streams[6]), { $0.streamID == streams[6] }),
            (
                "category risk (not risks, risk-old, risk0 or ris)", EventFilter(category: "risk"),
                { $0.streamID.category == "risk" }
            ),
            ("category risks", EventFilter(category: "risks"), { $0.streamID.category == "risks" }),
            ("category ris", EventFilter(category: "ris"), { $0.streamID.category == "ris" }),
            ("category with no events", EventFilter(category: "procurement"), { _ in false }),
            ("one type", EventFilter(types: ["Closed"]), { $0.type == "Closed" }),
            (
                "two types", EventFilter(types: ["Closed", "Identified"]),
                { $0.type == "Closed" || $0.type == "Identified" }
            ),
            ("actor", EventFilter(actor: "malee"), { $0.actor == "malee" }),
            ("Thai actor", EventFilter(actor: "ผอ.สมศรี"), { $0.actor == "ผอ.สมศรี" }),
            ("recorded from", EventFilter(recordedFrom: start + 10 * 3_600), { $0.recordedAt >= start + 10 * 3_600 }),
            (
                "recorded before", EventFilter(recordedBefore: start + 10 * 3_600),
                { $0.recordedAt < start + 10 * 3_600 }
            ),
            (
                "recorded range",
                EventFilter(recordedFrom: start + 5 * 3_600, recordedBefore: start + 12 * 3_600),
                { $0.recordedAt >= start + 5 * 3_600 && $0.recordedAt < start + 12 * 3_600 }
            ),
            (
                "everything at once",
                EventFilter(
                    category: "risk", types: ["Identified", "Closed"], actor: "somchai", recordedFrom: start + 3_600,
                    recordedBefore: start + 30 * 3_600),
                {
                    $0.streamID.category == "risk" && ["Identified", "Closed"].contains($0.type)
                        && $0.actor == "somchai"
                        && $0.recordedAt >= start + 3_600 && $0.recordedAt < start + 30 * 3_600
                }
            ),
        ]
    }

    @Test("read(afterSequence:limit:filter:) pages through each filter in global order", arguments: harnesses)
    func pagedFilters(harness: any StoreHarness) async throws {
        let clock = TestClock()
        try await harness.withStore(clock: clock.clock) { store in
            let all = try await Self.populate(store, clock: clock)
            #expect(all.count == 79)
            #expect(all.map(\.sequence) == Array(1...79))
            for (name, filter, matches) in Self.filters(all) {
                let expected = all.filter(matches)
                for pageSize in [1, 4, 7, 1_000] {
                    let got = try await Self.paged(store, filter: filter, pageSize: pageSize)
                    #expect(got == expected, "filter \(name), page size \(pageSize)")
                }
                var viaForEach: [RecordedEvent] = []
                try await store.forEachEvent(filter: filter, pageSize: 3) { viaForEach.append($0) }
                #expect(viaForEach == expected, "forEachEvent, filter \(name)")
                if name != "all" && name != "category with no events" {
                    #expect(!expected.isEmpty && expected.count < all.count, "filter \(name) should select some events")
                }
            }
        }
    }

    @Test(
        "read(beforeSequence:limit:filter:) pages back through each filter; countEvents counts it by category",
        arguments: harnesses)
    func backwardsAndCounts(harness: any StoreHarness) async throws {
        let clock = TestClock()
        try await harness.withStore(clock: clock.clock) { store in
            let all = try await Self.populate(store, clock: clock)
            // The protocol's defaults, for stores without an index to read backwards or a query to count.
            let forwardOnly = ForwardOnlyStore(base: store)
            for (name, filter, matches) in Self.filters(all) {
                let expected = all.filter(matches)
                for pageSize in [1, 4, 7, 1_000] {
                    let back = try await Self.paged(store, filter: filter, pageSize: pageSize, newestFirst: true)
                    #expect(back == expected.reversed(), "filter \(name), page size \(pageSize)")
                    let byDefault = try await Self.paged(
                        forwardOnly, filter: filter, pageSize: pageSize, newestFirst: true)
                    #expect(byDefault == expected.reversed(), "default, filter \(name), page size \(pageSize)")
                }
                let counts = Dictionary(grouping: expected, by: \.streamID.category).mapValues(\.count)
                #expect(try await store.countEvents(filter: filter) == counts, "filter \(name)")
                #expect(try await forwardOnly.countEvents(filter: filter) == counts, "default, filter \(name)")
            }
            for reader in [store, forwardOnly] as [any EventStore] {
                // A page ends before the sequence given, never at it.
                #expect(
                    try await reader.read(beforeSequence: 40, limit: 3, filter: .all).map(\.sequence) == [39, 38, 37])
                #expect(try await reader.read(beforeSequence: 1, limit: 3, filter: .all).isEmpty)
                #expect(try await reader.read(beforeSequence: 3, limit: 10, filter: .all).map(\.sequence) == [2, 1])
            }
        }
    }

    @Test("Recorded times come back exactly as the clock gave them, to the microsecond", arguments: harnesses)
    func recordedTimes(harness: any StoreHarness) async throws {
        let clock = TestClock(Date(timeIntervalSince1970: 1_727_740_800.123456))
        try await harness.withStore(clock: clock.clock) { store in
            let occurred = Date(timeIntervalSince1970: 1_700_000_000.654321)
            try await store.append(
                [Fixture.event(occurredAt: occurred)], to: Fixture.stream("risk/T"), expectedVersion: .any)
            let event = try #require(try await store.read(afterSequence: 0, limit: 1, filter: .all).first)
            #expect(Microseconds.from(event.recordedAt) == 1_727_740_800_123_456)
            #expect(Microseconds.from(event.occurredAt) == 1_700_000_000_654_321)
            let exact = EventFilter(recordedFrom: event.recordedAt, recordedBefore: event.recordedAt + 0.000_001)
            #expect(try await store.read(afterSequence: 0, limit: 10, filter: exact).count == 1)
            let after = EventFilter(recordedFrom: event.recordedAt + 0.000_001)
            #expect(try await store.read(afterSequence: 0, limit: 10, filter: after).isEmpty)
        }
    }

    @Test("forEachEvent starts after a sequence and stops when the body throws", arguments: harnesses)
    func forEachEvent(harness: any StoreHarness) async throws {
        struct Stop: Error {}
        try await harness.withStore { store in
            for i in 0..<5 {
                try await store.append(
                    Fixture.events(10, from: i * 10), to: Fixture.stream("risk/\(i)"), expectedVersion: .any)
            }
            var seen: [Int64] = []
            try await store.forEachEvent(afterSequence: 37, pageSize: 5) { seen.append($0.sequence) }
            #expect(seen == Array(38...50))
            seen = []
            try await store.forEachEvent(afterSequence: 50) { seen.append($0.sequence) }
            #expect(seen.isEmpty)
            seen = []
            // Exactly one page's worth, then one more than a page.
            try await store.forEachEvent(afterSequence: 40, pageSize: 10) { seen.append($0.sequence) }
            #expect(seen == Array(41...50))
            await #expect(throws: Stop.self) {
                try await store.forEachEvent(pageSize: 4) { if $0.sequence == 9 { throw Stop() } }
            }
        }
    }

    @Test("A limit of zero or less reads nothing, never the whole log", arguments: harnesses)
    func nonPositiveLimits(harness: any StoreHarness) async throws {
        try await harness.withStore { store in
            try await store.append(Fixture.events(5), to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
            for limit in [0, -1] {
                #expect(try await store.read(afterSequence: 0, limit: limit, filter: .all).isEmpty)
                #expect(try await store.read(beforeSequence: .max, limit: limit, filter: .all).isEmpty)
                #expect(try await store.readStream(Fixture.stream("risk/R-1"), afterVersion: 0, limit: limit).isEmpty)
            }
        }
    }

    @Test("readStream pages through one stream by version", arguments: harnesses)
    func readStreamPaging(harness: any StoreHarness) async throws {
        try await harness.withStore { store in
            let target = Fixture.stream("risk/R-2568-007")
            let other = Fixture.stream("risk/R-2568-0070")
            for i in 0..<6 {
                try await store.append(Fixture.events(5, from: i * 5 + 1), to: target, expectedVersion: .any)
                try await store.append(Fixture.events(2), to: other, expectedVersion: .any)
            }
            var versions: [Int] = []
            var numbers: [Int] = []
            var after = 0
            while true {
                let page = try await store.readStream(target, afterVersion: after, limit: 4)
                #expect(page.count <= 4)
                #expect(page.allSatisfy { $0.streamID == target })
                versions += page.map(\.streamVersion)
                numbers += page.compactMap(Fixture.number)
                guard let last = page.last else { break }
                after = last.streamVersion
            }
            #expect(versions == Array(1...30))
            #expect(numbers == Array(1...30))
            #expect(try await store.readStream(target, afterVersion: 30, limit: 10).isEmpty)
            #expect(try await store.readStream(target, afterVersion: 28, limit: 10).map(\.streamVersion) == [29, 30])
            #expect(try await store.readStream(Fixture.stream("risk/none"), afterVersion: 0, limit: 10).isEmpty)
            // Sequences in a stream rise with its versions though other streams interleave.
            let events = try await store.events(in: target)
            #expect(events.map(\.sequence) == events.map(\.sequence).sorted())
            #expect(Set(events.map(\.sequence)).count == 30)
        }
    }

    @Test("Events read back carry every field the writer gave, and a chained hash", arguments: harnesses)
    func fieldsRoundTrip(harness: any StoreHarness) async throws {
        let clock = TestClock()
        try await harness.withStore(clock: clock.clock) { store in
            let payload = Data(#"{"amount":15600000,"name":"นายสมชาย ใจดี","note":"a \"quoted\" / slashed\nline"}"#.utf8)
            let proposed = ProposedEvent(
                type: "GiftReceived", schemaVersion: 3, occurredAt: Date(timeIntervalSince1970: 1_718_928_000),
                actor: "malee", payload: payload, dedupeKey: "gift:G-2568-0001:1"
            )
            try await store.append(
                [Fixture.event(), proposed], to: Fixture.stream("gift/G-2568-0001"), expectedVersion: .noStream)
            let events = try await allEvents(of: store)
            let event = try #require(events.last)
            #expect(event.type == "GiftReceived")
            #expect(event.schemaVersion == 3)
            #expect(event.actor == "malee")
            #expect(event.payload == payload)
            #expect(event.payloadText == String(decoding: payload, as: UTF8.self))
            #expect(event.dedupeKey == "gift:G-2568-0001:1")
            #expect(event.occurredAt == Date(timeIntervalSince1970: 1_718_928_000))
            #expect(event.recordedAt == clock.now)
            #expect(events[0].previousHash == .genesis)
            #expect(event.previousHash == events[0].hash)
            let fields = EventHasher.Fields(
                sequence: 2, streamID: "gift/G-2568-0001", streamVersion: 2, type: "GiftReceived", schemaVersion: 3,
                occurredAtMicros: 1_718_928_000_000_000, recordedAtMicros: Microseconds.from(clock.now), actor: "malee",
                payload: payload, dedupeKey: "gift:G-2568-0001:1"
            )
            #expect(EventHasher.hash(fields, after: events[0].hash) == event.hash)
        }
    }
}

/// A store that passes everything to `base` but the backward read and the count, so that the protocol's
/// defaults for those (a report's snapshot relies on them) run against the same log.
struct ForwardOnlyStore: EventStore {
    let base: any EventStore

    func append(_ appends: [StreamAppend]) async throws -> AppendReceipt { try await base.append(appends) }
    func streamVersion(_ stream: StreamID) async throws -> Int { try await base.streamVersion(stream) }
    func readStream(_ stream: StreamID, afterVersion: Int, limit: Int) async throws -> [RecordedEvent] {
        try await base.readStream(stream, afterVersion: afterVersion, limit: limit)
    }
    func read(afterSequence: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent] {
        try await base.read(afterSequence: afterSequence, limit: limit, filter: filter)
    }
    func lastSequence() async throws -> Int64 { try await base.lastSequence() }
    func verify(progress: ProgressHandler?) async throws -> ChainReport { try await base.verify(progress: progress) }
    func rebuildProjections(progress: ProgressHandler?) async throws -> RebuildReport {
        try await base.rebuildProjections(progress: progress)
    }
    func query(_ statement: SQLStatement) async throws -> [SQLRow] { try await base.query(statement) }
    func query(together statements: [SQLStatement]) async throws -> [[SQLRow]] {
        try await base.query(together: statements)
    }
    var location: String { base.location }
}
