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

extension JSONOutput {
    /// `text` as a JSON string literal, appended to `out` as UTF-8, with exactly the escapes ``encoder()``
    /// writes: `"` and `\` escaped, the C0 controls as `\b`, `\f`, `\n`, `\r`, `\t` or `\u00xx`, everything else
    /// (slashes, DEL, Thai) as it is. Runs without an escape are copied at once.
    public static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var copy = text
        copy.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                start = index + 1
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                case 0x00..<0x20:
                    let hex = hexDigits
                    out.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
                default: out.append(byte)
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// How ``Table/json()`` lays out one row's object, learnt once from ``encoder()`` itself, so that a long list
    /// can write its rows without building a dictionary and running the encoder for each.
    ///
    /// The encoder is asked for one object holding every key: the order it writes them in (sorted) and the bytes
    /// of each key (escaped as it escapes them) are kept. A row then costs one pass over its values.
    struct ObjectLayout {
        /// The columns in the order their keys are written, each with its `"key" : ` bytes.
        let fields: [(column: Int, key: [UInt8])]

        /// The layout of objects keyed by `keys`, or nil when the encoder's answer cannot be read (no keys).
        init?(keys: [String]) {
            // Repeated keys are the caller's error, which Table/json() reports as it always has.
            guard !keys.isEmpty, Set(keys).count == keys.count else { return nil }
            let probe = Dictionary(
                uniqueKeysWithValues: keys.enumerated().map { ($0.element, TableValue.integer(Int64($0.offset))) })
            guard let text = try? JSONOutput.string([probe]) else { return nil }
            // "[\n  {\n    \"key\" : 0,\n    …\n  }\n]": one line per key between the braces.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            guard lines.count == keys.count + 4 else { return nil }
            var fields: [(column: Int, key: [UInt8])] = []
            for line in lines[2..<(lines.count - 2)] {
                var body = Array(line.utf8.dropFirst(4))
                if body.last == UInt8(ascii: ",") { body.removeLast() }
                let separator = Array(" : ".utf8)
                guard let at = body.lastIndex(of: UInt8(ascii: ":")), at >= 1, at + 1 < body.count,
                    let column = Int(String(decoding: body[(at + 2)...], as: UTF8.self)),
                    keys.indices.contains(column)
                else { return nil }
                fields.append((column, Array(body[..<(at - 1)]) + separator))
            }
            guard Set(fields.map(\.column)).count == keys.count else { return nil }
            self.fields = fields
        }

        /// Appends `values` (one per column) as the indented object ``Table/json()`` writes for a row. Returns
        /// false, appending nothing, for a value the encoder would refuse (a number that is not finite).
        func append(_ values: [TableValue], to out: inout [UInt8]) -> Bool {
            for value in values { if case .number(let number) = value, !number.isFinite { return false } }
            out.append(contentsOf: "  {\n".utf8)
            for (position, field) in fields.enumerated() {
                out.append(contentsOf: (position == 0 ? "    " : ",\n    ").utf8)
                out.append(contentsOf: field.key)
                switch field.column < values.count ? values[field.column] : .string("") {
                case .null: out.append(contentsOf: "null".utf8)
                case .string(let text): JSONOutput.appendString(text, to: &out)
                case .integer(let number): out.append(contentsOf: String(number).utf8)
                case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
                case .number(let number):
                    // The encoder writes a Double's description without a trailing ".0" (16, 94.93, 1e+20).
                    var text = number.description
                    if text.hasSuffix(".0") { text.removeLast(2) }
                    out.append(contentsOf: text.utf8)
                }
            }
            out.append(contentsOf: "\n  }".utf8)
            return true
        }
    }
}
