import Agency
import Foundation
import Presentation
import RiskRegister
import Sujarit
import Testing

@Suite("Import and export")
struct ExchangeTests {
    static let example = RiskFixture.registers + "/examples/takbai/risks-2568.yaml"
    static let plan = RiskFixture.registers + "/examples/takbai/risks-plan-2567.yaml"

    func write(_ text: String, _ name: String, in fixture: RiskFixture) throws -> String {
        let path = fixture.folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("the example register imports whole, and its JSON export imports back unchanged")
    func jsonRoundTrip() async throws {
        let first = try await RiskFixture()
        let summary = try await first.service.importFile(Self.example, dryRun: false, context: RiskFixture.context)
        #expect(summary.risks.count == 8)
        #expect(summary.measures.count == 6)
        let exported = try JSONOutput.string(RegisterExport.document(try await first.ledger(), fiscalYear: nil))

        let second = try await RiskFixture()
        _ = try await second.service.importFile(
            try write(exported, "export.json", in: second), dryRun: false, context: RiskFixture.context)
        #expect(try JSONOutput.string(RegisterExport.document(try await second.ledger(), fiscalYear: nil)) == exported)
    }

    @Test("the JSON export writes every key of every row, null where there is no value")
    func exportWritesEveryKey() async throws {
        let fixture = try await RiskFixture()
        _ = try await fixture.service.importFile(Self.example, dryRun: false, context: RiskFixture.context)
        let exported = try JSONOutput.string(RegisterExport.document(try await fixture.ledger(), fiscalYear: nil))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(exported.utf8)) as? [String: Any])
        #expect(document["fiscal_year"] is NSNull, "no year asked for: null, not left out")
        let risks = try #require(document["risks"] as? [[String: Any]])
        let measures = try #require(document["measures"] as? [[String: Any]])
        #expect(risks.count == 8 && measures.count == 6)
        for risk in risks {
            #expect(risk.keys.count == 14, "\(risk.keys.sorted())")
            #expect(risk["acceptance"] is NSNull && risk["copied_from"] is NSNull)
        }
        for measure in measures {
            #expect(measure.keys.count == 19, "\(measure.keys.sorted())")
            #expect(measure["dimension"] is NSNull && measure["budgets"] is NSNull)
        }
    }

    @Test("the CSV export imports back unchanged, lists and quotes included")
    func csvRoundTrip() async throws {
        let first = try await RiskFixture()
        _ = try await first.service.importFile(Self.example, dryRun: false, context: RiskFixture.context)
        try await first.run { ledger, _, decision in
            try ledger.assess(
                RiskID(parsing: "R-2568-002"), kind: .current, likelihood: 3, impact: 4, note: nil, into: &decision)
        }
        let csv = RegisterExport.csv(try await first.ledger(), fiscalYear: FiscalYear(be: 2568))
        #expect(csv.contains("\"ความต้องการใช้พัสดุเร่งด่วนปลายปีงบประมาณ\nไม่มีการรวบรวม"))

        let second = try await RiskFixture()
        let summary = try await second.service.importFile(
            try write(csv, "register.csv", in: second), dryRun: false, context: RiskFixture.context)
        #expect(summary.risks.count == 8)
        #expect(RegisterExport.csv(try await second.ledger(), fiscalYear: FiscalYear(be: 2568)) == csv)
    }

    @Test("the seed's integrity plan imports as measures linked to issue areas, with dates from the timeframes")
    func integrityPlan() async throws {
        let fixture = try await RiskFixture()
        let summary = try await fixture.service.importFile(Self.plan, dryRun: false, context: RiskFixture.context)
        #expect(summary.measures.count == 31)
        let ledger = try await fixture.ledger()
        let areas = Set(ledger.measures.values.compactMap(\.planned.integrity?.issueArea))
        #expect(areas.count == 6)
        let noGift = try #require(ledger.measures.values.first { $0.planned.title == "มาตรการ NO Gift Policy" })
        #expect(noGift.planned.due == (try CalendarDate(year: 2024, month: 4, day: 30)))
        #expect(noGift.planned.integrity?.oitItems.contains("O33") == true)
        #expect(noGift.planned.risks.isEmpty)
    }

    @Test("a dry run writes nothing")
    func dryRun() async throws {
        let fixture = try await RiskFixture()
        let before = try await fixture.logSize()
        let summary = try await fixture.service.importFile(Self.example, dryRun: true, context: RiskFixture.context)
        #expect(summary.risks.count == 8)
        #expect(try await fixture.logSize() == before)
    }

    @Test(
        "a bad row fails the whole file with its line, and the store is unchanged",
        arguments: [
            ("category: procurement", "category: bribery", "Unknown risk category 'bribery'"),
            ("department: ENG", "department: XYZ", "Unknown department 'XYZ'"),
            ("scores: { residual: [2, 4] }", "scores: { residual: [6, 4] }", "likelihood (-l) level 6"),
            ("risks: [R-2568-006]", "risks: [R-2568-066]", "no risk R-2568-066"),
            (
                "factor: known\n    controls:\n      - { control: ผู้ควบคุมงาน",
                "factr: known\n    controls:\n      - { control: ผู้ควบคุมงาน", "unknown field 'factr'"
            ),
            ("id: R-2568-002", "id: R-2568-001", "R-2568-001"),
        ])
    func badImport(replace: String, with: String, message: String) async throws {
        let fixture = try await RiskFixture()
        let text = try String(contentsOfFile: Self.example, encoding: .utf8)
        #expect(text.contains(replace))
        let path = try write(text.replacingOccurrences(of: replace, with: with), "bad.yaml", in: fixture)
        let before = try await fixture.logSize()
        do {
            _ = try await fixture.service.importFile(path, dryRun: false, context: RiskFixture.context)
            Issue.record("the bad file was imported")
        } catch {
            #expect(error.localizedDescription.contains(message), "\(error.localizedDescription)")
            #expect(error.localizedDescription.contains("bad.yaml, line "), "\(error.localizedDescription)")
        }
        #expect(try await fixture.logSize() == before)
    }

    @Test("malformed YAML and CSV are refused with their line")
    func malformed() async throws {
        let fixture = try await RiskFixture()
        let yaml = try write("fiscal_year: 2568\nrisks:\n  - id: [unclosed\n", "broken.yaml", in: fixture)
        await #expect(throws: ConfigurationError.self) {
            _ = try await fixture.service.importFile(yaml, dryRun: false, context: RiskFixture.context)
        }
        let csv = try write(
            """
            id,fiscal_year,department,process,category,event,causes,factor,controls,owner,matrix\nR-2568-001,2568,FIN,p,procurement,e,,known,ดีมาก: \
            x,,5x5\n
            """,
            "bad.csv", in: fixture)
        do {
            _ = try await fixture.service.importFile(csv, dryRun: false, context: RiskFixture.context)
            Issue.record("a bad control was accepted")
        } catch {
            #expect(error.localizedDescription.contains("bad.csv, line 2"), "\(error.localizedDescription)")
        }
        #expect(try await fixture.logSize() > 0)
    }

    @Test("importing before configuration says to configure")
    func unconfigured() async throws {
        let fixture = try await RiskFixture(configure: false)
        do {
            _ = try await fixture.service.importFile(Self.example, dryRun: false, context: RiskFixture.context)
            Issue.record("imported without categories")
        } catch {
            #expect(error.localizedDescription.contains("risk configure"))
        }
    }
}
