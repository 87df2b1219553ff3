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

    /// The ITA items the report answers in `round` (nil: the plan itself).
    public func itaItems(round: ReportingRound?) -> [String] {
        switch self {
        case .followup: ["O35", "O37", "O38", "O43"]
        case .o34: ["O34"]
        case .o35: ["O35"]
        case .o33: ["O33"]
        case .plan: round == nil ? ["O36"] : round == .sixMonths ? ["O37"] : ["O38"]
        case .audit: []
        case .measures: round == nil ? ["O42"] : ["O43"]
        case .executive: []
        }
    }
}
