import Agency
import EventStore
import Foundation
import Presentation
import RiskRegister
import Sujarit
import Testing

/// A measure's place in the anti-corruption plan (O36): its dimension (มิติ) and budget per fiscal year.
@Suite("Measure plan shape")
struct MeasurePlanShapeTests {
    static let year = FiscalYear(be: 2569)

    func draft(_ risk: RiskID, dimension: PlanDimension? = nil, budgets: [YearBudget]? = nil) -> MeasurePlanned {
        MeasurePlanned(
            id: MeasureID(fiscalYear: FiscalYear(be: 2568), number: 1), title: "อบรมคุณธรรม", owner: "สำนักปลัด",
            risks: [risk], dimension: dimension, budgets: budgets)
    }

    func baht(_ amount: Int64) -> Money { Money.baht(amount) }

    @Test("the shipped file lists the four dimensions with their source, and matches the built-in list")
    func shippedFile() throws {
        let file = try PlanDimensions.load(RiskFixture.registers + "/plan-dimensions.yaml")
        #expect(file.dimensions == PlanDimensions.shipped.dimensions)
        #expect(file.dimensions.map(\.code) == ["1", "2", "3", "4"])
        #expect(file.dimensions[2].title == "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน")
        #expect(file.source.contains("ป.ป.ช."))
        #expect(try PlanDimensions.resolve(registers: RiskFixture.registers) == file)
    }

    @Test("a dimension is found by its code, in Thai digits or after มิติที่; an unknown one is refused listing the codes")
    func dimensionCodes() throws {
        let dimensions = PlanDimensions.shipped
        #expect(try dimensions.dimension("2").title == "การบริหารราชการเพื่อป้องกันการทุจริต")
        #expect(try dimensions.dimension("๔").code == "4")
        #expect(try dimensions.dimension("มิติที่ 1").code == "1")
        for bad in ["5", "0", "2a"] {
            let error = #expect(throws: MeasurePlanError.self) { try dimensions.dimension(bad) }
            let message = error?.errorDescription ?? ""
            #expect(message.contains("'\(bad)'"))
            #expect(message.contains("1 การสร้างสังคมที่ไม่ทนต่อการทุจริต") && message.contains("4 การเสริมสร้าง"))
            #expect(message.contains("plan-dimensions.yaml"))
        }
    }

