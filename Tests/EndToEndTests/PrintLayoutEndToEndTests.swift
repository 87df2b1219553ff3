import Foundation
import Testing

/// Every report of the demo's store printed to A4 by Chromium and read back as a reader would: a sane number of
/// pages, each numbered "หน้า i/n", no command line on paper, nothing cut with "…", no text overflowing its table
/// cell (Chromium's own layout, measured by a script in the page), the signatures never alone on a page, ids
/// keeping Arabic digits under `--thai-digits`, and the title's Thai marks clear of the subtitle (the ink of
/// each, rasterised apart). A first page of each report at 50 dpi is kept for a person to look at; with
/// `SUJARIT_PRINT_REFERENCE=FOLDER` set, it is written there too (`Tests/Fixtures/print/` holds the last ones).
@Suite(
    "Printed reports: pages, page numbers, whole text, ids, Thai marks",
    .serialized, .enabled(if: VisualCheck.canRun, VisualCheck.skipReason),
    .removesFolderAfterSuite { try? PrintLayoutDemo.store.get().folder }
)
struct PrintLayoutEndToEndTests {
    /// One report as the demo's store prints it, and the most pages it may take.
    struct Printed: Sendable, CustomTestStringConvertible {
        var name: String
        var command: [String]
        var maxPages: Int
        var testDescription: String { name }
    }

    static let reports: [Printed] = [
        // The demo's year is a busy one: ReportEndToEndTests holds a quieter year's summary to two pages.
        Printed(name: "executive", command: ["report", "executive", "--fy", "2568", "--round", "12m"], maxPages: 3),
        Printed(name: "followup", command: ["report", "followup", "--fy", "2568", "--round", "12m"], maxPages: 5),
        Printed(name: "o34", command: ["report", "o34", "--fy", "2568"], maxPages: 8),
        Printed(name: "o35", command: ["report", "o35", "--fy", "2568", "--round", "12m"], maxPages: 8),
        Printed(name: "o33", command: ["report", "o33", "--fy", "2568", "--round", "12m"], maxPages: 5),
        Printed(name: "plan", command: ["report", "plan", "--fy", "2568", "--round", "12m"], maxPages: 10),
        Printed(name: "measures", command: ["report", "measures", "--fy", "2568", "--round", "12m"], maxPages: 8),
        Printed(name: "audit", command: ["report", "audit", "--fy", "2568", "--round", "12m"], maxPages: 4),
        Printed(name: "audit-annual", command: ["audit", "report", "annual", "--fy", "2568"], maxPages: 5),
        Printed(
            name: "engagement", command: ["audit", "report", "engagement", "PROC-SPECIFIC", "--fy", "2568"], maxPages: 5
        ),
    ]

    /// The demo's store, made once for the suite: every register has a year of data in it.
    static var demo: Result<SujaritProcess, any Error> { PrintLayoutDemo.store }

    /// Prints `report` (with `extra` options) to HTML and PDF in the demo's folder; returns both paths.
    static func print(_ report: Printed, extra: [String] = [], suffix: String = "") throws -> (html: URL, pdf: URL) {
        let sujarit = try demo.get()
        let folder = sujarit.folder.appendingPathComponent("print")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let html = folder.appendingPathComponent("\(report.name)\(suffix).html")
        try sujarit.succeed(
            report.command + extra + [
                "--reports", SujaritProcess.packageRoot.appendingPathComponent("Reports").path, "--pdf", "-o",
                html.path, "--force",
            ])
        return (html, html.deletingPathExtension().appendingPathExtension("pdf"))
    }

    static func pages(_ pdf: URL) throws -> Int {
        let info = try VisualCheck.run("pdfinfo", [pdf.path])
        return Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
    }

