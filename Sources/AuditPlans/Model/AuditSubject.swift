import Sujarit

/// One entry of the audit universe (ขอบเขตงานตรวจสอบ): something the audit unit can audit.
///
/// The universe is what a risk-based plan chooses from, so each subject carries what ranking needs (the
/// unit's own risk level, the corruption risks it links to, when it was last audited) and what a plan entry
/// needs (estimated person-days, default objective, scope and method).
public struct AuditSubject: Sendable, Hashable, Codable {
    /// A short stable id in capitals, e.g. `FIN-REV` or `PROC-SPECIFIC`.
    public var id: String
    /// Department, process, fund or procurement.
    public var kind: SubjectKind
    /// The auditee or subject as the plan names it (หน่วยรับตรวจ/เรื่องที่ตรวจสอบ).
    public var title: String
    /// The department code that owns it, when one does.
    public var department: String?
    /// The audit unit's own assessment, used when the risk register has nothing for the subject (and
    /// compared with it when it has: the higher wins).
    public var riskLevel: AuditRiskLevel?
    /// Ids of risks in the corruption-risk register, e.g. `R-2568-003`.
    public var risks: [String]
    /// The day the last audit of it ended, as recorded in the universe; nil when never audited.
    /// Engagements closed in Sujarit later count too (see ``UniverseSubject/lastAudited``).
    public var lastAudited: CalendarDate?
    /// Estimated person-days (วัน-คน) for one engagement.
    public var personDays: Int
    /// Default texts for a plan entry; the kind's standard wording when nil.
    public var objective: String?
    /// ขอบเขต: what and which period it covers.
    public var scope: String?
    /// วิธีการ: how the auditors will work.
    public var method: String?

    /// Creates the value from its parts.
    public init(
        id: String, kind: SubjectKind, title: String, department: String? = nil, riskLevel: AuditRiskLevel? = nil,
        risks: [String] = [], lastAudited: CalendarDate? = nil, personDays: Int,
        objective: String? = nil, scope: String? = nil, method: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.department = department
        self.riskLevel = riskLevel
        self.risks = risks
        self.lastAudited = lastAudited
        self.personDays = personDays
        self.objective = objective
        self.scope = scope
        self.method = method
    }

    /// Normalises a subject id as typed: Thai digits to Arabic, capitals, no surrounding spaces.
    ///
    /// - throws: ``AuditPlansError/invalidSubjectID(_:)`` unless it is 1–32 letters A–Z, digits and dashes,
    ///   starting with a letter or digit.
    public static func normalizedID(_ text: String) throws -> String {
        let id = ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces).uppercased()
        guard (1...32).contains(id.count), let first = id.unicodeScalars.first, first != "-",
            id.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        else { throw AuditPlansError.invalidSubjectID(text) }
        return id
    }

    /// Normalises a risk-register id: `r-2568-3` and `R-๒๕๖๘-๐๐๓` become `R-2568-003`.
    ///
    /// The audit plan links to risks by id only (registers do not import each other), so the shape is
    /// checked here and whether the risk exists is for the risk source to say.
    /// - throws: ``AuditPlansError/invalidRiskID(_:)``.
    public static func normalizedRiskID(_ text: String) throws -> String {
        guard let (year, number) = YearNumber.parse(text, prefix: "R") else {
            throw AuditPlansError.invalidRiskID(text)
        }
        return YearNumber.format(prefix: "R", fiscalYear: year, number: number)
    }
}

/// A subject as the read model knows it now: the recorded subject plus what Sujarit itself has seen since.
public struct UniverseSubject: Sendable, Hashable {
    /// The subject as last defined.
    public var subject: AuditSubject
    /// The day the last engagement on it closed in Sujarit, if any.
    public var lastEngagementClosed: CalendarDate?

    /// Creates the value from its parts.
    public init(subject: AuditSubject, lastEngagementClosed: CalendarDate? = nil) {
        self.subject = subject
        self.lastEngagementClosed = lastEngagementClosed
    }

    /// The subject's id.
    public var id: String { subject.id }

    /// When it was last audited: the later of the recorded date and the last engagement closed here.
    public var lastAudited: CalendarDate? {
        [subject.lastAudited, lastEngagementClosed].compactMap { $0 }.max()
    }
}
