import Foundation

/// What a path names, found with `stat` before anything opens it.
///
/// Opening a FIFO for reading blocks until a writer appears, and reading a device or a socket never ends,
/// so every importer and file reader checks the kind (and, for files read whole, the size) first: a
/// non-regular file named directly is refused, and one found in an import folder is skipped with a warning.
public enum InputFile {
    /// The kind of file a path names, after following symbolic links.
    public enum Kind: String, Sendable, Hashable {
        /// An ordinary file.
        case regular
        /// A directory.
        case directory
        /// A named pipe (FIFO).
        case fifo = "named pipe (FIFO)"
        /// A socket.
        case socket
        /// A character or block device.
        case device
        /// Anything else.
        case other = "special file"
    }

    /// The kind and size of `path` without opening it; nil when it does not exist (or a link points nowhere).
    public static func inspect(_ path: String) -> (kind: Kind, bytes: Int64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let kind: Kind =
            switch info.st_mode & S_IFMT {
            case S_IFREG: .regular
            case S_IFDIR: .directory
            case S_IFIFO: .fifo
            case S_IFSOCK: .socket
            case S_IFCHR, S_IFBLK: .device
            default: .other
            }
        return (kind, Int64(info.st_size))
    }

    /// Checks that `path` is a regular file no larger than `maxBytes` (when given), without opening it.
    /// - Returns: The file's size in bytes.
    @discardableResult
    public static func checkReadable(_ path: String, maxBytes: Int64? = nil) throws(InputFileError) -> Int64 {
        guard let (kind, bytes) = inspect(path) else { throw .missing(path) }
        guard kind == .regular else { throw .notRegular(path, kind) }
        if let maxBytes, bytes > maxBytes { throw .tooLarge(path, bytes: bytes, limit: maxBytes) }
        return bytes
    }
}

/// Why a file was not opened, from ``InputFile/checkReadable(_:maxBytes:)``.
public enum InputFileError: Error, LocalizedError, Sendable, Hashable {
    /// Nothing exists at the path.
    case missing(String)
    /// The path names a FIFO, socket, device or directory, which is never opened for reading.
    case notRegular(String, InputFile.Kind)
    /// The file is larger than the limit for files read whole.
    case tooLarge(String, bytes: Int64, limit: Int64)

    /// The path.
    public var path: String {
        switch self {
        case let .missing(path), let .notRegular(path, _), let .tooLarge(path, _, _): path
        }
    }

    /// The file, the problem and what to do.
    public var errorDescription: String? {
        switch self {
        case let .missing(path):
            "\(path): error: no such file. Check the path."
        case let .notRegular(path, kind):
            """
            \(path): error: this is a \(kind.rawValue), not an ordinary file; it was not opened. Name the data \
            file itself.
            """
        case let .tooLarge(path, bytes, limit):
            "\(path): error: the file is \(bytes) bytes; files read whole may be at most \(limit) bytes, so it was "
                + "not read. Check that it is the right file, or raise 'max_file_bytes' in Registers/limits.yaml."
        }
    }
}
