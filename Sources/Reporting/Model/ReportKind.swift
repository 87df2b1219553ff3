import Agency
import ITA
import Sujarit

/// The reports Sujarit makes, with the ITA items each answers.
public enum ReportKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every measure and audit recommendation with its progress (รายงานการติดตามผล).
    case followup
    /// The corruption-risk assessment (O34).
    case o34
    /// The management of those risks in a round (O35).
    case o35
    /// The No Gift Policy report (O33).
    case o33
    /// The anti-corruption action plan and its 6-month and annual reports (O36–O38).
    case plan
    /// The internal-audit follow-up register.
    case audit
    /// The integrity measures plan and its progress (O42/O43), shaped like the seed's section 5.
    case measures
    /// One or two pages for the executives.
    case executive
    /// The report of one internal-audit engagement (รายงานผลการตรวจสอบ), in the Thai memo shape.
    case engagement
    /// The annual report of internal-audit activity: plan against done, person-days, findings, follow-up.
    case auditAnnual = "audit-annual"

    /// The report's title.
    public var title: LocalizedLabel {
        switch self {
        case .followup:
            LocalizedLabel(th: "รายงานการติดตามผลการดำเนินงานตามมาตรการ", en: "Follow-up of measures and recommendations")
        case .o34:
            LocalizedLabel(
                th: "รายงานการประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี",
                en: "Annual corruption and misconduct risk assessment")
        case .o35:
            LocalizedLabel(
                th: "รายงานการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ",
                en: "Managing corruption and misconduct risks")
        case .o33: LocalizedLabel(th: "รายงานผลการดำเนินการตามนโยบาย No Gift Policy", en: "No Gift Policy report")
        case .plan: LocalizedLabel(th: "แผนปฏิบัติการป้องกันการทุจริต", en: "Anti-corruption action plan")
        case .audit: LocalizedLabel(th: "ทะเบียนติดตามผลการตรวจสอบภายใน", en: "Internal-audit follow-up register")
        case .measures:
            LocalizedLabel(
                th: "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", en: "Measures to promote integrity and transparency"
            )
        case .executive:
            LocalizedLabel(
                th: "รายงานสรุปสำหรับผู้บริหาร ด้านคุณธรรมและความโปร่งใส", en: "Executive summary: integrity and transparency")
        case .engagement: LocalizedLabel(th: "รายงานผลการตรวจสอบ", en: "Internal audit engagement report")
        case .auditAnnual:
            LocalizedLabel(
                th: "รายงานผลการปฏิบัติงานตรวจสอบภายในประจำปี", en: "Annual report of internal audit activity")
        }
    }

    /// The title of the report made for `round`. The plan's progress reports are monitoring reports on the
    /// plan (O37 at six months, O38 for the year), not the plan itself, so they do not carry the plan's title.
    public func title(round: ReportingRound?) -> LocalizedLabel {
        switch (self, round) {
        case (.plan, .sixMonths?):
            LocalizedLabel(
                th: "รายงานการกำกับติดตามการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต รอบ 6 เดือน",
                en: "Six-month monitoring report on the anti-corruption action plan")
        case (.plan, .annual?):
            LocalizedLabel(
                th: "รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริตประจำปี",
                en: "Annual report on the anti-corruption action plan")
        default: title
        }
    }

    /// The OIT duties (purpose keys of `Registers/ita/purposes.yaml`) the report answers in `round` (nil: the
    /// plan itself). The item *numbers* change every year and differ by agency type; they are looked up in the
    /// year's catalogue (``itaItems(round:fiscalYear:type:library:)``), never written here.
    public func itaPurposes(round: ReportingRound?) -> [String] {
        switch self {
        case .followup:
            [
                "risk-measures-report", round == .sixMonths ? "plan-6-month-report" : "plan-report",
                "integrity-measures-actions",
            ]
        case .o34: ["risk-assessment"]
        case .o35: ["risk-measures-report"]
        case .o33: ["gift-report"]
        case .plan:
            [round == nil ? "anti-corruption-plan" : round == .sixMonths ? "plan-6-month-report" : "plan-report"]
        case .measures: [round == nil ? "integrity-measures" : "integrity-measures-actions"]
        case .audit, .executive, .engagement, .auditAnnual: []
        }
    }

    /// The year's OIT items the report answers, from the catalogue of `fiscalYear` for `type`: their codes
    /// (an unconfirmed one marked so), and a Thai sentence for each duty the year's list lacks, so that a
    /// report never prints last year's number.
    public func itaItems(
        round: ReportingRound?, fiscalYear: FiscalYear, type: AgencyKind, library: ITACatalogueLibrary?
    ) -> ITAItemReference {
        let purposes = itaPurposes(round: round)
        guard !purposes.isEmpty else { return ITAItemReference(codes: [], lacking: []) }
        let typeName = type == .localGovernment ? "อปท." : "หน่วยงานของรัฐ"
        guard let library, let catalogue = library.catalogue(fiscalYear, type: type) else {
            return ITAItemReference(
                codes: [],
                lacking: ["ไม่มีรายการข้อ OIT ปี \(fiscalYear.be) (\(typeName)) ใน Registers/ita จึงไม่ระบุเลขข้อ OIT"])
        }
        var codes: [String] = [], lacking: [String] = []
        for purpose in purposes {
            if let item = catalogue.item(purpose: purpose) {
                if !codes.contains(item.label) { codes.append(item.label) }
            } else {
                lacking.append(
                    "รายการข้อ OIT ปี \(fiscalYear.be) (\(typeName)) ไม่มีข้อสำหรับ “\(library.purposeName(purpose))” จึงไม่ระบุเลขข้อ"
                )
            }
        }
        return ITAItemReference(codes: codes, lacking: lacking)
    }

    /// Whether the report reads the red flags' read model: the O34 and O35 leave out the findings of risks
    /// entered from a flag, and the executive summary counts the year's flags and names three. The others
    /// never query it, so opening their sources neither checks nor replays it
    /// (``ReportSources/readModelsRead(_:redFlags:)``).
    public var readsRedFlags: Bool {
        switch self {
        case .o34, .o35, .executive: true
        case .followup, .o33, .plan, .audit, .measures, .engagement, .auditAnnual: false
        }
    }
}

/// The OIT items a report answers in its year: the codes to print in its heading, and the duties the year's
/// list lacks, said in Thai rather than numbered.
public struct ITAItemReference: Sendable, Hashable, Codable {
    /// `O21`, or `O21 (ยังไม่ยืนยัน)`.
    public var codes: [String]
    /// One Thai sentence per duty the year's catalogue has no item for.
    public var lacking: [String]

    public init(codes: [String], lacking: [String]) {
        self.codes = codes
        self.lacking = lacking
    }
}
