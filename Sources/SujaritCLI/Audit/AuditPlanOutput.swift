import AuditPlans
import Presentation
import Sujarit

/// `audit plan show --format json`: the whole plan a script needs — where it stands (status, approval,
/// capacity, amendments) and its entries — as `Docs/schemas/audit-plan-show.schema.json` describes.
///
/// CSV has no room for a header, so `--format csv` stays the entries alone; the entries here are the same rows
/// (``AuditTables/plan(_:directory:format:full:reasons:)``), so the two never disagree.
struct AuditPlanOutput: Encodable {
    /// Who approved the plan and when.
    struct Approval: Encodable {
        var approvedBy: String
        var approverName: String
        var approverPosition: String
        var approvedOn: CalendarDate
        /// Null, not left out, when there is none.
        @JSONNull var note: String?
    }

    /// One amendment approved after the plan.
    struct Amendment: Encodable {
        var number: Int
        var reason: String
        var approvedBy: String
        var approvedOn: CalendarDate
        /// Null when the amendment kept the capacity.
        @JSONNull var capacity: Int?
        var entryCount: Int
        var totalPersonDays: Int
    }

    /// An approval day set right after the approval.
    struct ApprovalCorrection: Encodable {
        var previousOn: CalendarDate
        var approvedOn: CalendarDate
        var approvedBy: String
        var reason: String
    }

    /// A subject the draft ranked but could not fit in the capacity.
    struct Deferred: Encodable {
        var subject: String
        var title: String
        var personDays: Int
        var remaining: Int
    }

    var fiscalYear: Int
    var status: String
    var statusTh: String
    var statusEn: String
    var version: Int
    var capacity: Int
    var totalPersonDays: Int
    var riskSource: String
    /// Null while the plan is a draft.
    @JSONNull var approval: Approval?
    var amendments: [Amendment]
    var approvalCorrections: [ApprovalCorrection]
    var deferred: [Deferred]
    var entries: [[String: TableValue]]

    /// The plan's header and `entries`, the rows of its script table.
    init(_ plan: AuditPlan, entries: Table) {
        fiscalYear = plan.fiscalYear.be
        status = plan.status.rawValue
        statusTh = plan.status.label.th
        statusEn = plan.status.label.en
        version = plan.version
        capacity = plan.capacity
        totalPersonDays = plan.totalPersonDays
        riskSource = plan.riskSource
        approval = plan.approval.map {
            Approval(
                approvedBy: $0.approvedBy, approverName: $0.approverName, approverPosition: $0.approverPosition,
                approvedOn: $0.approvedOn, note: $0.note)
        }
        amendments = plan.amendments.map {
            Amendment(
                number: $0.number, reason: $0.reason, approvedBy: $0.approvedBy, approvedOn: $0.approvedOn,
                capacity: $0.capacity, entryCount: $0.entryCount, totalPersonDays: $0.totalPersonDays)
        }
        approvalCorrections = plan.approvalCorrections.map {
            ApprovalCorrection(
                previousOn: $0.previousOn, approvedOn: $0.approvedOn, approvedBy: $0.approvedBy, reason: $0.reason)
        }
        deferred = plan.deferred.map {
            Deferred(subject: $0.subject, title: $0.title, personDays: $0.personDays, remaining: $0.remaining)
        }
        let keys = entries.columns.map(\.key)
        self.entries = entries.cells.map { row in Dictionary(uniqueKeysWithValues: zip(keys, row.map(\.value))) }
    }
}
