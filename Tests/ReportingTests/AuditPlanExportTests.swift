import Agency
import AuditPlans
import Foundation
import Sujarit
import Testing
@testable import Reporting

/// `sujarit audit plan export`'s documents, drawn by the one report pipeline (the `register.*` templates).
@Suite("The audit plan's exported documents")
struct AuditPlanExportTests {
    @Test("The plan exports with the Thai audit-unit columns: self-contained A4 HTML, Markdown and CSV")
    func planExport() async throws {
        let fixture = try await ReportFixture.make(ita: false, audit: false)
        fixture.clock.set(ReportFixture.day("2024-09-10"))
        let context = { CommandContext(actor: "anan", now: fixture.clock.now) }
        let service = AuditPlanService(store: fixture.store)
        try await service.loadUniverse(
            ReportFixture.path("Registers/examples/takbai/audit-universe.yaml"), context: context())
        try await service.draft(FiscalYear(be: 2568), capacity: 220, context: context())
        let directory = try await AgencyDirectory.load(from: fixture.store)
        let renderer = ReportRenderer(theme: try await ReportFixture.theme())
        func plan() async throws -> RegisterDocument {
            AuditDocuments.plan(
                try await service.plan(FiscalYear(be: 2568)), agency: "เทศบาลเมืองตากใบ", directory: directory)
        }

        let draftHTML = try renderer.render(try await plan(), as: .html)
        #expect(draftHTML.contains("(ร่าง)"))
        try await service.approve(FiscalYear(be: 2568), by: "mayor", context: context())
        let document = try await plan()

        let html = try renderer.render(document, as: .html)
        for needle in [
            "<!DOCTYPE html>", "@page { size: A4 landscape",
            #"font-family: "TH Sarabun New", Sarabun, "Noto Sans Thai", Loma, sans-serif"#,
            "ลำดับ", "หน่วยรับตรวจ/เรื่องที่ตรวจสอบ", "ระดับความเสี่ยง", "วัตถุประสงค์", "ขอบเขต", "วิธีการ", "ระยะเวลา",
            "ผู้รับผิดชอบ", "จำนวนวัน-คน", "10 กันยายน 2567", "นายอับดุลเลาะ สาและ", "ไตรมาส 1 (ต.ค.–ธ.ค. 2567)", "e-bidding",
        ] {
            #expect(html.contains(needle), "the HTML lacks \(needle)")
        }
        #expect(
            !html.contains("http://") && !html.contains("https://") && !html.contains("<script"),
            "self-contained: no links, no scripts")
        #expect(!html.contains("(ร่าง)"))

        let csv = try renderer.render(document, as: .csv)
        #expect(
            csv.hasPrefix(
                "\u{FEFF}ลำดับ,หน่วยรับตรวจ/เรื่องที่ตรวจสอบ,ระดับความเสี่ยง,วัตถุประสงค์,ขอบเขต,วิธีการ,ระยะเวลา,ผู้รับผิดชอบ,จำนวนวัน-คน\r\n"
            ))
        #expect(csv.components(separatedBy: "\r\n").count == document.tables[0].rows.count + 2)

        let markdown = try renderer.render(document, as: .md)
        #expect(markdown.hasPrefix("# แผนการตรวจสอบภายใน ประจำปีงบประมาณ พ.ศ. 2568"))
        #expect(markdown.contains("| ลำดับ | หน่วยรับตรวจ/เรื่องที่ตรวจสอบ |"))
    }

    @Test("Rendering escapes what it prints")
    func escaping() async throws {
        let renderer = ReportRenderer(theme: try await ReportFixture.theme())
        let document = RegisterDocument(
            title: "<b>&",
            tables: [RegisterDocument.Table(columns: [RegisterDocument.Column("a|b")], rows: [["x, \"y\"\nz"]])]
        )
        let html = try renderer.render(document, as: .html)
        #expect(html.contains("&lt;b&gt;&amp;") && !html.contains("<b>&"))
        #expect(html.contains("x, &quot;y&quot;<br>z"))
        #expect(try renderer.render(document, as: .md).contains("| a\\|b |"))
        #expect(try renderer.render(document, as: .csv).contains("\"x, \"\"y\"\"\nz\""))
    }
}
