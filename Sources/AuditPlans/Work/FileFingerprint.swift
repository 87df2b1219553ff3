/// A file as a working-paper reference records it: where it was, its SHA-256 and its size. The register
/// never reads the file; the command line hashes it (with Procurement's `FileDigest`, the one hasher of
/// files) and hands the result here, so the module needs no cryptography of its own.
public struct FileFingerprint: Sendable, Hashable {
    /// The path as given.
    public var path: String
    /// The SHA-256 in lowercase hex (64 digits).
    public var sha256: String
    /// The size in bytes.
    public var size: Int64

    /// Creates the value from its parts.
    public init(path: String, sha256: String, size: Int64) {
        self.path = path
        self.sha256 = sha256
        self.size = size
    }

    /// Whether another reading of a file has the same bytes as this one.
    public func matches(_ other: FileFingerprint) -> Bool { sha256 == other.sha256 && size == other.size }
}
