import Foundation

extension FlatJSON {
    /// The text of `utf8`, or nil when it is not valid UTF-8: what `String(validating:as:)` gives, without its
    /// generic code (not specialized across modules, its runtime metadata lookups were a twentieth of a
    /// `rebuild`, issue 17). Decoding repairs invalid bytes with U+FFFD, so the bytes were valid exactly when
    /// the text's own bytes are the same.
    package static func text(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
        let text = String(decoding: utf8, as: UTF8.self)
        let same =
            text.utf8.withContiguousStorageIfAvailable { own in
                own.count == utf8.count && (own.isEmpty || memcmp(own.baseAddress!, utf8.baseAddress!, own.count) == 0)
            } ?? text.utf8.elementsEqual(utf8)
        return same ? text : nil
    }

    /// A cursor over the bytes of a canonical payload (what ``EventStore/EventCoding`` or ``FlatJSON/Writer``
    /// wrote) that reads objects, arrays, plain strings, integers, booleans and null, and refuses the rest.
    ///
    /// Why: payloads read millions of times (a contract row, a red flag) are read without `JSONDecoder` on a
    /// `rebuild` (issue 17). A reader built on it returns nil for anything it does not know, and its caller
    /// decodes with `JSONDecoder`, which then reports what is wrong exactly as before. `package` so that the
    /// registers above Procurement (Oversight) read their payloads with the same cursor without growing the
    /// public API.
    package struct Cursor {
        /// The payload's bytes; they must outlive the cursor (use it inside `withUnsafeBytes`).
        package let bytes: UnsafeBufferPointer<UInt8>
        /// The offset of the next byte to read.
        package var index = 0

        /// A cursor at the start of `bytes`.
        package init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// Whether only white space is left.
        package var atEnd: Bool {
            mutating get {
                skipSpace()
                return index == bytes.count
            }
        }

        /// Reads an object, calling `member` with each key (its value next at the cursor) until it returns
        /// false. The keys must come in increasing order, as a canonical payload writes them (`JSONEncoder`'s
        /// sorted keys are in byte order for the ASCII names of an event's fields), which also refuses a
        /// repeated key.
        package mutating func object(_ member: (inout Cursor, String) -> Bool) -> Bool {
            skipSpace()
            guard take(UInt8(ascii: "{")) else { return false }
            skipSpace()
            if take(UInt8(ascii: "}")) { return true }
            var previous = ""
            while true {
                skipSpace()
                guard let key = string(), previous.isEmpty || previous < key else { return false }
                previous = key
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return false }
                skipSpace()
                guard member(&self, key) else { return false }
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                return take(UInt8(ascii: "}"))
            }
        }

        /// Reads an array, calling `element` with the cursor at each element until it returns false.
        package mutating func array(_ element: (inout Cursor) -> Bool) -> Bool {
            skipSpace()
            guard take(UInt8(ascii: "[")) else { return false }
            skipSpace()
            if take(UInt8(ascii: "]")) { return true }
            while true {
                skipSpace()
                guard element(&self) else { return false }
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                return take(UInt8(ascii: "]"))
            }
        }

        /// A string without escapes or control characters, else nil.
        package mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return FlatJSON.text(UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]))
                }
                if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
                index += 1
            }
            return nil
        }

        /// A JSON integer without fraction or exponent, else nil.
        package mutating func integer() -> Int? {
            let start = index
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            var value = 0
            var digits = 0
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                let (times, overflow) = value.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                value = times + Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
                digits += 1
            }
            guard digits > 0, digits <= 18 else { return nil }
            if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) {
                return nil
            }
            return bytes[start] == UInt8(ascii: "-") ? -value : value
        }

        /// A JSON number of any form (a fraction, an exponent) as the nearest `Double`, which is what
        /// `JSONDecoder` gives for one; nil for anything else.
        package mutating func number() -> Double? {
            let start = index
            guard skipNumber() else { return nil }
            return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        }

        /// `true` or `false`, else nil.
        package mutating func bool() -> Bool? {
            if take(word: "true") { return true }
            if take(word: "false") { return false }
            return nil
        }

        /// Moves past `null` when it is next.
        package mutating func null() -> Bool {
            take(word: "null")
        }

        /// Reads an optional string member into `field`: null leaves it nil.
        package mutating func optionalString(_ field: inout String?) -> Bool {
            optional(&field) { $0 }
        }

        /// Reads an optional member whose value is a string `parse` turns into the field's value: null leaves
        /// it nil, and a string `parse` refuses (nil) makes the read fail.
        package mutating func optional<Value>(_ field: inout Value?, _ parse: (String) -> Value?) -> Bool {
            if null() { return true }
            guard let text = string(), let value = parse(text) else { return false }
            field = value
            return true
        }

        /// Moves past one value of any kind (strings with escapes, numbers with fractions, nested objects and
        /// arrays), for a member a reader has no use for; false when the value is malformed.
        package mutating func skipValue() -> Bool {
            skipSpace()
            guard index < bytes.count else { return false }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                return skipString()
            case UInt8(ascii: "{"):
                index += 1
                skipSpace()
                if take(UInt8(ascii: "}")) { return true }
                while true {
                    skipSpace()
                    guard skipString() else { return false }
                    skipSpace()
                    guard take(UInt8(ascii: ":")), skipValue() else { return false }
                    skipSpace()
                    if take(UInt8(ascii: ",")) { continue }
                    return take(UInt8(ascii: "}"))
                }
            case UInt8(ascii: "["):
                return array { $0.skipValue() }
            case UInt8(ascii: "t"): return take(word: "true")
            case UInt8(ascii: "f"): return take(word: "false")
            case UInt8(ascii: "n"): return take(word: "null")
            default: return skipNumber()
            }
        }

        /// Moves past a string, escapes included; false at a control character or the end of the bytes.
        private mutating func skipString() -> Bool {
            guard take(UInt8(ascii: "\"")) else { return false }
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\"") { return true }
                if byte < 0x20 { return false }
                if byte == UInt8(ascii: "\\") { index += 1 }
            }
            return false
        }

        /// Moves past a JSON number: `-`, digits, a fraction, an exponent.
        private mutating func skipNumber() -> Bool {
            _ = take(UInt8(ascii: "-"))
            guard skipDigits() else { return false }
            if take(UInt8(ascii: ".")) { guard skipDigits() else { return false } }
            if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
                if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
                guard skipDigits() else { return false }
            }
            return true
        }

        private mutating func skipDigits() -> Bool {
            let start = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                index += 1
            }
            return index > start
        }

        private mutating func take(word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard bytes.count - index >= count else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += count
            return true
        }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        private mutating func skipSpace() {
            while index < bytes.count,
                bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09
            {
                index += 1
            }
        }
    }
}
