import EventStore
import Foundation
import Testing

/// One pinned event: a payload exactly as a store wrote it, with the other columns its hash was computed from.
///
/// The payload file (`Tests/Fixtures/events/<Type>.v<N>.json`, extra ones `<Type>.v<N>-<k>.json`) holds the
/// bytes verbatim, no trailing newline; `manifest.json` beside it holds one entry per file. Entries taken from
/// a real store keep that event's columns and hash, so the test proves the bytes are the ones the chain covers.
struct EventFixture: Decodable, Sendable, CustomTestStringConvertible {
    /// The payload file's name in the fixture folder.
    var file: String
    /// The stored event type.
    var type: String
    /// The schema version the payload was written with.
    var schemaVersion: Int
    /// Where the payload comes from (which store and event, or which struct it was written from).
    var origin: String
    var sequence: Int64
    var streamID: String
    var streamVersion: Int
    var occurredAtMicros: Int64
    var recordedAtMicros: Int64
    var actor: String
    var dedupeKey: String?
    /// The hash of the event before it in the chain, 64 hex digits.
    var previousHash: String
    /// The event's hash as the store recorded it, 64 hex digits.
    var hash: String

    var testDescription: String { file }

    /// The folder holding the payload files and the manifest, found from this source file so no bundle is needed.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/events", isDirectory: true)

    /// Every entry of `manifest.json`, in file order.
    static func all() throws -> [EventFixture] {
        let data = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
        return try JSONDecoder().decode([EventFixture].self, from: data)
    }

    /// The payload bytes as stored.
    func payload() throws -> Data {
        try Data(contentsOf: Self.folder.appendingPathComponent(file))
    }

    /// The chain hash of this event's columns with `payload`, as the store computes it on append and verify.
    func chainHash(of payload: Data) throws -> EventHash {
        let previous = try #require(EventHash(hex: previousHash), "\(file): previousHash is not 64 hex digits")
        let fields = EventHasher.Fields(
            sequence: sequence, streamID: streamID, streamVersion: streamVersion, type: type,
            schemaVersion: schemaVersion, occurredAtMicros: occurredAtMicros, recordedAtMicros: recordedAtMicros,
            actor: actor, payload: payload, dedupeKey: dedupeKey)
        return EventHasher.hash(fields, after: previous)
    }
}
