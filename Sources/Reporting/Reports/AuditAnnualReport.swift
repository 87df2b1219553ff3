import AuditPlans
import Presentation
import Sujarit

/// The annual report of internal-audit activity (รายงานผลการปฏิบัติงานตรวจสอบภายในประจำปี): the plan against what
/// was done, person-days planned and used, findings by the risk level of what was audited, and how the
/// recommendations stand (implemented, overdue), including earlier years' still open. It is what the head of
/// agency reads before signing the annual statement on internal control (หนังสือรับรองการประเมินผลการควบคุม
/// ภายใน), so its figures are the log's, judged on the report's day.
public struct AuditAnnualReport: Sendable, Hashable, Codable {
    /// One plan entry and what became of it.
    public struct Engagement: Sendable, Hashable, Codable {
        /// ลำดับ in the plan.
        public var order: Int
        /// The universe subject id.
        public var subject: String
        /// หน่วยรับตรวจ/เรื่องที่ตรวจสอบ.
        public var title: String
        /// The level the plan ranked it at.
        public var risk: AuditRiskLevel
        /// The planned period, in Thai.
        public var period: String
        /// Planned, in progress or closed on the judging day.
        public var stage: AuditYearStatus.Stage
        /// The day fieldwork began, and the day it closed, by the judging day.
        @JSONNull public var startedOn: CalendarDate? = nil
        /// The day it closed, by the judging day.
        @JSONNull public var closedOn: CalendarDate? = nil
        /// Person-days planned and recorded.
        public var plannedPersonDays: Int
        /// Person-days recorded on it.
        public var actualPersonDays: Int
        /// Findings recorded on it.
        public var findings: Int
        /// Its recommendations.
        public var recommendations: Int
        /// Not closed although its planned period has ended.
        public var isBehind: Bool
    }

    /// The year's findings on subjects of one risk level.
    public struct RiskGroup: Sendable, Hashable, Codable {
        /// The level.
        public var risk: AuditRiskLevel
        /// Plan entries at that level, and how many closed.
        public var entries: Int
        /// Of those, closed by the judging day.
        public var closed: Int
        /// Findings and recommendations on them.
        public var findings: Int
        /// Recommendations of those findings.
        public var recommendations: Int
    }

    /// What the report is, for whom and from which log.
    public var header: ReportHeader
    /// The plan's status (ร่าง, อนุมัติแล้ว) and approval day; nil status when the year has no plan.
    public var planStatus: AuditPlan.Status
    /// The day the head of agency approved the plan.
    @JSONNull public var approvedOn: CalendarDate? = nil
    /// The audit unit's capacity in person-days.
    public var capacity: Int
    /// Each plan entry, in printed order.
    public var engagements: [Engagement]
    /// Person-days of every entry, planned and recorded.
    public var plannedPersonDays: Int
    /// Person-days recorded on every entry.
    public var actualPersonDays: Int
    /// Entries closed, as a whole per cent of the plan (0 without entries).
    public var percentClosed: Int
    /// The entries grouped by risk level, highest first.
    public var byRisk: [RiskGroup]
    /// The year's recommendations and earlier years' still open, by status on the judging day.
    public var recommendations: StatusCounts
    /// Of those, earlier years' (carried over).
    public var carriedOver: Int
    /// The recommendations overdue on the judging day, longest overdue first.
    public var overdue: [FollowUpLine]

    /// Builds the report of `sources`' fiscal year, judged on its judging day.
    public static func build(_ sources: ReportSources) async throws -> AuditAnnualReport {
        let year = sources.period.fiscalYear, judged = sources.period.judgedOn
        let plan = try await AuditPlan.load(year, from: sources.store)
        let items = try await Lines.audit(sources)
        var omitted: [String] = []
        if plan.status == .none { omitted.append("ยังไม่มีแผนการตรวจสอบภายในของ\(year.thaiLabel) ในระบบ") }
        let engagements = plan.entries.map { entry -> Engagement in
            let engagement = plan.engagements[entry.subject]
            let started = engagement.flatMap { $0.started.startedOn <= judged ? $0.started.startedOn : nil }
            let closed = engagement?.closed.flatMap { $0.closedOn <= judged ? $0.closedOn : nil }
            let findings = (engagement?.findings ?? []).compactMap { plan.findings[$0] }.filter {
                $0.recordedOn <= judged
            }
            return Engagement(
                order: entry.order, subject: entry.subject, title: entry.title, risk: entry.basis.level,
                period: entry.period.thai(in: year),
                stage: closed != nil ? .closed : started != nil ? .inProgress : .planned, startedOn: started,
                closedOn: closed, plannedPersonDays: entry.personDays,
                actualPersonDays: engagement?.actualPersonDays ?? 0, findings: findings.count,
                recommendations: items.filter { item in findings.contains { $0.id == item.finding.id } }.count,
                isBehind: plan.status == .approved && closed == nil && entry.period.dates(in: year).upperBound < judged
            )
        }
        let levels = Set(engagements.map(\.risk)).sorted(by: >)
        let closedCount = engagements.filter { $0.stage == .closed }.count
        return AuditAnnualReport(
            header: ReportHeader(
                kind: .auditAnnual, sources: sources,
                basis: [
                    "แผนการตรวจสอบภายใน\(year.thaiLabel) การปฏิบัติงานตรวจสอบ เวลาที่บันทึก (วัน-คน) ข้อตรวจพบ "
                        + "และผลการติดตามข้อเสนอแนะ ณ วันที่พิจารณา รวมข้อเสนอแนะของปีก่อนที่ยังไม่แล้วเสร็จ"
                ],
                omitted: omitted),
            planStatus: plan.status, approvedOn: plan.approval?.approvedOn, capacity: plan.capacity,
            engagements: engagements, plannedPersonDays: engagements.reduce(0) { $0 + $1.plannedPersonDays },
            actualPersonDays: engagements.reduce(0) { $0 + $1.actualPersonDays },
            percentClosed: engagements.isEmpty ? 0 : (closedCount * 100 + engagements.count / 2) / engagements.count,
            byRisk: levels.map { level in
                let chosen = engagements.filter { $0.risk == level }
                return RiskGroup(
                    risk: level, entries: chosen.count, closed: chosen.filter { $0.stage == .closed }.count,
                    findings: chosen.reduce(0) { $0 + $1.findings },
                    recommendations: chosen.reduce(0) { $0 + $1.recommendations })
            },
            recommendations: StatusCounts(items.map(\.line)),
            carriedOver: items.filter { $0.finding.id.fiscalYear < year }.count,
            overdue: items.map(\.line).filter(\.isOverdue).sorted { ($0.overdueDays ?? 0) > ($1.overdueDays ?? 0) }
        )
    }
}
