import Agency
import Sujarit

/// New values for some fields of a plan entry; nil leaves a field as it is.
public struct EntryChanges: Sendable, Hashable {
    /// ระยะเวลา: the quarter or month planned.
    public var period: AuditPeriod?
    /// A staff id with the auditor role.
    public var auditor: String?
    /// Person-days (วัน-คน).
    public var personDays: Int?
    /// วัตถุประสงค์: what the engagement sets out to give assurance on.
    public var objective: String?
    /// ขอบเขต: what and which period it covers.
    public var scope: String?
    /// วิธีการ: how the auditors will work.
    public var method: String?

    /// Creates the value from its parts.
    public init(
        period: AuditPeriod? = nil, auditor: String? = nil, personDays: Int? = nil, objective: String? = nil,
        scope: String? = nil, method: String? = nil
    ) {
        self.period = period
        self.auditor = auditor
        self.personDays = personDays
        self.objective = objective
        self.scope = scope
        self.method = method
    }

    /// Whether it changes nothing.
    public var isEmpty: Bool { self == EntryChanges() }
}

/// One change asked of a plan.
public enum PlanEditRequest: Sendable, Hashable {
    /// Change fields of the entry for a subject.
    case change(subject: String, EntryChanges)
    /// Add a universe subject, with its defaults overridden by the changes.
    case add(subject: String, EntryChanges)
    /// Remove a subject's entry.
    case remove(subject: String)
}

/// Who approved an amendment to an approved plan, when and why.
public struct AmendmentRequest: Sendable, Hashable {
    /// Why, in the words of the record.
    public var reason: String
    /// The executive's staff id.
    public var approvedBy: String
    /// The day of approval.
    public var approvedOn: CalendarDate

    /// Creates the value from its parts.
    public init(reason: String, approvedBy: String, approvedOn: CalendarDate) {
        self.reason = reason
        self.approvedBy = approvedBy
        self.approvedOn = approvedOn
    }
}

/// What an edit records: a draft's edit, or an approved plan's amendment.
public enum PlanEditOutcome: Sendable, Hashable {
    case edited(AuditPlanEdited)
    case amended(AuditPlanAmended)

    /// The entries added, changed or removed, in order.
    public var changes: [PlanChange] {
        switch self {
        case .edited(let event): event.changes
        case .amended(let event): event.changes
        }
    }
}

extension AuditPlan {
    /// Edits a draft, or amends an approved plan when `amendment` is given.
    ///
    /// Every request is checked against the plan as the earlier requests left it, then the totals against
    /// the capacity; the first problem throws and nothing is recorded.
    /// - parameters:
    ///   - universe: The universe by subject id, for added entries.
    ///   - ranked: The current ranking, whose basis an added entry keeps.
    public func decideEdit(
        _ requests: [PlanEditRequest], capacity newCapacity: Int?, amendment: AmendmentRequest?,
        universe: [String: UniverseSubject], ranked: [AuditRanking.Ranked], directory: AgencyDirectory,
        today: CalendarDate
    ) throws -> PlanEditOutcome {
        guard status != .none else { throw AuditPlansError.noPlan(fiscalYear) }
        guard !requests.isEmpty || newCapacity != nil else { throw AuditPlansError.nothingToChange }
        if let approval, amendment == nil {
            throw AuditPlansError.approvedPlanNeedsAmendment(fiscalYear, approvedOn: approval.approvedOn)
        }
        if approval == nil, amendment != nil { throw AuditPlansError.amendmentOnDraft(fiscalYear) }
        if let newCapacity { try Check.positive(newCapacity, field: "--capacity") }

        var working = self
        var changes: [PlanChange] = []
        for request in requests {
            let change = try working.decide(request, universe: universe, ranked: ranked, directory: directory)
            working.apply([change], capacity: nil)
            changes.append(change)
        }
        let capacity = newCapacity ?? self.capacity
        guard working.totalPersonDays <= capacity else {
            throw AuditPlansError.overCapacity(total: working.totalPersonDays, capacity: capacity)
        }
        let changedCapacity = newCapacity == self.capacity ? nil : newCapacity
        guard !changes.isEmpty || changedCapacity != nil else { throw AuditPlansError.nothingToChange }

        guard let amendment else {
            return .edited(
                AuditPlanEdited(
                    fiscalYear: fiscalYear, changes: changes, capacity: changedCapacity,
                    entryCount: working.entries.count, totalPersonDays: working.totalPersonDays
                ))
        }
        let reason = try Check.text(amendment.reason, field: "--reason")
        try Check.notFuture(amendment.approvedOn, field: "--on", today: today)
        _ = try directory.require(
            amendment.approvedBy, field: "--approved-by", role: .executive, servingOn: amendment.approvedOn)
        if let approval, amendment.approvedOn < approval.approvedOn {
            throw AuditPlansError.dateBefore(
                field: "--on", amendment.approvedOn, what: "the plan's approval", approval.approvedOn)
        }
        return .amended(
            AuditPlanAmended(
                fiscalYear: fiscalYear, number: amendments.count + 1, changes: changes, capacity: changedCapacity,
                reason: reason, approvedBy: amendment.approvedBy, approvedOn: amendment.approvedOn,
                entryCount: working.entries.count, totalPersonDays: working.totalPersonDays
            ))
    }

