/// Remembers, for one read, what each method and announcement-type text was recognised as.
///
/// A feed repeats a handful of method and type names thousands of times, and recognising one means
/// normalising Thai text and searching it, so each distinct text is recognised once. The memo is bounded
/// (it is emptied when it reaches ``capacity``), so a hostile file with endless distinct names cannot
/// grow it.
final class FieldRecognizer {
    /// The most texts remembered per kind.
    static let capacity = 256

    private var methods: [String: ProcurementMethod?] = [:]
    private var types: [String: AnnouncementType?] = [:]
    /// The last type text and its type: consecutive items usually share it, and comparing two strings
    /// is cheaper than hashing one.
    private var lastType: (text: String, type: AnnouncementType?)?

    /// ``ProcurementMethod/recognize(_:)``, remembered.
    func method(_ text: String) -> ProcurementMethod? {
        if let known = methods[text] { return known }
        let method = ProcurementMethod.recognize(text)
        if methods.count >= Self.capacity { methods.removeAll(keepingCapacity: true) }
        methods[text] = .some(method)
        return method
    }

    /// ``AnnouncementType/init(thaiName:)``, remembered.
    func type(_ text: String) -> AnnouncementType? {
        if let lastType, lastType.text == text { return lastType.type }
        let type: AnnouncementType?
        if let known = types[text] {
            type = known
        } else {
            type = AnnouncementType(thaiName: text)
            if types.count >= Self.capacity { types.removeAll(keepingCapacity: true) }
            types[text] = .some(type)
        }
        lastType = (text, type)
        return type
    }
}