    @Test(
        "Each report printed: pages, page numbers, no command, nothing cut, no overflow, signatures kept",
        arguments: reports)
    func printed(report: Printed) throws {
        let (htmlURL, pdf) = try Self.print(report)
        let html = try String(contentsOf: htmlURL, encoding: .utf8)
        let pages = try Self.pages(pdf)
        #expect((1...report.maxPages).contains(pages), "\(report.name) has \(pages) pages")

        let text = try VisualCheck.run("pdftotext", ["-enc", "UTF-8", pdf.path, "-"])
        let pageTexts = text.components(separatedBy: "\u{0C}").map(VisualCheck.comparable)
        for page in 1...max(pages, 1) {
            #expect(pageTexts[page - 1].contains("หน้า\(page)/\(pages)"), "\(report.name): page \(page) unnumbered")
        }
        #expect(!text.contains("sujarit ") && !html.contains("sujarit "), "\(report.name) shows a command")
        if report.name == "executive" { #expect(!text.contains("…"), "the executive summary cuts text with …") }
        // The page that carries the signatures carries something before them.
        if let page = pageTexts.first(where: { $0.contains("(ลงชื่อ)") }) {
            let before = page.components(separatedBy: "(ลงชื่อ)")[0]
            #expect(before.count > 20, "\(report.name): the signatures open a page of their own")
        }
        #expect(try Self.overflowingCells(htmlURL) == [], "\(report.name): text overflows its cell")

        // The first page at 50 dpi, for a person to look at.
        let png = htmlURL.deletingPathExtension().appendingPathExtension("page1")
        _ = try VisualCheck.run(
            "pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", pdf.path, png.path])
        if let reference = ProcessInfo.processInfo.environment["SUJARIT_PRINT_REFERENCE"] {
            let target = URL(fileURLWithPath: reference).appendingPathComponent("\(report.name)-page1.png")
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: png.appendingPathExtension("png"), to: target)
        }
    }

    @Test("--thai-digits: Thai page numbers and dates, ids as typed (F-2568-001.1, M-2568-003)")
    func thaiDigits() throws {
        let followup = try #require(Self.reports.first { $0.name == "followup" })
        let (_, pdf) = try Self.print(followup, extra: ["--thai-digits"], suffix: "-thai")
        let text = VisualCheck.comparable(try VisualCheck.run("pdftotext", ["-enc", "UTF-8", pdf.path, "-"]))
        #expect(text.contains("หน้า๑/"))
        #expect(text.contains("๒๕๖๘"))
        for id in ["F-2568-001.1", "M-2568-003"] {
            #expect(text.contains(id), "\(id) printed as typed")
        }
        #expect(!text.contains("M-๒๕๖๘") && !text.contains("F-๒๕๖๘"))
    }

    @Test(
        "The title's Thai marks (ผู้, คุณ, ทุจริต) stay clear of the subtitle: the ink of one ends above the other's",
        arguments: ["executive", "followup"])
    func titleClearOfSubtitle(name: String) throws {
        let report = try #require(Self.reports.first { $0.name == name })
        let (htmlURL, _) = try Self.print(report)
        let html = try String(contentsOf: htmlURL, encoding: .utf8)
        // The same page twice, showing only the title, then only the subtitle: every box stays where it was.
        func ink(showing selector: String) throws -> (top: Int, bottom: Int) {
            let style = """
                <style>body * { visibility: hidden !important; } \(selector), \(selector) * { visibility: visible !important; }
                @page { @bottom-center { content: none; } }</style></head>
                """
            let page = htmlURL.deletingLastPathComponent().appendingPathComponent("\(name)-\(selector.count).html")
            try html.replacingOccurrences(of: "</head>", with: style).write(to: page, atomically: true, encoding: .utf8)
            let pdf = page.deletingPathExtension().appendingPathExtension("pdf")
            try VisualCheck.chromium(["--print-to-pdf=\(pdf.path)", page.absoluteString])
            let ppm = page.deletingPathExtension()
            _ = try VisualCheck.run("pdftoppm", ["-r", "150", "-f", "1", "-l", "1", "-singlefile", pdf.path, ppm.path])
            let image = try PPMImage(contentsOf: ppm.appendingPathExtension("ppm"))
            let rows = (0..<image.height).filter { y in
                (0..<image.width).contains { x in
                    let offset = (y * image.width + x) * 3
                    return Int(image.pixels[offset]) + Int(image.pixels[offset + 1]) + Int(image.pixels[offset + 2])
                        < 600
                }
            }
            return (rows.first ?? -1, rows.last ?? -1)
        }
        let title = try ink(showing: ".title-block h1")
        let subtitle = try ink(showing: ".title-block .subtitle")
        #expect(title.top >= 0 && subtitle.top >= 0, "no ink found: title \(title), subtitle \(subtitle)")
        #expect(
            title.bottom < subtitle.top, "the title's marks reach row \(title.bottom), the subtitle's \(subtitle.top)")
    }

    /// The text of every table cell whose content is wider than the cell, and of every element that cuts its
    /// text (an ellipsis, a line clamp), as Chromium lays the page out at A4's width.
    static func overflowingCells(_ html: URL) throws -> [String] {
        let probe = """
            <script>
            (function () {
              const found = [];
              for (const cell of document.querySelectorAll('td, th')) {
                if (cell.scrollWidth > cell.clientWidth + 1) found.push(cell.textContent.trim().slice(0, 60));
              }
              for (const element of document.querySelectorAll('body *')) {
                const style = getComputedStyle(element);
                const cut = (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1)
                  || (style.webkitLineClamp !== 'none' && element.scrollHeight > element.clientHeight + 1);
                if (cut) found.push('cut: ' + element.textContent.trim().slice(0, 60));
              }
              const out = document.createElement('pre');
              out.id = 'layout-check';
              out.textContent = JSON.stringify(found);
              document.body.appendChild(out);
            })();
            </script></body>
            """
        let page = html.deletingPathExtension().appendingPathExtension("probe.html")
        try String(contentsOf: html, encoding: .utf8).replacingOccurrences(of: "</body>", with: probe)
            .write(to: page, atomically: true, encoding: .utf8)
        // The screen layout is the printed one: the style sheet gives the body the page's width and margins.
        let dom = try VisualCheck.chromium(["--window-size=1400,1000", "--dump-dom", page.absoluteString])
        guard let start = dom.range(of: "<pre id=\"layout-check\">"),
            let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex)
        else { throw VisualCheckError(message: "the layout probe did not run in \(page.path)") }
        let json = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        return try JSONDecoder().decode([String].self, from: Data(json.utf8))
    }
}

/// ``PrintLayoutEndToEndTests``'s demo store, outside the suite so that the suite's trait can name it.
private enum PrintLayoutDemo {
    static let store: Result<SujaritProcess, any Error> = Result {
        var sujarit = try SujaritProcess()
        // The internal auditor, who may read every report of the demo.
        sujarit.actor = "anan"
        let result = try sujarit.run(["demo", "--store", sujarit.storePath])
        guard result.status == 0 else {
            throw VisualCheckError(message: "sujarit demo exited \(result.status): \(result.output.suffix(600))")
        }
        return sujarit
    }
}
