import ArgumentParser
import EventStorePostgres
import Foundation

/// The one way a command writes a file (`-o`/`--output`, a report's default file in `Reports/out/`, a PDF and
/// the HTML beside it): every check is made before anything is written, and the file appears whole or not
/// at all.
///
/// - It refuses the store itself and its SQLite companions (`-wal`, `-shm`, `-journal`), compared by real
///   path (relative paths, `..` and symbolic links resolved) and, for files that exist, by device and inode
///   (hard links): `-o sujarit.db` once replaced the store with a CSV and reported success.
/// - It refuses to replace an existing file unless the user said `--force`. A report's default file in
///   `Reports/out/` is Sujarit's own output, regenerated on every run, so it is replaced without `--force`
///   (`overwritesOwnFile`).
/// - It refuses a folder with a message that says what to give instead.
/// - It writes a temporary file in the same folder and renames it over the target, so an interrupted run
///   leaves the old file or the new one, never half of one.
/// - New files get the permissions the user's umask gives (reports and exports are meant to be shared),
///   except files marked ``Privacy/personalData`` (the O33 gift report, which names recipients for a reviewer,
///   and an `--internal` O34/O35, which carries what red flags allege): those are created readable by their
///   owner only (0600).
/// - A file Sujarit did not create (the user said `--force`) is replaced by a new file with these permissions,
///   not rewritten in place; without `--force` the new file is hard-linked into place, so even a file that
///   appeared after the check is never replaced.
struct OutputFile {
    /// Who may read the file once written.
    enum Privacy {
        /// Permissions from the umask: a report or export meant to be passed on.
        case shared
        /// Owner-only (0600): the file can name people (PDPA).
        case personalData
    }

    /// The file to write, absolute.
    let url: URL
    /// The permissions new files get. No check depends on it, so a command that checks its target before it
    /// has read what it will write (`audit plan export`) sets it once the document says (its header's privacy).
    var privacy: Privacy
    /// Whether an existing file may be replaced (`--force`, or Sujarit's own default file).
    let replaces: Bool
    /// The option that named the file, for messages.
    let option: String

    /// The path as the user gave it, or as Sujarit chose it, for messages.
    var path: String { url.path }

    /// Checks `path` for writing.
    ///
    /// - parameters:
    ///   - option: The option that named it, for messages (`-o`, `--output`).
    ///   - store: The store location the command uses (a file path or a PostgreSQL URL).
    ///   - force: Whether the user allowed an existing file to be replaced.
    ///   - overwritesOwnFile: True for a default location Sujarit chose itself (`Reports/out/…`).
    /// - throws: ``OutputFileError`` naming the path and what to do.
    init(
        _ path: String, option: String = "-o", store: String?, force: Bool, overwritesOwnFile: Bool = false,
        privacy: Privacy = .shared
    ) throws {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        if path.hasSuffix("/") || (fileManager.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue) {
            throw OutputFileError.folder(path: path, option: option)
        }
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if let store, let clash = Self.storeFile(matching: url, store: store) {
            throw OutputFileError.storeFile(path: path, option: option, storeFile: clash)
        }
        if !force, !overwritesOwnFile, Self.exists(url.path) {
            throw OutputFileError.exists(path: path, option: option)
        }
        self.url = url
        self.privacy = privacy
        self.replaces = force || overwritesOwnFile
        self.option = option
    }

    /// Writes `text` as UTF-8.
    func write(_ text: String) throws {
        try write(Data(text.utf8))
    }

