import Crypto
import Foundation

/// SHA-256 digests of imported files and of payloads, in lower-case hex.
///
/// A file's digest is its identity in the audit trail: it says exactly which bytes were imported, whatever
/// the file was called, and anyone can check it with `sha256sum`. Files are read in 1 MiB chunks, so a
/// 1 GB feed is hashed in flat memory.
public enum FileDigest {
    /// The SHA-256 of the file at `path` and its size in bytes.
    /// - Throws: the file system's error when the file cannot be read.
    public static func sha256(ofFileAt path: String) throws -> (hex: String, bytes: Int64) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        var total: Int64 = 0
        while true {
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { break }
            hasher.update(data: chunk)
            total += Int64(chunk.count)
        }
        return (hex(hasher.finalize()), total)
    }

    /// The SHA-256 of `data`.
    public static func sha256Hex(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    /// A digest's bytes in lower-case hex.
    private static func hex(_ digest: SHA256.Digest) -> String {
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
