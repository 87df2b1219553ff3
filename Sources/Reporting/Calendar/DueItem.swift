import Agency
import Sujarit

/// One thing that falls due: a report, an ITA window, a declaration or gift report someone owes, a measure,
/// an audit recommendation or an engagement, with who answers for it, the day and how late it is.
public struct DueItem: Sendable, Hashable, Codable {
    /// What kind of duty it is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A report due once a round (the measures' six-month and annual reports).
        case report
        /// A period the NACC sets for a step of the ITA.
        case itaWindow = "ita-window"
        /// The annual declaration of interests of someone who must make it.
        case annualDeclaration = "annual-declaration"
        /// A gift above the threshold (or not acceptable) not yet reported to the head.
        case giftReport = "gift-report"
        /// A measure of the risk register or the integrity plan, not yet done.
        case riskMeasure = "risk-measure"
        /// An audit recommendation, not yet carried out.
        case auditRecommendation = "audit-recommendation"
        /// A planned engagement not closed by the end of its period.
        case auditEngagement = "audit-engagement"
        /// The yearly review of the internal audit charter in force.
        case auditCharter = "audit-charter"

        /// The kind's name, Thai and English.
        public var label: LocalizedLabel {
            switch self {
            case .report: LocalizedLabel(th: "รายงานตามรอบ", en: "report")
            case .itaWindow: LocalizedLabel(th: "ช่วงการประเมิน ITA", en: "ITA window")
            case .annualDeclaration: LocalizedLabel(th: "แบบแสดงการมีส่วนได้เสียประจำปี", en: "annual declaration")
            case .giftReport: LocalizedLabel(th: "รายงานการรับของขวัญ", en: "gift report")
            case .riskMeasure: LocalizedLabel(th: "มาตรการ", en: "measure")
            case .auditRecommendation: LocalizedLabel(th: "ข้อเสนอแนะจากการตรวจสอบ", en: "audit recommendation")
            case .auditEngagement: LocalizedLabel(th: "งานตรวจสอบตามแผน", en: "audit engagement")
            case .auditCharter: LocalizedLabel(th: "ทบทวนกฎบัตรการตรวจสอบภายใน", en: "audit charter review")
            }
        }

        /// Whether its items name the person who owes them (declarations, gifts): personal data under the PDPA.
        public var isPersonal: Bool { self == .annualDeclaration || self == .giftReport }
    }

    /// A stable id, the same on every run for the same duty (the iCalendar UID is built from it).
    public var id: String
    /// What kind of duty it is.
    public var kind: Kind
    /// The record it concerns (`M-2568-001`, `G-2568-003`, `F-2568-001/1`), or the deadline's key.
    public var reference: String
    /// What is due, in Thai.
    public var title: String
    /// A line of detail: how far it stands, what is missing.
    public var detail: String?
    /// Who answers for it.
    public var owner: DueOwner
    /// The first day, for a window; nil for a deadline.
    public var starts: CalendarDate?
    /// The last day.
    public var due: CalendarDate
    /// Days past ``due`` on the calendar's day; 0 when not late.
    public var daysLate: Int
    /// Where the day comes from, when configuration gives it (the calendar file's source).
    public var source: String?

    /// Whether it was past due on the calendar's day.
    public var isLate: Bool { daysLate > 0 }

    /// Creates the value from its parts.
    public init(
        id: String, kind: Kind, reference: String, title: String, detail: String? = nil, owner: DueOwner,
        starts: CalendarDate? = nil, due: CalendarDate, daysLate: Int, source: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.reference = reference
        self.title = title
        self.detail = detail
        self.owner = owner
        self.starts = starts
        self.due = due
        self.daysLate = daysLate
        self.source = source
    }
}

/// Who answers for an item: a staff member of the directory, a department, or a unit named in words.
public struct DueOwner: Sendable, Hashable, Codable {
    /// What `--owner` matches and letters are grouped by: a staff id, a department code, or the words.
    public var key: String
    /// The name a memo is addressed to.
    public var name: String
    /// The owner's department code, when known (`--owner FIN` matches it too); null in JSON when not.
    @JSONNull public var department: String?
    /// The owner's position, for a memo's เรียน line; null in JSON when not known.
    @JSONNull public var position: String?

    /// Creates the value from its parts.
    public init(key: String, name: String, department: String?, position: String? = nil) {
        self.key = key
        self.name = name
        self.department = department
        self.position = position
    }

    /// A staff member by id, named as the directory names them (the id when it does not know them).
    public init(staff id: String, directory: AgencyDirectory) {
        let member = directory.member(id)
        self.init(key: id, name: member?.name ?? id, department: member?.department, position: member?.position)
    }

    /// The owner a register writes in words (a measure's "ผู้อำนวยการกองคลัง"), matched to the directory: a staff
    /// id or name, else the one staff member serving on `day` whose position it is, else the department given.
    public init(written text: String, department: String?, directory: AgencyDirectory, on day: CalendarDate) {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let member = directory.member(text) ?? directory.staff.first(where: { $0.name == text }) {
            self.init(staff: member.id, directory: directory)
            return
        }
        let holders = directory.staff.filter { $0.position == text && $0.isServing(on: day) }
        if holders.count == 1 {
            self.init(staff: holders[0].id, directory: directory)
        } else if let department, let unit = directory.department(department) {
            // A unit within a department ("สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)") is reminded through its department.
            self.init(key: department, name: unit.name, department: unit.code)
        } else {
            self.init(key: text, name: text, department: department)
        }
    }

    /// Whether `--owner ID` picks it: its key or its department.
    public func matches(_ id: String) -> Bool { key == id || department == id }
}
