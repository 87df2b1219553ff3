import Foundation
import Testing

@testable import Reporting
import TestSupport

@Suite("A printer can always be stopped, and stopping it leaves nothing behind")
struct PrintInterruptionTests {
    @Test("A printer that hangs is gone after its timeout, even when started from a task's thread")
    func timedOutPrinterIsGone() async throws {
        let folder = try TemporaryFolder("sujarit-printer")
        let pidFile = folder.appendingPathComponent("pid").path
        // Started from an async test, on a thread of the task pool: such threads block SIGTERM, which a child
        // started from one would inherit, and a timeout's terminate() would not stop it.
        let status = try WordConverter.run(
            "/bin/sh", ["-c", "echo $$ > '\(pidFile)'; exec sleep 30"], log: folder.appendingPathComponent("log"),
            timeout: 1)
        #expect(status == nil)
        let pid = try #require(
            Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        var gone = false
        for _ in 0..<100 where !gone {
            gone = kill(pid, 0) != 0
            if !gone { try await Task.sleep(for: .milliseconds(50)) }
        }
        #expect(gone, "the printer \(pid) still runs after its timeout")
    }

    @Test("Chromium's profile goes with the folder of its singleton socket, and nothing else")
    func profileAndSocketFolder() throws {
        let folder = try TemporaryFolder("sujarit-printer")
        let profile = folder.appendingPathComponent("profile")
        let socket = folder.appendingPathComponent("org.chromium.Chromium.AbC123")
        let other = folder.appendingPathComponent("other")
        for made in [profile, socket, other] {
            try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
        }
        try FileManager.default.createSymbolicLink(
            atPath: profile.appendingPathComponent("SingletonSocket").path,
            withDestinationPath: socket.appendingPathComponent("SingletonSocket").path)
        PDFPrinter.removeProfile(profile)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["other"])
    }

    @Test("Ctrl-C's message says what was not written")
    func message() {
        let text = PrintInterrupted(document: "PDF").localizedDescription
        #expect(text.contains("Ctrl-C") && text.contains("the PDF was not written"))
    }
}
