/// A value stored as the text people write it in: decoded by parsing that text, encoded as its `description`.
///
/// Ids, codes and shares (`R-2568-003`, `67119000333`, `e-bidding-member`, `25.50`) are kept in event payloads
/// as the same canonical string the CLI prints, so a payload reads like the register. Conforming gives the
/// `Codable` pair for free, and every type parses stored text with the same rules as typed text, so there is
/// one reading of each value rather than two that could drift apart.
///
/// ```swift
/// struct RoomCode: TextCodable, Hashable {
///     let rawValue: String
///     init(parsing text: String) throws { … }
///     var description: String { rawValue }
/// }
/// ```
public protocol TextCodable: Codable, CustomStringConvertible {
    /// Reads the value from text as a person or a stored payload writes it.
    /// - Throws: an error whose message names the text and what is accepted.
    init(parsing text: String) throws
}

extension TextCodable {
    /// Decodes a JSON string through ``init(parsing:)``; a refused string is reported as corrupted data
    /// carrying the parser's message.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.localizedDescription)
        }
    }

    /// Encodes the `description` as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
