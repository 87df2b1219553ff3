import Agency
import Declarations
import EventStore
import GiftLog
import ITA
import Oversight
import Presentation
import RiskRegister
import Sujarit

/// One or two pages for the executives: the ITA score and its weakest questions, the risks and their
/// movement, the measures done, in progress and overdue, gifts over the limit and late reports, declarations
/// missing, audit recommendations overdue, and what changed since the last round.
///
/// Each section is built from its module's data and is absent (nil) when the module has nothing for the
/// year, so the page never shows a figure that was not recorded. Names of people are never shown here:
/// the summary goes to executives, who see totals (see the gift and declaration registers' access rules).
public struct ExecutiveSummary: Sendable, Hashable, Encodable {
    /// The risk picture.
    public struct Risks: Sendable, Hashable, Encodable {
        public var total: Int
        public var scored: Int
        public var bands: [BandCount]
        /// Risks whose residual target is lower than, equal to, or above the inherent level.
        public var lowered: Int
        public var unchanged: Int
        public var raised: Int
        /// The highest inherent risks, at most three.
        public var top: [RiskRow]
        public var heatmap: Heatmap?

        enum CodingKeys: String, CodingKey { case total, scored, bands, lowered, unchanged, raised, top, heatmap }

        /// The figures, the heatmap as its ``HeatmapJSON`` view (`null` when nothing is scored).
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(total, forKey: .total)
            try container.encode(scored, forKey: .scored)
            try container.encode(bands, forKey: .bands)
            try container.encode(lowered, forKey: .lowered)
            try container.encode(unchanged, forKey: .unchanged)
            try container.encode(raised, forKey: .raised)
            try container.encode(top, forKey: .top)
            try container.encode(heatmap.map(HeatmapJSON.init), forKey: .heatmap)
        }
    }

    /// Measures of the year (risk and integrity).
    public struct Measures: Sendable, Hashable, Codable {
        public var counts: StatusCounts
        /// The overdue ones, longest overdue first, at most three (the follow-up report lists them all).
        public var overdue: [FollowUpLine]
    }

    /// The No Gift Policy figures of the round (totals only).
    public struct Gifts: Sendable, Hashable, Codable {
        public var entries: Int
        public var overThreshold: Int
        public var late: Int
        public var missing: Int
        public var awaitingDecision: Int
        public var fromPartiesDealingWithAgency: Int
        public var policyDeclared: Bool
        public var activities: Int
        public var threshold: Money
        @JSONNull public var nilStatement: String? = nil
    }

    /// Declarations of interest.
    public struct Declarations: Sendable, Hashable, Codable {
        /// Procurement committees recorded for the year, their seats and how many are not covered.
        public var committees: Int
        public var seats: Int
        public var declared: Int
        public var missing: Int
        /// Annual declarations in force, and the staff serving in the year.
        public var annualFiled: Int
        public var staffServing: Int
    }

    /// Internal-audit recommendations.
    public struct Audit: Sendable, Hashable, Codable {
        public var counts: StatusCounts
        /// The overdue ones, longest overdue first, at most two.
        public var overdue: [FollowUpLine]
    }

    /// Red flags raised on the year's procurement (Oversight), without names: executives see indicators,
    /// units and firms, the evidence stays with the auditor (`sujarit flags explain`).
    public struct RedFlags: Sendable, Hashable, Codable {
        /// One flag as the page lists it.
        public struct Line: Sendable, Hashable, Codable {
            public var id: String
            public var indicator: String
            public var unit: String
            @JSONNull public var supplier: String? = nil
            public var projects: Int
            public var status: String
        }

        public var total: Int
        public var open: Int
        public var escalated: Int
        public var dismissed: Int
        /// Open flags first, then escalated; at most three.
        public var top: [Line]
    }

    /// One figure now and at the previous round.
    public struct Change: Sendable, Hashable, Codable {
        public var label: String
        /// As the page prints it (`17%`, `96.29 (ปี 2566)`), nil when there is no previous round.
        @JSONNull public var previous: String? = nil
        /// As the page prints it (`50%`, `96.29 AA`).
        public var current: String
        /// +1 better, −1 worse, 0 the same, nil when it cannot be compared.
        @JSONNull public var trend: Int? = nil
        /// The figure as a number for scripts (a count, a percentage, an ITA score).
        public var currentValue: Double
        @JSONNull public var previousValue: Double? = nil
        /// What the number counts: `count`, `percent` or `ita-score`.
        public var unit: String

        /// Scripts read the numbers as `current` and `previous`, the printed wording as `current_text` and
        /// `previous_text`.
        enum CodingKeys: String, CodingKey {
            case label, previous = "previousText", current = "currentText", trend, currentValue = "current"
            case previousValue = "previous", unit
        }
    }

    public var header: ReportHeader
    @JSONNull public var ita: ITABriefing? = nil
    @JSONNull public var risks: Risks? = nil
    @JSONNull public var measures: Measures? = nil
    @JSONNull public var gifts: Gifts? = nil
    @JSONNull public var declarations: Declarations? = nil
    @JSONNull public var audit: Audit? = nil
    @JSONNull public var redFlags: RedFlags? = nil
    /// The previous round's label, e.g. `ประจำปี 2567`.
    public var previousLabel: String
    public var changes: [Change]
    /// Measures done by this round that were not done at the previous one.
    public var completedSinceLast: [String]
    /// Lines overdue now that were not overdue at the previous round.
    public var newlyOverdue: [String]

    /// Builds the summary of `sources`' round.
    public static func build(_ sources: ReportSources) async throws -> ExecutiveSummary {
        let now = try await Figures.collect(sources)
        let previousPeriod = sources.period.previous
        let before = try await Figures.collect(sources.with(period: previousPeriod))
        var omitted: [String] = []
        if now.redFlags == nil {
            omitted.append(
                now.redFlagsUnreadable.map { "สัญญาณเตือนความเสี่ยงการจัดซื้อจัดจ้าง (อ่านไม่ได้: \($0))" }
                    ?? "สัญญาณเตือนความเสี่ยงการจัดซื้อจัดจ้าง: ยังไม่มีผลการตรวจหาสัญญาณเตือนจากข้อมูลการจัดซื้อจัดจ้างของปีนี้")
        }
        if now.ita == nil { omitted.append("ยังไม่ได้บันทึกผลการประเมิน ITA ของปีนี้") }
        if now.risks == nil { omitted.append("ไม่มีความเสี่ยงในทะเบียนของปีงบประมาณ \(sources.period.fiscalYear.be)") }
        if now.audit == nil { omitted.append("ไม่มีข้อเสนอแนะจากการตรวจสอบภายในที่ต้องติดตาม") }
        if now.declarations == nil { omitted.append("ยังไม่มีการบันทึกคณะกรรมการจัดซื้อจัดจ้างหรือแบบแสดงการมีส่วนได้เสียของปีนี้") }
        let previousLabel = "\(previousPeriod.round?.thaiLabel ?? "") \(previousPeriod.fiscalYear.be)"
        return ExecutiveSummary(
            header: ReportHeader(
                kind: .executive, sources: sources,
                basis: [
                    """
                    ผล ITA ล่าสุดที่บันทึกไว้ ทะเบียนความเสี่ยงและมาตรการ ทะเบียนของขวัญ แบบแสดงการมีส่วนได้เสีย \
                    และทะเบียนติดตามผลการตรวจสอบ เทียบกับรอบก่อน (\(previousLabel)) จากบันทึกชุดเดียวกัน
                    """
                ],
                omitted: omitted
            ),
            ita: now.ita, risks: now.risks, measures: now.measures, gifts: now.gifts, declarations: now.declarations,
            audit: now.audit, redFlags: now.redFlags, previousLabel: previousLabel,
            changes: Figures.changes(now: now, before: before),
            completedSinceLast: now.lines.filter { line in
                line.status == .done && before.lines.first { $0.id == line.id }.map { $0.status != .done } ?? false
            }.map { "\($0.id) \($0.title)" },
            newlyOverdue: now.lines.filter { line in
                line.isOverdue && !(before.lines.first { $0.id == line.id }?.isOverdue ?? false)
            }.map { "\($0.id) \($0.title)" }
        )
    }
}

