import Agency
import AuditPlans
import Declarations
import GiftLog
import ITA
import RiskRegister
import Sujarit

extension DueCalendar {
    /// What `sujarit due` asks for: the day, how far ahead, whose items, and who reads them.
    public struct Request: Sendable {
        /// Days ahead for every kind; nil takes each kind's look-ahead from the calendar file.
        public var days: Int?
        /// Only this owner's items (a staff id or a department code).
        public var owner: String?
        /// Who reads the calendar: names of people who owe declarations and gift reports only for reviewers.
        public var reader: StaffMember?

        /// Creates the value from its parts.
        public init(days: Int? = nil, owner: String? = nil, reader: StaffMember?) {
            self.days = days
            self.owner = owner
            self.reader = reader
        }
    }

    /// The calendar judged on `sources`' judging day, from the registers' query APIs on `sources.store`.
    ///
    /// - parameters:
    ///   - rules: The calendar file (days, look-aheads, owners).
    ///   - annual: Who must make the annual declaration; nil when the agency has no such file.
    ///   - windows: The ITA's windows by fiscal year (the year's catalogue, else the calendar file).
    public static func build(
        _ sources: ReportSources, rules: CalendarRules, annual: AnnualDeclarationRules?,
        windows: [FiscalYear: [DueWindow]], request: Request
    ) async throws -> DueCalendar {
        let collector = DueCollector(sources: sources, rules: rules, days: request.days)
        var items = collector.reports() + collector.windows(windows) + collector.measures()
        items += try await collector.auditRecommendations() + collector.engagements() + collector.charterReview()
        items += try await collector.gifts()
        var omitted: [String] = []
        if let annual, rules.annualDeclaration != nil {
            items += try await collector.declarations(annual)
        } else {
            omitted.append(
                annual == nil
                    ? "ไม่มีไฟล์ Registers/annual-declarations.yaml จึงไม่แสดงผู้ที่ยังไม่ยื่นแบบแสดงการมีส่วนได้เสียประจำปี"
                    : "calendar.yaml ไม่ได้กำหนดวันยื่นแบบแสดงการมีส่วนได้เสียประจำปี (annual_declaration)")
        }
        let asOf = sources.period.judgedOn
        let full = DueCalendar(
            agency: sources.agency, asOf: asOf, through: request.days.map { asOf.adding(days: $0) },
            owner: request.owner, items: items, view: .full,
            basis: [
                "กำหนดวันจาก \(rules.source) (Registers/calendar.yaml ฉบับที่ \(rules.version))",
                "มาตรการ ข้อเสนอแนะ แผนการตรวจสอบ การยื่นแบบแสดงการมีส่วนได้เสีย และบันทึกของขวัญ ตามที่บันทึกไว้ "
                    + "ณ วันที่ \(asOf.formatted(.thaiMedium))",
            ],
            omitted: omitted)
        var visible = PersonalDataAccess(reader: request.reader, registers: personalRegisters).visible(full)
        if let owner = request.owner {
            visible.items = visible.items.filter { $0.owner.matches(owner) }
        }
        return visible
    }
}

/// Turns each register's records into items, judged on one day with one set of look-aheads.
struct DueCollector: Sendable {
    let sources: ReportSources
    let rules: CalendarRules
    let days: Int?

    var asOf: CalendarDate { sources.period.judgedOn }
    var year: FiscalYear { FiscalYear.containing(asOf) }

    /// The last day an item of a kind looking `lookAhead` days ahead appears on.
    func horizon(_ lookAhead: Int?) -> CalendarDate { asOf.adding(days: days ?? lookAhead ?? rules.lookAheadDays) }

    func late(_ due: CalendarDate) -> Int { due < asOf ? due.days(until: asOf) : 0 }

