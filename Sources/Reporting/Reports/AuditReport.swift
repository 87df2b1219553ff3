import AuditPlans
import Presentation
import Sujarit

/// The internal-audit follow-up register (ทะเบียนติดตามผลการตรวจสอบ): each recommendation with its finding,
/// management's response, owner, due day and where it stood on the judging day; and how the year's plan
/// of engagements stands.
///
/// The one value of the register: `sujarit report audit` builds it from a report period, `sujarit audit plan
/// export --follow-up` from the live log judged on its `--as-of` day (see ``ReportSources/open(_:fiscalYear:
/// round:asOf:judgedOn:projections:now:)``); both print it through ``ReportRenderer``.
public struct AuditFollowUpReport: Sendable, Hashable, Codable {
    /// A recommendation with its finding.
    public struct Row: Sendable, Hashable, Codable {
        /// The finding's id, e.g. `F-2568-001`.
        public var findingID: String
        /// The finding's title.
        public var findingTitle: String
        /// The audit subject's code.
        public var subject: String
        /// The audit subject's title as the universe names it (the code when the universe does not know it).
        public var subjectTitle: String
        /// The finding's condition (สภาพที่พบ), in short.
        public var condition: String
        /// What management answered, when it has.
        @JSONNull public var managementResponse: String? = nil
        /// The number of the last follow-up round recorded by the judging day, nil before any.
        @JSONNull public var followUpRound: Int? = nil
        /// What that round said: the acceptance of the risk (who and why) and its note.
        public var roundNotes: [String]
        /// The recommendation's line on the judging day.
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
        @JSONNull public var approvedOn: CalendarDate? = nil
    }

    public var header: ReportHeader
    public var rows: [Row]
    public var counts: StatusCounts
    @JSONNull public var plan: PlanProgress? = nil

    /// Builds the register of `sources`' period, optionally for the owners of one department.
    public static func build(_ sources: ReportSources, department: String? = nil) async throws -> AuditFollowUpReport {
        let items = try await Lines.audit(sources, department: department)
        let year = sources.period.fiscalYear
        let plan = try await planProgress(sources)
        let titles = Dictionary(
            try await AuditQueries.universe(sources.store).map { ($0.id, $0.subject.title) }
        ) { first, _ in first }
        var omitted: [String] = []
        if plan == nil { omitted.append("ยังไม่มีแผนการตรวจสอบภายในของปีงบประมาณ \(year.be) ในระบบ") }
        if items.isEmpty {
            omitted.append("ไม่มีข้อเสนอแนะที่ต้องติดตาม ณ \(sources.period.judgedOn.formatted(.thaiMedium))")
        }
        return AuditFollowUpReport(
            header: ReportHeader(
                kind: .audit, sources: sources, department: department,
                basis: [
                    "ข้อตรวจพบและข้อเสนอแนะของหน่วยตรวจสอบภายใน ปีงบประมาณ \(year.be) "
                        + "และข้อเสนอแนะของปีก่อนที่ยังไม่แล้วเสร็จ พร้อมผลการติดตามแต่ละครั้ง"
                ],
                omitted: omitted
            ),
            rows: items.map { item in
                Row(
                    findingID: item.finding.id.description, findingTitle: item.finding.title,
                    subject: item.finding.subject, subjectTitle: titles[item.finding.subject] ?? item.finding.subject,
                    condition: item.finding.condition, managementResponse: item.recommendation.managementResponse,
                    followUpRound: item.lastRound?.round, roundNotes: roundNotes(item.lastRound), line: item.line
                )
            },
            counts: StatusCounts(items.map(\.line)), plan: plan
        )
    }

    /// How the year's plan stands on the judging day; nil when the year has no plan.
    static func planProgress(_ sources: ReportSources) async throws -> PlanProgress? {
        let year = sources.period.fiscalYear
        let loaded = try await AuditPlan.load(year, from: sources.store)
        guard loaded.status != .none else { return nil }
        // Stages are judged by their days, so a six-month register does not count an engagement closed in June.
        let judged = sources.period.judgedOn
        let entries = AuditYearStatus(plan: loaded, followUps: [], asOf: judged).entries
        let closed = entries.filter { ($0.closedOn ?? .distantFuture) <= judged }
        let started = entries.filter { ($0.startedOn ?? .distantFuture) <= judged }
        let behind = entries.filter { entry in
            loaded.status == .approved && entry.entry.period.dates(in: year).upperBound < judged
                && (entry.closedOn ?? .distantFuture) > judged
        }
        return PlanProgress(
            status: loaded.status.label.th, entries: entries.count, planned: entries.count - started.count,
            inProgress: started.count - closed.count, closed: closed.count, behind: behind.count,
            approvedOn: loaded.approval?.approvedOn
        )
    }

    /// What a follow-up round said, for the register's note column and `audit status --follow-up`: the
    /// acceptance of the risk (who and why) and the round's note.
    public static func roundNotes(_ round: AuditFollowUpRecorded?) -> [String] {
        var parts: [String] = []
        if let acceptance = round?.acceptance {
            parts.append("ยอมรับความเสี่ยงโดย \(acceptance.approverName): \(acceptance.reason)")
        }
        if let note = round?.note { parts.append(note) }
        return parts
    }
}

extension CalendarDate {
    /// A day after every real one, for "not yet" in comparisons.
    static let distantFuture = try! CalendarDate(year: 9999, month: 12, day: 31)
}
