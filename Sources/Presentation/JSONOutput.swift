import Foundation
import Sujarit

/// The one JSON set-up for everything a command prints or writes for a reader or a script.
///
/// Pretty-printed with sorted keys, so the same report prints the same text on any machine and diffs stay
/// small; slashes unescaped (paths and URLs stay readable); dates in ISO 8601, so a timestamp reads as a day
/// and a time rather than a count of seconds since 2001; keys in snake_case (`fiscal_year`, `person_days`),
/// the one key case of every output (`Docs/schemas/README.md`), so a Swift property `fiscalYear` needs no
/// coding key of its own.
///
/// Only the keys of structs are converted: a dictionary's keys are written as they are (on Linux), so a
/// dictionary keyed by column (``Table/json()``) must hold snake_case keys already.
///
/// There are deliberately two JSON encoders in Sujarit. This one is for people and scripts: its layout may
/// change (indentation, line breaks) without harm. `EventStore.EventCoding` encodes event payloads: compact,
/// canonical bytes that are hashed into the log's chain, so they must never change once written. Never use
/// this encoder for payloads, nor that one for output.
///
/// An output that writes every key, `null` where there is no value, marks its optional properties
/// `JSONNull` (Sujarit) rather than writing `encode(to:)` by hand.
public enum JSONOutput {
    /// A fresh encoder with the output settings (a new one each call: `JSONEncoder` is a mutable class).
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.keyEncodingStrategy = .convertToSnakeCase
        // Values stored as exact strings (ITA scores) are numbers for scripts.
        encoder.userInfo[.scriptOutput] = true
        return encoder
    }

    /// `value` as pretty JSON text, without a trailing line break (callers that print add their own).
    public static func string<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self)
    }
}
