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
