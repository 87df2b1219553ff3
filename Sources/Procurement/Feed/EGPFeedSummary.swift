/// What reading one feed file found: its encoding, how many items it had and kept, and the warnings.
///
/// It is returned after every announcement has been handed over, so an importer can record it beside
/// the events it stored (how complete the import was is itself audit evidence).
public struct EGPFeedSummary: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file as the caller named it.
    public var file: String
    /// The encoding the bytes were read in, and how that relates to the declaration.
    public var encoding: FeedEncoding
    /// The encoding named in the XML declaration, if any, as written.
    public var declaredEncoding: String?
    /// True when the file was gzip-compressed (libxml2 decompressed it while streaming).
    public var isGzipCompressed: Bool
    /// The channel's own elements.
    public var channel: EGPChannel
    /// Every `item` element met.
    public var itemsRead: Int
    /// Items handed to the caller as ``EGPAnnouncement``s.
    public var kept: Int
    /// Items with no project id at all (skipped).
    public var withoutID: Int
    /// Items whose project id had neither known shape (skipped, each with a warning).
    public var unrecognizedID: Int
    /// Warnings in file order, at most ``EGPFeedReader/Limits/maxWarnings`` of them.
    public var warnings: [EGPFeedWarning]
    /// Warnings beyond the limit, counted but not kept, so that memory stays flat on huge files.
    public var warningsNotKept: Int

    /// Creates a summary; the reader does this.
    public init(
        file: String, encoding: FeedEncoding, declaredEncoding: String?, isGzipCompressed: Bool,
        channel: EGPChannel, itemsRead: Int, kept: Int, withoutID: Int, unrecognizedID: Int,
        warnings: [EGPFeedWarning], warningsNotKept: Int
    ) {
        self.file = file
        self.encoding = encoding
        self.declaredEncoding = declaredEncoding
        self.isGzipCompressed = isGzipCompressed
        self.channel = channel
        self.itemsRead = itemsRead
        self.kept = kept
        self.withoutID = withoutID
        self.unrecognizedID = unrecognizedID
        self.warnings = warnings
        self.warningsNotKept = warningsNotKept
    }

    /// True when `countbyday` says the day had more announcements than this file holds.
    public var isTruncatedPage: Bool {
        guard let count = channel.countByDay else { return false }
        return count > itemsRead
    }

    /// A few lines for the terminal: counts, encoding, then each warning prefixed with the file.
    public var description: String {
        var lines = [
            "\(file): \(itemsRead) items, \(kept) kept, \(withoutID) without id, "
                + "\(unrecognizedID) with an unrecognised id",
            "  encoding: \(encoding.description)" + (isGzipCompressed ? " (gzip-compressed)" : ""),
        ]
        for warning in warnings {
            lines.append("  \(file):\(warning.line.map { "\($0):" } ?? "") warning: \(warning.message)")
        }
        if warningsNotKept > 0 {
            lines.append("  … and \(warningsNotKept) more warnings not kept")
        }
        return lines.joined(separator: "\n")
    }
}
