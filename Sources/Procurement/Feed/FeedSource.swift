import CLibXML2
import Crypto
import Foundation
import Sujarit

/// A forward-only stream of a feed file's bytes as UTF-8, decompressed by libxml2 when the file is gzip and
/// decoded from Windows-874 by table when the file is in that encoding, with the start kept aside for
/// encoding sniffing and a byte budget that bounds any single XML node.
///
/// The bytes come from libxml2's own input layer (`xmlParserInputBufferCreateFilename`), which recognises
/// gzip by its magic bytes and inflates it with the zlib libxml2 already links; nothing is decompressed
/// to disk or held in memory beyond the sniffed prefix and a few 64 KiB buffers. Windows-874 is decoded
/// here (``Windows874``) rather than by libxml2 through iconv: a table is several times cheaper, and an
/// unassigned byte can be reported at its exact line and column. The budget starts afresh whenever the
/// parser has reported something (a tag, a piece of text); reading more than the budget in between means
/// one node (a start tag, a comment) is larger than the per-field limit, and the stream fails rather
/// than let libxml2 buffer it.
final class FeedSource {
    /// Why the stream stopped on its own account.
    enum Failure: Equatable {
        /// More than the budget was read while libxml2 was assembling one node.
        case nodeTooLarge
        /// The underlying read or decompression failed.
        case readFailed(String)
        /// A byte the file's encoding leaves unassigned, at this 1-based line and column.
        case unassignedByte(UInt8, line: Int, column: Int)
        /// A gzip file expanded past `limit` bytes (from `compressedBytes` on disk): a decompression bomb,
        /// or a feed far larger than any real one.
        case expandedTooFar(limit: Int64, compressedBytes: Int64)
    }

    /// The first bytes of the (decompressed) file, for ``EncodingSniffer``.
    private(set) var prefix: [UInt8] = []
    /// True when the prefix is the whole file.
    private(set) var prefixIsWholeFile = false
    /// True when the file starts with the gzip magic bytes.
    let isGzip: Bool
    /// Set when the stream failed; the reader turns it into an ``EGPFeedError``.
    private(set) var failure: Failure?
    /// Line feeds handed on so far: the file's last line is this plus one once the stream has ended,
    /// which tells a file cut off mid-document from one with extra content after `</rss>`.
    private(set) var lineFeedsDelivered = 0
    /// True once the underlying stream has reported its end or an error.
    private(set) var finished = false
    /// The file's bytes consumed so far (after decompression, before decoding), for progress reports,
    /// which measure against the file's size.
    private(set) var bytesDelivered: Int64 = 0

    /// libxml2's input buffer: file or gzip reader with its own context and callbacks.
    private let input: xmlParserInputBufferPtr
    /// The SHA-256 of the file's bytes read so far; nil for gzip, whose bytes reach us decompressed.
    private var hasher: SHA256?
    /// The file's bytes read so far (before decompression is not known: only counted without gzip).
    private var fileBytes: Int64 = 0
    /// How much of ``prefix`` has been handed on.
    private var prefixOffset = 0
    /// The file's bytes consumed since the last ``resetBudget()``.
    private var sinceReset = 0
    /// The most bytes one node may take.
    private let budget: Int
    /// For gzip, the most decompressed bytes read before the stream fails (``Failure/expandedTooFar``).
    private let expansionLimit: Int64
    /// The file's size on disk.
    private let compressedBytes: Int64
    /// Bytes that came out of libxml2's input layer so far (decompressed for gzip).
    private var underlyingBytes: Int64 = 0
    /// The Windows-874 decoder's state; nil while the bytes are passed on as they are (UTF-8).
    private var decoder: Decoder?

    /// Undecoded Windows-874 bytes waiting to be decoded, and where decoding left off.
    private struct Decoder {
        /// Raw bytes read ahead of decoding (the output is larger than the input, so reading is
        /// decoupled from the caller's buffer).
        let staging: UnsafeMutableRawBufferPointer
        /// The part of ``staging`` not decoded yet.
        var start = 0, end = 0
        /// The end of a character the caller's buffer had no room for.
        var carry = Windows874.Carry()
        /// Bytes since the last line feed before `staging[0]`, for the column of an unassigned byte.
        var columnBeforeStaging = 0
    }

    /// The size of the decoder's read-ahead.
    private static let stagingBytes = 64 << 10

