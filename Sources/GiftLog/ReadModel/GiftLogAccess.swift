import Agency
import Sujarit

/// Who may see what in the gift log: the agency-wide rule of ``PersonalDataAccess`` applied to its listings.
public enum GiftLogAccess {
    /// How much a viewer sees (the agency-wide rule, ``PersonalDataAccess``).
    public typealias View = PersonalDataAccess.View

    /// The roles that see names and details.
    public static var detailRoles: Set<Role> { PersonalDataAccess.detailRoles }

    /// The directory entry of the acting user (`--as`, `SUJARIT_USER`), matched on the staff id.
    public static func viewer(named actor: String, in directory: AgencyDirectory) -> StaffMember? {
        PersonalDataAccess.viewer(named: actor, in: directory)
    }

    /// What `viewer` may see; nil (unknown) sees totals.
    public static func view(for viewer: StaffMember?) -> View { PersonalDataAccess.view(for: viewer) }

    /// `gift list` for `viewer`: the entries, or only their totals.
    public static func listing(_ entries: [AssessedGift], for viewer: StaffMember?) -> GiftListing {
        view(for: viewer) == .full ? .detailed(entries) : .totals(GiftTotals(entries))
    }

    /// The O33 report for `viewer`: whole, or without the cases that name people.
    public static func report(_ report: GiftReport, for viewer: StaffMember?) -> GiftReport {
        PersonalDataAccess(reader: viewer, registers: [personalData]).visible(report)
    }
}

/// An entry with its assessment.
public struct AssessedGift: Sendable, Hashable {
    public var entry: GiftEntry
    public var assessment: GiftAssessment

    public init(entry: GiftEntry, assessment: GiftAssessment) {
        self.entry = entry
        self.assessment = assessment
    }
}

/// What `gift list` may print.
public enum GiftListing: Sendable, Hashable {
    case detailed([AssessedGift])
    case totals(GiftTotals)
}

/// Counts and values over entries, with no name in them.
public struct GiftTotals: Sendable, Hashable, Codable {
    /// One verdict's count and value.
    public struct Line: Sendable, Hashable, Codable {
        public var verdict: GiftVerdict
        public var count: Int
        public var value: Money
    }

    /// Every verdict, in the order of ``GiftVerdict/allCases``, zeros included.
    public var lines: [Line]
    /// How many of the entries that must be reported stand at each report status.
    public struct Reports: Sendable, Hashable, Codable {
        public var onTime = 0
        public var late = 0
        public var missing = 0
        public var notYetDue = 0

        /// The count for `status`.
        public subscript(status: ReportStatus) -> Int {
            switch status {
            case .onTime: onTime
            case .late: late
            case .missing: missing
            case .notYetDue: notYetDue
            }
        }
    }

    /// Entries per report status, for those that must be reported.
    public var reports: Reports
    /// Entries that must be reported and await the head's decision.
    public var awaitingDecision: Int

    public init(_ entries: [AssessedGift]) {
        lines = GiftVerdict.allCases.map { verdict in
            let matching = entries.filter { $0.assessment.verdict == verdict }
            // The trapping `+` cannot overflow here: GiftJudge.assess checked every subtotal.
            return Line(
                verdict: verdict, count: matching.count, value: matching.map(\.entry.logged.value).reduce(.zero, +))
        }
        var reports = Reports()
        for entry in entries {
            switch entry.assessment.reportStatus {
            case .onTime?: reports.onTime += 1
            case .late?: reports.late += 1
            case .missing?: reports.missing += 1
            case .notYetDue?: reports.notYetDue += 1
            case nil: break
            }
        }
        self.reports = reports
        awaitingDecision = entries.filter(\.assessment.awaitingDecision).count
    }

    /// The line for `verdict`.
    public func line(_ verdict: GiftVerdict) -> Line { lines.first { $0.verdict == verdict }! }

    /// How many entries must be reported to the head: above the limit, or not acceptable under the
    /// No Gift declaration (what a summary calls "gifts to report").
    public var mustBeReported: Int { lines.filter(\.verdict.needsReport).map(\.count).reduce(0, +) }
}
