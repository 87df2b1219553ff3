import Agency
import Foundation
import ITA
import Sujarit
import Testing

@testable import Reporting

@Suite("The OIT checklist and evidence pack: this year's codes, states, and the same bytes twice")
struct ITAChecklistTests {
    static func library() throws -> ITACatalogueLibrary {
        try ITACatalogueLibrary.load(folder: ReportFixture.path("Registers/ita"))
    }

    static func evidence(
        _ fixture: ReportFixture, publications: [String: String] = [:]
    ) async throws -> (
        ITAEvidence, ReportSources
    ) {
        let library = try library()
        let sources = try await fixture.sources(nil, asOf: ReportFixture.loadedOn)
        let catalogue = try library.usable(FiscalYear(be: 2568), type: sources.agencyType)
        return (
            try await ITAEvidence.build(sources, catalogue: catalogue, library: library, publications: publications),
            sources
        )
    }

    @Test("Each item is ready, incomplete with what is missing, or not Sujarit's; the published address is shown")
    func checklistStates() async throws {
        let fixture = try await ReportFixture.make(ita: false, audit: false)
        let (evidence, _) = try await Self.evidence(
            fixture, publications: ["O23": "https://www.takbai.go.th/ita/2568/o23"])
        let lines = Dictionary(uniqueKeysWithValues: evidence.checklist.lines.map { ($0.code, $0) })
        #expect(evidence.checklist.agencyType == "local")
        let risk = try #require(lines["O23"])
        #expect(risk.state == .ready && risk.files == ["O23"] && risk.purposes == ["risk-assessment"])
        #expect(risk.url == "https://www.takbai.go.th/ita/2568/o23")
        #expect(risk.due == (try CalendarDate.parse("30 เม.ย. 2568")) && !risk.dueConfirmed)
        #expect(lines["O22"]?.state == .ready)
        // O26 reports the plan at six months and for the year: measures without progress make it incomplete.
        let report = try #require(lines["O26"])
        #expect(report.state == .incomplete)
        #expect(report.missing.contains { $0.contains("ยังไม่ได้บันทึกความก้าวหน้า") && $0.contains("M-2568-") })
        #expect(report.url == nil)
        let structure = try #require(lines["O1"])
        #expect(structure.state == .notSujarits && structure.produces.isEmpty && structure.files.isEmpty)
        #expect(evidence.documents.map(\.stem) == evidence.checklist.lines.flatMap(\.files))
    }

    @Test("A report's heading names this year's item, marks it unconfirmed, and says when the year has none")
    func headingsFromCatalogue() async throws {
        let fixture = try await ReportFixture.make(ita: false, audit: false)
        guard case .plan(let plan) = try await ReportBuilder.build(.plan, try await fixture.sources(nil)) else {
            Issue.record("not a plan")
            return
        }
        #expect(plan.header.itaItems == ["O25 (ยังไม่ยืนยัน)"])
        guard
            case .plan(let measures) = try await ReportBuilder.build(.measures, try await fixture.sources(.annual))
        else {
            Issue.record("not a plan")
            return
        }
        #expect(measures.header.itaItems.isEmpty)
        #expect(measures.header.omitted.contains { $0.contains("ไม่มีข้อสำหรับ") && $0.contains("2568") })
        guard
            case .o34(let earlier) = try await ReportBuilder.build(.o34, try await fixture.sources(nil, year: 2567))
        else {
            Issue.record("not an O34")
            return
        }
        #expect(earlier.header.itaItems == ["O34"])
    }

    @Test("The pack is the same bytes when built again from the same log and day")
    func packIsDeterministic() async throws {
        let fixture = try await ReportFixture.make(ita: false, audit: false)
        let renderer = ReportRenderer(theme: try await ReportFixture.theme())
        func pack() async throws -> ITAPack {
            let (evidence, sources) = try await Self.evidence(fixture)
            return try ITAPack.make(
                evidence, renderer: renderer, directory: sources.directory, agency: sources.agency, pdf: true)
        }
        let first = try await pack(), second = try await pack()
        #expect(first.files == second.files)
        #expect(first.files.map(\.name).contains("O23.html"))
        #expect(first.files.last?.name == "index.html")
        let index = try #require(first.files.last?.html)
        #expect(
            index.contains("O26") && index.contains("ยังไม่ครบ") && index.contains("รหัสยืนยันบันทึก")
                && !index.contains("verify --anchor"))
        #expect(!first.files.contains { $0.name.hasPrefix("O1.") })
    }

    @Test("A PDF's creation and modification dates are pinned to the day without moving any byte")
    func pdfDates() throws {
        let text =
            "%PDF-1.4\n<< /Creator (x) /CreationDate (D:20261206202252+00'00')\n/ModDate (D:20261206202301+00'00')>>"
        let pinned = PDFDates.pinned(Data(text.utf8), to: try CalendarDate.parse("2025-10-15"))
        let result = String(decoding: pinned, as: UTF8.self)
        #expect(pinned.count == text.utf8.count)
        #expect(result.contains("/CreationDate (D:20251015000000+00'00')"))
        #expect(result.contains("/ModDate (D:20251015000000+00'00')"))
    }
}
