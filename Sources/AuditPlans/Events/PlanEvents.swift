import EventStore
import Sujarit

/// The audit unit drafted a year's risk-based plan (stream `audit-plan/<year>`).
///
/// Records the entries chosen and the subjects deferred, each with the facts it was ranked on, so the
/// draft explains itself however the universe or the risk register change later. A draft may be replaced
/// by a new one until it is approved.
public struct AuditPlanDrafted: DomainEvent, Hashable {
    public static let eventType = "AuditPlanDrafted"
    public var fiscalYear: FiscalYear
    /// The audit unit's capacity in person-days.
    public var capacity: Int
    public var entries: [AuditPlanEntry]
    public var deferred: [DeferredSubject]
    /// Which risk source ranked it, e.g. `risk-register` or `universe`.
    public var riskSource: String

    public init(fiscalYear: FiscalYear, capacity: Int, entries: [AuditPlanEntry], deferred: [DeferredSubject], riskSource: String) {
        self.fiscalYear = fiscalYear
        self.capacity = capacity
        self.entries = entries
        self.deferred = deferred
        self.riskSource = riskSource
    }
}

/// A subject the draft ranked but could not fit in the capacity.
public struct DeferredSubject: Sendable, Hashable, Codable {
    public var subject: String
    public var title: String
    public var basis: RankingBasis
    public var personDays: Int
    /// Person-days still free when its turn came.
    public var remaining: Int

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
    public enum Action: String, Sendable, Hashable, Codable {
        case added, changed, removed
    }

    public var action: Action
    public var entry: AuditPlanEntry

    public init(action: Action, entry: AuditPlanEntry) {
        self.action = action
        self.entry = entry
    }
}

/// A draft plan was edited before approval.
public struct AuditPlanEdited: DomainEvent, Hashable {
    public static let eventType = "AuditPlanEdited"
    public var fiscalYear: FiscalYear
    public var changes: [PlanChange]
    /// The new capacity, when it changed.
    public var capacity: Int?
    /// The plan's totals after the edit, so read models need not replay it.
    public var entryCount: Int
    public var totalPersonDays: Int

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
    public static let eventType = "AuditPlanAmended"
    public var fiscalYear: FiscalYear
    /// 1 for the plan's first amendment.
    public var number: Int
    public var changes: [PlanChange]
    public var capacity: Int?
    public var reason: String
    /// The staff id of the executive who approved the amendment.
    public var approvedBy: String
    public var approvedOn: CalendarDate
    public var entryCount: Int
    public var totalPersonDays: Int

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
    public static let eventType = "AuditPlanApproved"
    public var fiscalYear: FiscalYear
    /// The approver's staff id, name and position on the day, as the signed plan shows them.
    public var approvedBy: String
    public var approverName: String
    public var approverPosition: String
    public var approvedOn: CalendarDate
    public var entryCount: Int
    public var totalPersonDays: Int
    public var note: String?

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
