import Foundation
import Procurement

/// The stored bytes of one member of a JSON payload, found without decoding it.
///
/// Why: the flag tables keep a flag's evidence as the bytes its event holds, and re-encoding the decoded
/// evidence to get them back was an eighth of a `rebuild` (Benchmarks/RESULTS.md, issue 17). The bytes are
/// already in the payload; this finds where, by walking the JSON's structure (strings and nesting) only.
enum PayloadMember {
    /// The text of the top-level member `key` of the JSON object `payload`, exactly as stored; nil when the
    /// payload is not an object or has no such member (its key written without escapes, as encoders do).
    static func text(_ key: String, in payload: Data) -> String? {
        let wanted = Array(key.utf8)
        return payload.withUnsafeBytes { raw -> String? in
            var scanner = Scanner(bytes: raw.bindMemory(to: UInt8.self))
            guard let range = scanner.member(wanted) else { return nil }
            return FlatJSON.text(UnsafeBufferPointer(rebasing: scanner.bytes[range]))
        }
    }

    /// The text of the top-level member `key` of the JSON object `payload`, whose schema puts the member `next`
    /// right after it (sorted keys with none between), found by looking for the two keys instead of walking the
    /// value; nil when the payload is not shaped so (then ``text(_:in:)`` walks it).
    ///
    /// Why: a flag's evidence is most of its payload (3.4 KB at national size), and walking it to find its end
    /// was a tenth of what `flags run`'s recording thread did per flag besides SQLite (issue 17). The search is
    /// exact for a payload without spaces whose other members hold no object or array: inside a JSON string
    /// every quote is escaped, so `"key":` and `,"next":` can only be keys; with no bracket before `key` but the
    /// object's own `{` and none after `next` but its `}`, both keys are the top level's. Anything else (a
    /// bracket in another member's string, spaces, `next` missing or first) gives nil.
    static func text(_ key: String, before next: String, in payload: Data) -> String? {
        let opening = Array("\"\(key)\":".utf8), closing = Array(",\"\(next)\":".utf8)
        return payload.withUnsafeBytes { raw -> String? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let first = bytes.first, first == UInt8(ascii: "{"),
                let start = firstRange(of: opening, in: bytes), let end = lastRange(of: closing, in: bytes),
                start.upperBound < end.lowerBound, start.lowerBound > 0, !isSpace(bytes[start.upperBound]),
                !isSpace(bytes[end.lowerBound - 1]),
                [UInt8(ascii: "{"), UInt8(ascii: ",")].contains(bytes[start.lowerBound - 1]),
                bytes[bytes.count - 1] == UInt8(ascii: "}"), !bytes[1..<start.lowerBound].contains(where: isBracket),
                !bytes[end.upperBound..<(bytes.count - 1)].contains(where: isBracket)
            else { return nil }
            return FlatJSON.text(UnsafeBufferPointer(rebasing: bytes[start.upperBound..<end.lowerBound]))
        }
    }

    private static func isBracket(_ byte: UInt8) -> Bool {
        [UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "}"), UInt8(ascii: "]")].contains(byte)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { [0x20, 0x09, 0x0A, 0x0D].contains(byte) }

    private static func firstRange(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard bytes.count >= needle.count else { return nil }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return start..<(start + needle.count) }
        }
        return nil
    }

    private static func lastRange(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard bytes.count >= needle.count else { return nil }
        for start in stride(from: bytes.count - needle.count, through: 0, by: -1) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return start..<(start + needle.count) }
        }
        return nil
    }

    /// A cursor over the payload's bytes.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        /// The range of the value of the top-level member `key`.
        mutating func member(_ key: [UInt8]) -> Range<Int>? {
            skipSpace()
            guard take(UInt8(ascii: "{")) else { return nil }
            skipSpace()
            if take(UInt8(ascii: "}")) { return nil }
            while true {
                skipSpace()
                let keyStart = index + 1
                guard skipString() else { return nil }
                let matches = bytes[keyStart..<(index - 1)].elementsEqual(key)
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                let valueStart = index
                guard skipValue() else { return nil }
                if matches { return valueStart..<index }
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                return nil
            }
        }

        /// Moves past one value of any kind.
        private mutating func skipValue() -> Bool {
            guard index < bytes.count else { return false }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                return skipString()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while index < bytes.count {
                    switch bytes[index] {
                    case UInt8(ascii: "\""):
                        guard skipString() else { return false }
                        continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["):
                        depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 {
                            index += 1
                            return true
                        }
                    default:
                        break
                    }
                    index += 1
                }
                return false
            default:
                // A number, true, false or null: up to the next delimiter.
                let start = index
                while index < bytes.count,
                    ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D]
                        .contains(bytes[index])
                {
                    index += 1
                }
                return index > start
            }
        }

        /// Moves past a string, its opening quote at `index`, escapes included.
        private mutating func skipString() -> Bool {
            guard take(UInt8(ascii: "\"")) else { return false }
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    index += 1
                    return true
                case UInt8(ascii: "\\"):
                    index += 2
                default:
                    index += 1
                }
            }
            return false
        }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        private mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }
    }
}
