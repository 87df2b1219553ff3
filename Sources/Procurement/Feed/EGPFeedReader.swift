import CLibXML2
import Foundation
import Sujarit

/// Streams an e-GP announcement feed file (DOMAIN.md §7.1) and hands over its items one by one.
///
/// Memory stays flat however large the file: the file goes through libxml2's SAX2 push parser a chunk at a
/// time, which builds no tree, and the reader keeps only the current item. Gzip-compressed files
/// (`.gz`, recognised by their bytes, not their name) are inflated on the fly by libxml2's own zlib
/// support. The file is untrusted input: a DOCTYPE is refused before parsing (e-GP feeds never have
/// one), libxml2 runs with `XML_PARSE_NONET` and without `NOENT`, `DTDLOAD` or `HUGE`, entity references
/// are never expanded, and no single field may exceed ``Limits/maxFieldBytes``.
///
/// The encoding is decided from the first ``Limits/sniffBytes`` bytes (see ``FeedEncoding``), with the
/// declaration ignored, so a re-saved copy with a stale declaration reads correctly; Windows-874 is
/// decoded by table and libxml2 always parses UTF-8.
///
/// ```swift
/// let summary = try EGPFeedReader(path: "takbai-2024-11-26.xml").forEachItem { announcement in
///     print(announcement.projectID, announcement.type, announcement.title)
/// }
/// print(summary)
/// ```
public struct EGPFeedReader: Sendable {
    /// Bounds that keep a damaged or hostile file from using unbounded memory or time.
    public struct Limits: Sendable, Hashable {
        /// The largest single field or XML node, 1 MiB by default: real fields are a few hundred bytes, so
        /// this is far beyond any genuine title while keeping a 100 MB text node from being buffered.
        /// Checked on the file's bytes while streaming and on each field's UTF-8 text once decoded.
        public var maxFieldBytes: Int
        /// How much of the start of the file decides its encoding, 64 KiB by default: the channel title
        /// and the first items, plenty of Thai text to tell UTF-8 from Windows-874.
        public var sniffBytes: Int
        /// The most warnings a summary keeps (further ones are only counted), 1,000 by default.
        public var maxWarnings: Int
        /// The most bytes a gzip feed may expand to, 4 GiB by default (``InputLimits/maxDecompressedBytes``).
        public var maxDecompressedBytes: Int64
        /// The most a gzip feed may expand relative to its compressed size, 200× by default
        /// (``InputLimits/maxDecompressionRatio``); whichever of the two is smaller applies.
        public var maxDecompressionRatio: Int64

        /// Creates limits; the defaults are ``standard``. `maxFieldBytes` must be positive and `sniffBytes`
        /// at least 1 KiB (less could not hold the XML declaration and a Thai title).
        public init(
            maxFieldBytes: Int = 1 << 20, sniffBytes: Int = 64 << 10, maxWarnings: Int = 1_000,
            maxDecompressedBytes: Int64 = InputLimits.defaults.maxDecompressedBytes,
            maxDecompressionRatio: Int64 = InputLimits.defaults.maxDecompressionRatio
        ) {
            precondition(maxFieldBytes > 0, "maxFieldBytes must be positive")
            precondition(sniffBytes >= 1 << 10, "sniffBytes must be at least 1 KiB")
            precondition(maxWarnings >= 0, "maxWarnings must not be negative")
            self.maxFieldBytes = maxFieldBytes
            self.sniffBytes = sniffBytes
            self.maxWarnings = maxWarnings
            self.maxDecompressedBytes = maxDecompressedBytes
            self.maxDecompressionRatio = maxDecompressionRatio
        }

        /// The standard limits with the decompression bounds of `input` (`Registers/limits.yaml`).
        public init(_ input: InputLimits) {
            self.init(
                maxDecompressedBytes: input.maxDecompressedBytes, maxDecompressionRatio: input.maxDecompressionRatio)
        }

        /// 1 MiB per field, 64 KiB sniffed, 1,000 warnings kept.
        public static let standard = Limits()
    }

    /// What to do with a `<!DOCTYPE>`: refuse it (always, outside tests), or let libxml2 see it so that
    /// tests can show the parser options are safe on their own.
    enum DoctypePolicy: Sendable {
        /// Refuse before parsing, and again if libxml2 meets a DOCTYPE past the sniffed prefix.
        case refuse
        /// Let libxml2 parse it under the safe options (tests only).
        case passToLibxml2
    }

    /// The file as the caller named it; used in every message.
    public var path: String
    /// The bounds applied while reading.
    public var limits: Limits
    /// The DOCTYPE policy; ``DoctypePolicy/refuse`` except in tests.
    var doctypePolicy: DoctypePolicy = .refuse
    /// How many bytes are handed to libxml2 at a time, 64 KiB; tests make it tiny so that characters and
    /// fields are split across chunks.
    var chunkBytes = 64 << 10

