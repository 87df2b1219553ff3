import Foundation

/// Converts a report's HTML into an editable Word document (`.docx`) through LibreOffice headless, when it is
/// installed: Thai officials edit and sign reports in Word before they go out.
///
/// The HTML is the report's own (the same templates as the page and the PDF), prepared for Word first
/// (``wordHTML(_:)``): the Thai font its styles name is set on every paragraph, so the document's styles
/// carry it as their complex-script font (`w:cs`, the one Word uses for Thai), and each drawing (the heatmap's
/// inline SVG) becomes a picture Word keeps. Each conversion gets its own LibreOffice profile, with Thai as
/// the language of complex-script text, so runs in parallel never share one and Word checks the spelling as
/// Thai.
public enum WordConverter {
    /// The font named when the report's styles name none: the Thai government's standard.
    public static let defaultFont = "TH Sarabun New"

    /// The LibreOffice to use: `$SUJARIT_SOFFICE`, else the first of `soffice`, `libreoffice` found on `PATH`;
    /// nil when there is none.
    public static func soffice(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let chosen = environment["SUJARIT_SOFFICE"], !chosen.isEmpty {
            return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["soffice", "libreoffice"] {
            for folder in folders {
                let path = (folder as NSString).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    /// Converts `html` (a whole report page) into the Word document `docx`. LibreOffice works in a folder of its
    /// own in the temporary folder, removed on every path, Ctrl-C included.
    ///
    /// - parameters:
    ///   - soffice: LibreOffice's `soffice`; nil when it is not installed.
    ///   - timeout: How long LibreOffice may take before it is stopped.
    /// - throws: ``WordConversionError/libreOfficeMissing`` when there is no LibreOffice,
    ///   ``WordConversionError/timedOut(seconds:)`` and ``WordConversionError/failed(status:output:)`` when it
    ///   does not finish or writes nothing, ``PrintInterrupted`` on Ctrl-C.
    public static func convert(
        html: String, to docx: URL, soffice: String? = WordConverter.soffice(), timeout: Int = 120
    ) throws {
        guard let soffice else { throw WordConversionError.libreOfficeMissing }
        let interruption = PrintInterruption()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("sujarit-word-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let profile = work.appendingPathComponent("profile"), out = work.appendingPathComponent("out")
        // The work folder alone first: a TMPDIR that does not exist is refused, not made.
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: false)
        try FileManager.default.createDirectory(
            at: profile.appendingPathComponent("user"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data(profileSettings.utf8).write(to: profile.appendingPathComponent("user/registrymodifications.xcu"))
        let source = work.appendingPathComponent("report.html")
        try Data(wordHTML(html).utf8).write(to: source)
        let log = work.appendingPathComponent("soffice.log")
        let status = try run(
            soffice,
            [
                "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore", "--nolockcheck",
                // Writer proper, not Writer/Web: only Writer exports Word.
                "--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", "--outdir", out.path,
                source.path,
            ],
            log: log, timeout: timeout, interruption: interruption)
        try interruption.check("Word document")
        let written = out.appendingPathComponent("report.docx")
        let output = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
        guard let status else { throw WordConversionError.timedOut(seconds: timeout) }
        guard status == 0, FileManager.default.fileExists(atPath: written.path) else {
            throw WordConversionError.failed(status: status, output: String(output.suffix(600)))
        }
        try? FileManager.default.removeItem(at: docx)
        try FileManager.default.moveItem(at: written, to: docx)
    }

    /// The report's HTML as Word should read it: the font its styles name first set on every kind of block
    /// (Word names one font per script, not a CSS list) with single line spacing (Thai fonts carry their own
    /// room for vowels and tone marks; the page's 1.22 would double it in Word), each inline SVG as an image of the same size, and
    /// a page footer "หน้า N/M" of Word fields (the page's CSS footer is for browsers; LibreOffice reads its
    /// own `title="footer"` block and `sdfield` fields instead).
    public static func wordHTML(_ html: String) -> String {
        let font = reportFont(in: html)
        let style =
            "<style>body, p, div, span, table, td, th, h1, h2, h3, h4, li, caption "
            + "{ font-family: \"\(font)\"; line-height: 100%; }</style>"
        var prepared = pictures(html)
        if let head = prepared.range(of: "</head>", options: .caseInsensitive) {
            prepared.insert(contentsOf: style, at: head.lowerBound)
        } else {
            prepared = style + prepared
        }
        if let end = prepared.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
            prepared.insert(contentsOf: pageFooter, at: end.lowerBound)
        } else {
            prepared += pageFooter
        }
        return prepared
    }

    /// The page footer, "หน้า 1/3", as LibreOffice's HTML writes page and page-count fields.
    static let pageFooter =
        "<div title=\"footer\"><p align=\"center\" style=\"font-size: 12pt\">หน้า "
        + "<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield>/"
        + "<sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield></p></div>\n"

    /// The first family of the first `font-family` the page's styles declare (the body's), else
    /// ``defaultFont``.
    public static func reportFont(in html: String) -> String {
        guard let declaration = html.range(of: "font-family:") else { return defaultFont }
        let value = html[declaration.upperBound...].prefix { $0 != ";" && $0 != "}" && $0 != "\n" }
        let first = value.split(separator: ",").first.map(String.init) ?? ""
        let name = first.trimmingCharacters(in: CharacterSet(charactersIn: " \t\n\"'"))
        return name.isEmpty || name.contains("<") ? defaultFont : name
    }

    /// Every `<svg>…</svg>` of `html` as an `<img>` holding it as a data URL, at the drawing's own size.
    static func pictures(_ html: String) -> String {
        var result = "", rest = Substring(html)
        while let start = rest.range(of: "<svg"),
            let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex)
        {
            result += rest[..<start.lowerBound]
            let svg = String(rest[start.lowerBound..<end.upperBound])
            let tag = svg.prefix { $0 != ">" }
            var attributes = ""
            for name in ["width", "height"] {
                if let value = attribute(name, in: tag) { attributes += " \(name)=\"\(value)\"" }
            }
            let data = Data(svg.utf8).base64EncodedString()
            result += "<img src=\"data:image/svg+xml;base64,\(data)\"\(attributes) alt=\"\">"
            rest = rest[end.upperBound...]
        }
        return result + rest
    }

    /// The value of the attribute `name` in an opening tag, when it is a plain number.
    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let found = tag.range(of: " \(name)=\"") else { return nil }
        let value = tag[found.upperBound...].prefix { $0 != "\"" }
        return !value.isEmpty && value.allSatisfy(\.isNumber) ? String(value) : nil
    }

    /// LibreOffice's settings for the conversion's own profile: complex-script text is Thai.
    static let profileSettings = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale_CTL" \
        oor:op="fuse"><value>th-TH</value></prop></item>
        </oor:items>

        """

    /// Runs `program` with its output in `log`; its exit status, or nil when it was stopped after `timeout`
    /// seconds. `interruption` stops it on Ctrl-C.
    static func run(
        _ program: String, _ arguments: [String], log: URL, timeout: Int, interruption: PrintInterruption? = nil
    ) throws -> Int32? {
        try Data().write(to: log)
        let output = try FileHandle(forWritingTo: log)
        defer { try? output.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.runWithNoSignalBlocked()
        interruption?.watch(process)
        guard finished.wait(timeout: .now() + .seconds(timeout)) == .success else {
            process.terminate()
            _ = finished.wait(timeout: .now() + .seconds(5))
            return nil
        }
        return process.terminationStatus
    }
}

/// Why a Word document could not be written. Each message says what to do.
public enum WordConversionError: Error, LocalizedError, Equatable, Sendable {
    /// No LibreOffice on this machine.
    case libreOfficeMissing
    /// LibreOffice did not finish in time.
    case timedOut(seconds: Int)
    /// LibreOffice failed or wrote no document.
    case failed(status: Int32, output: String)

    public var errorDescription: String? {
        switch self {
        case .libreOfficeMissing:
            """
            --format docx needs LibreOffice, which is not installed. Install it (Debian: apt install \
            libreoffice-writer-nogui fonts-thai-tlwg), or write --format html and open the page in Word. \
            Nothing was written.
            """
        case let .timedOut(seconds):
            """
            LibreOffice did not finish the Word document within \(seconds) seconds; nothing was written. Try \
            again, or close other LibreOffice windows and retry.
            """
        case let .failed(status, output):
            "LibreOffice could not write the Word document (exit \(status)); nothing was written. It said: \(output)"
        }
    }
}
