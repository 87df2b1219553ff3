import Sujarit

/// What another register says about a subject's risk, as plain values.
///
/// Registers do not import each other: the corruption-risk register and the procurement red flags feed the
/// ranking through this, filled by the module that sees both (`Oversight.AgencyAuditRiskSource`).
public struct SubjectRiskSignal: Sendable, Hashable, Codable {
    /// The universe subject the signal is about.
    public var subjectID: String
    /// The highest band among the subject's linked risks (the band's rank and name); nil when none is scored.
    public var level: AuditRiskLevel?
    /// What gave that level, one phrase per risk, e.g. `R-2568-001 5×4=20 สูงมาก`.
    public var evidence: [String]
    /// Procurement red flags still open for the subject.
    public var openRedFlags: Int

    /// Creates the value from its parts.
    public init(subjectID: String, level: AuditRiskLevel?, evidence: [String] = [], openRedFlags: Int = 0) {
        self.subjectID = subjectID
        self.level = level
        self.evidence = evidence
        self.openRedFlags = openRedFlags
    }
}

/// A source of risk signals for ranking the universe.
public protocol AuditRiskSource: Sendable {
    /// A short name recorded on the draft, e.g. `risk-register`.
    var name: String { get }
    /// Signals for the subjects it knows; subjects left out rank on the universe's own level.
    func signals(for subjects: [AuditSubject], fiscalYear: FiscalYear) async throws -> [SubjectRiskSignal]
}

/// No outside source: subjects rank on the level the universe records. The seam the risk register's link
/// plugs into when it is absent.
public struct UniverseOnlyRiskSource: AuditRiskSource {
    /// Creates the value from its parts.
    public init() {}
    /// Recorded on drafts ranked on the universe alone.
    public let name = "universe"
    /// No signals: the universe's levels decide.
    public func signals(for subjects: [AuditSubject], fiscalYear: FiscalYear) async throws -> [SubjectRiskSignal] { [] }
}

/// Fixed signals, for tests and for callers that computed them already.
public struct StaticRiskSource: AuditRiskSource {
    /// The name recorded on drafts.
    public let name: String
    /// The signals it returns.
    public let values: [SubjectRiskSignal]

    /// Creates the value from its parts.
    public init(name: String = "static", _ values: [SubjectRiskSignal]) {
        self.name = name
        self.values = values
    }

    /// The fixed signals.
    public func signals(for subjects: [AuditSubject], fiscalYear: FiscalYear) async throws -> [SubjectRiskSignal] {
        values
    }
}
