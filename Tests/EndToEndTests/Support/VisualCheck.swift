import Foundation
import Testing

/// Looking at a printed page the way a person would: tools from Chromium and poppler-utils, a PPM reader,
/// and text compared without the spacing a PDF's text layer adds.
enum VisualCheck {
    static let tools = ["pdfinfo", "pdftoppm", "pdftotext"]

    static func which(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static var chromium: String? {
        ProcessInfo.processInfo.environment["SUJARIT_CHROMIUM"]
            ?? ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"].lazy.compactMap(which).first
    }

    static var missing: [String] {
        (chromium == nil ? ["chromium"] : []) + tools.filter { which($0) == nil }.map { _ in "poppler-utils" }
    }

    /// On CI (`CI` set) the check always runs, so a missing Chromium fails it instead of hiding it.
    static var canRun: Bool { missing.isEmpty || ProcessInfo.processInfo.environment["CI"] != nil }

    static var skipReason: Comment {
        Comment(
            rawValue:
                """
                skipped: \(Set(missing).sorted().joined(separator: " and ")) not installed on this machine \
                (apt-get install chromium fonts-thai-tlwg fonts-noto-core poppler-utils; CI installs them)
                """
        )
    }

    /// Runs a poppler-utils tool (`pdfinfo`, `pdftoppm`, `pdftotext`) and returns what it printed.
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        guard let path = which(tool) else {
            throw VisualCheckError(message: "\(tool) is not installed (Debian: poppler-utils)")
        }
        return try output(of: path, arguments)
    }

    /// Runs headless Chromium with `arguments` in a throw-away profile and returns what it printed.
    @discardableResult
    static func chromium(_ arguments: [String]) throws -> String {
        guard let chromium else { throw VisualCheckError(message: "Chromium is not installed") }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sujarit-print-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        return try output(
            of: chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--user-data-dir=\(profile.path)", "--no-pdf-header-footer",
            ] + arguments)
    }

    /// Runs the program at `path` and returns its standard output; its error output is dropped (Chromium's is
    /// noisy) and a non-zero exit throws, naming the program and its arguments.
    private static func output(of path: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let name = URL(fileURLWithPath: path).lastPathComponent
            throw VisualCheckError(message: "\(name) \(arguments) exited \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Text with the whitespace a PDF's text layer inserts or drops removed, and SARA AM in one form.
    static func comparable(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{0E4D}\u{0E32}", with: "\u{0E33}").precomposedStringWithCanonicalMapping
            .unicodeScalars.filter { !$0.properties.isWhitespace }.map(String.init).joined()
    }

    /// The text of the page's headings (h1, h2, h3), unescaped, without the tags inside them.
    static func headings(in html: String) -> [String] {
        var found: [String] = []
        for tag in ["h1", "h2", "h3"] {
            var rest = html[...]
            while let open = rest.range(of: "<\(tag)>"),
                let close = rest.range(of: "</\(tag)>", range: open.upperBound..<rest.endIndex)
            {
                var text = String(rest[open.upperBound..<close.lowerBound])
                while let start = text.firstIndex(of: "<"), let end = text[start...].firstIndex(of: ">") {
                    text.removeSubrange(start...end)
                }
                text = text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
                    .replacingOccurrences(of: "&quot;", with: "\"")
                if !text.trimmingCharacters(in: .whitespaces).isEmpty { found.append(text) }
                rest = rest[close.upperBound...]
            }
        }
        return found
    }
}

struct VisualCheckError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
