import EventStore
import Foundation
import Procurement
import Testing

/// Stored payloads pinned byte for byte: a change to an event or to a type embedded in one that would make an
/// existing store's events decode differently, re-encode differently or fail its hash chain fails here.
@Suite("Every event type pinned")
struct EventFixtureTests {
    @Test("decodes, re-encodes byte for byte, and hashes as the store did", arguments: try EventFixture.all())
    func pinned(_ fixture: EventFixture) throws {
        let payload = try fixture.payload()
        // The pinned hash covers the payload file, so a fixture edited to make this test pass fails here.
        #expect(try fixture.chainHash(of: payload) == EventHash(hex: fixture.hash), "\(fixture.file): hash differs")
        let type = try #require(pinnedEventTypes.first { $0.eventType == fixture.type }, "no type \(fixture.type)")
        try Self.roundTrip(type, fixture, payload)
    }

    /// Decodes `payload` as `type` wrote it; one written at the current version must re-encode to the same bytes,
    /// through the same encoding `ProposedEvent` uses when a command appends.
    static func roundTrip<Event: DomainEvent>(_ type: Event.Type, _ fixture: EventFixture, _ payload: Data) throws {
        let event = try Event.decode(payload: payload, schemaVersion: fixture.schemaVersion)
        let encoded = try ProposedEvent(event, occurredAt: Date(), actor: "fixture").payload
        if fixture.schemaVersion == Event.schemaVersion {
            #expect(encoded == payload, "\(fixture.file): \(PayloadDifference(stored: payload, encoded: encoded))")
        } else {
            // An older schema is read, never written: it must come back as the same value in the current one.
            let again = try Event.decode(payload: encoded, schemaVersion: Event.schemaVersion)
            #expect(try EventCoding.encode(again) == encoded, "\(fixture.file): not stable in the current schema")
        }
    }

    @Test("the importers' direct writers give the same bytes as the stored announcements")
    func directWriters() throws {
        let fixtures = try EventFixture.all()
        for fixture in fixtures where fixture.type == AnnouncementsPublished.eventType {
            let payload = try fixture.payload()
            let event = try AnnouncementsPublished.decode(payload: payload, schemaVersion: fixture.schemaVersion)
            if fixture.schemaVersion == AnnouncementsPublished.schemaVersion {
                #expect(event.encodedPayload() == payload, "\(fixture.file)")
            }
        }
        let single = try #require(fixtures.first { $0.type == AnnouncementPublished.eventType })
        let payload = try single.payload()
        let event = try AnnouncementPublished.decode(payload: payload, schemaVersion: single.schemaVersion)
        #expect(event.encodedPayload() == payload)
    }
}

/// Where an encoding first differs from the stored bytes, with a little text around it, for a failure message.
struct PayloadDifference: CustomStringConvertible {
    var stored: Data
    var encoded: Data

    var description: String {
        let stored = Array(stored), encoded = Array(encoded)
        let common = min(stored.count, encoded.count)
        let offset = (0..<common).first { stored[$0] != encoded[$0] } ?? common
        func around(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, offset - 60)..<min(bytes.count, offset + 60)], as: UTF8.self)
        }
        return "first difference at byte \(offset) of \(stored.count) stored / \(encoded.count) encoded;"
            + " stored …\(around(stored))…; encoded …\(around(encoded))…"
    }
}
