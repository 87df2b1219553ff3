/// A unit of the agency (สำนัก/กอง/หน่วย) that owns processes, risks and measures.
public struct Department: Sendable, Hashable, Codable {
    /// A short stable code used in commands and files, e.g. `CLERK` or `FIN`.
    public var code: String
    /// The Thai name as it appears on documents, e.g. สำนักปลัดเทศบาล.
    public var name: String
    /// The English name, when the agency keeps one.
    public var nameEnglish: String?

    public init(code: String, name: String, nameEnglish: String? = nil) {
        self.code = code
        self.name = name
        self.nameEnglish = nameEnglish
    }
}
