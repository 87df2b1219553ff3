import Foundation

/// An optional property that JSON writes as `null` when it has no value, instead of leaving its key out.
///
/// Swift's synthesized `Encodable` skips a `nil` optional (`encodeIfPresent`), so a script could not tell "no
/// owner" from "this output has no owner field", and a schema could not require every key. Marking the
/// property keeps the synthesized conformance and the property's type: `@JSONNull public var owner: String?`
/// reads and writes as a `String?`, and JSON always carries `"owner"`, `null` when there is none. Decoding
/// accepts the key missing or `null` alike, so JSON written before still reads.
///
/// The one way Sujarit writes every key: an output type declares its keys as stored properties, marks the
/// optional ones, and keeps the synthesized `Encodable` — no hand-written `encode(to:)` listing each key again.
/// It lives here, one floor below `Presentation.JSONOutput` (the encoder it is meant for), because registers'
/// own output values (the gift log's O33 report, the risk register's export) use it too and cannot import
/// `Presentation`. Never mark a property of an event payload: its bytes are hashed into the log and must not
/// change.
@propertyWrapper
public struct JSONNull<Value> {
    /// The optional value itself.
    public var wrappedValue: Value?

    /// Wraps `wrappedValue`.
    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }
}

extension JSONNull: Sendable where Value: Sendable {}
extension JSONNull: Equatable where Value: Equatable {}
extension JSONNull: Hashable where Value: Hashable {}

extension JSONNull: Encodable where Value: Encodable {
    /// The value, or `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

extension JSONNull: Decodable where Value: Decodable {
    /// The value, or nil for `null`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }
}

extension KeyedDecodingContainer {
    /// A ``JSONNull`` property whose key is missing decodes as nil, as the plain optional did.
    public func decode<Value: Decodable>(_ type: JSONNull<Value>.Type, forKey key: Key) throws -> JSONNull<Value> {
        JSONNull(wrappedValue: try decodeIfPresent(Value.self, forKey: key))
    }
}