    /// Opens `path` and reads up to `prefixLength` bytes of it.
    ///
    /// `path` must be absolute, so that libxml2's input layer treats it as a local file (a relative name
    /// such as `-` would mean standard input, and `http://…` the network).
    ///
    /// A gzip file may expand to at most the smaller of `maxExpandedBytes` and `maxExpansionRatio` times its
    /// size on disk. The path's kind is checked before anything opens it: a FIFO would block the open.
    init(
        absolutePath path: String, displayName: String, prefixLength: Int, budget: Int,
        maxExpandedBytes: Int64 = InputLimits.defaults.maxDecompressedBytes,
        maxExpansionRatio: Int64 = InputLimits.defaults.maxDecompressionRatio
    ) throws(EGPFeedError) {
        precondition(path.hasPrefix("/"), "FeedSource needs an absolute path")
        guard let (kind, size) = InputFile.inspect(path) else {
            throw EGPFeedError(file: displayName, problem: .cannotOpen(reason: "there is no such file"))
        }
        guard kind != .directory else {
            throw EGPFeedError(file: displayName, problem: .cannotOpen(reason: "it is a directory"))
        }
        guard kind == .regular else {
            throw EGPFeedError(
                file: displayName,
                problem: .cannotOpen(reason: "it is a \(kind.rawValue), not an ordinary file, so it was not opened"))
        }
        compressedBytes = size
        expansionLimit = InputLimits.decompressionBudget(
            compressedBytes: size, maxBytes: maxExpandedBytes, ratio: maxExpansionRatio)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw EGPFeedError(file: displayName, problem: .cannotOpen(reason: "permission denied"))
        }
        let magic = (try? handle.read(upToCount: 2)) ?? Data()
        try? handle.close()
        isGzip = magic == Data([0x1F, 0x8B])

