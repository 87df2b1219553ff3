import Foundation
import Testing
import TestSupport

/// The binary leaves nothing in the temporary folder: not on success, not when a printer fails, not on Ctrl-C
/// while Chromium or LibreOffice prints. Every command here runs with `TMPDIR` set to a fresh folder of its own,
/// which must be empty afterwards; a clerk who prints a report a day would otherwise fill `/tmp` with browser
/// profiles.
@Suite("Nothing left in the temporary folder (TMPDIR)")
struct TemporaryFilesEndToEndTests {
    static let root = SujaritProcess.packageRoot.path

    /// The test's store, and the folder its commands get as `TMPDIR`: a short path of its own, as Chromium's
    /// socket there must fit a socket address's 108 bytes.
    let sujarit: SujaritProcess
    let scratch: TemporaryFolder
    var tmp: URL { scratch.url }

    init() throws {
        sujarit = try SujaritProcess()
        scratch = try TemporaryFolder("t")
    }

    /// Runs `sujarit` as the internal auditor (who may read every report) with the test's `TMPDIR` and `extra`.
    @discardableResult
    func run(_ arguments: [String], _ extra: [String: String] = [:]) throws -> SujaritProcess.Result {
        try sujarit.run(arguments, environment: environment(extra))
    }

    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        sujarit.environment(extra.merging(["TMPDIR": tmp.path, "SUJARIT_USER": "anan"]) { given, _ in given })
    }

    /// What is in the test's `TMPDIR`.
    func leftovers() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: tmp.path).sorted() }

    /// Expects the test's `TMPDIR` to be empty after `step`, naming what was left otherwise.
    func expectNothingLeft(after step: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let left = try leftovers()
        #expect(left.isEmpty, "after \(step): \(left)", sourceLocation: sourceLocation)
    }

    /// A stand-in for Chromium or LibreOffice that makes Chromium's profile folder as Chromium does, then waits
    /// to be stopped, so a test can press Ctrl-C while it "prints".
    func slowPrinter() throws -> String {
        let path = sujarit.folder.appendingPathComponent("slow-printer").path
        let script = """
            #!/bin/sh
            for argument in "$@"; do
              case "$argument" in --user-data-dir=*) mkdir -p "${argument#--user-data-dir=}/Default" ;; esac
            done
            exec sleep 60

            """
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    @Test(
        """
        The demo, imports, flags run, verify, rebuild, a report as PDF and as Word, a refused import and a failed \
        print leave TMPDIR empty
        """
    )
    func commandsLeaveNothing() throws {
        let demo = try run(["demo", "--store", sujarit.storePath])
        #expect(demo.status == 0, "\(demo.output.suffix(600))")
        try expectNothingLeft(after: "demo")
        let contracts = Self.root + "/Imports/examples/takbai-contracts-2568.csv"
        for command in [
            ["import", "contracts", contracts], ["flags", "run", "--config", Self.root + "/Registers/red-flags.yaml"],
            ["verify"], ["rebuild"],
        ] {
            let result = try run(command)
            #expect(result.status == 0, "\(command): \(result.output.suffix(600))")
            try expectNothingLeft(after: command.joined(separator: " "))
        }
        let refused = try run(["import", "egp", Self.root + "/Imports/bad/unknown-type.xml", "--dept", "6960501"])
        #expect(refused.status != 0)
        let report = ["report", "executive", "--fy", "2568", "--round", "12m"]
        if VisualCheck.chromium != nil {
            let pdf = try run(report + ["--pdf", "-o", sujarit.folder.appendingPathComponent("e.pdf").path])
            #expect(pdf.status == 0, "\(pdf.output.suffix(600))")
        }
        let failed = try run(
            report + ["--pdf", "-o", sujarit.folder.appendingPathComponent("f.pdf").path],
            ["SUJARIT_CHROMIUM": "/bin/false"])
        #expect(failed.status != 0 && failed.stderr.contains("Chromium"), "\(failed.output)")
        if which("soffice") != nil {
            let docx = sujarit.folder.appendingPathComponent("e.docx").path
            let word = try run(report + ["--format", "docx", "-o", docx])
            #expect(word.status == 0, "\(word.output.suffix(600))")
        }
        try expectNothingLeft(after: "the reports")
    }

    @Test("A TMPDIR that does not exist is refused by the demo with a message naming it, and is not created")
    func missingTemporaryFolder() throws {
        let missing = tmp.appendingPathComponent("gone").path
        let demo = try run(["demo"], ["TMPDIR": missing])
        #expect(demo.status != 0)
        #expect(demo.stderr.contains("\(missing)/ (TMPDIR) does not exist"), "\(demo.stderr)")
        #expect(!demo.stderr.contains("Fatal error"), "\(demo.stderr)")
        #expect(!FileManager.default.fileExists(atPath: missing), "the demo made the missing TMPDIR")
    }

    @Test("Ctrl-C while printing stops the printer, removes its profile and the half-written file, and says so")
    func interruptedPrint() throws {
        let examples = Self.root + "/Registers/examples/takbai"
        for command in [
            ["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960501"],
            ["agency", "load", examples + "/agency.yaml"],
            ["risk", "configure", "--registers", Self.root + "/Registers"],
            ["risk", "import", examples + "/risks-2568.yaml"],
        ] {
            try #require(try run(command).status == 0, "\(command)")
        }
        let printer = try slowPrinter()
        // The printer has started once its folder (Chromium's profile, LibreOffice's work folder) is there.
        for (options, output, variable) in [
            (["--pdf"], "slow.pdf", "SUJARIT_CHROMIUM"), (["--format", "docx"], "slow.docx", "SUJARIT_SOFFICE"),
        ] {
            let (status, stderr) = try interrupt(options, output: output, [variable: printer]) { !$0.isEmpty }
            #expect(status == 130 && stderr.contains("Ctrl-C"), "\(output): \(status) \(stderr)")
        }
        // A real Chromium leaves its singleton socket's folder in TMPDIR when it is stopped.
        if VisualCheck.chromium != nil {
            let (status, stderr) = try interrupt(["--pdf"], output: "real.pdf", [:]) { left in
                left.contains { $0.contains("org.chromium.Chromium.") }
            }
            #expect(status == 0 || (status == 130 && stderr.contains("Ctrl-C")), "\(status) \(stderr)")
        }
    }

    /// Prints the executive summary to `output` with `options`, presses Ctrl-C once `started` says so of what is
    /// in `TMPDIR`, and checks that neither `TMPDIR` nor the output's folder holds anything of the print but
    /// the HTML it was printed from. Returns the exit status and standard error.
    func interrupt(
        _ options: [String], output: String, _ extra: [String: String], started: ([String]) -> Bool,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = SujaritProcess.executable
        process.arguments =
            [
                "report", "executive", "--fy", "2568", "--round", "12m", "-o",
                sujarit.folder.appendingPathComponent(output).path,
            ]
            + options
        process.environment = environment(extra)
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while try !started(leftovers()), process.isRunning, Date() < deadline { usleep(10_000) }
        #expect(try started(leftovers()), "\(output): the printer never started", sourceLocation: sourceLocation)
        process.interrupt()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try expectNothingLeft(after: "Ctrl-C while printing \(output)", sourceLocation: sourceLocation)
        let stem = (output as NSString).deletingPathExtension
        let written = try FileManager.default.contentsOfDirectory(atPath: sujarit.folder.path).filter {
            $0.hasPrefix(".\(stem).") || $0 == output
        }
        #expect(process.terminationStatus == 0 || written.isEmpty, "\(written)", sourceLocation: sourceLocation)
        return (process.terminationStatus, stderr)
    }

    /// The first `name` on `PATH`, if any.
    func which(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
