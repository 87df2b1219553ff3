import EventStore
import Sujarit

/// A year's audit plan with its engagements and findings, folded from its stream (`audit-plan/<year>`).
///
/// The aggregate the plan's commands decide on: drafting, editing, approval and amendment, engagements and
/// findings all check and change this one value, and append with the version it was read at.
public struct AuditPlan: Sendable, Hashable {
    /// Where the plan stands.
    public enum Status: String, Sendable, Hashable, Codable {
        case none, draft, approved

        /// The status's name in Thai and English.
        public var label: LocalizedLabel {
            switch self {
            case .none: LocalizedLabel(th: "ยังไม่มีแผน", en: "no plan")
            case .draft: LocalizedLabel(th: "ร่าง", en: "draft")
            case .approved: LocalizedLabel(th: "อนุมัติแล้ว", en: "approved")
            }
        }
    }

    /// An engagement on one entry.
    public struct Engagement: Sendable, Hashable {
        /// When and by whom it started.
        public var started: AuditEngagementStarted
        /// When it closed, once it has.
        public var closed: AuditEngagementClosed?
        /// Its findings, in the order recorded.
        public var findings: [FindingID] = []
        /// Its objectives, scope and criteria, once set (the latest).
        public var scope: AuditEngagementScoped?
        /// Its audit program, by step number.
        public var steps: [ProgramStep] = []
        /// Its working papers, by number.
        public var workingPapers: [AuditWorkingPaperAttached] = []
        /// Time recorded on it, in order.
        public var time: [AuditTimeRecorded] = []
        /// Samples drawn for it, in order.
        public var samples: [AuditSampleDrawn] = []

        /// Person-days recorded so far.
        public var actualPersonDays: Int { time.reduce(0) { $0 + $1.personDays } }

        /// Whether findings may still be added.
        public var isOpen: Bool { closed == nil }
    }

    /// The plan's fiscal year.
    public let fiscalYear: FiscalYear
    /// The stream's version after the last event folded (0: nothing recorded).
    public var version = 0
    /// The capacity in person-days.
    public var capacity = 0
    /// Entries by their printed order.
    public var entries: [AuditPlanEntry] = []
    /// The subjects the last draft deferred.
    public var deferred: [DeferredSubject] = []
    /// The risk source the last draft was ranked with.
    public var riskSource = ""
    /// How many times it was drafted (a redraft replaces the entries).
    public var drafts = 0
    /// How many edits the draft had.
    public var edits = 0
    /// The head of agency's approval, once given.
    public var approval: AuditPlanApproved?
    /// Amendments since approval, in order.
    public var amendments: [AuditPlanAmended] = []
    /// Corrections of the approval's day, in order (``approval`` already carries the latest).
    public var approvalCorrections: [AuditPlanApprovalCorrected] = []
    /// Engagements by subject id.
    public var engagements: [String: Engagement] = [:]
    /// Findings by id.
    public var findings: [FindingID: AuditFindingRecorded] = [:]

    /// Creates the value from its parts.
    public init(fiscalYear: FiscalYear) { self.fiscalYear = fiscalYear }

    /// No plan, draft or approved.
    public var status: Status { approval != nil ? .approved : drafts > 0 ? .draft : .none }

    /// Person-days of all entries.
    public var totalPersonDays: Int { entries.reduce(0) { $0 + $1.personDays } }

    /// The entry for `subject`, if planned.
    public func entry(_ subject: String) -> AuditPlanEntry? { entries.first { $0.subject == subject } }

    /// The year's findings by id.
    public var sortedFindings: [AuditFindingRecorded] { findings.values.sorted { $0.id < $1.id } }

    /// Reads the plan's stream.
    public static func load(_ year: FiscalYear, from store: any EventStore) async throws -> AuditPlan {
        var plan = AuditPlan(fiscalYear: year)
        for event in try await store.events(in: AuditStreams.plan(year)) { try plan.apply(event) }
        return plan
    }

    /// Folds one event of the plan's stream.
    public mutating func apply(_ event: RecordedEvent) throws {
        version = event.streamVersion
        switch event.type {
        case AuditPlanDrafted.eventType:
            let drafted = try event.decode(AuditPlanDrafted.self)
            capacity = drafted.capacity
            entries = drafted.entries.sorted { $0.order < $1.order }
            deferred = drafted.deferred
            riskSource = drafted.riskSource
            drafts += 1
        case AuditPlanEdited.eventType:
            let edited = try event.decode(AuditPlanEdited.self)
            apply(edited.changes, capacity: edited.capacity)
            edits += 1
        case AuditPlanAmended.eventType:
            let amended = try event.decode(AuditPlanAmended.self)
            apply(amended.changes, capacity: amended.capacity)
            amendments.append(amended)
        case AuditPlanApproved.eventType:
            approval = try event.decode(AuditPlanApproved.self)
        case AuditPlanApprovalCorrected.eventType:
            let corrected = try event.decode(AuditPlanApprovalCorrected.self)
            approval?.approvedOn = corrected.approvedOn
            approval?.approvedBy = corrected.approvedBy
            approval?.approverName = corrected.approverName
            approval?.approverPosition = corrected.approverPosition
            approvalCorrections.append(corrected)
        case AuditEngagementStarted.eventType:
            let started = try event.decode(AuditEngagementStarted.self)
            engagements[started.subject] = Engagement(started: started)
        case AuditEngagementClosed.eventType:
            let closed = try event.decode(AuditEngagementClosed.self)
            engagements[closed.subject]?.closed = closed
        case AuditFindingRecorded.eventType:
            let finding = try event.decode(AuditFindingRecorded.self)
            findings[finding.id] = finding
            engagements[finding.subject]?.findings.append(finding.id)
        default:
            try applyWork(event)
        }
    }

    /// Applies entry changes (shared by edits and amendments, which differ only in who may make them).
    mutating func apply(_ changes: [PlanChange], capacity newCapacity: Int?) {
        for change in changes {
            entries.removeAll { $0.subject == change.entry.subject }
            if change.action != .removed { entries.append(change.entry) }
        }
        entries.sort { $0.order < $1.order }
        if let newCapacity { capacity = newCapacity }
    }

    /// The next finding id in the year.
    public var nextFindingID: FindingID {
        FindingID(fiscalYear: fiscalYear, number: (findings.keys.map(\.number).max() ?? 0) + 1)
    }

    /// The expected version for an append after this read.
    var expectedVersion: ExpectedVersion { version == 0 ? .noStream : .exactly(version) }
}
