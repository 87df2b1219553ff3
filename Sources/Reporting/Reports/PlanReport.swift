import Presentation
import RiskRegister
import Sujarit

/// A measure as a plan prints it (issue area → measure → steps → owner → timeframe → KPI), with its
/// progress when the plan is reported on a round.
public struct PlanMeasure: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var steps: [String]
    public var owner: String
    @JSONNull public var departmentName: String? = nil
    /// The timeframe as written, else the start and due days.
    public var timeframe: String
    @JSONNull public var kpi: String? = nil
    @JSONNull public var target: String? = nil
    @JSONNull public var monitoring: String? = nil
    public var risks: [String]
    public var questions: [String]
    public var oitItems: [String]
    /// The progress in the round; nil for the plan itself.
    @JSONNull public var progress: FollowUpLine? = nil
    /// The budget per fiscal year, by year (after any ``MeasurePlanAmended``); empty when none was given.
    public var budgets: [YearBudget] = []
}

/// One group of a plan: an ITA issue area, or a risk category for measures that only treat risks.
public struct PlanGroup: Sendable, Hashable, Codable {
    public var title: String
    /// The ITA questions and OIT items the group's measures answer.
    public var questions: [String]
    public var oitItems: [String]
    public var measures: [PlanMeasure]
    /// The plan dimension (มิติ) the group's measures belong to; nil under "ยังไม่ระบุมิติ" and in `measures`.
    @JSONNull public var dimension: PlanDimension? = nil
}

/// One dimension (มิติ) of the anti-corruption plan with its budget per year and in all, as the plan's
/// summary table prints it; `dimension` nil is the section of measures without one (ยังไม่ระบุมิติ).
public struct PlanDimensionTotal: Sendable, Hashable, Codable {
    @JSONNull public var dimension: PlanDimension? = nil
    /// "มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต", or "ยังไม่ระบุมิติ".
    public var title: String
    public var measureCount: Int
    /// The budget of each of the plan's years (``PlanReport/budgetYears``), zero where none.
    public var budgets: [YearBudget]
    /// The dimension's budget over all years.
    public var total: Money
}

/// A plan built from the year's measures: the anti-corruption action plan (`plan`, O36, with its 6-month and
/// annual reports O37/O38) or the integrity measures (`measures`, O42, with their progress O43).
///
/// No module holds an anti-corruption action plan of its own yet, so `plan` is built from every measure of
/// the risk register and the integrity plan, and says so; `measures` takes the measures linked to ITA issue
/// areas, in the shape of the seed's section 5.
public struct PlanReport: Sendable, Hashable, Codable {
    public var header: ReportHeader
    public var groups: [PlanGroup]
    /// Progress counts; nil for the plan itself.
    @JSONNull public var counts: StatusCounts? = nil
    /// The fiscal years any measure of the plan has a budget for, in order; empty when none has.
    public var budgetYears: [FiscalYear] = []
    /// The plan's dimensions in order (by code, "ยังไม่ระบุมิติ" last), with their budgets; empty in `measures`.
    public var dimensions: [PlanDimensionTotal] = []
    /// The plan's budget per year (over every dimension), and its total over all years.
    public var budgets: [YearBudget] = []
    public var total: Money = .zero

    /// The section title of measures without a dimension.
    public static let unassignedDimension = "ยังไม่ระบุมิติ"

