import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Who, besides its owner, can read a store file, and how a new one is made private.
///
/// A store holds declarations of interest and gifts, personal data under the PDPA, in clear text. Under the
/// usual umask (022) a file is created readable by every account on the machine, which would let any other
/// user copy it and read every declaration. So a new store file is created owner-only (0600) before SQLite
/// first opens it; SQLite then gives its `-wal` and `-shm` files the same permissions as the database file
/// (its unix VFS copies the main file's mode), so the whole store stays private. An existing store that others
/// can read is not changed behind the owner's back: ``StoreFileAccess/exposure(of:)`` tells the command,
/// which warns and names the `chmod` to run.
public enum StoreFileAccess {
    /// The permission bits of a new store file: read and write for its owner, nothing for anyone else.
    public static let privateMode: mode_t = 0o600

    /// Creates an empty file at `path` readable and writable by its owner only.
    ///
    /// - throws: ``EventStoreError/storeAlreadyExists(_:)`` when anything is at `path` already (checked
    ///   atomically by the operating system, so two `init`s at once cannot both create it), or
    ///   ``EventStoreError/backend(_:)`` naming the system's reason (no such folder, no permission).
    public static func createPrivateFile(at path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, privateMode)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST { throw EventStoreError.storeAlreadyExists(path) }
            throw EventStoreError.backend("cannot create \(path): \(String(cString: strerror(code)))")
        }
        // The umask only removes bits, and 0600 has none it would remove; set the mode explicitly anyway,
        // so that a process with an unusual umask still gets exactly owner-only.
        _ = fchmod(descriptor, privateMode)
        close(descriptor)
    }

    /// What an existing store's files let other accounts do, for a warning; nil when they are private.
    public struct Exposure: Sendable, Hashable {
        /// The files (the store and any `-wal`/`-shm` beside it) that others can read or write.
        public var files: [String]
        /// The command that makes them private, e.g. `chmod 600 'sujarit.db' 'sujarit.db-wal'`.
        public var repair: String {
            "chmod 600 "
                + files.map { "'" + $0.replacingOccurrences(of: "'", with: #"'\''"#) + "'" }.joined(separator: " ")
        }
    }

    /// The store's files that accounts other than the owner can read or write; nil when there are none.
    public static func exposure(of path: String) -> Exposure? {
        let exposed = [path, path + "-wal", path + "-shm"].filter { file in
            var status = stat()
            guard stat(file, &status) == 0 else { return false }
            return status.st_mode & 0o077 != 0 // any group or other bit
        }
        return exposed.isEmpty ? nil : Exposure(files: exposed)
    }
}
