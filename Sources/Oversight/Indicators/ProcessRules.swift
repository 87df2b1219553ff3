import Procurement
import Sujarit

/// The procedure as the announcement timeline shows it.
///
/// - process-changes: a department whose projects are often cancelled or amended (D1 invitation cancelled,
///   D2 amended, W1 award cancelled, W2 award amended), compared with every department's rate (Q3 + k·IQR)
///   and never below the configured floor (GTI: unusual procedure).
/// - fast-award: days from the invitation (D0) to the winner (W0) far below the method's norm: below Q1 −
///   k·IQR of that method's days in the data, or the configured minimum when the method has too few projects
///   (cardinal-rs R003 short submission period; GTI: unusual decision period).
/// - no-invitation: a winner announced with no invitation on record, for a method that must publish one
///   (GTI: no published call for tenders).
enum ProcessRules {
    /// D1, D2, W1 and W2.
    static func isChange(_ type: AnnouncementType) -> Bool {
        switch type {
        case .invitationCancelled, .invitationAmended, .awardCancelled, .awardAmended: true
        default: false
        }
    }

    /// A department-year's change rate waiting for the population's fence.
    struct ChangeMeasure {
        var rate: Double
        var candidate: FlagCandidate
    }

    /// A project's invitation-to-winner days waiting for its method's fence.
    struct SpeedMeasure {
        var method: String
        var days: Int
        var candidate: FlagCandidate
    }

    /// Each department-year with enough projects: its change rate and, when it could be flagged, the candidate.
    static func changes(
        _ batch: DepartmentBatch, settings: RedFlagSettings
    ) -> (samples: [Double], pending: [ChangeMeasure]) {
        let rule = settings.process
        var samples: [Double] = []
        var pending: [ChangeMeasure] = []
        var byYear: [Int: (projects: Int, changed: [Int])] = [:]
        for (index, project) in batch.projects.enumerated() where !project.timeline.isEmpty {
            let year = project.fiscalYear.be
            var entry = byYear[year] ?? (0, [])
            entry.projects += 1
            if project.timeline.contains(where: { isChange($0.type) }) { entry.changed.append(index) }
            byYear[year] = entry
        }
        for (beYear, entry) in byYear.sorted(by: { $0.key < $1.key }) {
            let year = FiscalYear(be: beYear)
            guard entry.projects >= rule.minimumProjects else { continue }
            let changed = entry.changed.map { batch.projects[$0] }.sorted { $0.projectID < $1.projectID }
            let rate = Double(changed.count) / Double(entry.projects)
            samples.append(rate)
            guard changed.count >= rule.minimumChanged, rate >= rule.floorRate else { continue }
            var figures = [
                Figure(.changed, .count(changed.count)), Figure(.projects, .count(entry.projects)),
                Figure(.share, .share(rate)),
            ]
            for type in [AnnouncementType.invitationCancelled, .invitationAmended, .awardCancelled, .awardAmended] {
                let count = changed.filter { $0.timeline.contains { $0.type == type } }.count
                if count > 0 { figures.append(Figure(name: "type-\(type.code)", value: .count(count))) }
            }
            let evidence = FlagEvidence(projects: changed.map { ProjectFact($0) }, figures: figures)
            pending.append(
                ChangeMeasure(
                    rate: rate,
                    candidate: FlagCandidate(
                        indicator: .processChanges, fiscalYear: year, departmentID: batch.departmentID,
                        unit: batch.unit.code,
                        subject: [batch.departmentID, String(year.be)], evidence: evidence,
                        records: changed.map(\.projectID.rawValue)
                    )))
        }
        return (samples, pending)
    }

    /// The project's invitation-to-winner days, when it has both and its method has a norm; the measure
    /// is pending only when it is short enough to be flagged under `fast_award.max_days`.
    static func speed(
        _ project: ProcurementProject, unit: BuyingUnit, settings: RedFlagSettings
    ) -> (method: String, days: Int, pending: SpeedMeasure?)? {
        guard !project.timeline.isEmpty, let method = project.method?.key, settings.fastAward.minimumDays[method] != nil
        else { return nil }
        let (invited, won) = firstInvitationAndWinner(project)
        guard let invited, let won else { return nil }
        let days = DayNumber.of(won) - DayNumber.of(invited)
        guard days < settings.fastAward.maximumDays else { return (method, days, nil) }
        let evidence = FlagEvidence(
            projects: [ProjectFact(project)], supplier: project.contracts.first?.winner,
            figures: [Figure(.days, .days(days)), Figure(.invitation, .date(invited)), Figure(.winner, .date(won))]
        )
        let candidate = FlagCandidate(
            indicator: .fastAward, fiscalYear: project.fiscalYear, departmentID: project.departmentID, unit: unit.code,
            subject: [project.projectID.rawValue], evidence: evidence, records: [project.projectID.rawValue]
        )
        return (method, days, SpeedMeasure(method: method, days: days, candidate: candidate))
    }

    /// The first invitation (D0) and the winner announcement: the award in force when a cancellation (W1)
    /// withdrew an earlier one and the project was awarded again, else the first (``AwardHistory``).
    static func firstInvitationAndWinner(_ project: ProcurementProject) -> (CalendarDate?, CalendarDate?) {
        var invited: CalendarDate?
        var awards = 0
        for entry in project.timeline {
            switch entry.type {
            case .invitation: if invited.map({ entry.published < $0 }) ?? true { invited = entry.published }
            case .winner: awards += 1
            default: break
            }
        }
        // One award, the usual case, needs no history.
        let won = awards == 1 ? project.firstPublished(.winner) : awards > 1 ? project.winnerAnnouncedDay : nil
        return (invited, won)
    }

    /// no-invitation for one project.
    static func missingInvitation(
        _ project: ProcurementProject, unit: BuyingUnit, settings: RedFlagSettings
    ) -> FlagCandidate? {
        guard !project.timeline.isEmpty, let method = project.method?.key,
            settings.process.invitationRequired.contains(method)
        else { return nil }
        let (invited, won) = firstInvitationAndWinner(project)
        guard let won, invited == nil else { return nil }
        let evidence = FlagEvidence(
            projects: [ProjectFact(project)], supplier: project.contracts.first?.winner,
            figures: [Figure(.winner, .date(won))]
        )
        return FlagCandidate(
            indicator: .noInvitation, fiscalYear: project.fiscalYear, departmentID: project.departmentID,
            unit: unit.code,
            subject: [project.projectID.rawValue], evidence: evidence, records: [project.projectID.rawValue]
        )
    }
}

extension Figure {
    /// A figure with a free-form name, for counts per announcement type.
    init(name: String, value: FigureValue) {
        self.name = name
        self.value = value
    }
}
