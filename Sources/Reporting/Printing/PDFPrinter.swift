import Foundation

/// Prints a report's HTML to an A4 PDF through headless Chromium, when it is installed.
///
/// The HTML is self-contained and carries its own `@page` rules (A4, margins), so the PDF is what a browser's
/// "Print → Save as PDF" would give, with Thai shaped by the system's fonts.
public enum PDFPrinter {
    /// The Chromium to use: `$SUJARIT_CHROMIUM`, else the first of `chromium`, `chromium-browser`,
    /// `google-chrome`, `google-chrome-stable` found on `PATH`; nil when there is none.
    public static func chromium(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let chosen = environment["SUJARIT_CHROMIUM"], !chosen.isEmpty {
            return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in folders {
                let path = (folder as NSString).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    /// Prints `html` to `pdf`. Chromium's profile is a folder of its own in the temporary folder, removed on every
    /// path, Ctrl-C included.
    /// - throws: ``ReportingError/chromiumMissing`` when there is no Chromium, ``ReportingError/chromiumFailed(status:output:)``
    ///   when it fails or writes nothing, ``PrintInterrupted`` on Ctrl-C.
    public static func print(html: URL, to pdf: URL, chromium: String? = PDFPrinter.chromium()) throws {
        guard let chromium else { throw ReportingError.chromiumMissing }
        let interruption = PrintInterruption()
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sujarit-chromium-\(UUID().uuidString)")
        defer { removeProfile(profile) }
        try? FileManager.default.removeItem(at: pdf)
        let (status, output) = try run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--user-data-dir=\(profile.path)", "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
                "--print-to-pdf=\(pdf.path)", html.absoluteURL.absoluteString,
            ], interruption: interruption)
        try interruption.check("PDF")
        guard status == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            throw ReportingError.chromiumFailed(status: status, output: String(output.suffix(600)))
        }
    }

    /// Removes Chromium's profile and the folder of its singleton socket, which Chromium makes in the temporary
    /// folder (not in the profile, as a socket's path must be short) and leaves there when it is stopped.
    static func removeProfile(_ profile: URL) {
        let link = profile.appendingPathComponent("SingletonSocket").path
        if let socket = try? FileManager.default.destinationOfSymbolicLink(atPath: link) {
            let folder = URL(fileURLWithPath: socket).deletingLastPathComponent()
            if folder.lastPathComponent.contains("org.chromium.Chromium.") {
                try? FileManager.default.removeItem(at: folder)
            }
        }
        try? FileManager.default.removeItem(at: profile)
    }

    /// Runs a program and returns its status and combined output; gives up after two minutes, or when
    /// `interruption` stops it.
    static func run(
        _ program: String, _ arguments: [String], interruption: PrintInterruption? = nil
    ) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.runWithNoSignalBlocked()
        interruption?.watch(process)
        let deadline = DispatchTime.now() + .seconds(120)
        let finished = DispatchSemaphore(value: 0)
        let reader = OutputCollector(pipe.fileHandleForReading)
        DispatchQueue.global().async {
            process.waitUntilExit()
            finished.signal()
        }
        if finished.wait(timeout: deadline) == .timedOut {
            process.terminate()
            return (-1, "Chromium did not finish within two minutes")
        }
        return (process.terminationStatus, reader.text())
    }
}

/// Reads a pipe to its end on another thread, so a chatty child never blocks on a full pipe.
private final class OutputCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