    /// One request's change against the plan as it stands.
    private func decide(
        _ request: PlanEditRequest, universe: [String: UniverseSubject], ranked: [AuditRanking.Ranked],
        directory: AgencyDirectory
    ) throws -> PlanChange {
        switch request {
        case let .change(subject, changes):
            guard var entry = entry(subject) else { throw notInPlan(subject) }
            guard !changes.isEmpty else { throw AuditPlansError.nothingToChange }
            try apply(changes, to: &entry, directory: directory)
            return PlanChange(action: .changed, entry: entry)
        case let .add(subject, changes):
            guard entry(subject) == nil else { throw AuditPlansError.alreadyInPlan(subject, fiscalYear) }
            guard universe[subject] != nil, let rank = ranked.first(where: { $0.subject.id == subject }) else {
                throw AuditPlansError.unknownSubject(subject)
            }
            var entry = PlanScheduler.entries(for: [rank], year: fiscalYear, auditors: [])[0]
            entry.order = (entries.map(\.order).max() ?? 0) + 1
            entry.period = quietestQuarter
            entry.auditor = leastLoadedAuditor(among: directory.members(with: .auditor).map(\.id))
            try apply(changes, to: &entry, directory: directory)
            return PlanChange(action: .added, entry: entry)
        case let .remove(subject):
            guard let entry = entry(subject) else { throw notInPlan(subject) }
            if engagements[subject] != nil { throw AuditPlansError.engagementStartedOnEntry(subject) }
            return PlanChange(action: .removed, entry: entry)
        }
    }

    /// Why `subject` has no entry: deferred by the draft (say so, and how to add it back), or simply not planned.
    private func notInPlan(_ subject: String) -> AuditPlansError {
        guard let deferred = deferred.first(where: { $0.subject == subject }) else {
            return .notInPlan(subject, fiscalYear)
        }
        return .deferredNotInPlan(
            subject, fiscalYear, personDays: deferred.personDays, remaining: deferred.remaining,
            approved: approval != nil)
    }

    private func apply(_ changes: EntryChanges, to entry: inout AuditPlanEntry, directory: AgencyDirectory) throws {
        if let period = changes.period { entry.period = period }
        if let auditor = changes.auditor {
            entry.auditor = try directory.require(auditor, field: "--auditor", role: .auditor).id
        }
        if let days = changes.personDays {
            try Check.positive(days, field: "--person-days")
            entry.personDays = days
        }
        if let objective = changes.objective { entry.objective = try Check.text(objective, field: "--objective") }
        if let scope = changes.scope { entry.scope = try Check.text(scope, field: "--scope") }
        if let method = changes.method { entry.method = try Check.text(method, field: "--method") }
    }

