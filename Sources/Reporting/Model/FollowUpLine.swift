import Presentation
import Sujarit

/// One line of a follow-up: a measure or an audit recommendation, as it stood on the judging day.
public struct FollowUpLine: Sendable, Hashable, Codable {
    /// What the line follows up.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A measure managing corruption risks (O35), possibly also serving the integrity plan.
        case riskMeasure = "risk-measure"
        /// A measure of the integrity plan only (O42/O43).
        case integrityMeasure = "integrity-measure"
        /// A recommendation of an internal-audit finding.
        case auditRecommendation = "audit-recommendation"

        public var label: LocalizedLabel {
            switch self {
            case .riskMeasure: LocalizedLabel(th: "มาตรการจัดการความเสี่ยงการทุจริต", en: "risk measure")
            case .integrityMeasure: LocalizedLabel(th: "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", en: "integrity measure")
            case .auditRecommendation: LocalizedLabel(th: "ข้อเสนอแนะจากการตรวจสอบภายใน", en: "audit recommendation")
            }
        }
    }

    public var id: String
    public var kind: Kind
    public var title: String
    /// Who carries it out, as the plan names them (a unit, or a staff member's name).
    public var owner: String
    /// The responsible department's code and name, when known.
    @JSONNull public var department: String? = nil
    @JSONNull public var departmentName: String? = nil
    /// The last day, when the plan gives one (or its timeframe implies one).
    @JSONNull public var due: CalendarDate? = nil
    /// The timeframe as the plan writes it.
    @JSONNull public var timeframe: String? = nil
    /// Where it stands on the judging day.
    public var status: ProgressStatus
    /// The day of the update shown, nil before any.
    @JSONNull public var reportedOn: CalendarDate? = nil
    @JSONNull public var result: String? = nil
    @JSONNull public var problems: String? = nil
    public var evidence: [String]
    /// Days past due on the judging day, nil when not overdue.
    @JSONNull public var overdueDays: Int? = nil
    /// What it is linked to: risks, ITA questions and items, the finding.
    public var links: [String]

    /// Whether it was overdue on the judging day.
    public var isOverdue: Bool { overdueDays != nil }
}

/// Lines counted by status, with the overdue ones.
public struct StatusCounts: Sendable, Hashable, Codable {
    public var notStarted = 0
    public var inProgress = 0
    public var done = 0
    public var riskAccepted = 0
    public var overdue = 0
    public var total = 0

    public init() {}

    public init(_ lines: [FollowUpLine]) {
        for line in lines {
            total += 1
            if line.isOverdue { overdue += 1 }
            switch line.status {
            case .notStarted: notStarted += 1
            case .inProgress: inProgress += 1
            case .done: done += 1
            case .riskAccepted: riskAccepted += 1
            }
        }
    }

    /// The count for `status`.
    public subscript(status: ProgressStatus) -> Int {
        switch status {
        case .notStarted: notStarted
        case .inProgress: inProgress
        case .done: done
        case .riskAccepted: riskAccepted
        }
    }

    /// Done as a share of all, in whole per cent (0 when there is nothing).
    public var percentDone: Int { total == 0 ? 0 : (done * 100 + total / 2) / total }
}
