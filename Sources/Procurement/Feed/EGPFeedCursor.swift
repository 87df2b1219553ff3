/// A feed file opened for pulling its announcements one at a time, in file order.
///
/// Made by ``EGPFeedReader/makeCursor()``. Where ``EGPFeedReader/forEachItem(_:)`` pushes every item into
/// a closure, a cursor lets the consumer decide when to read on, which is what a store that asks for
/// "the next batch" inside its transaction needs. Memory stays as flat as with `forEachItem`, which is
/// built on it.
///
/// ```swift
/// var cursor = try EGPFeedReader(path: "takbai-2024-11-26.xml").makeCursor()
/// while let announcement = try cursor.next() { print(announcement.projectID) }
/// print(cursor.summary!)
/// ```
///
/// A cursor is a handle on one reading session: copies share it, so use one copy from one thread at a
/// time. libxml2's resources are released when the last copy goes away.
public struct EGPFeedCursor {
    /// The libxml2 session that does the reading.
    private let session: FeedSession
    /// libxml2's messages for this read.
    private let diagnostics: LibXMLDiagnostics
    /// How many bytes libxml2 will be handed in all (the file's size, or gzip's recorded uncompressed
    /// size), for a progress bar; nil when unknown.
    public let expectedBytes: Int64?

    init(session: FeedSession, diagnostics: LibXMLDiagnostics, expectedBytes: Int64?) {
        self.session = session
        self.diagnostics = diagnostics
        self.expectedBytes = expectedBytes
    }

    /// The next announcement, or nil at the end of the file (``summary`` is then available).
    ///
    /// Items without a project id, or with an id of neither known shape, are counted and skipped.
    /// - Throws: ``EGPFeedError`` naming the file, line and column (and field) at the first problem; the
    ///   cursor is then spent, and further calls throw the same error.
    public mutating func next() throws -> EGPAnnouncement? {
        let session = session
        return try diagnostics.silencingThreadMessages { try session.next() }
    }

    /// The summary (encoding, counts, warnings), once ``next()`` has returned nil; nil before that.
    public var summary: EGPFeedSummary? { session.finalSummary }

    /// The file as the caller named it.
    public var file: String { session.file }

    /// The encoding the file is being read in, decided when it was opened.
    public var encoding: FeedEncoding { session.encoding.encoding }

    /// Bytes handed to libxml2 so far (after decompression): with ``expectedBytes``, the progress made.
    public var bytesRead: Int64 { session.source.bytesDelivered }

    /// The SHA-256 (hex) and size of the file, hashed as it was read, once the cursor has read it to its end
    /// (``summary`` is set); nil before that and for gzip files, whose bytes the reader sees decompressed.
    var fileDigest: (hex: String, bytes: Int64)? { session.source.fileDigest }
}
