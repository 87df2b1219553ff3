import ArgumentParser
import RiskRegister
import Sujarit

/// `sujarit risk measure amend`: corrects a measure's plan dimension or budgets per year (a new event).
struct MeasureAmendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amend",
        abstract: "Correct a measure's plan dimension or budgets (แก้ไขมิติและงบประมาณของมาตรการ).",
        discussion: """
            The correction is recorded as a new event with its reason; the planned measure is never edited. \
            --budget replaces the whole list of years (repeat it for each year to keep).
            Example:
              sujarit risk measure amend --measure M-2569-001 --dimension 3 --budget 2569:45,000 \\
                --budget 2570:60,000 --reason "ปรับตามข้อบัญญัติงบประมาณ"
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: ArgumentHelp("The measure, e.g. M-2569-001.", valueName: "id")) var measure: String
    @Option(help: ArgumentHelp("The new dimension (มิติ), a code of Registers/plan-dimensions.yaml.", valueName: "code"))
    var dimension: String?
    @Flag(name: .customLong("no-dimension"), help: "Withdraw the dimension (the measure prints under ยังไม่ระบุมิติ).")
    var noDimension = false
    @Option(
        help: ArgumentHelp(
            "A budget for one fiscal year, e.g. 2569:50,000; repeat per year; replaces all years.",
            valueName: "year:amount")) var budget: [String] = []
    @Option(help: ArgumentHelp("Why it is corrected.", valueName: "text")) var reason: String

    func run() async throws {
        try await RiskInput.run {
            if noDimension, dimension != nil { throw ValidationError("Give --dimension or --no-dimension, not both.") }
            let id = try RiskInput.measureID(measure)
            let planDimension = try dimension.map {
                try PlanDimensions.resolve(registers: try? RiskInput.registers(nil)).dimension($0)
            }
            let budgets = try budget.map { try YearBudget.parse($0) }
            let amended = MeasurePlanAmended(
                measure: id, dimension: planDimension, clearsDimension: noDimension,
                budgets: budgets.isEmpty ? nil : budgets, reason: reason
            )
            _ = try await RiskService(store: try storeOptions.open()).perform(storeOptions.context) {
                ledger, _, decision in
                try ledger.amendPlan(amended, into: &decision)
            }
            Console.out("Amended \(id)\(planDimension.map { ": มิติที่ \($0.code) \($0.title)" } ?? "").")
        }
    }
}