    /// The quarter with the fewest planned person-days (the earliest on a tie).
    var quietestQuarter: AuditPeriod {
        var load = [0, 0, 0, 0]
        for entry in entries {
            for position in entry.period.fiscalMonths {
                load[position / 3] += entry.personDays / entry.period.fiscalMonths.count
            }
        }
        return .quarter(load.indices.min { (load[$0], $0) < (load[$1], $1) }! + 1)
    }

    /// Of `auditors`, the one with the fewest planned person-days (by id on a tie).
    func leastLoadedAuditor(among auditors: [String]) -> String? {
        auditors.min { a, b in
            let loadA = entries.filter { $0.auditor == a }.reduce(0) { $0 + $1.personDays }
            let loadB = entries.filter { $0.auditor == b }.reduce(0) { $0 + $1.personDays }
            return (loadA, a) < (loadB, b)
        }
    }

    /// Corrects the day (and, if given, the approver) of a recorded approval. The day must not be in the
    /// future, must differ from the one recorded, and must not come after an engagement's start or an
    /// amendment's approval (they would then precede the approval); the approver must be an executive
    /// serving on it.
    ///
    /// - throws: ``AuditPlansError/planNotApproved(_:)``, ``AuditPlansError/sameApprovalDay(_:_:)``,
    ///   ``AuditPlansError/approvalAfter(_:what:_:)`` or a directory error naming `--by`.
    public func decideApprovalCorrection(
        on day: CalendarDate, by approver: String?, reason: String, directory: AgencyDirectory, today: CalendarDate
    ) throws -> AuditPlanApprovalCorrected {
        guard let approval else {
            throw status == .none ? AuditPlansError.noPlan(fiscalYear) : AuditPlansError.planNotApproved(fiscalYear)
        }
        let why = try Check.text(reason, field: "--reason")
        try Check.notFuture(day, field: "--on", today: today)
        let approverID = approver ?? approval.approvedBy
        guard day != approval.approvedOn || approverID != approval.approvedBy else {
            throw AuditPlansError.sameApprovalDay(fiscalYear, day)
        }
        if let first = engagements.values.min(by: { $0.started.startedOn < $1.started.startedOn }),
            first.started.startedOn < day
        {
            throw AuditPlansError.approvalAfter(
                day, what: "the engagement on \(first.started.subject), started", first.started.startedOn)
        }
        if let first = amendments.first, first.approvedOn < day {
            throw AuditPlansError.approvalAfter(day, what: "amendment \(first.number), approved", first.approvedOn)
        }
        let member = try directory.require(approverID, field: "--by", role: .executive, servingOn: day)
        return AuditPlanApprovalCorrected(
            fiscalYear: fiscalYear, previousOn: approval.approvedOn, approvedOn: day, approvedBy: member.id,
            approverName: member.name, approverPosition: member.position, reason: why
        )
    }

    /// Approves the draft: the approver must be an executive serving on the day, which must not be in the future.
    ///
    /// - throws: ``AuditPlansError/noPlan(_:)``, ``AuditPlansError/alreadyApproved(_:by:on:)``,
    ///   ``AuditPlansError/emptyPlan(_:)`` or a directory error naming `--by`.
    public func decideApproval(
        by approver: String, on day: CalendarDate, note: String?, directory: AgencyDirectory, today: CalendarDate
    ) throws -> AuditPlanApproved {
        guard status != .none else { throw AuditPlansError.noPlan(fiscalYear) }
        if let approval {
            throw AuditPlansError.alreadyApproved(fiscalYear, by: approval.approvedBy, on: approval.approvedOn)
        }
        guard !entries.isEmpty else { throw AuditPlansError.emptyPlan(fiscalYear) }
        try Check.notFuture(day, field: "--on", today: today)
        let member = try directory.require(approver, field: "--by", role: .executive, servingOn: day)
        return AuditPlanApproved(
            fiscalYear: fiscalYear, approvedBy: member.id, approverName: member.name, approverPosition: member.position,
            approvedOn: day, entryCount: entries.count, totalPersonDays: totalPersonDays, note: Check.optionalText(note)
        )
    }
}
