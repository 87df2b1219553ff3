/// The name of one event stream: a category and an id within it, written `category/id`.
///
/// Every register keeps one stream per thing it tracks (`risk/R-2568-003`, `gift/G-2568-0012`,
/// `egp/67119000333`), so an aggregate's history is one ordered stream while the store keeps a single
/// global order across all of them.
public struct StreamID: Hashable, Sendable, Codable, CustomStringConvertible, Comparable {
    /// The part before the first `/`, naming the kind of stream (for example `risk`).
    public let category: String
    /// The part after the first `/`, naming one stream of that kind (for example `R-2568-003`).
    public let id: String

    /// Creates a stream name from its two parts.
    ///
    /// - throws: ``EventStoreError/invalidStreamID(_:reason:)`` when either part is empty, or the category
    ///   holds a `/` or white space.
    public init(category: String, id: String) throws {
        guard !category.isEmpty, !category.contains("/"), !Self.holdsWhitespace(category) else {
            throw EventStoreError.invalidStreamID(
                "\(category)/\(id)", reason: "the category must be one word without '/'")
        }
        guard !id.isEmpty, !Self.holdsNewline(id) else {
            throw EventStoreError.invalidStreamID("\(category)/\(id)", reason: "the id must not be empty")
        }
        self.category = category
        self.id = id
    }

    /// Parses `category/id`; the id may itself contain `/`.
    public init(_ text: String) throws {
        guard let slash = text.firstIndex(of: "/") else {
            throw EventStoreError.invalidStreamID(text, reason: "expected 'category/id', for example 'risk/R-2568-003'")
        }
        try self.init(category: String(text[..<slash]), id: String(text[text.index(after: slash)...]))
    }

    /// `category/id`, the form stored in the log.
    /// Whether `text` holds a `Character` that is white space. An ASCII text is answered from its bytes (the
    /// tab to carriage return and the space are its white space): every event read builds its stream's name,
    /// and walking the characters was 4 % of a national `verify` (issue 17). `StreamIDTests` checks both ways.
    static func holdsWhitespace(_ text: String) -> Bool {
        var text = text
        if let ascii = text.withUTF8({ bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return bytes.contains { $0 == 0x20 || (0x09...0x0D).contains($0) }
        }) {
            return ascii
        }
        return text.contains(where: \.isWhitespace)
    }

    /// Whether `text` holds a `Character` that is a line break; an ASCII text is answered from its bytes (line
    /// feed to carriage return).
    static func holdsNewline(_ text: String) -> Bool {
        var text = text
        if let ascii = text.withUTF8({ bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return bytes.contains { (0x0A...0x0D).contains($0) }
        }) {
            return ascii
        }
        return text.contains(where: \.isNewline)
    }

    public var description: String { "\(category)/\(id)" }

    public static func < (lhs: StreamID, rhs: StreamID) -> Bool { lhs.description < rhs.description }

    public init(from decoder: any Decoder) throws {
        try self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