    @Test("budgets read as year:amount; 0 is accepted, -0.01 is refused, a year given twice is refused")
    func budgetRules() throws {
        #expect(try YearBudget.parse("2569:50,000") == YearBudget(fiscalYear: Self.year, amount: baht(50_000)))
        #expect(try YearBudget.parse("๒๕๗๐:๖๐,๐๐๐.๕๐").amount == Money(satang: 6_000_050))
        let zero = try YearBudget.parse("2569:0")
        #expect(zero.amount == .zero)
        try YearBudget.check([zero], of: "M-2569-001")
        let negative = try YearBudget.parse("2569:-0.01")
        let error = #expect(throws: MeasurePlanError.self) { try YearBudget.check([negative], of: "M-2569-001") }
        #expect(error == .negativeBudget(measure: "M-2569-001", year: 2569, amount: "-0.01"))
        #expect(throws: MeasurePlanError.duplicateBudgetYear(measure: "M", year: 2569)) {
            try YearBudget.check([zero, YearBudget(fiscalYear: Self.year, amount: baht(1))], of: "M")
        }
        for bad in ["2569", "2025:100", "2569:abc"] {
            #expect(throws: MeasurePlanError.self) { try YearBudget.parse(bad) }
        }
    }

    @Test("a planned measure keeps its dimension and budgets; a negative budget is refused and nothing is written")
    func planWithBudgets() async throws {
        let fixture = try await RiskFixture()
        let risk = try await fixture.addRisk()
        let dimension = try PlanDimensions.shipped.dimension("2")
        let budgets = [
            YearBudget(fiscalYear: FiscalYear(be: 2568), amount: baht(50_000)),
            YearBudget(fiscalYear: Self.year, amount: .zero),
        ]
        let before = try await fixture.logSize()
        await #expect(throws: MeasurePlanError.self) {
            try await fixture.run { ledger, directory, decision in
                try ledger.plan(
                    draft(risk, budgets: [YearBudget(fiscalYear: Self.year, amount: Money(satang: -1))]),
                    assignID: true, directory: directory, into: &decision)
            }
        }
        #expect(try await fixture.logSize() == before)
        let id = try await fixture.run { ledger, directory, decision in
            try ledger.plan(
                draft(risk, dimension: dimension, budgets: budgets), assignID: true, directory: directory,
                into: &decision)
        }
        let measure = try #require(try await fixture.ledger().measures[id])
        #expect(measure.dimension == dimension)
        #expect(measure.budgets == budgets)
    }

    @Test("an amendment replaces the dimension and the budgets as a new event; the planned event is kept")
    func amend() async throws {
        let fixture = try await RiskFixture()
        let risk = try await fixture.addRisk()
        let id = try await fixture.run { ledger, directory, decision in
            try ledger.plan(
                draft(
                    risk, dimension: try PlanDimensions.shipped.dimension("1"),
                    budgets: [YearBudget(fiscalYear: Self.year, amount: baht(10_000))]),
                assignID: true, directory: directory, into: &decision)
        }
        let before = try await fixture.logSize()
        await #expect(throws: MeasurePlanError.nothingToAmend(measure: id.description)) {
            try await fixture.run { ledger, _, decision in
                try ledger.amendPlan(
                    MeasurePlanAmended(measure: id, dimension: nil, budgets: nil, reason: "x"), into: &decision)
            }
        }
        await #expect(throws: MeasurePlanError.self) {
            try await fixture.run { ledger, _, decision in
                try ledger.amendPlan(
                    MeasurePlanAmended(
                        measure: id, dimension: nil, budgets: [YearBudget(fiscalYear: Self.year, amount: baht(-5))],
                        reason: "x"), into: &decision)
            }
        }
        #expect(try await fixture.logSize() == before)
        let replaced = [
            YearBudget(fiscalYear: FiscalYear(be: 2570), amount: baht(60_000)),
            YearBudget(fiscalYear: Self.year, amount: baht(45_000)),
        ]
        try await fixture.run { ledger, _, decision in
            try ledger.amendPlan(
                MeasurePlanAmended(
                    measure: id, dimension: try PlanDimensions.shipped.dimension("3"), budgets: replaced,
                    reason: "ตามข้อบัญญัติ"), into: &decision)
        }
        var measure = try #require(try await fixture.ledger().measures[id])
        #expect(measure.dimension?.code == "3")
        #expect(measure.budgets.map(\.fiscalYear.be) == [2569, 2570])
        #expect(measure.budgets.map(\.amount) == [baht(45_000), baht(60_000)])
        #expect(measure.planned.dimension?.code == "1")
        try await fixture.run { ledger, _, decision in
            try ledger.amendPlan(
                MeasurePlanAmended(
                    measure: id, dimension: nil, clearsDimension: true, budgets: nil, reason: "ย้ายไปแผนอื่น"),
                into: &decision)
        }
        measure = try #require(try await fixture.ledger().measures[id])
        #expect(measure.dimension == nil)
        #expect(measure.budgets.count == 2)
    }

    @Test("a measure payload written before plans had dimensions decodes, with no dimension and no budgets")
    func oldPayload() throws {
        let old =
            #"{"id":"M-2568-001","owner":"กองคลัง","risks":["R-2568-001"],"steps":[],"title":"มาตรการป้องกันการแบ่งซื้อ","due":"2025-03-31"}"#
        let decoded = try MeasurePlanned.decode(payload: Data(old.utf8), schemaVersion: 1)
        #expect(decoded.dimension == nil)
        #expect(decoded.budgets == nil)
        let measure = Measure(planned: decoded)
        #expect(measure.budgets.isEmpty && measure.dimension == nil)
        // A measure without the new fields encodes exactly as before (no new keys), so stored hashes stay valid.
        let encoded = String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self)
        #expect(!encoded.contains("dimension") && !encoded.contains("budgets"))
    }

    @Test("the JSON export carries the amended dimension and budgets, and imports back unchanged")
    func exportRoundTrip() async throws {
        let first = try await RiskFixture()
        let risk = try await first.addRisk()
        let id = try await first.run { ledger, directory, decision in
            try ledger.plan(
                draft(
                    risk, dimension: try PlanDimensions.shipped.dimension("4"),
                    budgets: [YearBudget(fiscalYear: Self.year, amount: Money(satang: 1_234_550))]),
                assignID: true, directory: directory, into: &decision)
        }
        try await first.run { ledger, _, decision in
            try ledger.amendPlan(
                MeasurePlanAmended(
                    measure: id, dimension: try PlanDimensions.shipped.dimension("2"), budgets: nil, reason: "แก้มิติ"),
                into: &decision)
        }
        let exported = try JSONOutput.string(RegisterExport.document(try await first.ledger(), fiscalYear: nil))
        #expect(exported.contains("\"dimension\" : \"2\"") && exported.contains("\"amount\" : \"12345.50\""))
        let second = try await RiskFixture()
        let path = second.folder.appendingPathComponent("export.json").path
        try exported.write(toFile: path, atomically: true, encoding: .utf8)
        _ = try await second.service.importFile(path, dryRun: false, context: RiskFixture.context)
        #expect(try JSONOutput.string(RegisterExport.document(try await second.ledger(), fiscalYear: nil)) == exported)
        #expect(try await second.ledger().measures[id]?.dimension?.title == "การบริหารราชการเพื่อป้องกันการทุจริต")
    }

    @Test("the register file imports a measure's dimension and budgets; an unknown dimension fails with its line")
    func importPlanShape() async throws {
        let fixture = try await RiskFixture()
        let risk = try await fixture.addRisk()
        let file = """
            fiscal_year: 2568
            measures:
              - title: อบรมคุณธรรม
                owner: สำนักปลัด
                risks: [\(risk)]
                dimension: "1"
                budgets:
                  - { fiscal_year: 2569, amount: "50,000" }
                  - { fiscal_year: 2570, amount: "0" }
            """
        let summary = try await fixture.run { ledger, directory, decision in
            try RegisterImport.apply(
                try ConfigNode.parse(file, file: "plan.yaml"), ledger: &ledger, directory: directory, into: &decision)
        }
        let imported = try #require(summary.measures.first)
        let measure = try #require(try await fixture.ledger().measures[imported])
        #expect(measure.dimension?.title == "การสร้างสังคมที่ไม่ทนต่อการทุจริต")
        #expect(measure.budgets.map(\.amount) == [baht(50_000), .zero])
        let before = try await fixture.logSize()
        let error = await #expect(throws: ConfigurationError.self) {
            try await fixture.run { ledger, directory, decision in
                try RegisterImport.apply(
                    try ConfigNode.parse(
                        file.replacingOccurrences(of: "dimension: \"1\"", with: "dimension: \"9\""), file: "plan.yaml"),
                    ledger: &ledger, directory: directory, into: &decision)
            }
        }
        #expect(error?.line == 6)
        #expect(error?.message.contains("'9'") == true)
        #expect(try await fixture.logSize() == before)
    }
}
