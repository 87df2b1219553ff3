import Foundation
#if canImport(Glibc)
    import Glibc
#endif
import Testing

/// Runs a command with a pseudo-terminal as its standard input, output and error, the way a person at a
/// terminal (or tmux) runs it: the program sees `isatty` and the line discipline echoes what is typed.
final class PseudoTerminal {
    private let master: Int32
    private let process = Process()
    private var buffer = Data()
    /// Everything the program printed so far, for failure messages.
    var transcript: String { String(decoding: buffer, as: UTF8.self) }

    /// Starts `sujarit` with `arguments` on a new pseudo-terminal, in the test's folder and with its store.
    init(_ sujarit: SujaritProcess, _ arguments: [String]) throws {
        var master: Int32 = 0, slave: Int32 = 0
        guard openpty(&master, &slave, nil, nil, nil) == 0 else { throw POSIXError(.ENOTTY) }
        self.master = master
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.executableURL = SujaritProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = sujarit.folder
        process.environment = sujarit.environment(["TERM": "xterm"])
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    /// Types `text` as if at the keyboard.
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads until the output holds `text` after what was already matched; fails after 60 seconds.
    func expect(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let wanted = Data(text.utf8)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if let range = buffer.range(of: wanted) {
                buffer.removeSubrange(buffer.startIndex..<range.upperBound)
                matched += text
                return
            }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 200) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(master, &chunk, chunk.count)
            if count <= 0 { break }
            buffer.append(contentsOf: chunk[0..<count])
        }
        Issue.record(
            "the session never printed \(text.debugDescription); it printed:\n\(transcript)",
            sourceLocation: sourceLocation)
        throw POSIXError(.ETIMEDOUT)
    }

    private var matched = ""

    /// Waits for the program to end, draining its output, and returns its exit status.
    func wait() throws -> Int32 {
        while process.isRunning {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, 100) > 0 {
                var chunk = [UInt8](repeating: 0, count: 4096)
                let count = read(master, &chunk, chunk.count)
                if count > 0 { buffer.append(contentsOf: chunk[0..<count]) }
            }
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

extension SujaritProcess {
    /// Opens FY2568's inherent scoring round (as palad, who may) and starts `risk session` for the committee
    /// member `member` at a terminal, read up to its first risk: the start of every interactive scoring test.
    func scoringSession(as member: String) throws -> PseudoTerminal {
        try succeed(["risk", "round", "--fy", "2568", "--kind", "inherent", "--as", "palad"])
        let session = try PseudoTerminal(self, ["risk", "session", "--as", member])
        try session.expect("[1/8] R-2568-001")
        return session
    }
}
