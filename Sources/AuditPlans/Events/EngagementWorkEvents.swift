import EventStore
import Sujarit

/// An engagement's objectives, scope and criteria were set (stream `audit-plan/<year>`); a later one replaces
/// them while the engagement is open.
public struct AuditEngagementScoped: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditEngagementScoped"
    /// The plan's fiscal year.
    public var fiscalYear: FiscalYear
    /// The engagement's subject.
    public var subject: String
    /// วัตถุประสงค์การตรวจสอบ, one per line.
    public var objectives: [String]
    /// ขอบเขตการตรวจสอบ: what, which period, which units.
    public var scope: String
    /// เกณฑ์: the laws, rules and standards the work is measured against.
    public var criteria: [String]
    /// The day they were set.
    public var scopedOn: CalendarDate

    /// Creates the value from its parts.
    public init(
        fiscalYear: FiscalYear, subject: String, objectives: [String], scope: String, criteria: [String],
        scopedOn: CalendarDate
    ) {
        self.fiscalYear = fiscalYear
        self.subject = subject
        self.objectives = objectives
        self.scope = scope
        self.criteria = criteria
        self.scopedOn = scopedOn
    }
}

/// A step was added to an engagement's audit program (แนวทางการปฏิบัติงานตรวจสอบ).
public struct AuditProgramStepAdded: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditProgramStepAdded"
    /// The plan's fiscal year.
    public var fiscalYear: FiscalYear
    /// The engagement's subject.
    public var subject: String
    /// 1 for the program's first step.
    public var number: Int
    /// What the auditor does, e.g. "ตรวจสอบสัญญาที่สุ่มได้กับหลักฐานการตรวจรับ".
    public var procedure: String
    /// The auditor it is assigned to, if any.
    public var assignedTo: String?
    /// The day it was added.
    public var addedOn: CalendarDate

    /// Creates the value from its parts.
    public init(
        fiscalYear: FiscalYear, subject: String, number: Int, procedure: String, assignedTo: String?,
        addedOn: CalendarDate
    ) {
        self.fiscalYear = fiscalYear
        self.subject = subject
        self.number = number
        self.procedure = procedure
        self.assignedTo = assignedTo
        self.addedOn = addedOn
    }
}

/// A program step was carried out: who did it and when.
public struct AuditProgramStepPerformed: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditProgramStepPerformed"
    /// The plan's fiscal year.
    public var fiscalYear: FiscalYear
    /// The engagement's subject.
    public var subject: String
    /// The step's number.
    public var number: Int
    /// Staff ids of the auditors who did it.
    public var performedBy: [String]
    /// The day it was done.
    public var performedOn: CalendarDate
    /// What was done or concluded, in a line.
    public var note: String?

    /// Creates the value from its parts.
    public init(
        fiscalYear: FiscalYear, subject: String, number: Int, performedBy: [String], performedOn: CalendarDate,
        note: String?
    ) {
        self.fiscalYear = fiscalYear
        self.subject = subject
        self.number = number
        self.performedBy = performedBy
        self.performedOn = performedOn
        self.note = note
    }
}

/// A working paper (กระดาษทำการ) was referenced by its hash: the file stays where it is, and the record
/// proves later whether it changed.
public struct AuditWorkingPaperAttached: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditWorkingPaperAttached"
    /// The plan's fiscal year.
    public var fiscalYear: FiscalYear
    /// The engagement's subject.
    public var subject: String
    /// 1 for the engagement's first paper, printed `WP-1`.
    public var number: Int
    /// What the paper is.
    public var title: String
    /// The path as given, for finding the file again.
    public var path: String
    /// The file's SHA-256, in lowercase hex.
    public var sha256: String
    /// The file's size in bytes.
    public var size: Int64
    /// The program step it supports, if any.
    public var step: Int?
    /// The day it was attached.
    public var attachedOn: CalendarDate

    /// Creates the value from its parts.
    public init(
        fiscalYear: FiscalYear, subject: String, number: Int, title: String, path: String, sha256: String,
        size: Int64, step: Int?, attachedOn: CalendarDate
    ) {
        self.fiscalYear = fiscalYear
        self.subject = subject
        self.number = number
        self.title = title
        self.path = path
        self.sha256 = sha256
        self.size = size
        self.step = step
        self.attachedOn = attachedOn
    }

    /// `WP-1`.
    public var reference: String { "WP-\(number)" }
}

/// An auditor's time on an engagement was recorded, in person-days, against the plan's.
public struct AuditTimeRecorded: DomainEvent, Hashable {
    /// The stored type name; never change it once recorded.
    public static let eventType = "AuditTimeRecorded"
    /// The plan's fiscal year.
    public var fiscalYear: FiscalYear
    /// The engagement's subject.
    public var subject: String
    /// The auditor's staff id.
    public var auditor: String
    /// Person-days spent (วัน-คน).
    public var personDays: Int
    /// The last day the time covers.
    public var through: CalendarDate
    /// What the time went on.
    public var note: String?

    /// Creates the value from its parts.
    public init(
        fiscalYear: FiscalYear, subject: String, auditor: String, personDays: Int, through: CalendarDate, note: String?
    ) {
        self.fiscalYear = fiscalYear
        self.subject = subject
        self.auditor = auditor
        self.personDays = personDays
        self.through = through
        self.note = note
    }
}
