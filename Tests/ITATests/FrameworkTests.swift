import Agency
import Sujarit
import Testing
@testable import ITA
import TestSupport

@Suite("ITA frameworks: Registers/ita as data")
struct FrameworkTests {
    @Test("FY2566–2570 load with 0.30/0.30/0.40, pass 85 and seven bands; 2566–2567 carry the seed's links")
    func registersLoad() throws {
        let all = try ITAFramework.loadFolder(ITAFixture.path("Registers/ita"))
        #expect(all.keys.map(\.be).sorted() == [2566, 2567, 2568, 2569, 2570])
        for framework in all.values {
            #expect(framework.weights.iit.tenThousandths == 3000 && framework.weights.eit.tenThousandths == 3000)
            #expect(framework.weights.oit.tenThousandths == 4000)
            #expect(framework.passMark.formatted() == "85.00")
            #expect(framework.bands.map(\.code) == ["AA", "A", "B", "C", "D", "E", "F"])
            #expect(framework.problems().isEmpty)
        }
        let fy2567 = try #require(all[FiscalYear(be: 2567)])
        #expect(fy2567.questions.count == 45)
        #expect(fy2567.oitItems.count == 43)
        #expect(Set(fy2567.links(for: "I25").flatMap(\.oitItems)).isSuperset(of: ["O34", "O35", "O36", "O37", "O38"]))
        #expect(fy2567.links(for: "I20").flatMap(\.oitItems).contains("O14"))
        #expect(Set(fy2567.links(for: "E6").flatMap(\.oitItems)) == ["O8", "O9"])
        #expect(fy2567.indicator(of: "I21")?.name.th == "การใช้ทรัพย์สินของราชการ")
        // FY2568 renumbered the OIT items: no catalogue, so any well-formed code is accepted and no links exist.
        let fy2568 = try #require(all[FiscalYear(be: 2568)])
        #expect(fy2568.questions.isEmpty && fy2568.links.isEmpty)
        #expect(fy2568.knowsQuestion("I31") && !fy2567.knowsQuestion("I31"))
    }

    @Test("A mistake in a framework file names the file, line and field")
    func placedErrors() throws {
        let text = """
            fiscal_year: 2569
            version: 1
            weights: { iit: 0.30, eit: 0.30, oit: forty }
            pass_mark: 85
            bands:
              - { code: A, from: 0, th: ผ่าน, en: Pass, pass: true }
            """
        let folder = try TemporaryFolder("sujarit-ita")
        let path = try ITAFixture.file("fy2569.yaml", text, in: folder)
        let error = try #require(throws: ConfigurationError.self) { try ITAFramework.load(path) }
        #expect(error.line == 3)
        #expect(error.field == "weights.oit")
        #expect(error.message.contains("'forty' is not a weight"))

        let unbalanced = try ITAFixture.file(
            "fy2569.yaml", text.replacingOccurrences(of: "forty", with: "0.30"), in: folder)
        let problem = try #require(throws: ConfigurationError.self) { try ITAFramework.load(unbalanced) }
        #expect(problem.message.contains("the weights add up to 0.9"))

        let misspelt = try ITAFixture.file(
            "fy2569.yaml", text.replacingOccurrences(of: "pass_mark", with: "passmark"), in: folder)
        let unknown = try #require(throws: ConfigurationError.self) { try ITAFramework.load(misspelt) }
        #expect(unknown.message.contains("unknown field 'passmark'"))
    }

    @Test("Codes are normalised as people type them, and ranges expand")
    func codes() {
        #expect(ITACode.normalize("i ๒๕") == "I25")
        #expect(ITACode.normalize("๐๓๙") == "O39")
        #expect(ITACode.normalize("E100") == nil)
        #expect(ITACode.normalize("X1") == nil)
        #expect(ITACode.expand("I1-I6") == ["I1", "I2", "I3", "I4", "I5", "I6"])
        #expect(ITACode.expand("E6–E9") == ["E6", "E7", "E8", "E9"])
        #expect(ITACode.expand("I6-I1") == nil)
        #expect(["O9", "E10", "I10", "I2", "E2"].sorted(by: ITACode.precedes) == ["I2", "I10", "E2", "E10", "O9"])
        #expect(
            ITACode.compact(["O38", "O27", "O28", "O29", "O31", "O32", "O33", "O34", "O40", "O42", "O43"])
                == "O27–O29, O31–O34, O38, O40, O42, O43")
    }
}
