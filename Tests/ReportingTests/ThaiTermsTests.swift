import Agency
import Foundation
import Oversight
import RiskRegister
import Sujarit
import Testing
@testable import Reporting

/// One Thai term per concept (issue 19, "Thai wording"): the table says which term each concept uses and which
/// spellings it replaced; the scan keeps those spellings out of the code and the templates.
@Suite("Thai terms: one term per concept in Sources/ and Reports/templates/")
struct ThaiTermsTests {
    /// A concept, the one Thai term it is written with, and the spellings that must not come back.
    struct Term: Sendable, CustomTestStringConvertible {
        let concept: String
        let term: String
        let forbidden: [String]
        var testDescription: String { concept }
    }

    /// The concepts and their one term each.
    static let terms: [Term] = [
        Term(concept: "the day lateness is judged on", term: "พิจารณาความล่าช้า ณ", forbidden: ["ความล่าช้าพิจารณา ณ"]),
        Term(
            concept: "the fiscal year in a heading", term: "ประจำปีงบประมาณ พ.ศ.",
            forbidden: ["ประจำปีงบประมาณ \\(", "ประจำปีงบประมาณ {{"]),
        Term(
            concept: "the head's decision on a gift", term: "ผลการพิจารณาของผู้บังคับบัญชา",
            forbidden: ["<th>การพิจารณา</th>", "| การพิจารณา |", #".column("การพิจารณา""#, "วินิจฉัย"]),
        Term(concept: "inherent risk (before controls)", term: "ก่อนการควบคุม", forbidden: ["ก่อนมีการควบคุม", "ก่อนควบคุม"]),
        Term(concept: "PACC's Unknown Factor", term: "ปัจจัยที่คาดว่าจะเกิดขึ้นแต่ยังไม่เกิด", forbidden: ["ปัจจัยใหม่"]),
        Term(concept: "a flag whose evidence names people", term: "[มีข้อมูลส่วนบุคคล]", forbidden: ["[บุคคล]"]),
    ]

    /// Lines allowed to hold an old spelling: the parser that still reads what older registers wrote.
    static let readsOldSpellings = [#"case "inherent", "ก่อนการควบคุม""#]

    /// Every `.swift` and `.mustache` file under Sources/ and Reports/templates/, with its path from the package root.
    static func files() throws -> [(path: String, text: String)] {
        let root = ReportFixture.packageRoot
        var found: [(String, String)] = []
        for folder in ["Sources", "Reports/templates"] {
            let base = root.appendingPathComponent(folder)
            let walker = try #require(FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil))
            for case let url as URL in walker where url.pathExtension == "swift" || url.pathExtension == "mustache" {
                let relative = folder + url.path.dropFirst(base.path.count)
                found.append((relative, try String(contentsOf: url, encoding: .utf8)))
            }
        }
        return found
    }

    @Test("No old spelling is left in Sources/ or Reports/templates/", arguments: terms)
    func noOldSpelling(term: Term) throws {
        let files = try Self.files()
        #expect(files.count > 100, "the scan found the package's files")
        var hits: [String] = []
        for file in files {
            for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if Self.readsOldSpellings.contains(where: { line.contains($0) }) { continue }
                for variant in term.forbidden where line.contains(variant) {
                    hits.append("\(file.path):\(number + 1) writes '\(variant)'; write '\(term.term)'")
                }
            }
        }
        #expect(hits.isEmpty, "\(term.concept): \(hits.joined(separator: "\n"))")
        #expect(files.contains { $0.text.contains(term.term) }, "\(term.concept): '\(term.term)' is used somewhere")
    }

    @Test("The scan finds an old spelling when one is written")
    func scanCatchesVariant() {
        let line = "| ระดับ | ก่อนควบคุม | เป้าหมาย |"
        let inherent = Self.terms.first { $0.term == "ก่อนการควบคุม" }!
        #expect(inherent.forbidden.contains { line.contains($0) })
        #expect(!inherent.forbidden.contains { "| ระดับ | ก่อนการควบคุม | เป้าหมาย |".contains($0) })
    }

    @Test("The labels use the one term")
    func labels() {
        #expect(ScoreKind.inherent.label.th == "ความเสี่ยงก่อนการควบคุม")
        #expect(ScoreKind(text: "ก่อนการควบคุม") == .inherent && ScoreKind(text: "ก่อนควบคุม") == .inherent)
        #expect(RiskFactor.unknown.thai.hasPrefix("ปัจจัยที่คาดว่าจะเกิดขึ้นแต่ยังไม่เกิด"))
        #expect(PartyKind.person.label.th == "บุคคลธรรมดา" && PartyKind.firm.label.th == "นิติบุคคล")
        let period = ReportPeriod(
            fiscalYear: FiscalYear(be: 2568), round: .sixMonths, asOf: ReportFixture.day("2025-05-15"), replayed: true)
        #expect(period.thaiLabel.hasPrefix("ประจำปีงบประมาณ พ.ศ. 2568 "))
        #expect(period.yearHeading == "ประจำปีงบประมาณ พ.ศ. 2568")
        let annual = ReportPeriod(
            fiscalYear: FiscalYear(be: 2568), round: .annual, asOf: ReportFixture.day("2025-10-15"), replayed: true)
        #expect(annual.thaiLabel.hasPrefix("ประจำปีงบประมาณ พ.ศ. 2568 รอบ 12 เดือน ("), "\(annual.thaiLabel)")
    }

    @Test("The plan's six-month report (O37) is titled as a monitoring report; the plan keeps its own title")
    func planReportTitles() {
        #expect(ReportKind.plan.title(round: .sixMonths).th.hasPrefix("รายงานการกำกับติดตามการดำเนินการตามแผน"))
        #expect(ReportKind.plan.title(round: .annual).th != ReportKind.plan.title.th)
        #expect(ReportKind.plan.title(round: nil) == ReportKind.plan.title)
        #expect(ReportKind.o35.title(round: .sixMonths) == ReportKind.o35.title)
    }

    @Test("The O37 report prints the monitoring title and the year heading; the plan prints its own title")
    func planReportRendered() async throws {
        let fixture = try await ReportFixture.make()
        let renderer = ReportRenderer(theme: try await ReportFixture.theme())
        let sixMonths = try await fixture.sources(.sixMonths)
        let report = try renderer.render(
            try await ReportBuilder.build(.plan, sixMonths), as: .md, directory: sixMonths.directory)
        #expect(report.hasPrefix("# รายงานการกำกับติดตามการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต รอบ 6 เดือน\n"))
        #expect(report.contains("ประจำปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือน"))
        let planSources = try await fixture.sources(nil)
        let plan = try renderer.render(
            try await ReportBuilder.build(.plan, planSources), as: .md, directory: planSources.directory)
        #expect(plan.hasPrefix("# แผนปฏิบัติการป้องกันการทุจริต\n"))
        #expect(!plan.contains("รายงานการกำกับติดตาม"))
    }

    @Test("A flag explanation writes every date one way: day, Thai month, full BE year")
    func explanationDates() throws {
        let winner = try CalendarDate(year: 2025, month: 9, day: 25)
        let invitation = try CalendarDate(year: 2025, month: 9, day: 22)
        let evidence = FlagEvidence(
            projects: [
                ProjectFact(
                    projectID: "68099000001", title: "ซ่อมถนน", method: "e-bidding", fiscalYear: FiscalYear(be: 2568),
                    departmentID: "6300101")
            ],
            figures: [Figure(.winner, .date(winner)), Figure(.invitation, .date(invitation)), Figure(.days, .days(3))]
        )
        let explanation = FlagExplanation.make(
            indicator: .fastAward, fiscalYear: FiscalYear(be: 2568), departmentID: "6300101", unit: nil,
            evidence: evidence,
            directory: AgencyDirectory(departments: [], staff: []), showNames: false
        )
        for sentence in [explanation.finding.th, explanation.finding.en] {
            #expect(sentence.contains("25 ก.ย. 2568") && sentence.contains("22 ก.ย. 2568"), "\(sentence)")
            #expect(!sentence.contains("2025-09-25") && !sentence.contains("ก.ย. 68 "), "\(sentence)")
        }
    }
}
