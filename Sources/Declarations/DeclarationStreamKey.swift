import EventStore
import Foundation

/// The store's ``StreamTokenKey`` as the log holds it (``DeclarationStreamKeyCreated`` in `coi-key/store`),
/// or a new one together with the append that records it.
///
/// A command that needs the key calls ``prepare(in:actor:at:)`` and, when ``creation`` is not nil, appends it
/// in the same atomic append as its own events. The creation expects no stream, so of two commands that
/// both found no key only one succeeds; the other gets a version conflict on ``stream`` (see
/// ``isKeyConflict(_:)``), reads the key the first one recorded, and decides again.
public struct DeclarationStreamKey: Sendable {
    /// The key to derive tokens with.
    public let key: StreamTokenKey
    /// The append that records a new key; nil when the store already had one.
    public let creation: StreamAppend?

    /// `coi-key/store`: the one stream holding the key.
    public static func stream() throws -> StreamID { try StreamID(category: "coi-key", id: "store") }

    /// The key recorded in `store`; nil before the first declaration of a store that has none.
    /// - throws: ``DeclarationsError/damagedStreamKey(sequence:)`` when the recorded key is not 64 hex digits.
    public static func recorded(in store: any EventStore) async throws -> StreamTokenKey? {
        guard let event = try await store.readStream(stream(), afterVersion: 0, limit: 1).first else { return nil }
        let created = try event.decode(DeclarationStreamKeyCreated.self)
        guard created.scheme == DeclarationStreamKeyCreated.currentScheme, let key = StreamTokenKey(hex: created.key)
        else {
            throw DeclarationsError.damagedStreamKey(sequence: event.sequence)
        }
        return key
    }

    /// The recorded key, or a new random one with the append (by `actor`, at `now`) that records it.
    public static func prepare(
        in store: any EventStore, actor: String, at now: Date
    ) async throws -> DeclarationStreamKey {
        if let key = try await recorded(in: store) { return DeclarationStreamKey(key: key, creation: nil) }
        let key = StreamTokenKey.random()
        let event = try ProposedEvent(DeclarationStreamKeyCreated(key: key), occurredAt: now, actor: actor)
        return DeclarationStreamKey(
            key: key, creation: StreamAppend(stream: try stream(), expectedVersion: .noStream, events: [event]))
    }

    /// Whether `error` is another command having recorded the key first: decide again with its key.
    public static func isKeyConflict(_ error: any Error) -> Bool {
        guard case let .versionConflict(conflicted, _, _)? = error as? EventStoreError else { return false }
        return conflicted == (try? stream())
    }
}
