import Oversight
import Presentation
import RiskRegister
import Sujarit

/// A score as a report prints it: levels, product, band and the band's colour.
public struct ScoreCell: Sendable, Hashable, Codable {
    public var likelihood: Int
    public var impact: Int
    public var score: Int
    public var band: String
    public var bandName: String
    public var bandRank: Int
    public var color: String

    init(_ assessment: Assessment, ledger: RiskLedger) {
        likelihood = assessment.likelihood
        impact = assessment.impact
        score = assessment.score
        band = assessment.band
        bandName = assessment.bandName
        bandRank = assessment.bandRank
        color = ledger.matrix(assessment.matrix)?.bands.first { $0.id == assessment.band }?.color ?? "#dddddd"
    }

    /// `4×4=16 สูง`.
    public var summary: String { "\(likelihood)×\(impact)=\(score) \(bandName)" }

    /// The band's Thai name is `band_th` in JSON, beside the band's code (`band`), as every output writes it.
    enum CodingKeys: String, CodingKey {
        case likelihood, impact, score, band, bandName = "bandTh", bandRank, color
    }
}

/// One risk of the register as the O34 table prints it.
public struct RiskRow: Sendable, Hashable, Codable {
    public var id: String
    public var department: String
    public var departmentName: String
    public var process: String
    public var category: String
    public var categoryName: String
    public var event: String
    public var causes: [String]
    /// ปัจจัยที่รู้มาก่อน (Known) or ปัจจัยที่คาดว่าจะเกิดขึ้นแต่ยังไม่เกิด (Unknown), as the report prints it.
    public var factor: String
    /// The factor's code: `known` or `unknown`.
    public var factorCode: String
    /// Existing controls with their adequacy, e.g. `สมุดบันทึกการใช้รถ (อ่อน)`.
    public var controls: [String]
    /// The same controls for scripts: the text, and the adequacy as a code beside its Thai word.
    public var controlItems: [Control]
    @JSONNull public var inherent: ScoreCell? = nil
    @JSONNull public var current: ScoreCell? = nil
    @JSONNull public var residual: ScoreCell? = nil
    public var owner: String
    public var measures: [String]
    /// ยังไม่มีมาตรการ / มีมาตรการ / ยอมรับความเสี่ยง / การยอมรับหมดอายุ.
    public var status: String
    /// The status's code: `open`, `treated`, `accepted` or `expired`.
    public var statusCode: String

    /// An existing control: what it is, and how adequate (`good`, `fair`, `weak`; ดี, พอใช้, อ่อน).
    public struct Control: Sendable, Hashable, Codable {
        public var control: String
        public var adequacy: String
        public var adequacyTh: String
    }

    /// JSON carries each code under its own name and the Thai wording beside it (`status`, `status_th`;
    /// `factor`, `factor_th`), as every output writes codes and labels.
    enum CodingKeys: String, CodingKey {
        case id, department, departmentName, process, category, categoryName = "categoryTh", event, causes
        case factorCode = "factor", factor = "factorTh", controlItems = "controls", controls = "controlsText"
        case inherent, current, residual, owner, measures
        case statusCode = "status", status = "statusTh"
    }

    /// The row of `risk`; `fromFlag` (a risk entered from a red flag) leaves out its causes, which are the
    /// flag's finding: the firm, its tax id and what is alleged stay with the reviewers (``RiskFigures/flagged(_:)``).
    init(_ risk: Risk, _ sources: ReportSources, fromFlag: Bool = false) {
        let identified = risk.identified, ledger = sources.ledger
        id = risk.id.description
        department = identified.department
        departmentName = sources.departmentName(identified.department)
        process = identified.process
        category = identified.category
        categoryName = ledger.categories[identified.category]?.name.th ?? identified.category
        event = identified.event
        causes = fromFlag ? [RiskFigures.flagCausesWithheld] : identified.causes
        factor = identified.factor.thai
        factorCode = identified.factor.rawValue
        controls = identified.controls.map { "\($0.text) (\($0.adequacy.thai))" }
        controlItems = identified.controls.map {
            Control(control: $0.text, adequacy: $0.adequacy.rawValue, adequacyTh: $0.adequacy.thai)
        }
        inherent = risk.scores[.inherent].map { ScoreCell($0, ledger: ledger) }
        current = risk.scores[.current].map { ScoreCell($0, ledger: ledger) }
        residual = risk.scores[.residual].map { ScoreCell($0, ledger: ledger) }
        owner = identified.owner.map { sources.directory.member($0)?.name ?? $0 } ?? ""
        measures = ledger.measures(for: risk.id).map(\.id.description)
        let status = ledger.status(of: risk, on: sources.period.judgedOn)
        self.status = status.thai
        statusCode = status.rawValue
    }
}

/// How many risks sit in one band, before and after.
public struct BandCount: Sendable, Hashable, Codable {
    public var band: String
    /// The band's Thai name (`band_th` in JSON).
    public var name: String
    public var color: String
    public var rank: Int
    public var inherent: Int
    public var residual: Int

