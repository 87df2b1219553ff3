import EventStore
import Foundation
import Testing

/// The typed event carried beside a payload to the projections of the append that writes it.
@Suite("EventStore conformance: decoded payloads")
struct DecodedPayloadTests {
    /// A small typed event.
    struct Noted: DomainEvent, Equatable {
        static let eventType = "Noted"
        var text: String
        var number: Int
    }

    /// Records, for each `Noted`, what the projection was handed: the event, and whether it came carried.
    struct NotedRows: Projection {
        let name = "noted_rows"
        let version = 1
        let tables = ["noted_rows"]
        let schema = [
            """
            CREATE TABLE noted_rows (sequence BIGINT PRIMARY KEY, text TEXT NOT NULL, number BIGINT NOT NULL, \
            carried BIGINT NOT NULL)
            """
        ]

        func statements(for event: RecordedEvent) throws -> [SQLStatement] {
            guard event.type == Noted.eventType else { return [] }
            let noted = try event.decode(Noted.self)
            return [
                SQLStatement(
                    "INSERT INTO noted_rows (sequence, text, number, carried) VALUES (?, ?, ?, ?)",
                    [event.sequence, noted.text, noted.number, event.decoded == nil ? 0 : 1])
            ]
        }
    }

    static func proposed(_ noted: Noted, carried: Bool) throws -> ProposedEvent {
        var event = try ProposedEvent(noted, occurredAt: Fixture.start, actor: "somchai")
        if carried { event.decoded = DecodedPayload(noted) }
        return event
    }

    @Test("A carried event is not part of the event's identity")
    func identityIgnoresIt() throws {
        let noted = Noted(text: "ของขวัญ \"มูลค่า\" ๓,๐๐๐ บาท", number: 7)
        let plain = try Self.proposed(noted, carried: false)
        let carried = try Self.proposed(noted, carried: true)
        #expect(plain == carried)
        #expect(plain.hashValue == carried.hashValue)
        #expect(carried.decoded != nil && plain.decoded == nil)
    }

    @Test(
        "Projections get the carried event while appending, and the same rows from the bytes on rebuild",
        arguments: harnesses)
    func liveAndRebuiltAgree(harness: any StoreHarness) async throws {
        try await harness.withStore(projections: [NotedRows()]) { store in
            let notes = [
                Noted(text: "ร่างประกาศ\n\tline two", number: 1), Noted(text: "", number: -2),
                Noted(text: "\\u0000 ไม่ใช่ NUL", number: 3),
            ]
            try await store.append(
                [
                    Self.proposed(notes[0], carried: true), Self.proposed(notes[1], carried: true),
                    Self.proposed(notes[2], carried: false),
                ],
                to: Fixture.stream("note/N-1"), expectedVersion: .noStream)
            func rows() async throws -> [String] {
                try await store.query("SELECT sequence, text, number, carried FROM noted_rows ORDER BY sequence").map {
                    "\($0.int("sequence")!)|\($0.string("text")!)|\($0.int("number")!)|\($0.int("carried")!)"
                }
            }
            #expect(try await rows() == ["1|\(notes[0].text)|1|1", "2||-2|1", "3|\(notes[2].text)|3|0"])

            // Read back from the log, nothing is carried: a rebuild decodes the bytes into the same values.
            let read = try await store.read(afterSequence: 0, limit: 10, filter: EventFilter())
            #expect(read.allSatisfy { $0.decoded == nil })
            #expect(try read.map { try $0.decode(Noted.self) } == notes)
            _ = try await store.rebuildProjections(progress: nil)
            #expect(try await rows() == ["1|\(notes[0].text)|1|0", "2||-2|0", "3|\(notes[2].text)|3|0"])
        }
    }
}
