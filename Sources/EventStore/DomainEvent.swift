import Foundation

/// A typed event payload owned by one register.
///
/// Each register declares its events as small `Codable` structs named in the past tense. The type name and
/// schema version are stored beside the payload, so a projection can pick the events it understands and an
/// evolved type can still decode what older versions wrote (override ``decode(payload:schemaVersion:)``).
public protocol DomainEvent: Codable, Sendable {
    /// The stored type name; keep it stable once events of this type exist in any agency's log.
    static var eventType: String { get }
    /// The current schema version of the payload. Bump it when a field's meaning changes.
    static var schemaVersion: Int { get }
    /// Decodes a payload written with `schemaVersion`; the default handles the current version only.
    static func decode(payload: Data, schemaVersion: Int) throws -> Self
}

extension DomainEvent {
    public static var schemaVersion: Int { 1 }

    public static func decode(payload: Data, schemaVersion: Int) throws -> Self {
        guard schemaVersion <= Self.schemaVersion else {
            throw EventStoreError.unsupportedSchema(
                type: eventType, version: schemaVersion, supported: Self.schemaVersion)
        }
        return try EventCoding.decode(Self.self, from: payload)
    }
}

/// The one JSON encoding used for payloads: sorted keys and ISO-8601 dates, so the same event always
/// encodes to the same bytes and the hash chain is reproducible on any machine.
public enum EventCoding {
    /// Encodes a payload canonically.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(value)
    }

    /// Decodes a payload written by ``encode(_:)``.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(type, from: data)
    }
}