/// The figures of one period, collected once for the page and once for the previous round.
private struct Figures {
    var ita: ITABriefing?
    var risks: ExecutiveSummary.Risks?
    var measures: ExecutiveSummary.Measures?
    var gifts: ExecutiveSummary.Gifts?
    var declarations: ExecutiveSummary.Declarations?
    var audit: ExecutiveSummary.Audit?
    var redFlags: ExecutiveSummary.RedFlags?
    /// Why the red flags could not be read (a store without their read model), when so.
    var redFlagsUnreadable: String?
    /// Every measure and recommendation line, to compare rounds.
    var lines: [FollowUpLine]

    static func collect(_ sources: ReportSources) async throws -> Figures {
        let period = sources.period, year = period.fiscalYear
        let results = try await ITAService(store: sources.store).results().filter { $0.fiscalYear <= year }
        let ita = results.last.map { result in
            ITABriefing(
                result, previous: results.dropLast().last, ledger: sources.ledger, top: 5, measureYears: { $0 == year },
                period: period)
        }

        let risks = sources.ledger.risks(in: year)
        var riskSection: ExecutiveSummary.Risks?
        if !risks.isEmpty {
            let pairs = risks.compactMap { risk -> (Int, Int)? in
                guard let from = risk.scores[.inherent], let to = risk.scores[.residual] else { return nil }
                return (from.score, to.score)
            }
            let top = risks.filter { $0.scores[.inherent] != nil }
                .sorted { ($0.scores[.inherent]!.score, $1.id) > ($1.scores[.inherent]!.score, $0.id) }.prefix(3)
            riskSection = ExecutiveSummary.Risks(
                total: risks.count, scored: risks.filter { $0.scores[.inherent] != nil }.count,
                bands: RiskFigures.bandCounts(risks, ledger: sources.ledger),
                lowered: pairs.filter { $0.1 < $0.0 }.count, unchanged: pairs.filter { $0.1 == $0.0 }.count,
                raised: pairs.filter { $0.1 > $0.0 }.count,
                top: top.map { RiskRow($0, sources) },
                heatmap: sources.ledger.heatmaps(fiscalYear: year, kinds: [.inherent, .residual]).first
            )
        }

        let measureLines = Lines.measures(sources).map { Lines.line($0, sources) }
        let measures =
            measureLines.isEmpty
            ? nil
            : ExecutiveSummary.Measures(
                counts: StatusCounts(measureLines),
                overdue: Array(
                    measureLines.filter(\.isOverdue).sorted {
                        ($0.overdueDays ?? 0, $1.id) > ($1.overdueDays ?? 0, $0.id)
                    }.prefix(3))
            )

        let report = try await GiftLogService(store: sources.store).report(
            year: year, round: period.round ?? .annual, asOf: period.judgedOn)
        let gifts = ExecutiveSummary.Gifts(
            entries: report.entryCount, overThreshold: report.totals.mustBeReported, late: report.lateReports,
            missing: report.missingReports, awaitingDecision: report.awaitingDecision,
            fromPartiesDealingWithAgency: report.fromPartiesDealingWithAgency, policyDeclared: report.policy != nil,
            activities: report.activities.count, threshold: report.threshold, nilStatement: report.nilStatement?.th
        )

        let declarations = try await declarationFigures(sources)

        let auditLines = try await Lines.audit(sources).map(\.line)
        let audit =
            auditLines.isEmpty
            ? nil
            : ExecutiveSummary.Audit(
                counts: StatusCounts(auditLines),
                overdue: Array(
                    auditLines.filter(\.isOverdue).sorted {
                        ($0.overdueDays ?? 0, $1.id) > ($1.overdueDays ?? 0, $0.id)
                    }.prefix(2))
            )
        var redFlags: ExecutiveSummary.RedFlags?
        var unreadable: String?
        do {
            // Counted by the database, and only the three flags shown read: a national store holds a hundred
            // thousand flags a year, each with its evidence.
            var counts: [RedFlag.Status: Int] = [:]
            for line in try await RedFlagQueries.counts(sources.store, fiscalYear: year) {
                counts[line.status, default: 0] += line.count
            }
            let firstOpen = try await RedFlagQueries.first(
                3, in: sources.store, filter: RedFlagFilter(fiscalYear: year, status: .open))
            let firstEscalated = try await RedFlagQueries.first(
                3 - firstOpen.count, in: sources.store, filter: RedFlagFilter(fiscalYear: year, status: .escalated))
            let total = counts.values.reduce(0, +)
            if total > 0 {
                redFlags = ExecutiveSummary.RedFlags(
                    total: total, open: counts[.open] ?? 0, escalated: counts[.escalated] ?? 0,
                    dismissed: counts[.dismissed] ?? 0,
                    top: (firstOpen + firstEscalated).prefix(3).map { flag in
                        ExecutiveSummary.RedFlags.Line(
                            id: flag.id.description, indicator: flag.indicator.label.th,
                            unit: flag.unit.map(sources.departmentName) ?? flag.evidence.projects.first?.departmentName
                                ?? flag.departmentID,
                            supplier: flag.supplier,
                            projects: flag.projectCount, status: flag.status.label.th
                        )
                    }
                )
            }
        } catch {
            unreadable = error.localizedDescription
        }
        return Figures(
            ita: ita, risks: riskSection, measures: measures, gifts: gifts, declarations: declarations, audit: audit,
            redFlags: redFlags, redFlagsUnreadable: unreadable, lines: measureLines + auditLines
        )
    }