        guard let input = xmlParserInputBufferCreateFilename(path, XML_CHAR_ENCODING_NONE) else {
            throw EGPFeedError(file: displayName, problem: .cannotOpen(reason: "libxml2 could not open it"))
        }
        self.input = input
        self.budget = budget
        hasher = isGzip ? nil : SHA256()
        try fillPrefix(upTo: prefixLength, displayName: displayName)
    }

    deinit {
        xmlFreeParserInputBuffer(input)
        decoder?.staging.deallocate()
    }

    /// Decodes the rest of the file from Windows-874 to UTF-8; call before the first ``read(into:)``.
    func decodeWindows874() {
        guard decoder == nil else { return }
        decoder = Decoder(staging: .allocate(byteCount: Self.stagingBytes, alignment: 8))
    }

    /// Skips a UTF-8 byte-order mark at the start, which libxml2 is not left to find because it is told
    /// the encoding rather than guessing it; the mark still counts as read.
    func skipUTF8ByteOrderMark() {
        guard prefixOffset == 0, prefix.starts(with: [0xEF, 0xBB, 0xBF]) else { return }
        prefixOffset = 3
        consumed(3)
    }

    /// Starts a new budget; the session calls this before a chunk when the parser has reported something
    /// (a tag, a piece of text, a comment) since the last one.
    @inline(__always)
    func resetBudget() {
        sinceReset = 0
    }

    /// Fills `buffer` with the next UTF-8 bytes: first the prefix, then the rest of the file. Returns the
    /// count, 0 at the end, or -1 on failure (with ``failure`` set). Bytes before a failure are returned
    /// first, so the parser sees everything up to the point of failure.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        if failure != nil { return -1 }
        if sinceReset > budget {
            failure = .nodeTooLarge
            return -1
        }
        let count = decoder == nil ? readUTF8(into: buffer) : readDecoding(into: buffer)
        return count == 0 && failure != nil ? -1 : count
    }

    /// Copies the next bytes unchanged.
    private func readUTF8(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let count = readRaw(into: buffer)
        guard count > 0 else { return 0 }
        consumed(count)
        lineFeedsDelivered += LineFeeds.count(in: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
        return count
    }

    /// Decodes staged Windows-874 bytes into `buffer` until it is full, refilling the staging as needed.
    private func readDecoding(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        var written = 0
        while written < buffer.count {
            if decoder!.start == decoder!.end, decoder!.carry.count == 0, !refillStaging() { break }
            let staged = UnsafeRawBufferPointer(rebasing: decoder!.staging[decoder!.start..<decoder!.end])
            let progress = Windows874.decode(
                staged, into: UnsafeMutableRawBufferPointer(rebasing: buffer[written...]), carry: &decoder!.carry)
            decoder!.start += progress.read
            written += progress.written
            lineFeedsDelivered += progress.lineFeeds
            consumed(progress.read)
            if progress.stoppedAtUnassignedByte {
                failUnassignedByte()
                break
            }
        }
        return written
    }

    /// Records the byte at the decoder's position as unassigned, with its line and column.
    private func failUnassignedByte() {
        let decoder = decoder!
        let bad = decoder.start
        var column = decoder.columnBeforeStaging + bad + 1
        if let lineFeed = Self.lastLineFeed(in: UnsafeRawBufferPointer(rebasing: decoder.staging[..<bad])) {
            column = bad - lineFeed
        }
        failure = .unassignedByte(
            decoder.staging.load(fromByteOffset: bad, as: UInt8.self), line: lineFeedsDelivered + 1, column: column)
    }

    /// Reads the next raw bytes into the decoder's staging; false at the end of the file or on failure.
    private func refillStaging() -> Bool {
        let old = UnsafeRawBufferPointer(rebasing: decoder!.staging[..<decoder!.end])
        if let lineFeed = Self.lastLineFeed(in: old) {
            decoder!.columnBeforeStaging = old.count - lineFeed - 1
        } else {
            decoder!.columnBeforeStaging += old.count
        }
        let count = readRaw(into: decoder!.staging)
        decoder!.start = 0
        decoder!.end = max(count, 0)
        return count > 0
    }

    /// Copies the next bytes of the file, prefix first, into `buffer`: the count, 0 at the end, or 0 with
    /// ``failure`` set.
    private func readRaw(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        if prefixOffset < prefix.count {
            let count = min(buffer.count, prefix.count - prefixOffset)
            prefix.withUnsafeBytes { bytes in
                buffer.baseAddress!.copyMemory(from: bytes.baseAddress! + prefixOffset, byteCount: count)
            }
            prefixOffset += count
            return count
        }
        let read = buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { start in
            readUnderlying(into: start, capacity: buffer.count)
        }
        return max(read, 0)
    }

    /// Counts `count` of the file's bytes as handed on.
    @inline(__always)
    private func consumed(_ count: Int) {
        sinceReset += count
        bytesDelivered += Int64(count)
    }

    /// The offset of the last line feed in `bytes`, if any.
    private static func lastLineFeed(in bytes: UnsafeRawBufferPointer) -> Int? {
        bytes.lastIndex(of: 0x0A)
    }

    /// Reads from libxml2's input callbacks; 0 at the end, -1 (with ``failure`` set) on error.
    private func readUnderlying(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        guard !finished, capacity > 0 else { return 0 }
        guard let callback = input.pointee.readcallback else {
            finished = true
            return 0
        }
        let read = Int(callback(input.pointee.context, buffer, Int32(clamping: capacity)))
        if read <= 0 { finished = true }
        if read < 0 {
            failure = .readFailed(isGzip ? "the gzip data is damaged or cut off" : "the file could not be read")
            return -1
        }
        underlyingBytes += Int64(read)
        if isGzip, underlyingBytes > expansionLimit {
            finished = true
            failure = .expandedTooFar(limit: expansionLimit, compressedBytes: compressedBytes)
            return -1
        }
        if read > 0, hasher != nil {
            hasher!.update(bufferPointer: UnsafeRawBufferPointer(start: buffer, count: read))
            fileBytes += Int64(read)
        }
        return read
    }

    /// The SHA-256 (lower-case hex) and size of the file, once it has been read to its end; nil before
    /// that, after a failure, and for gzip files (whose bytes reach the reader decompressed).
    ///
    /// Why here: an import records the digest of every file, and reading a 1 GB feed a second time just
    /// to hash it took over a second before parsing could start; the reading thread hashes as it goes.
    var fileDigest: (hex: String, bytes: Int64)? {
        guard finished, failure == nil, let hasher else { return nil }
        return (FileDigest.hex(hasher.finalize()), fileBytes)
    }

    /// Reads the prefix.
    private func fillPrefix(upTo length: Int, displayName: String) throws(EGPFeedError) {
        var bytes = [UInt8](repeating: 0, count: length)
        var filled = 0
        while filled < length {
            let read = bytes.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: length) { start in
                    readUnderlying(into: start + filled, capacity: length - filled)
                }
            }
            if read < 0, case let .readFailed(reason)? = failure {
                throw EGPFeedError(file: displayName, problem: .readFailed(reason: reason))
            }
            if read < 0, case let .expandedTooFar(limit, compressed)? = failure {
                throw EGPFeedError(
                    file: displayName, problem: .expandsTooFar(limit: limit, compressedBytes: compressed))
            }
            if read <= 0 {
                prefixIsWholeFile = true
                break
            }
            filled += read
        }
        prefix = Array(bytes[0..<filled])
    }
}
