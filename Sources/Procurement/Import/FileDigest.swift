import Crypto
import Foundation

/// SHA-256 digests of imported files and of payloads, in lower-case hex.
///
/// A file's digest is its identity in the audit trail: it says exactly which bytes were imported, whatever
/// the file was called, and anyone can check it with `sha256sum`. Files are read in 1 MiB chunks, so a
/// 1 GB feed is hashed in flat memory.
public enum FileDigest {
    /// A file's SHA-256 in lower-case hex, and its size in bytes.
    public typealias Result = (hex: String, bytes: Int64)

    /// The SHA-256 of the file at `path` and its size in bytes.
    ///
    /// One buffer is reused for the whole file: a fresh `Data` per chunk cost a page fault per 4 KB
    /// (a third of a second for a 1 GB feed).
    /// - Throws: the file system's error when the file cannot be read.
    public static func sha256(ofFileAt path: String) throws -> (hex: String, bytes: Int64) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        defer { close(descriptor) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        var hasher = SHA256()
        var total: Int64 = 0
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path])
            }
            if count == 0 { break }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
            total += Int64(count)
        }
        return (hex(hasher.finalize()), total)
    }

    /// The SHA-256 of `data`.
    public static func sha256Hex(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    /// A digest's bytes in lower-case hex.
    static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