    /// The measures' round reports of this year, and last year's annual one, while a measure of the year has
    /// not reported for the round. A measure done earlier counts as reported, and an annual update answers the
    /// six-month round too (last year's six-month report is overtaken by its annual one). A year without
    /// measures has nothing to report here.
    func reports() -> [DueItem] {
        [year.previous, year].flatMap { fiscalYear in
            rules.reports.compactMap { deadline -> DueItem? in
                guard fiscalYear == year || deadline.round == .annual else { return nil }
                let due = deadline.due.date(in: fiscalYear)
                let measures = sources.ledger.measures(in: fiscalYear)
                guard !measures.isEmpty, due <= horizon(deadline.lookAheadDays) else { return nil }
                let missing = measures.filter { measure in
                    !measure.progress.contains { update in
                        update.asOf <= asOf
                            && (update.round == deadline.round || update.round == .annual || update.status == .done)
                    }
                }
                guard !missing.isEmpty else { return nil }
                let ids = missing.map(\.id.description).sorted()
                // The OIT item it answers, by purpose: the NACC renumbers the list every year.
                let item = deadline.purpose.flatMap { purpose in
                    sources.itaCatalogues?.catalogue(fiscalYear, type: sources.agencyType)?.item(purpose: purpose)
                }
                return DueItem(
                    id: "report/\(fiscalYear.be)/\(deadline.key)", kind: .report, reference: deadline.key,
                    title: "\(deadline.title.th) \(fiscalYear.thaiLabel)" + (item.map { " (OIT \($0.label))" } ?? ""),
                    detail:
                        "ยังไม่รายงานผล \(missing.count) จาก \(measures.count) มาตรการ: \(ids.joined(separator: ", "))",
                    owner: CalendarRules.owner(deadline.owner, directory: sources.directory, on: asOf), due: due,
                    daysLate: late(due), source: deadline.source)
            }
        }
    }

    /// The ITA's windows open on the day or opening within the look-ahead.
    func windows(_ windows: [FiscalYear: [DueWindow]]) -> [DueItem] {
        let owner = CalendarRules.owner(rules.itaOwner, directory: sources.directory, on: asOf)
        return [year, year.next].flatMap { fiscalYear in
            (windows[fiscalYear] ?? []).filter { $0.to >= asOf && $0.from <= horizon(rules.itaLookAheadDays) }.map {
                window in
                DueItem(
                    id: "ita/\(fiscalYear.be)/\(window.key)", kind: .itaWindow, reference: window.key,
                    title: "ITA \(fiscalYear.be): \(window.title.th)" + (window.confirmed ? "" : " (วันที่ยังไม่ยืนยัน)"),
                    detail: "\(window.from.formatted(.thaiMedium)) – \(window.to.formatted(.thaiMedium))",
                    owner: owner, starts: window.from, due: window.to, daysLate: 0, source: window.source)
            }
        }
    }

    /// Measures not done, due by the look-ahead, as their last update on or before the day leaves them.
    func measures() -> [DueItem] {
        sources.ledger.measures.values.compactMap { measure -> DueItem? in
            guard let due = Lines.due(measure), due <= horizon(nil) else { return nil }
            let update = measure.progress.last { $0.asOf <= asOf }
            let status = update?.status ?? .notStarted
            guard status != .done else { return nil }
            let planned = measure.planned
            let owner = DueOwner(
                written: planned.owner, department: planned.department, directory: sources.directory, on: asOf)
            var detail = status.thai + (update.map { " (รายงาน ณ \($0.asOf.formatted(.thaiMedium)))" } ?? "")
            if owner.name != planned.owner { detail += " · ผู้รับผิดชอบตามแผน: \(planned.owner)" }
            return DueItem(
                id: "measure/\(measure.id)", kind: .riskMeasure, reference: measure.id.description,
                title: planned.title,
                detail: detail, owner: owner, due: due, daysLate: late(due))
        }
    }

    /// Audit recommendations not carried out (or accepted), due by the look-ahead.
    func auditRecommendations() async throws -> [DueItem] {
        try await Lines.audit(sources).compactMap { item -> DueItem? in
            let line = item.line
            guard !line.status.isFinal, let due = line.due, due <= horizon(nil) else { return nil }
            return DueItem(
                id: "audit-recommendation/\(line.id)", kind: .auditRecommendation, reference: line.id,
                title: line.title, detail: "\(item.finding.id): \(item.finding.title) · \(line.status.label.th)",
                owner: DueOwner(staff: item.recommendation.actionOwner, directory: sources.directory), due: due,
                daysLate: late(due))
        }
    }

