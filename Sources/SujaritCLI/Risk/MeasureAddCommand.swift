import ArgumentParser
import RiskRegister
import Sujarit

/// `sujarit risk measure add`: plans one measure.
struct MeasureAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Plan a measure for risks or an ITA issue area (เพิ่มมาตรการ).",
        discussion: """
            Give --risk (repeat for more), --issue-area (with --question and --oit), or both. Dates accept \
            30/09/2568, 30 ก.ย. 68 or 2025-09-30; --timeframe alone ("ตลอดปีงบประมาณ", "ต.ค.-ธ.ค.67") also sets them.
            A due day more than a year outside the fiscal year is refused as a likely typo (the message names the \
            year probably meant); a real multi-year measure due later takes --confirm.
            Example:
              sujarit risk measure add --fy 2568 --title "มาตรการป้องกันการแบ่งซื้อแบ่งจ้าง" --owner "กองคลัง" \\
                --department FIN --due 31/03/2568 --risk R-2568-001 --step "รวบรวมความต้องการจากทุกกอง" \\
                --kpi "จำนวนการแบ่งซื้อ" --target "0 ครั้ง" --issue-area "การใช้งบประมาณและการจัดซื้อจัดจ้าง" --oit O21 \\
                --dimension 2 --budget 2568:50,000 --budget 2569:60,000
            --dimension takes a code of Registers/plan-dimensions.yaml (the plan's four มิติ); --budget a fiscal \
            year and an amount (0 allowed, never negative), repeated per year. Correct them later with \
            'sujarit risk measure amend'.
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var fiscalYear: FiscalYearOption<RequiredFiscalYear>
    @Option(help: ArgumentHelp("The measure, project or activity.", valueName: "text")) var title: String
    @Option(help: ArgumentHelp("Who carries it out (ผู้รับผิดชอบ).", valueName: "text")) var owner: String
    @Option(help: ArgumentHelp("The responsible department's code.", valueName: "code")) var department: String?
    @Option(help: .day("Start day.", valueName: "day"), transform: CalendarDate.argument) var start: CalendarDate?
    @Option(help: .day("Due day.", valueName: "day"), transform: CalendarDate.argument) var due: CalendarDate?
    @Option(help: ArgumentHelp("The timeframe as the plan words it.", valueName: "text")) var timeframe: String?
    @Option(help: ArgumentHelp("A step; repeat for more.", valueName: "text")) var step: [String] = []
    @Option(help: ArgumentHelp("The indicator.", valueName: "text")) var kpi: String?
    @Option(help: ArgumentHelp("The target.", valueName: "text")) var target: String?
    @Option(help: ArgumentHelp("How it is monitored and reported.", valueName: "text")) var monitoring: String?
    @Option(help: ArgumentHelp("A risk it answers; repeat for more.", valueName: "id")) var risk: [String] = []
    @Option(name: .customLong("issue-area"), help: ArgumentHelp("The ITA issue area it answers.", valueName: "text"))
    var issueArea: String?
    @Option(help: ArgumentHelp("An IIT/EIT question code, e.g. I25; repeat for more.", valueName: "code")) var question:
        [String] = []
    @Option(help: ArgumentHelp("An OIT item code, e.g. O34; repeat for more.", valueName: "code")) var oit: [String] =
        []
    @Flag(help: "Accept a due day more than a year after the fiscal year (a multi-year measure).") var confirm = false
    @Option(
        help: ArgumentHelp(
            "The anti-corruption plan's dimension (มิติ), a code of Registers/plan-dimensions.yaml.", valueName: "code"))
    var dimension: String?
    @Option(
        help: ArgumentHelp("A budget for one fiscal year, e.g. 2569:50,000; repeat per year.", valueName: "year:amount")
    ) var budget: [String] = []

    func run() async throws {
        try await RiskInput.run {
            let year = fiscalYear.year
            var startDay = start
            var dueDay = due
            if startDay == nil, dueDay == nil, let timeframe, let span = Timeframe.dates(timeframe, fiscalYear: year) {
                startDay = span.lowerBound
                dueDay = span.upperBound
            }
            if issueArea == nil, !(question.isEmpty && oit.isEmpty) {
                throw ValidationError("--question and --oit belong to an --issue-area.")
            }
            let integrity = try issueArea.map { area in
                IntegrityLink(
                    issueArea: area,
                    questions: try question.map { text in
                        guard let code = IntegrityLink.code(text, allowed: ["I", "E"]) else {
                            throw ValidationError("--question '\(text)' is not an IIT/EIT code such as I25 or E6.")
                        }
                        return code
                    },
                    oitItems: try oit.map { text in
                        guard let code = IntegrityLink.code(text, allowed: ["O"]) else {
                            throw ValidationError("--oit '\(text)' is not an OIT item such as O34.")
                        }
                        return code
                    }
                )
            }
            let planDimension = try dimension.map {
                try PlanDimensions.resolve(registers: try? RiskInput.registers(nil)).dimension($0)
            }
            let budgets = try budget.map { try YearBudget.parse($0) }
            let draft = MeasurePlanned(
                id: MeasureID(fiscalYear: year, number: 1), title: title, owner: owner, department: department,
                start: startDay, due: dueDay,
                timeframe: timeframe, steps: step, kpi: kpi, target: target, monitoring: monitoring,
                risks: try risk.map(RiskInput.riskID), integrity: integrity,
                dimension: planDimension, budgets: budgets.isEmpty ? nil : budgets
            )
            let id = try await RiskService(store: try storeOptions.open()).perform(storeOptions.context) {
                ledger, directory, decision in
                try ledger.plan(draft, assignID: true, directory: directory, confirmedDue: confirm, into: &decision)
            }.result
            Console.out("Planned \(id)\(dueDay.map { ", due \($0.formatted(.thaiMedium))" } ?? "").")
        }
    }
}
