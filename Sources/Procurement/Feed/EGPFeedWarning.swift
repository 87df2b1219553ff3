/// Something the reader noticed and worked around without stopping: the import goes on, but the user
/// should know, because it affects completeness (a truncated page, skipped items) or a file's repair.
public struct EGPFeedWarning: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The kinds of warning, so callers can filter or count them.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// `countbyday` is larger than the number of items: the file is one 20-item page of a longer day.
        case truncatedPage
        /// The declared encoding did not match the bytes (or none was declared) and was overridden.
        case encodingOverridden
        /// An item had no project id; it was counted and skipped.
        case itemWithoutID
        /// An item's project id has neither known shape; it was counted and skipped.
        case unrecognizedProjectID
        /// An item's link has no template, file or legacy project reference.
        case linkWithoutReference
        /// A channel element could not be read (e.g. `countbyday` not a number) and was ignored.
        case unreadableChannelField
        /// An item repeated a field; the first occurrence was kept.
        case repeatedField
        /// libxml2 reported a warning (not an error).
        case xmlWarning
    }

    /// What kind of warning this is.
    public var kind: Kind
    /// The line in the feed file it concerns, when it concerns one.
    public var line: Int?
    /// What happened and what the reader did, in one or two sentences.
    public var message: String

    /// Creates a warning.
    public init(kind: Kind, line: Int?, message: String) {
        self.kind = kind
        self.line = line
        self.message = message
    }

    /// `line N: message`, or just the message.
    public var description: String {
        line.map { "line \($0): \(message)" } ?? message
    }
}
