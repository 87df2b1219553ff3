import EventStore
import Foundation
import Sujarit

/// Typed reads of the audit plans read model.
public enum AuditQueries {
    /// The whole universe, by subject id.
    public static func universe(_ store: any EventStore) async throws -> [UniverseSubject] {
        try await store.query("SELECT record, last_engagement_closed FROM audit_subjects ORDER BY id").map { row in
            UniverseSubject(
                subject: try EventCoding.decode(AuditSubject.self, from: Data((row.string("record") ?? "").utf8)),
                lastEngagementClosed: try row.string("last_engagement_closed").map(CalendarDate.parse)
            )
        }
    }

    /// Findings with at least one recommendation still open (not done, risk not accepted), by subject id.
    public static func openFindings(_ store: any EventStore) async throws -> [String: Int] {
        let rows = try await store.query(
            """
            SELECT subject, COUNT(DISTINCT finding_id) AS open FROM audit_recommendations WHERE status NOT IN (?, \
            ?) GROUP BY subject
            """,
            [ProgressStatus.done.rawValue, ProgressStatus.riskAccepted.rawValue]
        )
        return Dictionary(
            uniqueKeysWithValues: rows.compactMap { row in row.string("subject").map { ($0, row.int("open") ?? 0) } })
    }

    /// One line per plan year, as `audit status` lists them.
    public struct PlanSummary: Sendable, Hashable {
        /// The plan's fiscal year.
        public var fiscalYear: FiscalYear
        /// Draft or approved.
        public var status: AuditPlan.Status
        /// Capacity in person-days.
        public var capacity: Int
        /// How many entries the plan has afterwards.
        public var entryCount: Int
        /// Person-days of all entries afterwards.
        public var totalPersonDays: Int
        /// The approver's staff id, once approved.
        public var approvedBy: String?
        /// The day of approval.
        public var approvedOn: CalendarDate?
        /// How many amendments were recorded.
        public var amendments: Int
    }

    /// Every plan, newest year first.
    public static func plans(_ store: any EventStore) async throws -> [PlanSummary] {
        try await store.query("SELECT * FROM audit_plans ORDER BY fiscal_year DESC").map { row in
            PlanSummary(
                fiscalYear: FiscalYear(be: row.int("fiscal_year") ?? 0),
                status: AuditPlan.Status(rawValue: row.string("status") ?? "") ?? .draft,
                capacity: row.int("capacity") ?? 0, entryCount: row.int("entry_count") ?? 0,
                totalPersonDays: row.int("total_person_days") ?? 0, approvedBy: row.string("approved_by"),
                approvedOn: try row.string("approved_on").map(CalendarDate.parse),
                amendments: row.int("amendments") ?? 0
            )
        }
    }

    /// Every recommendation with its finding and latest round, by finding and number; only those of
    /// findings from `year` when given.
    public static func followUpItems(_ store: any EventStore, year: FiscalYear? = nil) async throws -> [FollowUpItem] {
        var sql = """
            SELECT f.record AS finding, r.number, r.status, r.rounds, r.last_round, r.record AS added, r.response,
                r.no_response_by
            FROM audit_recommendations r JOIN audit_findings f ON f.id = r.finding_id
            """
        var arguments: [any SQLValueConvertible] = []
        if let year {
            sql += " WHERE r.fiscal_year = ?"
            arguments.append(year.be)
        }
        sql += " ORDER BY f.fiscal_year, f.number, r.number"
        return try await store.query(sql, arguments).compactMap { row in
            let finding = try EventCoding.decode(
                AuditFindingRecorded.self, from: Data((row.string("finding") ?? "").utf8))
            let added = try row.string("added").map { try EventCoding.decode(Recommendation.self, from: Data($0.utf8)) }
            guard
                let recommendation = added ?? finding.recommendations.first(where: { $0.number == row.int("number") })
            else {
                return nil
            }
            var item = FollowUpItem(
                finding: finding, recommendation: recommendation,
                status: ProgressStatus(rawValue: row.string("status") ?? "") ?? .notStarted,
                rounds: row.int("rounds") ?? 0,
                lastRound: try row.string("last_round").map {
                    try EventCoding.decode(AuditFollowUpRecorded.self, from: Data($0.utf8))
                }
            )
            item.response = try row.string("response").map {
                try EventCoding.decode(AuditManagementResponded.self, from: Data($0.utf8))
            }
            // The register's คำชี้แจงของฝ่ายบริหาร column reads the recommendation: a response recorded later
            // stands in for the line given with the finding.
            if let response = item.response {
                item.recommendation.managementResponse = "\(response.position.label.th): \(response.actionPlan)"
            }
            item.noResponseBy = try row.string("no_response_by").map(CalendarDate.parse)
            return item
        }
    }
}

/// One line of the follow-up register (ทะเบียนติดตามผลการตรวจสอบ): a recommendation and where it stands.
public struct FollowUpItem: Sendable, Hashable {
    /// The finding the recommendation belongs to.
    public var finding: AuditFindingRecorded
    /// The recommendation.
    public var recommendation: Recommendation
    /// The latest round's status; not started before any round.
    public var status: ProgressStatus
    /// Follow-up rounds recorded so far.
    public var rounds: Int
    /// The latest round, if any.
    public var lastRound: AuditFollowUpRecorded?
    /// Management's response that stands, if any.
    public var response: AuditManagementResponded?
    /// The day by which no response had been received, when recorded and none came since.
    public var noResponseBy: CalendarDate?

    /// Creates the value from its parts.
    public init(
        finding: AuditFindingRecorded, recommendation: Recommendation, status: ProgressStatus, rounds: Int,
        lastRound: AuditFollowUpRecorded?
    ) {
        self.finding = finding
        self.recommendation = recommendation
        self.status = status
        self.rounds = rounds
        self.lastRound = lastRound
    }

    /// The recommendation as `F-2568-001.1`.
    public var ref: RecommendationRef { RecommendationRef(finding: finding.id, number: recommendation.number) }

    /// Overdue on `day`: past its due day and neither done nor accepted. Derived, never stored.
    public func isOverdue(asOf day: CalendarDate) -> Bool { !status.isFinal && recommendation.due < day }

    /// Days past due on `day` (0 when not overdue).
    public func daysOverdue(asOf day: CalendarDate) -> Int {
        isOverdue(asOf: day) ? recommendation.due.days(until: day) : 0
    }
}