    /// A reader for the feed file at `path` (absolute or relative to the current directory).
    public init(path: String, limits: Limits = .standard) {
        self.path = path
        self.limits = limits
    }

    /// The libxml2 options: no network, line numbers past 65,535, and the declared encoding ignored in
    /// favour of the sniffed one (libxml2 is handed UTF-8). Deliberately absent: `NOENT` (expand
    /// entities), `DTDLOAD` (fetch the external DTD), `DTDVALID`, `XINCLUDE` and `HUGE` (lift libxml2's
    /// own size limits).
    static let parserOptions: Int32 = Int32(
        bitPattern:
            XML_PARSE_NONET.rawValue | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Reads the file and calls `body` with each announcement, in file order, as soon as it is read.
    ///
    /// Items with no project id, or an id of neither known shape, are counted in the summary instead.
    ///
    /// - Returns: The summary: encoding, counts and warnings.
    /// - Throws: ``EGPFeedError`` naming the file, line and column (and field) at the first problem;
    ///   any error `body` throws, unchanged, which also stops the reading.
    public func forEachItem(_ body: (EGPAnnouncement) throws -> Void) throws -> EGPFeedSummary {
        var cursor = try makeCursor()
        while let announcement = try cursor.next() {
            try body(announcement)
        }
        return cursor.summary!
    }

    /// Opens the file for pulling announcements one at a time with ``EGPFeedCursor/next()``: the form an
    /// importer needs when the store asks for the next batch rather than being handed everything.
    ///
    /// Opening reads the first ``Limits/sniffBytes`` bytes to decide the encoding and refuses a DOCTYPE,
    /// so those errors surface here; everything else surfaces from ``EGPFeedCursor/next()``.
    /// - Throws: ``EGPFeedError`` when the file cannot be opened, is empty, has a DOCTYPE, or has an
    ///   encoding the reader refuses.
    public func makeCursor() throws -> EGPFeedCursor {
        xmlInitParser()
        let diagnostics = LibXMLDiagnostics(maxWarnings: limits.maxWarnings)
        return try diagnostics.silencingThreadMessages {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            let source = try FeedSource(
                absolutePath: absolute, displayName: path, prefixLength: limits.sniffBytes,
                budget: limits.maxFieldBytes, maxExpandedBytes: limits.maxDecompressedBytes,
                maxExpansionRatio: limits.maxDecompressionRatio)
            if source.prefix.isEmpty {
                throw EGPFeedError(file: path, problem: .truncated(message: "the file is empty"))
            }
            let sniffer = EncodingSniffer(prefix: source.prefix, isWholeFile: source.prefixIsWholeFile, file: path)
            if doctypePolicy == .refuse, let position = sniffer.doctypePosition() {
                throw EGPFeedError(
                    file: path, line: position.line, column: position.column, field: "!DOCTYPE",
                    problem: .doctypeNotAllowed)
            }
            let encoding = try sniffer.sniff()
            let session = FeedSession(
                file: path, source: source, encoding: encoding, limits: limits,
                refusesDoctype: doctypePolicy == .refuse, isGzip: source.isGzip, diagnostics: diagnostics,
                chunkBytes: chunkBytes)
            try session.start(absolutePath: absolute)
            return EGPFeedCursor(
                session: session, diagnostics: diagnostics,
                expectedBytes: Self.expectedBytes(absolutePath: absolute, isGzip: source.isGzip))
        }
    }

    /// How many bytes libxml2 will be handed: the file's size, or for gzip the uncompressed size its
    /// trailer records (modulo 4 GiB, so only an estimate for larger files); nil when unknown.
    static func expectedBytes(absolutePath: String, isGzip: Bool) -> Int64? {
        guard let handle = FileHandle(forReadingAtPath: absolutePath) else { return nil }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), size > 0 else { return nil }
        guard isGzip else { return Int64(size) }
        guard size >= 4, (try? handle.seek(toOffset: size - 4)) != nil,
            let trailer = try? handle.read(upToCount: 4), trailer.count == 4
        else { return nil }
        let isize = trailer.reversed().reduce(Int64(0)) { $0 << 8 | Int64($1) }
        // A trailer smaller than the compressed data means the size wrapped past 4 GiB.
        return isize >= Int64(size) ? isize : nil
    }

    /// Reads the whole file into memory: for small files and tests. Use ``forEachItem(_:)`` for imports.
    public func readAll() throws -> (announcements: [EGPAnnouncement], summary: EGPFeedSummary) {
        var announcements: [EGPAnnouncement] = []
        let summary = try forEachItem { announcements.append($0) }
        return (announcements, summary)
    }
}
