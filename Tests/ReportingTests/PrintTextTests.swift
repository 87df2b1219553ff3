import Foundation
import Sujarit
import Testing
@testable import Reporting

/// What the printed reports say, checked in their HTML and Markdown without a browser: ids and codes keep
/// Arabic digits under `--thai-digits`, no command line reaches the paper, the executive summary prints its
/// texts whole, every page is numbered, and the footer names the same version as `sujarit --version`.
/// How the pages look once printed is checked in `PrintLayoutEndToEndTests`.
@Suite("Printed reports: ids, wording, page numbers and version in the HTML and Markdown")
struct PrintTextTests {
    static func rendered(
        _ kind: ReportKind, as format: ReportFormat, digits: DigitStyle = .arabic
    ) async throws -> String {
        let fixture = try await ReportFixture.make()
        let sources = try await fixture.sources(kind == .plan || kind == .measures || kind == .o34 ? nil : .annual)
        let document = try await ReportBuilder.build(kind, sources, viewer: "anan")
        return try ReportRenderer(theme: try await ReportFixture.theme(), digits: digits).render(
            document, as: format, directory: sources.directory)
    }

    /// The text of every element the page marks as an id or code (`class="id"`), in order.
    static func markedCodes(in html: String) -> [String] {
        let body = html.range(of: "<body").map { html[$0.lowerBound...] } ?? html[...]
        return body.components(separatedBy: "class=\"id\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
            .filter { !$0.isEmpty }
    }

    @Test(
        "--thai-digits: dates, counts and amounts in Thai digits; ids and codes as typed (M-2568-001, O8, F-…)",
        arguments: [ReportKind.followup, .executive, .o34, .o35, .plan, .audit, .o33])
    func idsKeepTheirDigits(kind: ReportKind) async throws {
        let arabic = try await Self.rendered(kind, as: .html)
        let codes = Self.markedCodes(in: arabic)
        #expect(!codes.isEmpty, "\(kind) marks its ids")
        for format in [ReportFormat.html, .md] {
            let text = try await Self.rendered(kind, as: format, digits: .thai)
            #expect(text.contains("๒๕๖๘"), "\(kind) \(format): the year in Thai digits")
            for code in Set(codes) {
                // The Markdown leaves some tables out (the executive's top risks); what it prints keeps its digits.
                #expect(format == .md || text.contains(code), "\(kind) \(format): \(code) kept its digits")
                if code != ThaiDigits.toThai(code) {
                    #expect(!text.contains(ThaiDigits.toThai(code)), "\(kind) \(format) has \(ThaiDigits.toThai(code))")
                }
            }
        }
        let thai = try await Self.rendered(kind, as: .html, digits: .thai)
        #expect(Self.markedCodes(in: thai) == codes)
    }

    @Test("The footer's anchor and the page numbers follow --thai-digits the way they should")
    func anchorAndPageNumbers() async throws {
        let html = try await Self.rendered(.followup, as: .html, digits: .thai)
        let anchor = try #require(html.range(of: "รหัสยืนยันบันทึก <code>")).upperBound
        #expect(
            html[anchor...].prefix(while: { $0 != "<" }).allSatisfy { $0.isASCII }, "the anchor is typed back as is")
        #expect(html.contains(#"content: "หน้า " counter(page, thai) "/" counter(pages, thai)"#))
        let arabic = try await Self.rendered(.followup, as: .html)
        #expect(arabic.contains(#"content: "หน้า " counter(page) "/" counter(pages)"#))
        #expect(!arabic.contains("counter(page, thai)"))
    }

    @Test("No command line on paper: no report's HTML or Markdown says 'sujarit …'", arguments: ReportKind.allCases)
    func noCommands(kind: ReportKind) async throws {
        for format in [ReportFormat.html, .md] {
            let text = try await Self.rendered(kind, as: format)
            #expect(!text.contains("sujarit "), "\(kind) \(format)")
            #expect(!text.contains("--anchor"), "\(kind) \(format)")
        }
    }

    @Test("The footer says what the anchor is for, in Thai, and names the version `sujarit --version` prints")
    func footer() async throws {
        let html = try await Self.rendered(.executive, as: .html)
        #expect(html.contains("ลายนิ้วมือดิจิทัลของบันทึกเหตุการณ์ที่ใช้จัดทำรายงานนี้"))
        #expect(html.contains("สุจริต (Sujarit) รุ่น \(Reporting.version)"))
        #expect(html.contains("<meta name=\"generator\" content=\"Sujarit \(Reporting.version)\">"))
        #expect(Reporting.version == "0.1.0")
        #expect(!html.contains("v1.0"))
    }

    @Test("The executive summary prints measure titles, owners and problems whole: nothing cut with … or CSS")
    func executiveWhole() async throws {
        let fixture = try await ReportFixture.make()
        let sources = try await fixture.sources(.annual)
        let document = try await ReportBuilder.build(.executive, sources, viewer: "anan")
        guard case .executive(let summary) = document else {
            Issue.record("not an executive summary")
            return
        }
        let html = try ReportRenderer(theme: try await ReportFixture.theme()).render(
            document, as: .html, directory: sources.directory)
        let lines = (summary.measures?.overdue ?? []) + (summary.audit?.overdue ?? [])
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(html.contains(line.title), "title of \(line.id) whole")
            #expect(html.contains(line.owner), "owner of \(line.id) whole")
            if let problems = line.problems { #expect(html.contains(problems), "problems of \(line.id) whole") }
        }
        for cut in ["class=\"clamp\"", "class=\"clip\"", "…"] {
            #expect(!html.contains(cut), "the executive summary cuts text with \(cut)")
        }
    }
}