    enum CodingKeys: String, CodingKey { case band, name = "bandTh", color, rank, inherent, residual }
}

enum RiskFigures {
    /// Written in place of the causes of a risk entered from a red flag.
    static let flagCausesWithheld =
        """
        ข้อสังเกตจากการวิเคราะห์ข้อมูลการจัดซื้อจัดจ้าง รายละเอียด (คู่สัญญา ข้อกล่าวหา) \
        เป็นข้อมูลภายในของผู้ตรวจสอบภายในและนิติกร
        """

    /// The risks entered from a red flag (`flags escalate --to-risk`). Their causes are the flag's finding —
    /// a firm, its tax id and what is alleged against a named procurement — which a public report (O34 and
    /// O35 go on the agency's website) must not carry before anything is proven. Known from the flags'
    /// links, and from the wording the escalation gives the risk's event (`… (ข้อสังเกต RF-2568-0001)`) for
    /// a store whose flags cannot be read.
    static func flagged(_ risks: [Risk], _ sources: ReportSources) async -> Set<String> {
        let linked =
            (try? await RedFlagQueries.escalatedRiskIDs(sources.store, fiscalYear: sources.period.fiscalYear)) ?? []
        let worded = risks.filter { $0.identified.event.contains("(ข้อสังเกต RF-") }.map(\.id.description)
        return Set(linked + worded)
    }

    /// The header of the confidential version (`--internal`): ลับ before the title, and a line saying why.
    static func markedConfidential(_ header: ReportHeader, flagged: [String]) -> ReportHeader {
        var header = header
        header.privacy = .confidential
        header.title = LocalizedLabel(th: "ลับ — \(header.title.th)", en: "CONFIDENTIAL — \(header.title.en)")
        header.basis.append(
            """
            ฉบับภายใน (ลับ): แสดงรายละเอียดข้อสังเกตการจัดซื้อจัดจ้างของความเสี่ยง \
            \(flagged.isEmpty ? "-" : flagged.sorted().joined(separator: ", ")) \
            สำหรับผู้ตรวจสอบภายในและนิติกรเท่านั้น ห้ามเผยแพร่
            """
        )
        return header
    }

    /// The note a report adds (under "ไม่แสดง", left out) when it withheld flagged risks' causes.
    static func withheldNote(_ ids: [String]) -> String? {
        ids.isEmpty
            ? nil
            : """
            รายละเอียดข้อสังเกต (คู่สัญญา เลขประจำตัวผู้เสียภาษี ข้อกล่าวหา) \
            ของความเสี่ยงที่มาจากข้อสังเกตการจัดซื้อจัดจ้าง: \(ids.sorted().joined(separator: ", "))
            """
    }

    /// Risks of the year (of one department) by id.
    static func risks(_ sources: ReportSources, department: String?) -> [Risk] {
        sources.ledger.risks(in: sources.period.fiscalYear).filter {
            department == nil || $0.identified.department == department
        }
    }

    /// Counts per band of the matrices the risks use, highest band first.
    static func bandCounts(_ risks: [Risk], ledger: RiskLedger) -> [BandCount] {
        var bands: [String: BandCount] = [:]
        for key in Set(risks.flatMap { $0.scores.values.map(\.matrix) }) {
            for band in ledger.matrix(key)?.bands ?? [] where bands[band.id] == nil {
                bands[band.id] = BandCount(
                    band: band.id, name: band.name.th, color: band.color, rank: band.rank, inherent: 0, residual: 0)
            }
        }
        for risk in risks {
            if let inherent = risk.scores[.inherent] { bands[inherent.band]?.inherent += 1 }
            if let residual = risk.scores[.residual] { bands[residual.band]?.residual += 1 }
        }
        return bands.values.sorted { $0.rank > $1.rank }
    }
}

/// The annual corruption-risk assessment (O34): every risk of the year with its process, category, causes,
/// existing controls and their adequacy, its scores and level, owner and measures, and the heatmap.
public struct RiskAssessmentReport: Sendable, Hashable, Encodable {
    public var header: ReportHeader
    public var risks: [RiskRow]
    public var bands: [BandCount]
    /// The inherent → residual heatmaps (one per matrix version used).
    public var heatmaps: [Heatmap]

    enum CodingKeys: String, CodingKey { case header, risks, bands, heatmaps }

