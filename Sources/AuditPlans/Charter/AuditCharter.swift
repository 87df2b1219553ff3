import Agency
import EventStore
import Sujarit

/// The agency's Internal Audit Charter, folded from its stream (`audit-charter/agency`): the version in
/// force, a draft awaiting approval, and when the next yearly review is due.
public struct AuditCharter: Sendable, Hashable {
    /// One version and, once given, its approval.
    public struct Version: Sendable, Hashable {
        /// The text as last drafted.
        public var draft: AuditCharterDrafted
        /// The head of agency's approval, once given.
        public var approval: AuditCharterApproved?
    }

    /// Every version, oldest first.
    public var versions: [Version] = []
    /// Reviews that kept the version in force, oldest first.
    public var reviews: [AuditCharterReviewed] = []
    /// The stream's version after the last event folded.
    public var streamVersion = 0

    /// Creates an empty charter (nothing drafted).
    public init() {}

    /// The approved version in force, if any.
    public var inForce: Version? { versions.last { $0.approval != nil } }
    /// The draft awaiting approval, if any.
    public var pending: Version? { versions.last.flatMap { $0.approval == nil ? $0 : nil } }

    /// When the charter in force is due for review: a year after its approval or its last review.
    public var nextReviewOn: CalendarDate? {
        guard let inForce, let approval = inForce.approval else { return nil }
        let review = reviews.last { $0.version == inForce.draft.version && $0.reviewedOn >= approval.approvedOn }
        return review?.nextReviewOn ?? approval.nextReviewOn
    }

    /// Reads the charter's stream.
    public static func load(from store: any EventStore) async throws -> AuditCharter {
        var charter = AuditCharter()
        for event in try await store.events(in: AuditStreams.charter) { try charter.apply(event) }
        return charter
    }

    /// Folds one event of the charter's stream.
    public mutating func apply(_ event: RecordedEvent) throws {
        streamVersion = event.streamVersion
        switch event.type {
        case AuditCharterDrafted.eventType:
            let drafted = try event.decode(AuditCharterDrafted.self)
            if let last = versions.indices.last, versions[last].draft.version == drafted.version {
                versions[last].draft = drafted
            } else {
                versions.append(Version(draft: drafted))
            }
        case AuditCharterApproved.eventType:
            let approved = try event.decode(AuditCharterApproved.self)
            if let index = versions.lastIndex(where: { $0.draft.version == approved.version }) {
                versions[index].approval = approved
            }
        case AuditCharterReviewed.eventType:
            reviews.append(try event.decode(AuditCharterReviewed.self))
        default:
            break
        }
    }

    /// The expected version for an append after this read.
    var expectedVersion: ExpectedVersion { streamVersion == 0 ? .noStream : .exactly(streamVersion) }

    /// Drafts a version: the pending draft's number again (replacing it), else the next one. Every section
    /// must say something, and a draft identical to the text it would replace is refused.
    public func decideDraft(
        _ text: CharterText, source: String?, on day: CalendarDate, today: CalendarDate
    ) throws
        -> AuditCharterDrafted
    {
        try Check.notFuture(day, field: "--on", today: today)
        let version = pending?.draft.version ?? ((versions.last?.draft.version ?? 0) + 1)
        let drafted = AuditCharterDrafted(
            version: version, purpose: try Check.text(text.purpose, field: "purpose"),
            authority: try Check.text(text.authority, field: "authority"),
            independence: try Check.text(text.independence, field: "independence"),
            scope: try Check.text(text.scope, field: "scope"),
            responsibilities: try Check.text(text.responsibilities, field: "responsibilities"),
            reportingLine: try Check.text(text.reportingLine, field: "reporting_line"), source: source, draftedOn: day)
        if let current = versions.last?.draft, current.sameText(as: drafted) {
            throw AuditPlansError.charterUnchanged(current.version, approved: versions.last?.approval != nil)
        }
        if let approved = inForce?.approval, day < approved.approvedOn {
            throw AuditPlansError.dateBefore(
                field: "--on", day, what: "the approval of the charter in force", approved.approvedOn)
        }
        return drafted
    }

    /// Approves the pending draft: the approver must be an executive (the head of agency) serving on the day,
    /// on or after the draft's day.
    public func decideApproval(
        by approver: String, on day: CalendarDate, directory: AgencyDirectory, today: CalendarDate
    ) throws -> AuditCharterApproved {
        guard let pending else {
            if let inForce, let approval = inForce.approval {
                throw AuditPlansError.charterAlreadyApproved(inForce.draft.version, on: approval.approvedOn)
            }
            throw AuditPlansError.charterNotDrafted
        }
        try Check.notFuture(day, field: "--on", today: today)
        if day < pending.draft.draftedOn {
            throw AuditPlansError.dateBefore(field: "--on", day, what: "the draft", pending.draft.draftedOn)
        }
        let member = try directory.require(approver, field: "--by", role: .executive, servingOn: day)
        return AuditCharterApproved(
            version: pending.draft.version, approvedBy: member.id, approverName: member.name,
            approverPosition: member.position, approvedOn: day, nextReviewOn: Self.yearAfter(day))
    }

    /// Records the yearly review keeping the charter in force unchanged.
    public func decideReview(
        by reviewer: String, on day: CalendarDate, note: String?, directory: AgencyDirectory, today: CalendarDate
    ) throws -> AuditCharterReviewed {
        guard let inForce, let approval = inForce.approval else { throw AuditPlansError.charterNotInForce }
        try Check.notFuture(day, field: "--on", today: today)
        if day < approval.approvedOn {
            throw AuditPlansError.dateBefore(field: "--on", day, what: "the charter's approval", approval.approvedOn)
        }
        let member = try directory.require(reviewer, field: "--by", role: .executive, servingOn: day)
        return AuditCharterReviewed(
            version: inForce.draft.version, reviewedBy: member.id, reviewedOn: day, nextReviewOn: Self.yearAfter(day),
            note: Check.optionalText(note))
    }

    /// The same day a year later (28 February for 29 February): the standard asks for a yearly review.
    static func yearAfter(_ day: CalendarDate) -> CalendarDate {
        let year = day.year + 1
        let last = CalendarDate.daysInMonth(day.month, year: year)
        return (try? CalendarDate(year: year, month: day.month, day: min(day.day, last))) ?? day.adding(days: 365)
    }
}

/// The six sections of a charter, as a draft gives them.
public struct CharterText: Sendable, Hashable {
    /// วัตถุประสงค์.
    public var purpose: String
    /// อำนาจหน้าที่.
    public var authority: String
    /// ความเป็นอิสระและความเที่ยงธรรม.
    public var independence: String
    /// ขอบเขตการปฏิบัติงาน.
    public var scope: String
    /// ความรับผิดชอบ.
    public var responsibilities: String
    /// สายการบังคับบัญชาและการรายงาน.
    public var reportingLine: String

    /// Creates the value from its parts.
    public init(
        purpose: String, authority: String, independence: String, scope: String, responsibilities: String,
        reportingLine: String
    ) {
        self.purpose = purpose
        self.authority = authority
        self.independence = independence
        self.scope = scope
        self.responsibilities = responsibilities
        self.reportingLine = reportingLine
    }
}