    /// Builds the plan (`kind` is `.plan` or `.measures`) of `sources`' year; with a round, with progress.
    /// The plan (`.plan`) is grouped by dimension, then by issue area or risk category, with budgets per year.
    /// - throws: ``MoneyError`` when a budget total does not fit in ``Money``.
    public static func build(
        _ kind: ReportKind, _ sources: ReportSources, department: String? = nil
    ) throws -> PlanReport {
        precondition(kind == .plan || kind == .measures, "a plan report is .plan or .measures")
        let ledger = sources.ledger
        var measures = Lines.measures(sources, department: department)
        if kind == .measures { measures = measures.filter { $0.planned.integrity != nil } }
        if kind == .plan {
            measures = measures.enumerated()
                .sorted { a, b in
                    let (x, y) = (dimensionOrder(a.element.dimension), dimensionOrder(b.element.dimension))
                    return x != y ? x < y : a.offset < b.offset
                }
                .map(\.element)
        }
        var order: [String] = []
        var grouped: [String: [Measure]] = [:]
        for measure in measures {
            let title: String
            if let area = measure.planned.integrity?.issueArea {
                title = area
            } else if let risk = measure.planned.risks.first, let category = ledger.risks[risk]?.identified.category {
                title = "ความเสี่ยงด้าน" + (ledger.categories[category]?.name.th ?? category)
            } else {
                title = "มาตรการอื่น"
            }
            let key = kind == .plan ? (measure.dimension?.code ?? "") + "\u{1F}" + title : title
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(measure)
        }
        let withProgress = sources.period.round != nil
        let groups = order.map { key -> PlanGroup in
            let chosen = grouped[key]!
            let title =
                kind == .plan
                ? String(key.split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)[1]) : key
            return PlanGroup(
                title: title,
                questions: ordered(chosen.flatMap { $0.planned.integrity?.questions ?? [] }),
                oitItems: ordered(chosen.flatMap { $0.planned.integrity?.oitItems ?? [] }),
                measures: chosen.map { measure in
                    let planned = measure.planned
                    let days = [planned.start, planned.due].compactMap { $0?.formatted(.thaiMedium) }.joined(
                        separator: " – ")
                    return PlanMeasure(
                        id: measure.id.description, title: planned.title, steps: planned.steps, owner: planned.owner,
                        departmentName: planned.department.map(sources.departmentName),
                        timeframe: planned.timeframe ?? (days.isEmpty ? "ตลอดปีงบประมาณ" : days),
                        kpi: planned.kpi, target: planned.target, monitoring: planned.monitoring,
                        risks: planned.risks.map(\.description), questions: planned.integrity?.questions ?? [],
                        oitItems: planned.integrity?.oitItems ?? [],
                        progress: withProgress ? Lines.line(measure, sources) : nil,
                        budgets: kind == .plan ? measure.budgets : []
                    )
                },
                dimension: kind == .plan ? chosen[0].dimension : nil
            )
        }
        let basis: [String] =
            kind == .plan
            ? [
                """
                แผนนี้ประกอบจากมาตรการทั้งหมดของปีงบประมาณ \(sources.period.fiscalYear.be) \
                ในทะเบียนความเสี่ยงการทุจริต (O35) และมาตรการส่งเสริมคุณธรรมและความโปร่งใส (O42) \
                เนื่องจากระบบยังไม่มีทะเบียนแผนปฏิบัติการป้องกันการทุจริตแยกต่างหาก
                """,
                """
                จัดตามมิติของแผนปฏิบัติการป้องกันการทุจริต แล้วตามประเด็นการประเมิน ITA ของมาตรการ \
                หรือตามประเภทความเสี่ยงสำหรับมาตรการที่จัดการความเสี่ยงเท่านั้น \
                มาตรการที่ยังไม่ระบุมิติแสดงไว้ท้ายแผนภายใต้ “\(unassignedDimension)”
                """,
            ]
            : [
                """
                มาตรการที่เชื่อมโยงกับประเด็นการประเมิน ITA ข้อคำถาม และข้อ OIT ของปีงบประมาณ \
                \(sources.period.fiscalYear.be) จัดตามประเด็นการประเมิน \
                แบบตารางวิธีการนำผลการวิเคราะห์ไปสู่การปฏิบัติ
                """
            ]
        var omitted: [String] = []
        if measures.isEmpty {
            omitted.append(
                kind == .plan
                    ? "ยังไม่มีมาตรการของปีงบประมาณ \(sources.period.fiscalYear.be)"
                    : """
                    ยังไม่มีมาตรการที่เชื่อมโยงกับประเด็นการประเมิน ITA ของปีงบประมาณ \
                    \(sources.period.fiscalYear.be)
                    """)
        }
        let lines = groups.flatMap(\.measures).compactMap(\.progress)
        var report = PlanReport(
            header: ReportHeader(
                kind: kind, sources: sources,
                subtitle: withProgress ? nil : sources.period.yearHeading,
                department: department, basis: basis, omitted: omitted
            ),
            groups: groups, counts: withProgress ? StatusCounts(lines) : nil
        )
        if kind == .plan { try report.addBudgets() }
        return report
    }

    /// Sums the budgets per dimension and year, per dimension, per year and in all, from the groups.
    private mutating func addBudgets() throws {
        let all = groups.flatMap(\.measures).flatMap(\.budgets)
        budgetYears = Array(Set(all.map(\.fiscalYear))).sorted()
        func perYear(_ budgets: [YearBudget], of what: String) throws -> [YearBudget] {
            try budgetYears.map { year in
                YearBudget(
                    fiscalYear: year,
                    amount: try budgets.filter { $0.fiscalYear == year }.map(\.amount).total(
                        of: "\(what), ปีงบประมาณ \(year.be)"))
            }
        }
        var codes: [String?] = []
        for group in groups where !codes.contains(group.dimension?.code) { codes.append(group.dimension?.code) }
        dimensions = try codes.map { code in
            let chosen = groups.filter { $0.dimension?.code == code }
            let dimension = chosen.first?.dimension
            let title = dimension.map { "มิติที่ \($0.code) \($0.title)" } ?? Self.unassignedDimension
            let budgets = chosen.flatMap(\.measures).flatMap(\.budgets)
            return PlanDimensionTotal(
                dimension: dimension, title: title, measureCount: chosen.map(\.measures.count).reduce(0, +),
                budgets: try perYear(budgets, of: "งบประมาณของ" + title),
                total: try budgets.map(\.amount).total(of: "งบประมาณของ" + title)
            )
        }
        budgets = try perYear(all, of: "งบประมาณของแผน")
        total = try all.map(\.amount).total(of: "งบประมาณของแผน")
    }

    /// Orders dimensions by code (numerically when the codes are numbers), measures without one last.
    private static func dimensionOrder(_ dimension: PlanDimension?) -> (Int, Int, String) {
        guard let code = dimension?.code else { return (1, 0, "") }
        return (0, Int(code) ?? Int.max, code)
    }

    private static func ordered(_ codes: [String]) -> [String] {
        var seen = Set<String>()
        return codes.filter { seen.insert($0).inserted }.sorted { a, b in
            let order: [Character: Int] = ["I": 0, "E": 1, "O": 2]
            return (order[a.first ?? "Z"] ?? 9, Int(a.dropFirst()) ?? 0) < (
                order[b.first ?? "Z"] ?? 9, Int(b.dropFirst()) ?? 0
            )
        }
    }
}
