import EventStore
import Sujarit

/// A version of the Internal Audit Charter (กฎบัตรการตรวจสอบภายใน) was drafted (stream `audit-charter/agency`).
///
/// Drafting again before approval replaces the draft under the same version number; after approval it starts
/// the next version. The six sections are the ones the Ministry of Finance's internal-audit standards (2561)
/// ask a charter to state.
public struct AuditCharterDrafted: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditCharterDrafted"
    /// 1 for the agency's first charter.
    public var version: Int
    /// วัตถุประสงค์.
    public var purpose: String
    /// อำนาจหน้าที่: access to records, people and property.
    public var authority: String
    /// ความเป็นอิสระและความเที่ยงธรรม.
    public var independence: String
    /// ขอบเขตการปฏิบัติงาน: assurance and consulting work.
    public var scope: String
    /// ความรับผิดชอบ.
    public var responsibilities: String
    /// สายการบังคับบัญชาและการรายงาน: to whom the unit reports, functionally and administratively.
    public var reportingLine: String
    /// The file it was drafted from, as given.
    public var source: String?
    /// The day it was drafted.
    public var draftedOn: CalendarDate

    /// Creates the value from its parts.
    public init(
        version: Int, purpose: String, authority: String, independence: String, scope: String,
        responsibilities: String, reportingLine: String, source: String?, draftedOn: CalendarDate
    ) {
        self.version = version
        self.purpose = purpose
        self.authority = authority
        self.independence = independence
        self.scope = scope
        self.responsibilities = responsibilities
        self.reportingLine = reportingLine
        self.source = source
        self.draftedOn = draftedOn
    }

    /// Whether two drafts say the same (whatever their version, file or day).
    public func sameText(as other: AuditCharterDrafted) -> Bool {
        (purpose, authority, independence, scope, responsibilities, reportingLine)
            == (
                other.purpose, other.authority, other.independence, other.scope, other.responsibilities,
                other.reportingLine
            )
    }
}

/// The head of agency approved a charter version; it is in force from that day until a later version is
/// approved, and is due for review a year on.
public struct AuditCharterApproved: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditCharterApproved"
    /// The version approved.
    public var version: Int
    /// The approver's staff id (an executive).
    public var approvedBy: String
    /// The approver's name on the day.
    public var approverName: String
    /// The approver's position on the day, as documents sign it.
    public var approverPosition: String?
    /// The day of approval.
    public var approvedOn: CalendarDate
    /// The day the charter is due for its yearly review.
    public var nextReviewOn: CalendarDate

    /// Creates the value from its parts.
    public init(
        version: Int, approvedBy: String, approverName: String, approverPosition: String?, approvedOn: CalendarDate,
        nextReviewOn: CalendarDate
    ) {
        self.version = version
        self.approvedBy = approvedBy
        self.approverName = approverName
        self.approverPosition = approverPosition
        self.approvedOn = approvedOn
        self.nextReviewOn = nextReviewOn
    }
}

/// The yearly review found the charter in force still right, unchanged; the next review is a year on. A
/// review that changes it is a new draft and approval instead.
public struct AuditCharterReviewed: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditCharterReviewed"
    /// The version reviewed (the one in force).
    public var version: Int
    /// The executive who confirmed it.
    public var reviewedBy: String
    /// The day of the review.
    public var reviewedOn: CalendarDate
    /// The day of the next review.
    public var nextReviewOn: CalendarDate
    /// What the review considered, in a line.
    public var note: String?

    /// Creates the value from its parts.
    public init(
        version: Int, reviewedBy: String, reviewedOn: CalendarDate, nextReviewOn: CalendarDate, note: String?
    ) {
        self.version = version
        self.reviewedBy = reviewedBy
        self.reviewedOn = reviewedOn
        self.nextReviewOn = nextReviewOn
        self.note = note
    }
}
