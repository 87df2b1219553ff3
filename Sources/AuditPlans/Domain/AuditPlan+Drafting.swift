import Agency
import Sujarit

extension AuditPlan {
    /// Drafts the plan: fills `capacity` from the ranked universe and spreads the entries over the year and
    /// the `auditors`.
    ///
    /// - throws: ``AuditPlansError/notPositive(field:_:)`` for a capacity of 0 or less,
    ///   ``AuditPlansError/emptyUniverse``, ``AuditPlansError/alreadyApproved(_:by:on:)`` once approved, and
    ///   ``AuditPlansError/draftExists(_:)`` when a draft exists and `replace` is false.
    public func decideDraft(
        capacity: Int, ranked: [AuditRanking.Ranked], auditors: [String], riskSource: String, replace: Bool
    ) throws -> (event: AuditPlanDrafted, fill: CapacityPlanner.Fill) {
        try Check.positive(capacity, field: "--capacity")
        if let approval {
            throw AuditPlansError.alreadyApproved(fiscalYear, by: approval.approvedBy, on: approval.approvedOn)
        }
        if status == .draft && !replace { throw AuditPlansError.draftExists(fiscalYear) }
        guard !ranked.isEmpty else { throw AuditPlansError.emptyUniverse }
        let fill = CapacityPlanner.fill(ranked, capacity: capacity)
        let entries = PlanScheduler.entries(for: fill.selected, year: fiscalYear, auditors: auditors)
        return (
            AuditPlanDrafted(
                fiscalYear: fiscalYear, capacity: capacity, entries: entries, deferred: fill.deferred,
                riskSource: riskSource), fill
        )
    }

    /// Checks the auditors a draft may assign: each must be in the directory with the auditor role.
    public static func checkAuditors(_ ids: [String], directory: AgencyDirectory) throws {
        for id in ids { _ = try directory.require(id, field: "--auditor", role: .auditor) }
    }
}