    /// Engagements of an approved plan (this year's and last year's) not closed by the end of their period.
    func engagements() async throws -> [DueItem] {
        var items: [DueItem] = []
        for fiscalYear in [year.previous, year] {
            let plan = try await AuditPlan.load(fiscalYear, from: sources.store)
            guard plan.approval != nil else { continue }
            for entry in AuditYearStatus(plan: plan, followUps: [], asOf: asOf).entries {
                let due = entry.entry.period.dates(in: fiscalYear).upperBound
                guard (entry.closedOn.map { $0 > asOf } ?? true), due <= horizon(nil) else { continue }
                let started = entry.startedOn.map { $0 <= asOf } ?? false
                items.append(
                    DueItem(
                        id: "audit-engagement/\(fiscalYear.be)/\(entry.entry.subject)", kind: .auditEngagement,
                        reference: entry.entry.subject, title: entry.entry.title,
                        detail: "\(entry.entry.period.thai(in: fiscalYear)) · "
                            + (started ? AuditYearStatus.Stage.inProgress : .planned).label.th,
                        owner: entry.entry.auditor.map { DueOwner(staff: $0, directory: sources.directory) }
                            ?? CalendarRules.owner(.role(.auditor), directory: sources.directory, on: asOf),
                        due: due, daysLate: late(due)))
            }
        }
        return items
    }

    /// The yearly review of the charter in force (the newest approved version), due by the look-ahead: the
    /// standard asks the head of agency to review it every year.
    func charterReview() async throws -> [DueItem] {
        guard let charter = try await AuditQueries.charters(sources.store).first(where: { $0.approvedOn != nil }),
            let due = charter.nextReviewOn, due <= horizon(nil)
        else { return [] }
        return [
            DueItem(
                id: "audit-charter/\(charter.version)/\(due.formatted(.iso))", kind: .auditCharter,
                reference: "v\(charter.version)", title: "ทบทวนกฎบัตรการตรวจสอบภายใน ฉบับที่ \(charter.version)",
                detail: "อนุมัติเมื่อ \(charter.approvedOn.map { $0.formatted(.thaiMedium) } ?? "-")",
                owner: CalendarRules.owner(.role(.auditor), directory: sources.directory, on: asOf),
                due: due, daysLate: late(due))
        ]
    }

    /// Gifts that must be reported to the head and were not by the day, due by the look-ahead.
    func gifts() async throws -> [DueItem] {
        try await GiftLogService(store: sources.store).assessedEntries(asOf: asOf).compactMap { gift -> DueItem? in
            let logged = gift.entry.logged
            guard logged.date <= asOf, let due = gift.assessment.dueOn, due <= horizon(nil),
                gift.assessment.reportStatus == .missing || gift.assessment.reportStatus == .notYetDue
            else { return nil }
            return DueItem(
                id: "gift/\(gift.entry.id)", kind: .giftReport, reference: gift.entry.id.description,
                title: "รายงานการรับ\(logged.description) จาก \(logged.counterparty.name) ต่อผู้บังคับบัญชา",
                detail: "รับเมื่อ \(logged.date.formatted(.thaiMedium)) มูลค่า \(logged.value.formatted()) บาท "
                    + "(\(gift.assessment.verdict.label.th))",
                owner: DueOwner(staff: logged.person, directory: sources.directory), due: due, daysLate: late(due))
        }
    }

    /// Who must make the annual declaration of this year (and of next year, when its day is within the
    /// look-ahead) and has none in force.
    func declarations(_ annual: AnnualDeclarationRules) async throws -> [DueItem] {
        guard let rule = rules.annualDeclaration else { return [] }
        var items: [DueItem] = []
        for fiscalYear in [year, year.next] {
            let due = rule.due.date(in: fiscalYear)
            guard due <= horizon(rule.lookAheadDays) else { continue }
            let obligations = try await DeclarationQueries.annualObligations(
                sources.store, fiscalYear: fiscalYear, rules: annual, directory: sources.directory)
            for obligation in obligations where obligation.state != .declared {
                items.append(
                    DueItem(
                        id: "annual-declaration/\(fiscalYear.be)/\(obligation.staffID)", kind: .annualDeclaration,
                        reference: obligation.staffID,
                        title: "ยื่นแบบแสดงการมีส่วนได้เสียประจำ\(fiscalYear.thaiLabel)",
                        detail: "\(obligation.position) · \(obligation.state.label.th)",
                        owner: DueOwner(staff: obligation.staffID, directory: sources.directory), due: due,
                        daysLate: late(due), source: rule.source))
            }
        }
        return items
    }
}
