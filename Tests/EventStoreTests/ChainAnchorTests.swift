import EventStore
import Foundation
import Testing

/// Anchors: a point of the chain written down outside the store, which catches a history rewritten with
/// every later hash recomputed — the one tampering the chain alone cannot show.
@Suite("EventStore: chain anchors")
struct ChainAnchorTests {
    @Test("An anchor is sequence:hex, Thai digits accepted; anything else is refused")
    func parsing() {
        #expect(ChainAnchor(parsing: "1204:3f9a0c5e71d2b84a")?.description == "1204:3f9a0c5e71d2b84a")
        #expect(ChainAnchor(parsing: "๑๒๐๔:3F9A0C5E71D2")?.description == "1204:3f9a0c5e71d2")
        #expect(
            ChainAnchor(parsing: "๑๒๐๔:๓f๙a๐c๕e๗๑d๒b๘๔a")?.description == "1204:3f9a0c5e71d2b84a",
            "as --thai-digits prints it")
        for bad in [
            "1204", "1204:3f9a0c5e71d", "0:3f9a0c5e71d2b84a", "-3:3f9a0c5e71d2b84a", "12a:3f9a0c5e71d2b84a",
            "1204:3f9a0c5e71d2b84g",
        ] {
            #expect(ChainAnchor(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test(
        "A history rewritten with its hashes recomputed still verifies, but not against an anchor taken before",
        arguments: harnesses)
    func rewrittenHistory(harness: any StoreHarness) async throws {
        let clock = TestClock()
        try await harness.withStore(clock: clock.clock) { store in
            let events = try await ChainConformanceTests.tenEvents(store, clock: clock)
            let anchor = try #require(try await ChainAnchor.head(of: store))
            #expect(anchor.sequence == 10 && events[9].hash.description.hasPrefix(anchor.hashPrefix))
            #expect(try await anchor.check(in: store) == .matches)

            // Someone with write access changes who recorded event 4 and recomputes every hash after it.
            var previous = events[2].hash
            var statements: [String] = []
            for event in events[3...] {
                let actor = event.sequence == 4 ? "mallory" : event.actor
                let hash = EventHasher.hash(
                    EventHasher.Fields(
                        sequence: event.sequence, streamID: event.streamID.description,
                        streamVersion: event.streamVersion,
                        type: event.type, schemaVersion: event.schemaVersion,
                        occurredAtMicros: Int64((event.occurredAt.timeIntervalSince1970 * 1_000_000).rounded()),
                        recordedAtMicros: Int64((event.recordedAt.timeIntervalSince1970 * 1_000_000).rounded()),
                        actor: actor, payload: event.payload, dedupeKey: event.dedupeKey
                    ), after: previous)
                statements.append(
                    """
                    UPDATE events SET actor = '\(actor)', previous_hash = \(ChainConformanceTests.hex(previous)), \
                    hash = \(ChainConformanceTests.hex(hash)) WHERE sequence = \(event.sequence)
                    """
                )
                previous = hash
            }
            statements.append("UPDATE chain_head SET hash = \(ChainConformanceTests.hex(previous)) WHERE id = 1")
            try await harness.tamper(store, statements.joined(separator: "; "))

            #expect(try await store.verify(progress: nil).isIntact, "the chain alone cannot tell")
            guard case .differs(let found) = try await anchor.check(in: store) else {
                Issue.record("the anchor should no longer match")
                return
            }
            #expect(found == previous)
            #expect(try await ChainAnchor(parsing: "11:\(anchor.hashPrefix)")!.check(in: store) == .missing)
            let untouched = ChainAnchor(events[2])
            #expect(
                try await untouched.check(in: store) == .matches, "history before the rewrite still matches its anchor")
        }
    }
}
