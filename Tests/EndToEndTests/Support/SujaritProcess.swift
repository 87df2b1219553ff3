import Foundation
import Testing
import TestSupport

/// Runs the built `sujarit` binary the way a user would, and captures what it printed.
///
/// End-to-end tests go through the real executable (argument parsing, exit codes, stdout versus stderr),
/// each in its own temporary folder with its own store, so they can run in parallel.
struct SujaritProcess {
    /// What one run printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Both streams, for assertions that do not care which one a message went to.
        var output: String { stdout + stderr }
    }

    /// The products folder of this build (the test bundle sits beside the executables on Linux).
    static var productsDirectory: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    }

    /// The built `sujarit` binary.
    static var executable: URL {
        let url = productsDirectory.appendingPathComponent("sujarit")
        precondition(
            FileManager.default.isExecutableFile(atPath: url.path),
            "build the sujarit product first: \(url.path) is missing")
        return url
    }

    /// A fresh store for Tak Bai (department 6960501) with its directory, the shipped register configuration and
    /// the example risk register of FY2568: the starting point of the risk register's end-to-end suites.
    static func takBaiRiskRegister() throws -> SujaritProcess {
        let root = packageRoot.path
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960501"])
        try sujarit.succeed(["agency", "load", root + "/Registers/examples/takbai/agency.yaml"])
        try sujarit.succeed(["risk", "configure", "--registers", root + "/Registers"])
        let imported = try sujarit.succeed(["risk", "import", root + "/Registers/examples/takbai/risks-2568.yaml"])
        #expect(imported.stdout.contains("Imported 8 risk(s)"))
        return sujarit
    }

    /// The package's root folder, for example files in `Registers/` and `Imports/`.
    static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }

    /// A fresh folder for one test; the store inside it is `store.db`. Removed when the last copy of this value
    /// goes, at the end of the test (a suite's `static` one: ``RemovesFolderAfterSuite``).
    let folder: URL
    private let temporary: TemporaryFolder
    /// The actor recorded on events unless a test passes `--as`.
    var actor = "e2e-tester"

    init() throws {
        temporary = try TemporaryFolder("sujarit-e2e")
        folder = temporary.url
    }

    /// The test's store path.
    var storePath: String { folder.appendingPathComponent("store.db").path }

    /// Runs `sujarit` with `arguments`, the test's store in `SUJARIT_STORE`, no colour, no `COLUMNS`, and `input`
    /// on stdin.
    @discardableResult
    func run(_ arguments: [String], input: String? = nil, environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = environment(extra)
        let stdout = Pipe(), stderr = Pipe(), stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        // Drain stderr on another thread while stdout is read here, so a chatty child never blocks on a full pipe.
        let errorReader = PipeReader(stderr.fileHandleForReading)
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errorReader.wait(), as: UTF8.self)
        )
    }

    /// The environment `sujarit` runs in here, with `extra` on top: the test's store in `SUJARIT_STORE`, its actor,
    /// no colour and no `COLUMNS` (tables fit COLUMNS when it is set; a runner's own width must not reshape what
    /// tests read). Tests that start the binary themselves (a pseudo-terminal, a signal) use it too.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["SUJARIT_STORE"] = storePath
        environment["SUJARIT_USER"] = actor
        environment["NO_COLOR"] = "1"
        environment["COLUMNS"] = nil
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// Runs and requires exit status 0, recording the output in the failure otherwise.
    @discardableResult
    func succeed(
        _ arguments: [String], input: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Result {
        let result = try run(arguments, input: input)
        #expect(
            result.status == 0,
            "sujarit \(arguments.joined(separator: " ")) exited \(result.status):\n\(result.output)",
            sourceLocation: sourceLocation)
        return result
    }

    /// A logical dump of the store (schema and every row), to prove a failed command left it exactly as it
    /// was. File bytes are not compared, since SQLite may checkpoint its WAL on close without changing content.
    func storeDump() throws -> String { try sqlite3([storePath, ".dump"]).output }

    /// Runs `sql` on the test's store with the sqlite3 shell, as someone with the file could (to tamper with it
    /// past the store's guards), and expects it to succeed.
    func sqlite(_ sql: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let status = try sqlite3([storePath, sql]).status
        #expect(status == 0, "sqlite3 exited \(status) on: \(sql)", sourceLocation: sourceLocation)
    }

    /// The sqlite3 shell run with `arguments`: its exit status and what it printed.
    private func sqlite3(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// Reads a pipe to its end on a background thread.
private final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
