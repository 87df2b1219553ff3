import Foundation
import Sujarit

/// Writing and reading flat JSON objects (string, integer and null values) byte for byte as
/// ``EventStore/EventCoding`` does, for the one event an import writes millions of times.
///
/// Foundation's `JSONEncoder` and `JSONDecoder` were a fifth of a feed import's time. The writer produces
/// exactly the canonical bytes (keys in the order given, which callers keep sorted; the same escapes),
/// so hashes and dedupe keys are the same whichever path wrote an event; the tests compare the two. The
/// reader accepts what the writer writes and reports anything else as nil, so callers fall back to
/// `JSONDecoder` for payloads written otherwise.
package enum FlatJSON {
    /// Builds one object; call the `add` methods in sorted key order.
    package struct Writer {
        /// The bytes written so far.
        package private(set) var bytes: [UInt8] = [UInt8(ascii: "{")]
        /// True until the current object has a member (no comma before the first).
        private var empty = true

        package init(capacity: Int = 512) {
            bytes.reserveCapacity(capacity)
        }

        /// A writer of one value of the caller's (an object it opens with ``openObject()``, say) rather than
        /// of the members of a top-level object: nothing is written yet.
        package static func value(capacity: Int = 512) -> Writer {
            var writer = Writer(capacity: capacity)
            writer.bytes.removeAll(keepingCapacity: true)
            return writer
        }

        /// Appends `text` as it is (structure a caller writes around nested objects).
        package mutating func raw(_ text: StaticString) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }

        /// Starts a nested object's members: call after writing its `{` with ``raw(_:)``.
        package mutating func beginObject() {
            empty = true
        }

        /// Appends a JSON string value (no key).
        package mutating func string(_ value: String) {
            appendString(value)
        }

        /// Adds `"key":"value"`, or nothing when `value` is nil (as `encodeIfPresent` does).
        package mutating func add(_ key: StaticString, _ value: String?) {
            guard let value else { return }
            addKey(key)
            appendString(value)
        }

        /// Adds `"key":value`.
        package mutating func add(_ key: StaticString, _ value: Int) {
            addKey(key)
            bytes.append(contentsOf: String(value).utf8)
        }

        /// Starts the member `key` whose value the caller writes next (``openObject()``, ``openArray()``,
        /// ``string(_:)``).
        package mutating func key(_ key: StaticString) {
            addKey(key)
        }

        /// Opens a nested object as the value just keyed or as the next element of an array.
        package mutating func openObject() {
            bytes.append(UInt8(ascii: "{"))
            empty = true
        }

        /// Closes the object ``openObject()`` opened; the enclosing object or array now has a member.
        package mutating func closeObject() {
            bytes.append(UInt8(ascii: "}"))
            empty = false
        }

        /// Opens an array as the value just keyed.
        package mutating func openArray() {
            bytes.append(UInt8(ascii: "["))
            empty = true
        }

        /// Closes the array ``openArray()`` opened.
        package mutating func closeArray() {
            bytes.append(UInt8(ascii: "]"))
            empty = false
        }

        /// Starts the next element of an array: a comma after the first.
        package mutating func element() {
            if !empty { bytes.append(UInt8(ascii: ",")) }
            empty = false
        }

        /// Adds `"key":[…]`, each element written by `write` as the array's next element; false, with the array
        /// left unfinished, as soon as `write` gives false (a value `JSONEncoder` would refuse).
        @discardableResult
        package mutating func addArray<Elements: Sequence>(
            _ key: StaticString, _ elements: Elements, _ write: (Elements.Element, inout Writer) -> Bool
        ) -> Bool {
            self.key(key)
            openArray()
            for element in elements {
                self.element()
                guard write(element, &self) else { return false }
            }
            closeArray()
            return true
        }

        /// Appends a string element of an array.
        package mutating func element(_ value: String) {
            element()
            appendString(value)
        }

        /// Adds `"key":"YYYY-MM-DD"` as `CalendarDate`'s coding writes it, or nothing when `date` is nil.
        package mutating func add(_ key: StaticString, date: CalendarDate?) {
            add(key, date?.isoText)
        }

        /// Adds `"key":true` or `"key":false`.
        package mutating func add(_ key: StaticString, _ value: Bool) {
            addKey(key)
            if value { raw("true") } else { raw("false") }
        }

        /// Adds `"key":value` as `JSONEncoder` writes a finite `Double`: its shortest round-trip text
        /// (`description`) without a trailing `.0` (`5`, `0.984594`, `1e-06`, `1.2345678901234568e+17`).
        /// The caller must not pass a NaN or an infinity, which `JSONEncoder` refuses (it throws).
        package mutating func add(_ key: StaticString, _ value: Double) {
            precondition(value.isFinite, "JSON has no \(value); check isFinite first, as JSONEncoder refuses it")
            addKey(key)
            var text = value.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            bytes.append(contentsOf: text.utf8)
        }

        /// The finished object.
        package mutating func finish() -> Data {
            bytes.append(UInt8(ascii: "}"))
            return Data(bytes)
        }

        private mutating func addKey(_ key: StaticString) {
            if !empty { bytes.append(UInt8(ascii: ",")) }
            empty = false
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
            bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        }

        /// A JSON string with Foundation's escapes: `\"`, `\\`, `\b \f \n \r \t`, `\u00xx` for the other
        /// control characters; `/` and everything else as is.
        private mutating func appendString(_ text: String) {
            var text = text
            text.withUTF8 { utf8 in appendString(prefix: "", utf8) }
        }

        /// `key` with the string `prefix` (which needs no escape) followed by the UTF-8 bytes `rest`: a
        /// value written from two pieces without joining them into a `String` first.
        package mutating func add(_ key: StaticString, prefix: StaticString, _ rest: UnsafeBufferPointer<UInt8>) {
            addKey(key)
            appendString(prefix: prefix, rest)
        }

        private mutating func appendString(prefix: StaticString, _ utf8: UnsafeBufferPointer<UInt8>) {
            bytes.append(UInt8(ascii: "\""))
            raw(prefix)
            // Most strings need no escape at all: copy them whole.
            if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                bytes.append(contentsOf: utf8)
            } else {
                for byte in utf8 { appendEscaping(byte) }
            }
            bytes.append(UInt8(ascii: "\""))
        }

        private mutating func appendEscaping(_ byte: UInt8) {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [
                    0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)],
                ])
            default: bytes.append(byte)
            }
        }
    }

    /// A value of a flat object.
    enum Value: Equatable {
        case string(String)
        case integer(Int)
        case null
    }

    /// The members of a flat object in the order written; nil for anything else (nesting, arrays,
    /// numbers with fractions, booleans, malformed text).
    static func read(_ data: Data) -> [(key: String, value: Value)]? {
        data.withUnsafeBytes { raw -> [(key: String, value: Value)]? in
            var reader = Reader(bytes: raw.bindMemory(to: UInt8.self))
            return reader.object()
        }
    }

    /// Visits `{"<listKey>":[{flat},…],<flat members>}` without building arrays of members: `member` is
    /// called with each member of each object of the list (its key as bytes: keys written by ``Writer`` have
    /// no escapes), `endObject` after each object, `other` with each member outside the list. Any of them
    /// returning false, or anything but that shape, makes the whole visit return false.
    static func visitList(
        _ data: Data, listKey: StaticString, member: (UnsafeBufferPointer<UInt8>, Value) -> Bool,
        endObject: () -> Bool, other: (UnsafeBufferPointer<UInt8>, Value) -> Bool
    ) -> Bool {
        data.withUnsafeBytes { raw in
            var reader = Reader(bytes: raw.bindMemory(to: UInt8.self))
            let list = UnsafeBufferPointer(start: listKey.utf8Start, count: listKey.utf8CodeUnitCount)
            var sawList = false
            let ok = reader.visitObject(atEnd: true) { reader, key in
                if !sawList, key.elementsEqual(list) {
                    sawList = true
                    return reader.visitArray(member: member, endObject: endObject)
                }
                guard let value = reader.value() else { return false }
                return other(key, value)
            }
            return ok && sawList
        }
    }

    /// A cursor over the bytes of one object.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        mutating func object() -> [(key: String, value: Value)]? {
            var members: [(key: String, value: Value)] = []
            let ok = visitObject(atEnd: true) { reader, key in
                guard let name = FlatJSON.text(key), let value = reader.value() else {
                    return false
                }
                members.append((name, value))
                return true
            }
            return ok ? members : nil
        }

        /// Visits an object's members, keys as bytes (a key with an escape is refused); `body` reads the value.
        mutating func visitObject(atEnd: Bool, _ body: (inout Reader, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
            skipSpace()
            guard take(UInt8(ascii: "{")) else { return false }
            skipSpace()
            if take(UInt8(ascii: "}")) { return !atEnd || finished() }
            while true {
                skipSpace()
                guard take(UInt8(ascii: "\"")) else { return false }
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
                    index += 1
                }
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return false }
                let key = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return false }
                skipSpace()
                guard body(&self, key) else { return false }
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                guard take(UInt8(ascii: "}")) else { return false }
                return !atEnd || finished()
            }
        }

        /// Visits an array of flat objects.
        mutating func visitArray(member: (UnsafeBufferPointer<UInt8>, Value) -> Bool, endObject: () -> Bool) -> Bool {
            guard take(UInt8(ascii: "[")) else { return false }
            skipSpace()
            if take(UInt8(ascii: "]")) { return true }
            while true {
                let ok = visitObject(atEnd: false) { reader, key in
                    guard let value = reader.value() else { return false }
                    return member(key, value)
                }
                guard ok, endObject() else { return false }
                skipSpace()
                if take(UInt8(ascii: ",")) { skipSpace(); continue }
                return take(UInt8(ascii: "]"))
            }
        }

        private mutating func finished() -> Bool {
            skipSpace()
            return index == bytes.count
        }

        mutating func value() -> Value? {
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                return string().map(Value.string)
            case UInt8(ascii: "n"):
                guard bytes.count - index >= 4, bytes[index + 1] == UInt8(ascii: "u"),
                    bytes[index + 2] == UInt8(ascii: "l"),
                    bytes[index + 3] == UInt8(ascii: "l")
                else { return nil }
                index += 4
                return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let start = index
                index += 1
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
                if index < bytes.count,
                    [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index])
                {
                    return nil
                }
                return Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)).map(
                    Value.integer)
            default:
                return nil
            }
        }

        private mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            // The usual case: no escapes, the bytes are the string.
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
                if bytes[index] < 0x20 { return nil }
                index += 1
            }
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "\"") {
                let text = FlatJSON.text(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                index += 1
                return text
            }
            var scratch = Array(bytes[start..<index])
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return scratch.withUnsafeBufferPointer(FlatJSON.text)
                case UInt8(ascii: "\\"):
                    guard index < bytes.count else { return nil }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escape)
                    case UInt8(ascii: "b"): scratch.append(0x08)
                    case UInt8(ascii: "f"): scratch.append(0x0C)
                    case UInt8(ascii: "n"): scratch.append(0x0A)
                    case UInt8(ascii: "r"): scratch.append(0x0D)
                    case UInt8(ascii: "t"): scratch.append(0x09)
                    case UInt8(ascii: "u"):
                        guard var scalar = hex4() else { return nil }
                        if (0xD800..<0xDC00).contains(scalar) {
                            guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hex4(),
                                (0xDC00..<0xE000).contains(low)
                            else { return nil }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let character = Unicode.Scalar(scalar) else { return nil }
                        scratch.append(contentsOf: String(Character(character)).utf8)
                    default:
                        return nil
                    }
                case 0x00..<0x20:
                    return nil
                default:
                    scratch.append(byte)
                }
            }
            return nil
        }

        private mutating func hex4() -> UInt32? {
            guard bytes.count - index >= 4 else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                index += 1
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
            }
            return value
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
