import Foundation
import Testing

@testable import Reporting

/// The Word converter: the HTML it hands LibreOffice (one Thai font named, drawings as pictures), the
/// refusals when LibreOffice is missing or hangs, and a real conversion read back from the .docx's XML.
@Suite("Word converter")
struct WordConverterTests {
    static let page = """
        <!DOCTYPE html>
        <html lang="th"><head><meta charset="utf-8"><title>รายงาน</title>
        <style>body { font-family: "TH SarabunPSK", Laksaman, sans-serif; font-size: 15pt; }</style></head>
        <body><h1>รายงานผลการดำเนินงาน</h1><p>ข้อความภาษาไทย</p>
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120" height="40"><rect width="60" \
        height="40" fill="#e53935"/></svg>
        <table><tr><th>รหัส</th><th>เรื่อง</th></tr><tr><td>R-2568-001</td><td>การจัดซื้อจัดจ้าง</td></tr></table>
        </body></html>
        """

    @Test("the font Word gets is the first the report's styles name, else TH Sarabun New")
    func font() {
        #expect(WordConverter.reportFont(in: Self.page) == "TH SarabunPSK")
        #expect(WordConverter.reportFont(in: "<p>no styles</p>") == WordConverter.defaultFont)
        #expect(WordConverter.reportFont(in: "<style>p{font-family:'Sarabun',serif}</style>") == "Sarabun")
        let prepared = WordConverter.wordHTML(Self.page)
        #expect(
            prepared.contains("font-family: \"TH SarabunPSK\"; line-height: 100%; }</style></head>"),
            "one family, in a style after the report's own: \(prepared)")
    }

    @Test("an inline SVG drawing becomes a picture of the same size")
    func pictures() throws {
        let prepared = WordConverter.wordHTML(Self.page)
        #expect(!prepared.contains("<svg"))
        let start = try #require(prepared.range(of: "<img src=\"data:image/svg+xml;base64,"))
        let rest = prepared[start.upperBound...]
        let encoded = String(rest.prefix { $0 != "\"" })
        let svg = String(decoding: try #require(Data(base64Encoded: encoded)), as: UTF8.self)
        #expect(svg.hasPrefix("<svg xmlns=") && svg.hasSuffix("</svg>"))
        #expect(rest.contains("width=\"120\" height=\"40\""))
        #expect(prepared.contains("<table>") && prepared.contains("ข้อความภาษาไทย"), "the rest is left as it was")
        #expect(prepared.hasSuffix(WordConverter.pageFooter + "</body></html>"), "the page footer ends the body")
    }

    @Test("without LibreOffice the error says what to install, and nothing is written")
    func missing() throws {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("word-\(UUID().uuidString).docx")
        #expect(throws: WordConversionError.libreOfficeMissing) {
            try WordConverter.convert(html: Self.page, to: target, soffice: nil)
        }
        #expect(!FileManager.default.fileExists(atPath: target.path))
        let message = WordConversionError.libreOfficeMissing.errorDescription ?? ""
        #expect(message.contains("apt install libreoffice-writer-nogui"))
        #expect(WordConverter.soffice(environment: ["SUJARIT_SOFFICE": "/nonexistent/soffice"]) == nil)
        #expect(WordConverter.soffice(environment: ["PATH": "/nonexistent"]) == nil)
    }

    @Test("a converter that hangs is stopped after the timeout")
    func timeout() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("word-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        let started = Date()
        #expect(try WordConverter.run("/bin/sleep", ["30"], log: log, timeout: 1) == nil)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(try WordConverter.run("/bin/sh", ["-c", "echo said; exit 3"], log: log, timeout: 10) == 3)
        #expect(try String(contentsOf: log, encoding: .utf8) == "said\n")
    }

    @Test("LibreOffice writes a .docx whose styles name the Thai font for Thai text (w:cs), with the table")
    func converts() throws {
        guard let soffice = WordConverter.soffice() else {
            Issue.record("LibreOffice is not installed: apt install libreoffice-writer-nogui (CI installs it).")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("word-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let docx = folder.appendingPathComponent("report.docx")
        try WordConverter.convert(html: Self.page, to: docx, soffice: soffice)
        let xml = try Self.unzip(docx, folder: folder)
        #expect(xml.styles.contains("w:cs=\"TH SarabunPSK\""), "styles name the Thai font for complex script")
        #expect(xml.styles.contains("w:bidi=\"th-TH\""), "complex-script text is Thai, for Word's proofing")
        #expect(xml.document.contains("รายงานผลการดำเนินงาน") && xml.document.contains("<w:tbl>"))
        #expect(xml.document.contains("R-2568-001"))
        #expect(xml.hasPicture, "the drawing is a picture in the document")
        #expect(xml.footer.contains("หน้า") && xml.footer.contains(" PAGE ") && xml.footer.contains(" NUMPAGES "))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "x" }
        #expect(leftovers == ["report.docx"], "only the document is written beside it: \(leftovers)")
    }

    /// The document's and the styles' XML, unpacked with Python's zipfile.
    static func unzip(
        _ docx: URL, folder: URL
    ) throws -> (
        document: String, styles: String, footer: String, hasPicture: Bool
    ) {
        let target = folder.appendingPathComponent("x")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [
            "-c", "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])", docx.path, target.path,
        ]
        try process.run()
        process.waitUntilExit()
        let document = try String(contentsOf: target.appendingPathComponent("word/document.xml"), encoding: .utf8)
        let styles = try String(contentsOf: target.appendingPathComponent("word/styles.xml"), encoding: .utf8)
        let media =
            (try? FileManager.default.contentsOfDirectory(atPath: target.appendingPathComponent("word/media").path))
            ?? []
        let footer = (try? String(contentsOf: target.appendingPathComponent("word/footer1.xml"), encoding: .utf8)) ?? ""
        return (document, styles, footer, !media.isEmpty && document.contains("<w:drawing>"))
    }
}
