import Foundation

/// Remembers, for one read, what each method and announcement-type text was recognised as.
///
/// A feed repeats a handful of method and type names thousands of times, and recognising one means
/// normalising Thai text and searching it, so each distinct text is recognised once. Texts are compared
/// byte for byte (hashing or comparing Thai `String`s goes through Unicode normalisation, which cost more
/// than the rest of reading an item). The memo is bounded (at ``capacity`` texts the oldest half is
/// forgotten), so a hostile file with endless distinct names cannot grow it.
final class FieldRecognizer {
    /// The most texts remembered per kind.
    static let capacity = 64

    // Exclusivity unchecked: one reader uses a recognizer, from one thread, and a lookup never re-enters
    // it, so the run-time check on every lookup only costs time.

    /// Method texts recognised so far.
    @exclusivity(unchecked) private var methods = Memo<ProcurementMethod?>()
    /// Announcement-type texts recognised so far.
    @exclusivity(unchecked) private var types = Memo<AnnouncementType?>()

    /// ``ProcurementMethod/recognize(_:)``, remembered.
    func method(_ text: String) -> ProcurementMethod? {
        methods.value(for: text) { ProcurementMethod.recognize($0) }
    }

    /// ``AnnouncementType/init(thaiName:)``, remembered.
    func type(_ text: String) -> AnnouncementType? {
        types.value(for: text) { AnnouncementType(thaiName: $0) }
    }

    /// ``method(_:)`` for the text whose UTF-8 bytes are `bytes`: the reader's form, which makes a
    /// `String` only for a text not remembered yet.
    func method(bytes: UnsafeBufferPointer<UInt8>) -> ProcurementMethod? {
        methods.value(for: bytes) { ProcurementMethod.recognize($0) }
    }

    /// ``type(_:)`` for the text whose UTF-8 bytes are `bytes`.
    func type(bytes: UnsafeBufferPointer<UInt8>) -> AnnouncementType? {
        types.value(for: bytes) { AnnouncementType(thaiName: $0) }
    }

    /// Texts (as UTF-8 bytes) and their values, most recently used first.
    private struct Memo<Value> {
        private var entries: [(bytes: [UInt8], value: Value)] = []

        mutating func value(for text: String, _ compute: (String) -> Value) -> Value {
            var text = text
            return text.withUTF8 { bytes in value(for: bytes, compute) }
        }

        mutating func value(for bytes: UnsafeBufferPointer<UInt8>, _ compute: (String) -> Value) -> Value {
            if let index = entries.firstIndex(where: { Self.sameBytes($0.bytes, bytes) }) {
                if index > 0 {
                    // Bubble the frequent ones to the front; swapped in place, without retaining the arrays.
                    entries.withUnsafeMutableBufferPointer { $0.swapAt(index, index - 1) }
                }
                return entries[max(0, index - 1)].value
            }
            let value = compute(String(decoding: bytes, as: UTF8.self))
            if entries.count >= FieldRecognizer.capacity { entries.removeLast(entries.count / 2) }
            entries.append((Array(bytes), value))
            return value
        }

        /// True when the two byte sequences are equal.
        private static func sameBytes(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
            guard a.count == b.count else { return false }
            guard let y = b.baseAddress, !a.isEmpty else { return true }
            return a.withUnsafeBufferPointer { x in memcmp(x.baseAddress!, y, a.count) == 0 }
        }
    }
}
