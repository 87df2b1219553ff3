import Foundation
import Sujarit

/// Why a feed file could not be read, and where: the file, line, column and field when known.
///
/// The ``description`` follows the compiler convention `file:line:column: error: message`, which editors
/// and terminals turn into a link, and ends with what the user can do about it. Reading stops at the
/// first error; announcements handed over before it stay handed over (an importer that wants all or
/// nothing wraps the read in its own transaction).
public struct EGPFeedError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The file as the caller named it.
    public var file: String
    /// The 1-based line the problem is on, when known.
    public var line: Int?
    /// The 1-based column (in characters) from libxml2 or the encoding sniffer, when known.
    public var column: Int?
    /// The element concerned, e.g. `pubDate`, when the problem is about one field.
    public var field: String?
    /// What went wrong.
    public var problem: Problem

    /// What can go wrong while reading a feed.
    public enum Problem: Sendable, Hashable {
        /// The file could not be opened (missing, a directory, no permission).
        case cannotOpen(reason: String)
        /// Reading or decompressing failed part-way (an I/O error or a damaged gzip stream).
        case readFailed(reason: String)
        /// The XML is not well-formed; `message` is libxml2's.
        case malformedXML(message: String)
        /// The file ends before the document does: it was cut off.
        case truncated(message: String)
        /// The bytes are not valid in the encoding the file was read in.
        case invalidBytes(encoding: FeedEncoding, message: String)
        /// The declaration names an encoding e-GP never uses.
        case unsupportedEncoding(declared: String)
        /// The declaration says UTF-8 but the bytes are not UTF-8.
        case declaredUTF8ButNotUTF8
        /// The file has a `<!DOCTYPE …>`, which e-GP feeds never have and which can define entity bombs or
        /// point at local files.
        case doctypeNotAllowed
        /// The file uses an entity reference such as `&name;` that is not one of XML's five built-in ones.
        case entityReference(name: String)
        /// A single field or XML node is larger than the per-field limit.
        case fieldTooLarge(limit: Int)
        /// A gzip file expands past `limit` bytes (from `compressedBytes` on disk); reading stopped there.
        case expandsTooFar(limit: Int64, compressedBytes: Int64)
        /// A field's text holds a control character or is longer than accepted (``InputText``).
        case refusedText(InputTextError)
        /// The root element is not `rss`.
        case notAnRSSFeed(root: String)
        /// A required item field is missing or empty.
        case missingField
        /// The `pubDate` is not a real `YYYY-MM-DD` date.
        case invalidDate(text: String, reason: String)
        /// The `description` does not have the shape `<projectId>, <method>, <type>`.
        case malformedDescription(text: String)
        /// The third part of the `description` is not a known announcement type.
        case unknownAnnouncementType(name: String)
    }

    /// Creates an error.
    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.problem = problem
    }

    /// `file:line:column: error: <field> message What to do: advice`.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        let subject = field.map { "<\($0)> " } ?? ""
        return "\(location): error: \(subject)\(message) What to do: \(advice)"
    }

    /// The ``description``, so `localizedDescription` is as useful as `print(error)`.
    public var errorDescription: String? { description }

    /// What went wrong, in a sentence.
    public var message: String {
        switch problem {
        case let .cannotOpen(reason):
            "cannot open the file: \(reason)."
        case let .readFailed(reason):
            "reading stopped part-way: \(reason)."
        case let .malformedXML(message):
            "the XML is not well-formed: \(message)."
        case let .truncated(message):
            "the file ends before the feed does (\(message)): it was cut off."
        case let .invalidBytes(encoding, message):
            "the bytes are not valid \(encoding.displayName) (\(message))."
        case let .unsupportedEncoding(declared):
            "the file declares encoding \"\(declared)\", which e-GP never uses (it uses windows-874, "
                + "and copies may be UTF-8)."
        case .declaredUTF8ButNotUTF8:
            "the file declares UTF-8 but this byte is not UTF-8; the file is probably Windows-874 with a "
                + "wrong declaration."
        case .doctypeNotAllowed:
            "the file has a <!DOCTYPE> declaration. e-GP feeds never have one, and a DTD can define entity "
                + "bombs or point at local files or the network, so the reader refuses it without parsing it."
        case let .entityReference(name):
            "the entity reference &\(name); is not allowed: e-GP feeds use only &amp; &lt; &gt; &quot; "
                + "&apos; and character references, and the reader never expands other entities."
        case let .fieldTooLarge(limit):
            "this field is larger than the \(Self.describe(bytes: limit)) limit for a single field "
                + "(real e-GP fields are a few hundred bytes)."
        case let .expandsTooFar(limit, compressedBytes):
            "the gzip file (\(compressedBytes) bytes) expands to more than \(limit) bytes, the most it may "
                + "expand to, so reading stopped there."
        case let .refusedText(problem):
            problem.errorDescription ?? "\(problem)"
        case let .notAnRSSFeed(root):
            "the root element is <\(root)>, not <rss>: this is not an e-GP announcement feed."
        case .missingField:
            "this item has no value for this required field."
        case let .invalidDate(text, reason):
            "'\(text)' is not a valid publication date: \(reason)."
        case let .malformedDescription(text):
            "'\(text)' does not have the shape '<projectId>, <method>, <announcement type>'."
        case let .unknownAnnouncementType(name):
            "'\(name)' is not a known announcement type (known: "
                + AnnouncementType.allCases.map(\.description).joined(separator: ", ") + ")."
        }
    }

    /// What the user can do about it.
    public var advice: String {
        switch problem {
        case .cannotOpen:
            "check the path and that the file is readable."
        case .readFailed:
            "download the feed again; if it is a .gz file, check it with `gzip -t`."
        case .malformedXML, .notAnRSSFeed, .entityReference:
            "download the feed again from e-GP; if the file was edited by hand, fix it at this position."
        case .truncated:
            "download the feed again; the copy is incomplete."
        case .invalidBytes:
            "the file mixes encodings or is damaged; download it again, or re-save it as UTF-8 in an editor "
                + "that shows Thai correctly."
        case .unsupportedEncoding:
            "re-save the file as UTF-8 (and say encoding=\"UTF-8\"), or download it again from e-GP."
        case .declaredUTF8ButNotUTF8:
            "change the declaration to encoding=\"windows-874\", or remove it and the reader will detect "
                + "Windows-874 by itself."
        case .doctypeNotAllowed:
            "download the feed again from e-GP; do not import a file that someone added a DTD to."
        case .fieldTooLarge:
            "the file is damaged or is not an e-GP feed; download it again."
        case .expandsTooFar:
            "a real e-GP feed expands 10–20 times; this one is damaged or a decompression bomb. Download it "
                + "again; if it is genuine, raise max_decompressed_bytes or max_decompression_ratio in Registers/limits.yaml."
        case .refusedText:
            "the file is damaged or was edited; download the feed again from e-GP."
        case .missingField, .malformedDescription:
            "check this item against the same announcement on e-GP; download the feed again if it differs."
        case .invalidDate:
            "e-GP writes pubDate as YYYY-MM-DD with a Christian-era year (e.g. 2024-11-26); correct the "
                + "date or download the feed again."
        case .unknownAnnouncementType:
            "if e-GP has introduced a new type, report it so the reader can learn it; otherwise correct "
                + "the description."
        }
    }

    /// `1 MiB`, `512 KiB` or `100 bytes`.
    static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
