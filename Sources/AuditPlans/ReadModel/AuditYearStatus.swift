import Sujarit

/// Where a year's audit work stands on a day: each entry's engagement and the follow-up of findings.
public struct AuditYearStatus: Sendable, Hashable {
    /// An engagement's stage.
    public enum Stage: String, Sendable, Hashable, Codable {
        case planned, inProgress = "in-progress", closed

        /// The stage's name in Thai and English.
        public var label: LocalizedLabel {
            switch self {
            case .planned: LocalizedLabel(th: "ยังไม่เริ่ม", en: "planned")
            case .inProgress: LocalizedLabel(th: "กำลังตรวจสอบ", en: "in progress")
            case .closed: LocalizedLabel(th: "ตรวจเสร็จแล้ว", en: "closed")
            }
        }
    }

    /// One plan entry's progress.
    public struct EntryProgress: Sendable, Hashable {
        /// The entry after the change (before it, for a removal).
        public var entry: AuditPlanEntry
        /// Planned, in progress or closed.
        public var stage: Stage
        /// The day fieldwork began.
        public var startedOn: CalendarDate?
        /// The day the engagement closed (its report was issued).
        public var closedOn: CalendarDate?
        /// Findings recorded on it.
        public var findings: Int
        /// Not closed although its planned period has ended.
        public var isBehind: Bool
    }

    /// The plan as it stands.
    public var plan: AuditPlan
    /// The day derived facts (overdue, behind) are judged on.
    public var asOf: CalendarDate
    /// Each entry, in printed order.
    public var entries: [EntryProgress]
    /// The year's recommendations, and earlier years' that are still open.
    public var followUps: [FollowUpItem]

    /// Builds the status of `plan` on `asOf` from its follow-up items.
    public init(plan: AuditPlan, followUps: [FollowUpItem], asOf: CalendarDate) {
        self.plan = plan
        self.asOf = asOf
        self.followUps = followUps.filter {
            $0.finding.id.fiscalYear == plan.fiscalYear
                || ($0.finding.id.fiscalYear < plan.fiscalYear && !$0.status.isFinal)
        }
        self.entries = plan.entries.map { entry in
            let engagement = plan.engagements[entry.subject]
            let stage: Stage = engagement == nil ? .planned : engagement?.closed == nil ? .inProgress : .closed
            return EntryProgress(
                entry: entry, stage: stage, startedOn: engagement?.started.startedOn,
                closedOn: engagement?.closed?.closedOn,
                findings: engagement?.findings.count ?? 0,
                isBehind: plan.status == .approved && stage != .closed
                    && entry.period.dates(in: plan.fiscalYear).upperBound < asOf
            )
        }
    }

    /// How many entries are at each stage.
    public func entryCount(_ stage: Stage) -> Int { entries.filter { $0.stage == stage }.count }

    /// How many recommendations have each status.
    public func recommendationCount(_ status: ProgressStatus) -> Int { followUps.filter { $0.status == status }.count }

    /// Recommendations overdue on the as-of day.
    public var overdue: [FollowUpItem] { followUps.filter { $0.isOverdue(asOf: asOf) } }
}
