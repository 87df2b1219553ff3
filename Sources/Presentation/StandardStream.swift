#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output or standard error, written with `write(2)`: every byte, or an error that says why.
///
/// Foundation's `FileHandle.write(_:)` stops the program with a crash report when a write fails (a full disk
/// behind `> file`, a closed pipe when SIGPIPE is ignored), so Sujarit writes the two streams itself: partial
/// writes are resumed and interrupted ones (EINTR) retried, and a failure is thrown for the caller to decide —
/// a command's output that cannot be written ends the command with a message, progress is dropped.
public struct StandardStream: Sendable {
    /// The file descriptor.
    public let descriptor: Int32
    /// Its name for messages: "standard output".
    public let name: String

    /// Standard output: a command's results.
    public static let output = StandardStream(descriptor: STDOUT_FILENO, name: "standard output")
    /// Standard error: messages and progress.
    public static let error = StandardStream(descriptor: STDERR_FILENO, name: "standard error")

    /// Writes the UTF-8 bytes of `text`.
    /// - throws: ``WriteError`` with the system's reason.
    public func write(_ text: String) throws(WriteError) {
        var text = text
        let failure = text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
        if let failure { throw failure }
    }

    /// Writes `bytes` (UTF-8 text already made: a list's chunk of output).
    /// - throws: ``WriteError`` with the system's reason.
    public func write(_ bytes: [UInt8]) throws(WriteError) {
        let failure = bytes.withUnsafeBytes { write($0) }
        if let failure { throw failure }
    }

    /// Writes all of `bytes`; the error, if the system refused them.
    private func write(_ bytes: UnsafeRawBufferPointer) -> WriteError? {
        var done = 0
        while done < bytes.count {
            let count = systemWrite(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return WriteError(stream: name, code: count < 0 ? errno : EIO) }
            done += count
        }
        return nil
    }

    /// Why a standard stream could not be written.
    public struct WriteError: Error, Equatable, Sendable {
        /// The stream's name: "standard output".
        public let stream: String
        /// The system's error number (`ENOSPC`, `EPIPE`).
        public let code: Int32

        /// The system's reason: "No space left on device".
        public var reason: String { String(cString: strerror(code)) }

        /// Whether the reader went away (`| head -1` once it has its line): not a failure to report.
        public var isClosedPipe: Bool { code == EPIPE }
    }
}

/// `write(2)`, named apart from ``StandardStream/write(_:)``.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
