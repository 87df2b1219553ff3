import CLibXML2
import Foundation

/// A forward-only stream of a feed file's bytes, decompressed by libxml2 when the file is gzip, with the
/// start kept aside for encoding sniffing and a byte budget that bounds any single XML node.
///
/// The bytes come from libxml2's own input layer (`xmlParserInputBufferCreateFilename`), which recognises
/// gzip by its magic bytes and inflates it with the zlib libxml2 already links; nothing is decompressed
/// to disk or held in memory beyond the sniffed prefix and libxml2's few-kilobyte buffers. The reader
/// resets the budget each time libxml2 hands back a node; reading more than the budget before the next
/// node means one node (a text, a tag, a comment) is larger than the per-field limit, and the stream
/// fails rather than let libxml2 buffer it.
final class FeedSource {
    /// Why the stream stopped on its own account.
    enum Failure: Equatable {
        /// More than the budget was read while libxml2 was assembling one node.
        case nodeTooLarge
        /// The underlying read or decompression failed.
        case readFailed(String)
    }

    /// The first bytes of the (decompressed) file, for ``EncodingSniffer``.
    private(set) var prefix: [UInt8] = []
    /// True when the prefix is the whole file.
    private(set) var prefixIsWholeFile = false
    /// True when the file starts with the gzip magic bytes.
    let isGzip: Bool
    /// Set when the stream failed; the reader turns it into an ``EGPFeedError``.
    private(set) var failure: Failure?
    /// Line feeds handed to libxml2 so far: the file's last line is this plus one once the stream has
    /// ended, which tells a file cut off mid-document from one with extra content after `</rss>`.
    private(set) var lineFeedsDelivered = 0
    /// True once the underlying stream has reported its end or an error.
    private(set) var finished = false
    /// Bytes handed to libxml2 so far (after decompression), for progress reports.
    private(set) var bytesDelivered: Int64 = 0

    /// libxml2's input buffer: file or gzip reader with its own context and callbacks.
    private let input: xmlParserInputBufferPtr
    /// How much of ``prefix`` has been handed on.
    private var prefixOffset = 0
    /// Bytes handed to libxml2 since the last ``resetBudget()``.
    private var sinceReset = 0
    /// The most bytes one node may take.
    private let budget: Int

    /// Opens `path` and reads up to `prefixLength` bytes of it.
    ///
    /// `path` must be absolute, so that libxml2's input layer treats it as a local file (a relative name
    /// such as `-` would mean standard input, and `http://…` the network).
    init(absolutePath path: String, displayName: String, prefixLength: Int, budget: Int) throws(EGPFeedError) {
        precondition(path.hasPrefix("/"), "FeedSource needs an absolute path")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw EGPFeedError(file: displayName, problem: .cannotOpen(reason: "there is no such file"))
        }
        guard !isDirectory.boolValue else {
            throw EGPFeedError(file: displayName, problem: .cannotOpen(reason: "it is a directory"))
        }
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
        try fillPrefix(upTo: prefixLength, displayName: displayName)
    }

    deinit {
        xmlFreeParserInputBuffer(input)
    }

    /// Starts a new budget; the reader calls this before asking libxml2 for each node.
    func resetBudget() {
        sinceReset = 0
    }

    /// Copies up to `capacity` bytes into `buffer`: first the prefix, then the rest of the file. Returns the
    /// count, 0 at the end, or -1 on failure (libxml2's read-callback convention).
    func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int32 {
        if failure != nil { return -1 }
        if sinceReset > budget {
            failure = .nodeTooLarge
            return -1
        }
        let count: Int
        if prefixOffset < prefix.count {
            count = min(capacity, prefix.count - prefixOffset)
            prefix.withUnsafeBufferPointer { bytes in
                UnsafeMutableRawPointer(buffer).copyMemory(
                    from: bytes.baseAddress! + prefixOffset, byteCount: count)
            }
            prefixOffset += count
        } else {
            let read = readUnderlying(into: buffer, capacity: capacity)
            guard read >= 0 else { return -1 }
            count = read
        }
        sinceReset += count
        bytesDelivered += Int64(count)
        for byte in UnsafeRawBufferPointer(start: buffer, count: count) where byte == 0x0A {
            lineFeedsDelivered += 1
        }
        return Int32(count)
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
        return read
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
            if read <= 0 {
                prefixIsWholeFile = true
                break
            }
            filled += read
        }
        prefix = Array(bytes[0..<filled])
    }
}