    /// Committees appointed in the year up to the judging day, their seats' coverage, and annual declarations.
    static func declarationFigures(_ sources: ReportSources) async throws -> ExecutiveSummary.Declarations? {
        let period = sources.period
        var streams: [StreamID: [RecordedEvent]] = [:]
        try await sources.store.forEachEvent(filter: EventFilter(types: [CommitteeRecorded.eventType])) {
            streams[$0.streamID, default: []].append($0)
        }
        var committees = 0, seats = 0, declared = 0
        for events in streams.values {
            guard let committee = try Committee.fold(events) else { continue }
            if let appointed = committee.appointedOn, !(period.fiscalYear.start...period.judgedOn).contains(appointed) {
                continue
            }
            guard let states = try await DeclarationQueries.seats(sources.store, project: committee.project) else {
                continue
            }
            committees += 1
            seats += states.count
            declared += states.filter { $0.state == .declared }.count
        }
        let year = period.fiscalYear
        let annual = try await DeclarationQueries.list(sources.store, filter: DeclarationFilter(fiscalYear: year))
            .filter { $0.kind == .annual && $0.isActive && $0.signedOn <= period.judgedOn }
        let serving = sources.directory.staff.filter { member in
            (member.since ?? year.start) <= period.judgedOn && (member.until ?? year.end) >= year.start
        }
        guard committees > 0 || !annual.isEmpty else { return nil }
        return ExecutiveSummary.Declarations(
            committees: committees, seats: seats, declared: declared, missing: seats - declared,
            annualFiled: Set(annual.map(\.declarant)).count, staffServing: serving.count
        )
    }

