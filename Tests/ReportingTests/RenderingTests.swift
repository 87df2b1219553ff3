import EventStore
import Foundation
import Sujarit
import Testing
@testable import Reporting
import TestSupport

@Suite("Rendering: Thai, Buddhist era, self-contained, editable without recompiling")
struct RenderingTests {
    static func summary() async throws -> (ReportDocument, ReportSources) {
        let sources = try await ReportFixture.make().sources(.annual)
        return (try await ReportBuilder.build(.executive, sources), sources)
    }

    @Test("HTML is one self-contained A4 page: inline CSS and SVG, Thai font stack, BE dates with Thai month names")
    func html() async throws {
        let (document, sources) = try await Self.summary()
        let html = try ReportRenderer(theme: try await ReportFixture.theme()).render(
            document, as: .html, directory: sources.directory)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("size: A4"))
        #expect(
            html.contains(#""TH Sarabun New", "TH SarabunPSK", Sarabun, Laksaman, "Noto Sans Thai", Loma, sans-serif"#))
        #expect(html.contains("<svg") && html.contains("</svg>"))
        #expect(!html.contains("<link") && !html.contains("src=\"http") && !html.contains("<script"))
        #expect(html.contains("ข้อมูล ณ วันที่ 15 ตุลาคม 2568"))
        #expect(html.contains("30 กันยายน 2568"))
        #expect(html.contains("เทศบาลเมืองตากใบ"))
        #expect(html.contains("96.29"))
        #expect(html.contains("นายอนันต์ ศรีสุข"))
        #expect(!html.contains("{{"))
    }