    /// The report's values, each heatmap as its ``HeatmapJSON`` view.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(header, forKey: .header)
        try container.encode(risks, forKey: .risks)
        try container.encode(bands, forKey: .bands)
        try container.encode(heatmaps.map(HeatmapJSON.init), forKey: .heatmaps)
    }

    /// Builds the assessment of `sources`' year, optionally of one department. Risks entered from a red
    /// flag are listed without the flag's finding (``RiskFigures/flagged(_:_:)``), unless `confidential` (the
    /// confidential version, marked ลับ; ``ReportBuilder`` lets only reviewers ask for it).
    public static func build(
        _ sources: ReportSources, department: String? = nil, confidential: Bool = false
    ) async -> RiskAssessmentReport {
        let risks = RiskFigures.risks(sources, department: department)
        let found = await RiskFigures.flagged(risks, sources)
        let flagged = confidential ? [] : found
        var omitted: [String] = []
        if risks.isEmpty { omitted.append("ไม่มีความเสี่ยงในทะเบียนของปีงบประมาณ \(sources.period.fiscalYear.be)") }
        let unscored = risks.filter { $0.scores[.inherent] == nil }.map(\.id.description)
        if !unscored.isEmpty {
            omitted.append("ยังไม่ได้ประเมินระดับความเสี่ยงก่อนการควบคุม: \(unscored.joined(separator: ", "))")
        }
        if let note = RiskFigures.withheldNote(risks.map(\.id.description).filter(flagged.contains)) {
            omitted.append(note)
        }
        let header = ReportHeader(
            kind: .o34, sources: sources, subtitle: sources.period.yearHeading, department: department,
            basis: ["ทะเบียนความเสี่ยงการทุจริตและผลการประเมินของคณะทำงาน (โอกาส × ผลกระทบ ตามเมทริกซ์ที่หน่วยงานกำหนด)"],
            omitted: omitted
        )
        return RiskAssessmentReport(
            header: confidential
                ? RiskFigures.markedConfidential(header, flagged: risks.map(\.id.description).filter(found.contains))
                : header,
            risks: risks.map { RiskRow($0, sources, fromFlag: flagged.contains($0.id.description)) },
            bands: RiskFigures.bandCounts(risks, ledger: sources.ledger),
            heatmaps: sources.ledger.heatmaps(
                fiscalYear: sources.period.fiscalYear, department: department, kinds: [.inherent, .residual])
        )
    }
}

/// Managing the risks in a round (O35): each risk with its measures and their progress, the risks without a
/// measure, what needs attention, and the heatmap of movement from inherent to residual.
public struct RiskManagementReport: Sendable, Hashable, Encodable {
    /// A risk with the measures that treat it.
    public struct Treatment: Sendable, Hashable, Codable {
        public var risk: RiskRow
        public var measures: [FollowUpLine]
    }

    public var header: ReportHeader
    public var treatments: [Treatment]
    public var counts: StatusCounts
    /// Warnings on the judging day (residual above current, overdue, expired acceptances), in Thai.
    public var warnings: [String]
    public var heatmaps: [Heatmap]

    enum CodingKeys: String, CodingKey { case header, treatments, counts, warnings, heatmaps }

    /// The report's values, each heatmap as its ``HeatmapJSON`` view.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(header, forKey: .header)
        try container.encode(treatments, forKey: .treatments)
        try container.encode(counts, forKey: .counts)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(heatmaps.map(HeatmapJSON.init), forKey: .heatmaps)
    }

    /// Builds the round's management report, optionally of one department. Risks entered from a red flag
    /// are listed without the flag's finding (``RiskFigures/flagged(_:_:)``), unless `confidential` (the
    /// confidential version, marked ลับ; ``ReportBuilder`` lets only reviewers ask for it).
    public static func build(
        _ sources: ReportSources, department: String? = nil, confidential: Bool = false
    ) async -> RiskManagementReport {
        let risks = RiskFigures.risks(sources, department: department)
        let found = await RiskFigures.flagged(risks, sources)
        let flagged = confidential ? [] : found
        let treatments = risks.map { risk in
            Treatment(
                risk: RiskRow(risk, sources, fromFlag: flagged.contains(risk.id.description)),
                measures: sources.ledger.measures(for: risk.id).map { Lines.line($0, sources) })
        }
        let lines = Array(Set(treatments.flatMap(\.measures))).sorted { $0.id < $1.id }
        let ids = Set(risks.map(\.id.description))
        let warnings = sources.ledger.warnings(fiscalYear: sources.period.fiscalYear, on: sources.period.judgedOn)
            .filter { warning in
                department == nil || ids.contains(warning.subject) || lines.contains { $0.id == warning.subject }
            }
            .map { "\($0.subject): \($0.message.th)" }
        let header = ReportHeader(
            kind: .o35, sources: sources, department: department,
            basis: ["ทะเบียนความเสี่ยงการทุจริต มาตรการที่เชื่อมโยงกับความเสี่ยง และผลการดำเนินงานที่รายงานในรอบ"],
            omitted: (risks.isEmpty ? ["ไม่มีความเสี่ยงในทะเบียนของปีงบประมาณ \(sources.period.fiscalYear.be)"] : [])
                + [RiskFigures.withheldNote(risks.map(\.id.description).filter(flagged.contains))].compactMap { $0 }
        )
        return RiskManagementReport(
            header: confidential
                ? RiskFigures.markedConfidential(header, flagged: risks.map(\.id.description).filter(found.contains))
                : header,
            treatments: treatments, counts: StatusCounts(lines), warnings: warnings,
            heatmaps: sources.ledger.heatmaps(
                fiscalYear: sources.period.fiscalYear, department: department, kinds: [.inherent, .residual])
        )
    }
}
