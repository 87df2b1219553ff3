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
    /// The kept announcements' links, counted by the kind of document they point at.
    public var links: LinkCounts
    /// Kept announcements whose project id was read from their legacy link, their description having none
    /// (``EGPAnnouncement/ProjectIDSource/link``).
    public var idsFromLink: Int

    /// The kept announcements' links, counted by kind: what tells e-GP's current feed from its legacy one.
    public struct LinkCounts: Sendable, Hashable, Codable {
        /// Generated PDFs (`templateId`).
        public var template = 0
        /// Uploaded files (`fileId`).
        public var file = 0
        /// Legacy `procsearch.sch` pages (`ShowHTMLFile`).
        public var legacy = 0
        /// Links of no known shape (identified by their URL).
        public var other = 0
        /// Announcements without a link.
        public var none = 0

        /// No links counted yet.
        public init() {}

        /// Counts `link`.
        mutating func count(_ link: EGPLink?) {
            switch link?.reference {
            case .template?: template += 1
            case .file?: file += 1
            case .legacyProject?: legacy += 1
            case nil: if link == nil { none += 1 } else { other += 1 }
            }
        }
    }

    /// Which of e-GP's feed shapes the file is, from its links.
    public var variant: EGPFeedVariant { EGPFeedVariant(links: links) }

    /// Creates a summary; the reader does this.
    public init(
        file: String, encoding: FeedEncoding, declaredEncoding: String?, isGzipCompressed: Bool,
        channel: EGPChannel, itemsRead: Int, kept: Int, withoutID: Int, unrecognizedID: Int,
        warnings: [EGPFeedWarning], warningsNotKept: Int, links: LinkCounts = LinkCounts(), idsFromLink: Int = 0
    ) {
        self.links = links
        self.idsFromLink = idsFromLink
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
            "  variant: \(variant.rawValue)"
                + (idsFromLink > 0 ? ", \(idsFromLink) project id(s) read from links" : ""),
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
