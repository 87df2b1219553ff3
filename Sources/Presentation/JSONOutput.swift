import Foundation

/// The one JSON set-up for everything a command prints or writes for a reader or a script.
///
/// Pretty-printed with sorted keys, so the same report prints the same text on any machine and diffs stay
/// small; slashes unescaped (paths and URLs stay readable); dates in ISO 8601, so a timestamp reads as a day
/// and a time rather than a count of seconds since 2001.
///
/// There are deliberately two JSON encoders in Sujarit. This one is for people and scripts: its layout may
/// change (indentation, line breaks) without harm. `EventStore.EventCoding` encodes event payloads: compact,
/// canonical bytes that are hashed into the log's chain, so they must never change once written. Never use
/// this encoder for payloads, nor that one for output.
public enum JSONOutput {
    /// A fresh encoder with the output settings (a new one each call: `JSONEncoder` is a mutable class).
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// `value` as pretty JSON text, without a trailing line break (callers that print add their own).
    public static func string<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self)
    }
}
