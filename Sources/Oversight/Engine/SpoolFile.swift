import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A temporary file of a red-flag run (``CandidateFile``, ``SpoolKeyRuns``), written at its end and read by
/// position, with every failure thrown as a ``TemporaryFileError`` that names the folder.
///
/// The file is created readable by its owner only (candidates' evidence can name people) and its name is removed
/// from the folder as soon as it is open: the bytes live as long as the descriptor, so the file goes on every
/// path — an error, Ctrl-C, a crash — and a folder emptied or removed mid-run does not disturb it.
final class SpoolFile: @unchecked Sendable {
    /// The folder the file was made in, for messages.
    let folder: URL
    private let descriptor: Int32

    /// Creates an empty file named `prefix`-UUID in `folder`.
    /// - throws: ``TemporaryFileError`` (`.create`) when the folder is missing, full or not writable.
    init(prefix: String, in folder: URL) throws {
        self.folder = folder
        let path = folder.appendingPathComponent("\(prefix)-\(UUID().uuidString).bin").path
        let opened = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard opened >= 0 else { throw TemporaryFileError(.create, folder: folder.path, code: errno) }
        descriptor = opened
        unlink(path)
    }

    deinit {
        close(descriptor)
    }

    /// Writes all of `bytes` after what was written before, resuming partial and interrupted writes.
    /// - throws: ``TemporaryFileError`` (`.write`), e.g. when the folder's disk is full.
    func append(_ bytes: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                throw TemporaryFileError(.write, folder: folder.path, code: count < 0 ? errno : ENOSPC)
            }
            done += count
        }
    }

    /// Fills `buffer` from `offset` on, or as much of it as the file holds; returns how many bytes were read.
    /// - throws: ``TemporaryFileError`` (`.read`) when the system cannot read the file.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws -> Int {
        var done = 0
        while done < buffer.count {
            let count = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset) + off_t(done))
            if count < 0, errno == EINTR { continue }
            if count < 0 { throw TemporaryFileError(.read, folder: folder.path, code: errno) }
            if count == 0 { break }
            done += count
        }
        return done
    }

    /// Reads exactly `count` bytes from `offset`.
    /// - throws: ``TemporaryFileError`` (`.read`), also when the file ends before them.
    func read(_ count: Int, at offset: Int64) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let read = try bytes.withUnsafeMutableBytes { raw in
            try self.read(into: raw, at: offset)
        }
        guard read == count else {
            throw TemporaryFileError(.read, folder: folder.path, reason: "the file ended early")
        }
        return bytes
    }
}

/// Why a red-flag run's temporary file failed, with the folder it was in and what to do: the file holds the
/// candidates of a national run while they are put in numbering order (``CandidateSpool``), so a missing or full
/// temporary folder stops the run.
public struct TemporaryFileError: Error, LocalizedError, Equatable, Sendable {
    /// What failed.
    public enum Step: Sendable, Equatable {
        /// Making the file: the folder is missing or not writable.
        case create
        /// Writing it, before any flag is recorded: usually a full disk.
        case write
        /// Reading it back while the flags are recorded.
        case read
    }

    /// What failed.
    public let step: Step
    /// The temporary folder (TMPDIR, or `/tmp`).
    public let folder: String
    /// The system's reason ("No space left on device").
    public let reason: String

    init(_ step: Step, folder: String, code: Int32) {
        self.init(step, folder: folder, reason: String(cString: strerror(code)))
    }

    init(_ step: Step, folder: String, reason: String) {
        self.step = step
        self.folder = folder
        self.reason = reason
    }

    /// The message shown to the user.
    public var errorDescription: String? {
        let advice =
            "Set TMPDIR to an existing folder with free space (e.g. TMPDIR=/var/tmp) and run 'sujarit flags run' again"
        switch step {
        case .create, .write:
            return
                """
                Could not \(step == .create ? "create" : "write") the red-flag run's temporary file in \(folder) \
                (เขียนไฟล์ชั่วคราวไม่ได้): \(reason). No flag was recorded. \(advice).
                """
        case .read:
            return
                """
                Could not read the red-flag run's temporary file in \(folder) (อ่านไฟล์ชั่วคราวไม่ได้): \(reason). \
                The flags recorded before this stay recorded. \(advice): it records only the flags not yet recorded.
                """
        }
    }
}
