import EventStore
import Sujarit

/// The audit unit drafted a year's risk-based plan (stream `audit-plan/<year>`).
///
/// Records the entries chosen and the subjects deferred, each with the facts it was ranked on, so the
/// draft explains itself however the universe or the risk register change later. A draft may be replaced
/// by a new one until it is approved.
public struct AuditPlanDrafted: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditPlanDrafted"
    /// The plan's fiscal year.
    public var fiscalYear: FiscalYear
    /// The audit unit's capacity in person-days.
    public var capacity: Int
    /// The entries chosen, in printed order.
    public var entries: [AuditPlanEntry]
    /// The subjects ranked but not fitted into the capacity.
    public var deferred: [DeferredSubject]
    /// Which risk source ranked it, e.g. `risk-register` or `universe`.
    public var riskSource: String

    /// Creates the value from its parts.
    public init(
        fiscalYear: FiscalYear, capacity: Int, entries: [AuditPlanEntry], deferred: [DeferredSubject],
        riskSource: String
    ) {
        self.fiscalYear = fiscalYear
        self.capacity = capacity
        self.entries = entries
        self.deferred = deferred
        self.riskSource = riskSource
    }
}

/// A subject the draft ranked but could not fit in the capacity.
public struct DeferredSubject: Sendable, Hashable, Codable {
    /// The universe subject id the entry, engagement or finding is about.
    public var subject: String
    /// A short title, as tables and reports print it.
    public var title: String
    /// The facts it was ranked on.
    public var basis: RankingBasis
    /// Person-days (วัน-คน).
    public var personDays: Int
    /// Person-days still free when its turn came.
    public var remaining: Int

    /// Creates the value from its parts.
    public init(subject: String, title: String, basis: RankingBasis, personDays: Int, remaining: Int) {
        self.subject = subject
        self.title = title
        self.basis = basis
        self.personDays = personDays
        self.remaining = remaining
    }
}

/// One entry added, changed or removed by an edit or an amendment, with the entry as it stands after it
/// (as it stood before, for a removal).
public struct PlanChange: Sendable, Hashable, Codable {
    /// What happened to the entry.
    public enum Action: String, Sendable, Hashable, Codable {
        case added, changed, removed
    }

    /// What happened to the entry.
    public var action: Action
    /// The entry after the change (before it, for a removal).
    public var entry: AuditPlanEntry

    /// Creates the value from its parts.
    public init(action: Action, entry: AuditPlanEntry) {
        self.action = action
        self.entry = entry
    }
}

/// A draft plan was edited before approval.
public struct AuditPlanEdited: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditPlanEdited"
    /// The plan's fiscal year.
    public var fiscalYear: FiscalYear
    /// The entries added, changed or removed, in order.
    public var changes: [PlanChange]
    /// The new capacity, when it changed.
    public var capacity: Int?
    /// The plan's totals after the edit, so read models need not replay it.
    public var entryCount: Int
    /// Person-days of all entries afterwards.
    public var totalPersonDays: Int

    /// Creates the value from its parts.
    public init(fiscalYear: FiscalYear, changes: [PlanChange], capacity: Int?, entryCount: Int, totalPersonDays: Int) {
        self.fiscalYear = fiscalYear
        self.changes = changes
        self.capacity = capacity
        self.entryCount = entryCount
        self.totalPersonDays = totalPersonDays
    }
}

/// An approved plan was changed by a recorded amendment (แก้ไขแผนการตรวจสอบ), with its reason and the
/// executive who approved the change.
public struct AuditPlanAmended: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditPlanAmended"
    /// The plan's fiscal year.
    public var fiscalYear: FiscalYear
    /// 1 for the plan's first amendment.
    public var number: Int
    /// The entries added, changed or removed, in order.
    public var changes: [PlanChange]
    /// The new capacity in person-days, when it changed.
    public var capacity: Int?
    /// Why, in the words of the record.
    public var reason: String
    /// The staff id of the executive who approved the amendment.
    public var approvedBy: String
    /// The day of approval.
    public var approvedOn: CalendarDate
    /// How many entries the plan has afterwards.
    public var entryCount: Int
    /// Person-days of all entries afterwards.
    public var totalPersonDays: Int

    /// Creates the value from its parts.
    public init(
        fiscalYear: FiscalYear, number: Int, changes: [PlanChange], capacity: Int?, reason: String,
        approvedBy: String, approvedOn: CalendarDate, entryCount: Int, totalPersonDays: Int
    ) {
        self.fiscalYear = fiscalYear
        self.number = number
        self.changes = changes
        self.capacity = capacity
        self.reason = reason
        self.approvedBy = approvedBy
        self.approvedOn = approvedOn
        self.entryCount = entryCount
        self.totalPersonDays = totalPersonDays
    }
}

/// The head of agency (an executive) approved the plan. From here on it changes only by amendment.
public struct AuditPlanApproved: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditPlanApproved"
    /// The plan's fiscal year.
    public var fiscalYear: FiscalYear
    /// The approver's staff id, name and position on the day, as the signed plan shows them.
    public var approvedBy: String
    /// The approver's name on the day, as documents print it.
    public var approverName: String
    /// The approver's position on the day.
    public var approverPosition: String
    /// The day of approval.
    public var approvedOn: CalendarDate
    /// How many entries the plan has afterwards.
    public var entryCount: Int
    /// Person-days of all entries afterwards.
    public var totalPersonDays: Int
    /// A remark, if any.
    public var note: String?

    /// Creates the value from its parts.
    public init(
        fiscalYear: FiscalYear, approvedBy: String, approverName: String, approverPosition: String,
        approvedOn: CalendarDate, entryCount: Int, totalPersonDays: Int, note: String?
    ) {
        self.fiscalYear = fiscalYear
        self.approvedBy = approvedBy
        self.approverName = approverName
        self.approverPosition = approverPosition
        self.approvedOn = approvedOn
        self.entryCount = entryCount
        self.totalPersonDays = totalPersonDays
        self.note = note
    }
}

/// The plan's approval was recorded with the wrong day (e.g. `audit plan approve` without `--on` took
/// today) and the day was corrected. A correction, never an edit: the original ``AuditPlanApproved``
/// stays in the log, and from here on the plan counts as approved on ``approvedOn`` (engagements and
/// amendments are checked against it; the plan's document shows it, with the correction in its notes).
public struct AuditPlanApprovalCorrected: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditPlanApprovalCorrected"
    /// The plan's fiscal year.
    public var fiscalYear: FiscalYear
    /// The day recorded before the correction.
    public var previousOn: CalendarDate
    /// The day the head of agency really approved the plan.
    public var approvedOn: CalendarDate
    /// The approver's staff id (the one recorded unless corrected too).
    public var approvedBy: String
    /// The approver's name on the corrected day.
    public var approverName: String
    /// The approver's position on the corrected day.
    public var approverPosition: String
    /// Why the day was wrong, in the words of the record.
    public var reason: String

    /// Creates the value from its parts.
    public init(
        fiscalYear: FiscalYear, previousOn: CalendarDate, approvedOn: CalendarDate, approvedBy: String,
        approverName: String, approverPosition: String, reason: String
    ) {
        self.fiscalYear = fiscalYear
        self.previousOn = previousOn
        self.approvedOn = approvedOn
        self.approvedBy = approvedBy
        self.approverName = approverName
        self.approverPosition = approverPosition
        self.reason = reason
    }
}
