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

    private var methods = Memo<ProcurementMethod?>()
    private var types = Memo<AnnouncementType?>()

    /// ``ProcurementMethod/recognize(_:)``, remembered.
    func method(_ text: String) -> ProcurementMethod? {
        methods.value(for: text) { ProcurementMethod.recognize($0) }
    }

    /// ``AnnouncementType/init(thaiName:)``, remembered.
    func type(_ text: String) -> AnnouncementType? {
        types.value(for: text) { AnnouncementType(thaiName: $0) }
    }

    /// Texts and their values, most recently used first.
    private struct Memo<Value> {
        private var entries: [(text: String, value: Value)] = []

        mutating func value(for text: String, _ compute: (String) -> Value) -> Value {
            if let index = entries.firstIndex(where: { Self.sameBytes($0.text, text) }) {
                if index > 0 { entries.swapAt(index, index - 1) }  // bubble the frequent ones to the front
                return entries[max(0, index - 1)].value
            }
            let value = compute(text)
            if entries.count >= FieldRecognizer.capacity { entries.removeLast(entries.count / 2) }
            entries.append((text, value))
            return value
        }

        /// True when the two strings have the same UTF-8 bytes.
        private static func sameBytes(_ a: String, _ b: String) -> Bool {
            var a = a, b = b
            guard a.utf8.count == b.utf8.count else { return false }
            return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
        }
    }
}
