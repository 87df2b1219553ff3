import RiskRegister
import Sujarit

/// A measure as a plan prints it (issue area → measure → steps → owner → timeframe → KPI), with its
/// progress when the plan is reported on a round.
public struct PlanMeasure: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var steps: [String]
    public var owner: String
    public var departmentName: String?
    /// The timeframe as written, else the start and due days.
    public var timeframe: String
    public var kpi: String?
    public var target: String?
    public var monitoring: String?
    public var risks: [String]
    public var questions: [String]
    public var oitItems: [String]
    /// The progress in the round; nil for the plan itself.
    public var progress: FollowUpLine?
}

/// One group of a plan: an ITA issue area, or a risk category for measures that only treat risks.
public struct PlanGroup: Sendable, Hashable, Codable {
    public var title: String
    /// The ITA questions and OIT items the group's measures answer.
    public var questions: [String]
    public var oitItems: [String]
    public var measures: [PlanMeasure]
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
    public var counts: StatusCounts?

    /// Builds the plan (`kind` is `.plan` or `.measures`) of `sources`' year; with a round, with progress.
    public static func build(_ kind: ReportKind, _ sources: ReportSources, department: String? = nil) -> PlanReport {
        precondition(kind == .plan || kind == .measures, "a plan report is .plan or .measures")
        let ledger = sources.ledger
        var measures = Lines.measures(sources, department: department)
        if kind == .measures { measures = measures.filter { $0.planned.integrity != nil } }
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
            if grouped[title] == nil { order.append(title) }
            grouped[title, default: []].append(measure)
        }
        let withProgress = sources.period.round != nil
        let groups = order.map { title -> PlanGroup in
            let chosen = grouped[title]!
            return PlanGroup(
                title: title,
                questions: ordered(chosen.flatMap { $0.planned.integrity?.questions ?? [] }),
                oitItems: ordered(chosen.flatMap { $0.planned.integrity?.oitItems ?? [] }),
                measures: chosen.map { measure in
                    let planned = measure.planned
                    let days = [planned.start, planned.due].compactMap { $0?.formatted(.thaiMedium) }.joined(separator: " – ")
                    return PlanMeasure(
                        id: measure.id.description, title: planned.title, steps: planned.steps, owner: planned.owner,
                        departmentName: planned.department.map(sources.departmentName),
                        timeframe: planned.timeframe ?? (days.isEmpty ? "ตลอดปีงบประมาณ" : days),
                        kpi: planned.kpi, target: planned.target, monitoring: planned.monitoring,
                        risks: planned.risks.map(\.description), questions: planned.integrity?.questions ?? [],
                        oitItems: planned.integrity?.oitItems ?? [], progress: withProgress ? Lines.line(measure, sources) : nil
                    )
                }
            )
        }
        let basis: [String] = kind == .plan
            ? ["แผนนี้ประกอบจากมาตรการทั้งหมดของปีงบประมาณ \(sources.period.fiscalYear.be) ในทะเบียนความเสี่ยงการทุจริต (O35) และมาตรการส่งเสริมคุณธรรมและความโปร่งใส (O42) เนื่องจากระบบยังไม่มีทะเบียนแผนปฏิบัติการป้องกันการทุจริตแยกต่างหาก",
               "จัดกลุ่มตามประเด็นการประเมิน ITA ของมาตรการ หรือตามประเภทความเสี่ยงสำหรับมาตรการที่จัดการความเสี่ยงเท่านั้น"]
            : ["มาตรการที่เชื่อมโยงกับประเด็นการประเมิน ITA ข้อคำถาม และข้อ OIT ของปีงบประมาณ \(sources.period.fiscalYear.be) จัดตามประเด็นการประเมิน แบบตารางวิธีการนำผลการวิเคราะห์ไปสู่การปฏิบัติ"]
        var omitted: [String] = []
        if measures.isEmpty {
            omitted.append(kind == .plan ? "ยังไม่มีมาตรการของปีงบประมาณ \(sources.period.fiscalYear.be)" : "ยังไม่มีมาตรการที่เชื่อมโยงกับประเด็นการประเมิน ITA ของปีงบประมาณ \(sources.period.fiscalYear.be)")
        }
        let lines = groups.flatMap(\.measures).compactMap(\.progress)
        return PlanReport(
            header: ReportHeader(
                kind: kind, sources: sources,
                subtitle: withProgress ? nil : sources.period.yearHeading,
                department: department, basis: basis, omitted: omitted
            ),
            groups: groups, counts: withProgress ? StatusCounts(lines) : nil
        )
    }

    private static func ordered(_ codes: [String]) -> [String] {
        var seen = Set<String>()
        return codes.filter { seen.insert($0).inserted }.sorted { a, b in
            let order: [Character: Int] = ["I": 0, "E": 1, "O": 2]
            return (order[a.first ?? "Z"] ?? 9, Int(a.dropFirst()) ?? 0) < (order[b.first ?? "Z"] ?? 9, Int(b.dropFirst()) ?? 0)
        }
    }
}
