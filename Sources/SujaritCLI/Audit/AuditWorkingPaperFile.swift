import AuditPlans
import Procurement
import Sujarit

/// Fingerprints working-paper files for the audit commands: checked to be an ordinary file first (never a
/// FIFO or device), then hashed with Procurement's `FileDigest`, the one file hasher of the package.
enum AuditWorkingPaperFile {
    /// The file's fingerprint, or the error naming the path and what to do.
    static func fingerprint(_ path: String) throws -> FileFingerprint {
        try InputFile.checkReadable(path)
        let digest = try FileDigest.sha256(ofFileAt: path)
        return FileFingerprint(path: path, sha256: digest.hex, size: digest.bytes)
    }
}
