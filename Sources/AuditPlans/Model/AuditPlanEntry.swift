import Sujarit

/// One line of an annual audit plan, in the columns Thai audit units use: subject, risk level, objective,
/// scope, method, period, auditor and person-days.
public struct AuditPlanEntry: Sendable, Hashable, Codable {
    /// The universe subject audited; an entry per subject, so the subject id names the entry.
    public var subject: String
    /// The subject's title when the entry was made (หน่วยรับตรวจ/เรื่องที่ตรวจสอบ).
    public var title: String
    /// The owning department's code, when the subject has one.
    public var department: String?
    /// The position the entry is printed at (ลำดับ): its rank when drafted; added entries go last.
    public var order: Int
    /// The level it was ranked at, with the facts behind its place.
    public var basis: RankingBasis
    /// วัตถุประสงค์: what the engagement sets out to give assurance on.
    public var objective: String
    /// ขอบเขต: what and which period it covers.
    public var scope: String
    /// วิธีการ: how the auditors will work.
    public var method: String
    /// ระยะเวลา: the quarter or month planned.
    public var period: AuditPeriod
    /// The staff id of the auditor in charge (ผู้รับผิดชอบ); nil when the directory has no auditor.
    public var auditor: String?
    /// Person-days (จำนวนวัน-คน) planned.
    public var personDays: Int

    /// Creates the value from its parts.
    public init(
        subject: String, title: String, department: String?, order: Int, basis: RankingBasis,
        objective: String, scope: String, method: String, period: AuditPeriod, auditor: String?, personDays: Int
    ) {
        self.subject = subject
        self.title = title
        self.department = department
        self.order = order
        self.basis = basis
        self.objective = objective
        self.scope = scope
        self.method = method
        self.period = period
        self.auditor = auditor
        self.personDays = personDays
    }
}

/// Why a subject ranked where it did: every fact the ranking used, kept in the plan's events so the plan
/// can always say why, even after the universe or the risk register change.
public struct RankingBasis: Sendable, Hashable, Codable {
    /// Its place in the ranking, 1 for the first.
    public var position: Int
    /// The level it was ranked at: the higher of the recorded one and the risk source's.
    public var level: AuditRiskLevel
    /// The level the audit universe records, if any.
    public var recordedLevel: AuditRiskLevel?
    /// The level the risk source gave (the highest band among linked risks), if any.
    public var sourceLevel: AuditRiskLevel?
    /// What gave the source level, e.g. `R-2568-001 5×4=20 สูงมาก`.
    public var evidence: [String]
    /// When it was last audited; nil when never.
    public var lastAudited: CalendarDate?
    /// Whole years from the last audit to the first day of the plan's year; nil when never audited.
    public var yearsSinceAudit: Int?
    /// Earlier findings on the subject with a recommendation still open.
    public var openFindings: Int
    /// Open procurement red flags the risk source reported.
    public var openRedFlags: Int

    /// Creates the value from its parts.
    public init(
        position: Int, level: AuditRiskLevel, recordedLevel: AuditRiskLevel?, sourceLevel: AuditRiskLevel?,
        evidence: [String], lastAudited: CalendarDate?, yearsSinceAudit: Int?, openFindings: Int, openRedFlags: Int
    ) {
        self.position = position
        self.level = level
        self.recordedLevel = recordedLevel
        self.sourceLevel = sourceLevel
        self.evidence = evidence
        self.lastAudited = lastAudited
        self.yearsSinceAudit = yearsSinceAudit
        self.openFindings = openFindings
        self.openRedFlags = openRedFlags
    }

    /// The reasons in Thai, one short phrase per fact, as `plan draft` and the plan show them.
    public var reasons: [String] {
        var reasons: [String] = []
        if let sourceLevel {
            reasons.append(
                "ทะเบียนความเสี่ยง: \(sourceLevel.label.th)"
                    + (evidence.isEmpty ? "" : " (\(evidence.joined(separator: ", ")))"))
        }
        if let recordedLevel {
            reasons.append("หน่วยตรวจสอบประเมิน: \(recordedLevel.label.th)")
        }
        if sourceLevel == nil && recordedLevel == nil { reasons.append("ยังไม่ประเมินความเสี่ยง") }
        if let lastAudited, let yearsSinceAudit {
            reasons.append(
                """
                ตรวจล่าสุด \(lastAudited.formatted(.thaiMedium)) \
                (\(yearsSinceAudit == 0 ? "ไม่ถึง 1 ปี" : "\(yearsSinceAudit) ปี"))
                """
            )
        } else {
            reasons.append("ไม่เคยตรวจสอบ")
        }
        if openFindings > 0 { reasons.append("ข้อตรวจพบค้าง \(openFindings)") }
        if openRedFlags > 0 { reasons.append("ธงแดงจัดซื้อจัดจ้าง \(openRedFlags)") }
        return reasons
    }
}
