import Sujarit

/// One engagement: the plan year and the subject it audits. An engagement is started once per subject and
/// year, so the pair names it everywhere (commands, events, reports).
public struct EngagementRef: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The plan's fiscal year.
    public var fiscalYear: FiscalYear
    /// The universe subject id the engagement audits.
    public var subject: String

    /// Creates the value from its parts.
    public init(fiscalYear: FiscalYear, subject: String) {
        self.fiscalYear = fiscalYear
        self.subject = subject
    }

    /// `PROC-SPECIFIC (FY2570)`, as messages name it.
    public var description: String { "\(subject) (FY\(fiscalYear.be))" }

    public static func < (lhs: EngagementRef, rhs: EngagementRef) -> Bool {
        (lhs.fiscalYear.be, lhs.subject) < (rhs.fiscalYear.be, rhs.subject)
    }
}
