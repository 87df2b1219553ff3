import Foundation
import Testing

import EventStore

/// An import checks each payload's text on its reading thread (`ProposedEvent.checkPayloadText()`) so that the
/// store need not while it holds the write lock: the check must refuse what the store refuses, be forgotten
/// when the payload changes, and leave the event's equality alone.
@Suite("Append: payloads checked before the store")
struct AppendPayloadCheckTests {
    static func event(_ payload: Data) -> ProposedEvent {
        ProposedEvent(
            type: "GiftReceived", occurredAt: Date(timeIntervalSince1970: 0), actor: "tester", payload: payload)
    }

    @Test func utf8JSONPassesAndIsRemembered() {
        var event = Self.event(Data(#"{"name":"ของขวัญ","value":1}"#.utf8))
        #expect(!event.isPayloadCheckedText)
        let passed = event.checkPayloadText()
        #expect(passed)
        #expect(event.isPayloadCheckedText)
        #expect(ProposedEvent.isText(Data()))
    }

    @Test(arguments: [Data([0x7B, 0xFF, 0x7D]), Data([0x7B, 0x00, 0x7D]), Data([0xE0, 0xB8])])
    func invalidBytesOrANulFail(payload: Data) {
        var event = Self.event(payload)
        let passed = event.checkPayloadText()
        #expect(!passed)
        #expect(!event.isPayloadCheckedText)
        #expect(!ProposedEvent.isText(payload))
    }

    @Test func aChangedPayloadIsCheckedAgain() {
        var event = Self.event(Data("{}".utf8))
        event.checkPayloadText()
        event.payload = Data([0x7B, 0x00, 0x7D])
        #expect(!event.isPayloadCheckedText)
        let passed = event.checkPayloadText()
        #expect(!passed)
    }

    @Test func theCheckIsNoPartOfEquality() {
        let plain = Self.event(Data("{}".utf8))
        var checked = plain
        checked.checkPayloadText()
        #expect(plain == checked)
        #expect(plain.hashValue == checked.hashValue)
    }

    @Test func aCheckedEventIsAppendedAsAnUncheckedOneIs() async throws {
        let folder = try SQLiteHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteEventStore.create(at: folder.appendingPathComponent("s.db").path)
        var checked = Self.event(Data(#"{"n":1}"#.utf8))
        checked.checkPayloadText()
        let plain = Self.event(Data(#"{"n":2}"#.utf8))
        let stream = try StreamID(category: "gift", id: "1")
        _ = try await store.append([StreamAppend(stream: stream, expectedVersion: .any, events: [checked, plain])])
        let read = try await store.readStream(stream, afterVersion: 0, limit: 10)
        #expect(read.map(\.payload) == [checked.payload, plain.payload])
        // Unchecked bytes that are not text are still refused by the store itself.
        let bad = Self.event(Data([0x7B, 0xFF, 0x7D]))
        await #expect(throws: EventStoreError.self) {
            _ = try await store.append([StreamAppend(stream: stream, expectedVersion: .any, events: [bad])])
        }
    }
}