    @Test("Every report prints the anchor of the log it was made from, which verify can check later")
    func anchor() async throws {
        let (document, sources) = try await Self.summary()
        let last = try #require(
            try await sources.store.read(afterSequence: sources.lastSequence - 1, limit: 1, filter: .all).first)
        let expected = "\(last.sequence):\(last.hash.description.prefix(16))"
        #expect(sources.anchor?.description == expected)
        let html = try ReportRenderer(theme: try await ReportFixture.theme()).render(
            document, as: .html, directory: sources.directory)
        #expect(html.contains("รหัสยืนยันบันทึก <code>\(expected)</code>"))
        let markdown = try ReportRenderer(theme: try await ReportFixture.theme()).render(
            document, as: .md, directory: sources.directory)
        #expect(markdown.contains("รหัสยืนยันบันทึก `\(expected)` คือลายนิ้วมือดิจิทัล"))
    }

    @Test("--thai-digits writes Thai digits in text, but leaves colours and markup alone")
    func thaiDigits() async throws {
        let (document, sources) = try await Self.summary()
        let html = try ReportRenderer(theme: try await ReportFixture.theme(), digits: .thai).render(
            document, as: .html, directory: sources.directory)
        #expect(html.contains("๙๖.๒๙"))
        #expect(html.contains("๑๕ ตุลาคม ๒๕๖๘"))
        #expect(!html.contains(">96.29<"))
        #expect(html.contains("#e53935"))
        #expect(html.contains("thai-digits"))
        let markdown = try ReportRenderer(theme: try await ReportFixture.theme(), digits: .thai).render(
            document, as: .md, directory: sources.directory)
        #expect(markdown.contains("**๙๖.๒๙**"))
        // Machine formats keep Arabic digits.
        let csv = try ReportRenderer(theme: try await ReportFixture.theme(), digits: .thai).render(
            document, as: .csv, directory: sources.directory)
        #expect(csv.contains("96.29") && !csv.contains("๙"))
    }

    @Test("Markdown is not HTML-escaped; JSON and CSV are for scripts")
    func otherFormats() async throws {
        let (document, sources) = try await Self.summary()
        let renderer = ReportRenderer(theme: try await ReportFixture.theme())
        let markdown = try renderer.render(document, as: .md, directory: sources.directory)
        #expect(markdown.hasPrefix("# รายงานสรุปสำหรับผู้บริหาร"))
        #expect(markdown.contains("| E9 |"))
        #expect(!markdown.contains("&amp;") && !markdown.contains("&#"))
        let json = try renderer.render(document, as: .json, directory: sources.directory)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(
            (object?["ita"] as? [String: Any])?["overall"] as? Double == 96.29, "an ITA score is a number for scripts")
        let csv = try renderer.render(document, as: .csv, directory: sources.directory)
        #expect(csv.hasPrefix("item,item_th,value\r\n"))
        #expect(csv.contains("ita_score,คะแนน ITA ปี 2566,96.29\r\n"), "\(csv)")
        let term = try renderer.render(document, as: .term, directory: sources.directory)
        #expect(term.contains("รายงานสรุปสำหรับผู้บริหาร") && !term.contains("\u{1B}"))
    }

    @Test("An agency edits the letterhead and wording in Reports/ and the next report shows it, without recompiling")
    func editableTheme() async throws {
        let work = try TemporaryFolder("sujarit-theme")
        let folder = work.appendingPathComponent("Reports")
        try FileManager.default.copyItem(at: ReportFixture.packageRoot.appendingPathComponent("Reports"), to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("out"))
        try """
        agency: เทศบาลตำบลทดสอบ
        address: ถนนทดสอบ
        signatures:
          - { title: ผู้ตรวจ, name: นางสาวทดสอบ ใจดี, position: หัวหน้าหน่วยตรวจสอบภายใน }
        """.write(to: folder.appendingPathComponent("letterhead.yaml"), atomically: true, encoding: .utf8)
        let template = folder.appendingPathComponent("templates/executive.html.mustache")
        let edited = try String(contentsOf: template, encoding: .utf8).replacingOccurrences(
            of: "ความก้าวหน้าของมาตรการ", with: "ผลงานตามมาตรการ")
        try edited.write(to: template, atomically: true, encoding: .utf8)
        let (document, sources) = try await Self.summary()
        let html = try ReportRenderer(theme: try await ReportTheme.load(folder.path)).render(
            document, as: .html, directory: sources.directory)
        #expect(html.contains("เทศบาลตำบลทดสอบ") && html.contains("ถนนทดสอบ"))
        #expect(html.contains("นางสาวทดสอบ ใจดี") && !html.contains("นายอนันต์ ศรีสุข"))
        #expect(html.contains("ผลงานตามมาตรการ") && !html.contains("ความก้าวหน้าของมาตรการ"))
    }

    @Test("A template with a mistake is named with its line; a missing folder says what to do")
    func themeErrors() async throws {
        let work = try TemporaryFolder("sujarit-theme")
        let folder = work.appendingPathComponent("Reports")
        try FileManager.default.copyItem(at: ReportFixture.packageRoot.appendingPathComponent("Reports"), to: folder)
        try "<p>\n{{#broken}}\n".write(
            to: folder.appendingPathComponent("templates/followup.html.mustache"), atomically: true, encoding: .utf8)
        let error = try await #require(throws: ReportingError.self) { try await ReportTheme.load(folder.path) }
        #expect(error.localizedDescription.contains("followup.html.mustache"))
        await #expect(throws: ReportingError.templatesNotFound("/nonexistent")) {
            try await ReportTheme.load("/nonexistent")
        }
    }

    @Test("Each report renders in every format", arguments: ReportKind.allCases)
    func everyReport(kind: ReportKind) async throws {
        let fixture = try await ReportFixture.make()
        let sources = try await fixture.sources(kind == .plan || kind == .measures || kind == .o34 ? nil : .annual)
        let document = try await ReportBuilder.build(kind, sources, viewer: "anan")
        let renderer = ReportRenderer(theme: try await ReportFixture.theme())
        for format in ReportFormat.allCases {
            let text = try renderer.render(document, as: format, directory: sources.directory)
            #expect(!text.isEmpty, "\(kind) \(format)")
            if format == .html || format == .md {
                #expect(text.contains(kind.title.th), "\(kind) \(format) has its title")
                #expect(!text.contains("{{"), "\(kind) \(format) left a tag")
            }
        }
        #expect(document.fileName("html").hasPrefix(kind.rawValue + "-2568"))
    }

    @Test("The heatmap SVG draws every cell in its band colour, with counts")
    func heatmap() async throws {
        let sources = try await ReportFixture.make(ita: false, audit: false).sources(.annual)
        let map = try #require(
            sources.ledger.heatmaps(fiscalYear: FiscalYear(be: 2568), kinds: [.inherent, .residual]).first)
        let svg = HeatmapSVG.render(map)
        #expect(svg.components(separatedBy: "<rect").count - 1 >= 50)
        #expect(svg.contains("fill=\"#e53935\"") && svg.contains("fill=\"#4caf50\""))
        #expect(svg.contains("ก่อนการควบคุม (8)") && svg.contains("คงเหลือ (เป้าหมาย) (7)"))
        #expect(HeatmapSVG.render(map, text: ThaiText(digits: .thai)).contains("(๘)"))
    }
}