    /// The figures side by side with the previous round's.
    static func changes(now: Figures, before: Figures) -> [ExecutiveSummary.Change] {
        var changes: [ExecutiveSummary.Change] = []
        func add(_ label: String, _ previous: Int?, _ current: Int?, lowerIsBetter: Bool, suffix: String = "") {
            guard let current else { return }
            let trend = previous.map { previous in
                current == previous ? 0 : ((current < previous) == lowerIsBetter ? 1 : -1)
            }
            changes.append(
                ExecutiveSummary.Change(
                    label: label, previous: previous.map { "\($0)\(suffix)" }, current: "\(current)\(suffix)",
                    trend: trend, currentValue: Double(current), previousValue: previous.map(Double.init),
                    unit: suffix == "%" ? "percent" : "count"))
        }
        if let ita = now.ita {
            let previous = before.ita
            let trend = previous.map { ita.overall == $0.overall ? 0 : (ita.overall > $0.overall ? 1 : -1) }
            changes.append(
                ExecutiveSummary.Change(
                    label: "คะแนน ITA (ผลปี \(ita.fiscalYear.be))",
                    previous: previous.map { "\($0.overall) (ปี \($0.fiscalYear.be))" },
                    current: "\(ita.overall) \(ita.bandCode)", trend: trend,
                    currentValue: Double(ita.overall.hundredths) / 100,
                    previousValue: previous.map { Double($0.overall.hundredths) / 100 }, unit: "ita-score"
                ))
        }
        if let measures = now.measures {
            add(
                "มาตรการแล้วเสร็จ (ร้อยละ)", before.measures?.counts.percentDone, measures.counts.percentDone,
                lowerIsBetter: false, suffix: "%")
            add("มาตรการเกินกำหนด", before.measures?.counts.overdue, measures.counts.overdue, lowerIsBetter: true)
        }
        if let risks = now.risks {
            let high = { (r: ExecutiveSummary.Risks) in r.bands.filter { $0.rank >= 3 }.reduce(0) { $0 + $1.inherent } }
            add("ความเสี่ยงระดับสูงขึ้นไป (ก่อนการควบคุม)", before.risks.map(high), high(risks), lowerIsBetter: true)
        }
        if let gifts = now.gifts {
            add("ของขวัญที่ต้องรายงาน", before.gifts?.overThreshold, gifts.overThreshold, lowerIsBetter: true)
            add(
                "รายงานของขวัญล่าช้าหรือไม่ได้รายงาน", before.gifts.map { $0.late + $0.missing }, gifts.late + gifts.missing,
                lowerIsBetter: true)
        }
        if let declarations = now.declarations {
            add(
                "ที่นั่งกรรมการที่ยังไม่ยื่นแบบแสดงความบริสุทธิ์ใจ", before.declarations?.missing, declarations.missing,
                lowerIsBetter: true)
        }
        if let flags = now.redFlags {
            add(
                "สัญญาณเตือนที่ยังรอพิจารณา", before.redFlags?.open ?? (before.redFlagsUnreadable == nil ? 0 : nil),
                flags.open, lowerIsBetter: true)
        }
        if let audit = now.audit {
            add("ข้อเสนอแนะการตรวจสอบที่เกินกำหนด", before.audit?.counts.overdue, audit.counts.overdue, lowerIsBetter: true)
        }
        return changes
    }
}
