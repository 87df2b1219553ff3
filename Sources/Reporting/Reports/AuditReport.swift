import AuditPlans
import Sujarit

/// The internal-audit follow-up register (ทะเบียนติดตามผลการตรวจสอบ): each recommendation with its finding,
/// management's response, owner, due day and where it stood on the judging day; and how the year's plan
/// of engagements stands.
public struct AuditFollowUpReport: Sendable, Hashable, Codable {
    /// A recommendation with its finding.
    public struct Row: Sendable, Hashable, Codable {
        public var findingID: String
        public var findingTitle: String
        public var subject: String
        /// The finding's condition (สภาพที่พบ), in short.
        public var condition: String
        public var managementResponse: String?
        public var line: FollowUpLine
    }

    /// The year's plan of engagements, when there is one.
    public struct PlanProgress: Sendable, Hashable, Codable {
        public var status: String
        public var entries: Int
        public var planned: Int
        public var inProgress: Int
        public var closed: Int
        public var behind: Int
        public var approvedOn: CalendarDate?
    }

    public var header: ReportHeader
    public var rows: [Row]
    public var counts: StatusCounts
    public var plan: PlanProgress?

    /// Builds the register of `sources`' period, optionally for the owners of one department.
    public static func build(_ sources: ReportSources, department: String? = nil) async throws -> AuditFollowUpReport {
        let items = try await Lines.audit(sources, department: department)
        let year = sources.period.fiscalYear
        var plan: PlanProgress?
        let loaded = try await AuditPlan.load(year, from: sources.store)
        if loaded.status != .none {
            // Stages are judged by their days, so a six-month register does not count an engagement closed in June.
            let judged = sources.period.judgedOn
            let entries = AuditYearStatus(plan: loaded, followUps: [], asOf: judged).entries
            let closed = entries.filter { ($0.closedOn ?? .distantFuture) <= judged }
            let started = entries.filter { ($0.startedOn ?? .distantFuture) <= judged }
            plan = PlanProgress(
                status: loaded.status.label.th, entries: entries.count, planned: entries.count - started.count,
                inProgress: started.count - closed.count, closed: closed.count,
                behind: entries.filter { entry in
                    loaded.status == .approved && entry.entry.period.dates(in: year).upperBound < judged && (entry.closedOn ?? .distantFuture) > judged
                }.count,
                approvedOn: loaded.approval?.approvedOn
            )
        }
        var omitted: [String] = []
        if plan == nil { omitted.append("ยังไม่มีแผนการตรวจสอบภายในของปีงบประมาณ \(year.be) ในระบบ") }
        if items.isEmpty { omitted.append("ไม่มีข้อเสนอแนะที่ต้องติดตาม ณ \(sources.period.judgedOn.formatted(.thaiMedium))") }
        return AuditFollowUpReport(
            header: ReportHeader(
                kind: .audit, sources: sources, department: department,
                basis: ["ข้อตรวจพบและข้อเสนอแนะของหน่วยตรวจสอบภายใน ปีงบประมาณ \(year.be) และข้อเสนอแนะของปีก่อนที่ยังไม่แล้วเสร็จ พร้อมผลการติดตามแต่ละครั้ง"],
                omitted: omitted
            ),
            rows: items.map { item in
                Row(
                    findingID: item.finding.id.description, findingTitle: item.finding.title, subject: item.finding.subject,
                    condition: item.finding.condition, managementResponse: item.recommendation.managementResponse, line: item.line
                )
            },
            counts: StatusCounts(items.map(\.line)), plan: plan
        )
    }
}

extension CalendarDate {
    /// A day after every real one, for "not yet" in comparisons.
    static let distantFuture = try! CalendarDate(year: 9999, month: 12, day: 31)
}