    /// Writes `data`: into a temporary file beside the target, then renamed over it.
    func write(_ data: Data) throws {
        try produce { temporary in
            guard FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: attributes) else {
                throw OutputFileError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Lets `body` write the file at a temporary path in the target's folder (for example headless Chromium
    /// printing a PDF), then renames it over the target. The temporary file is removed if `body` fails.
    func produce(_ body: (URL) throws -> Void) throws {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputFileError.cannotWrite(path: path, reason: error.localizedDescription)
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).partial")
        defer { try? FileManager.default.removeItem(at: temporary) }
        try body(temporary)
        if privacy == .personalData { chmod(temporary.path, 0o600) }
        if !replaces {
            // A hard link never replaces: a file that appeared since the check is kept, not overwritten.
            if link(temporary.path, url.path) == 0 { return }
            if errno == EEXIST { throw OutputFileError.exists(path: path, option: option) }
            // A file system without hard links: fall through to rename, the check having been made.
        }
        guard rename(temporary.path, url.path) == 0 else {
            throw OutputFileError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }

    private var attributes: [FileAttributeKey: Any]? {
        privacy == .personalData ? [.posixPermissions: 0o600] : nil
    }

    /// Whether something (a file, or a symbolic link even a dangling one) is at `path`.
    /// The folder `path` names for a command that writes many files (`--out`), made when missing; a path that is
    /// a file (the store, say) is refused before anything is written.
    static func folder(_ path: String, option: String) throws -> URL {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
            throw OutputFileError.notAFolder(path: path, option: option)
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw OutputFileError.cannotWrite(path: path, reason: error.localizedDescription)
        }
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The store file `url` would overwrite, if any: the store or one of its SQLite companions.
    static func storeFile(matching url: URL, store: String) -> String? {
        guard !PostgresLocation.isPostgresURL(store) else { return nil }
        let storeURL = URL(fileURLWithPath: store).standardizedFileURL
        let target = realPath(url)
        let targetInode = inode(url.path)
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let candidate = URL(fileURLWithPath: storeURL.path + suffix)
            if realPath(candidate) == target { return candidate.path }
            if let targetInode, inode(candidate.path) == targetInode { return candidate.path }
        }
        return nil
    }

    /// The path with symbolic links and `..` resolved: the whole path when it exists, else its folder's
    /// real path and the name (a dangling symbolic link resolves to where it points).
    static func realPath(_ url: URL) -> String {
        if let resolved = realpath(url.path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        if let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) {
            let pointed = URL(fileURLWithPath: destination, relativeTo: url.deletingLastPathComponent())
                .standardizedFileURL
            if pointed.path != url.path { return realPath(pointed) }
        }
        let folder = url.deletingLastPathComponent()
        guard folder.path != url.path else { return url.path }
        return (realPath(folder) as NSString).appendingPathComponent(url.lastPathComponent)
    }

    /// The device and inode of an existing file (following symbolic links).
    static func inode(_ path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }
}

/// Why a file was not written; each message names the path and what to do.
enum OutputFileError: LocalizedError {
    case folder(path: String, option: String)
    case notAFolder(path: String, option: String)
    case storeFile(path: String, option: String, storeFile: String)
    case exists(path: String, option: String)
    case cannotWrite(path: String, reason: String)

    var errorDescription: String? {
        switch self {
        case let .folder(path, option):
            let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
            return
                """
                \(option) \(path) names a folder; give a file name such as \(folder)/export.csv or \
                \(folder)/report.html.
                """
        case let .notAFolder(path, option):
            return
                """
                \(option) \(path) is a file, not a folder: give a folder for the files (it is made when missing), \
                e.g. \(option) ita-pack. Nothing was written.
                """
        case let .storeFile(path, option, storeFile):
            return
                """
                \(option) \(path) is the store's own file \(storeFile): writing there would destroy the store. \
                Nothing was written; choose another file name.
                """
        case let .exists(path, option):
            return
                """
                \(option) \(path) already exists. Nothing was written; add --force to replace it, or choose \
                another file name.
                """
        case let .cannotWrite(path, reason):
            return "Cannot write \(path): \(reason). Check that the folder exists and that you may write there."
        }
    }
}

/// `--force`: the flag every command that writes a file takes.
struct ForceOption: ParsableArguments {
    @Flag(help: "Replace the output file if it exists (without it, an existing file is never overwritten).")
    var force = false
}

/// `-o FILE` and `--force` of a command that prints a document to standard output unless told to write a file:
/// `-o -` is standard output too, as every report takes it.
struct DocumentOutputOptions: ParsableArguments {
    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            "Write to this file instead of standard output ('-' for standard output; never the store; an existing "
                + "file only with --force).",
            valueName: "file"))
    var output: String?

    @OptionGroup var overwrite: ForceOption

    /// The file `-o` names; nil for standard output (no `-o`, or `-o -`).
    var file: String? { output == "-" ? nil : output }

    /// The file checked for writing before anything is read, so a wrong `-o` fails first; nil for standard output.
    func checked(store: String?) throws -> OutputFile? {
        try file.map { try OutputFile($0, store: store, force: overwrite.force) }
    }
}
