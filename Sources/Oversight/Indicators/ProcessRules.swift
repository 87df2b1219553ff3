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
    static let changeTypes: Set<AnnouncementType> = [.invitationCancelled, .invitationAmended, .awardCancelled, .awardAmended]

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
    static func changes(_ batch: DepartmentBatch, settings: RedFlagSettings) -> (samples: [Double], pending: [ChangeMeasure]) {
        let rule = settings.process
        var samples: [Double] = []
        var pending: [ChangeMeasure] = []
        let announced = batch.projects.filter { !$0.timeline.isEmpty }
        for (year, projects) in Dictionary(grouping: announced, by: \.fiscalYear).sorted(by: { $0.key < $1.key }) {
            guard projects.count >= rule.minimumProjects else { continue }
            let changed = projects.filter { $0.timeline.contains { changeTypes.contains($0.type) } }.sorted { $0.projectID < $1.projectID }
            let rate = Double(changed.count) / Double(projects.count)
            samples.append(rate)
            guard changed.count >= rule.minimumChanged, rate >= rule.floorRate else { continue }
            var figures = [Figure(.changed, .count(changed.count)), Figure(.projects, .count(projects.count)), Figure(.share, .share(rate))]
            for type in [AnnouncementType.invitationCancelled, .invitationAmended, .awardCancelled, .awardAmended] {
                let count = changed.filter { $0.timeline.contains { $0.type == type } }.count
                if count > 0 { figures.append(Figure(name: "type-\(type.code)", value: .count(count))) }
            }
            let evidence = FlagEvidence(projects: changed.map { ProjectFact($0) }, figures: figures)
            pending.append(ChangeMeasure(rate: rate, candidate: FlagCandidate(
                indicator: .processChanges, fiscalYear: year, departmentID: batch.departmentID, unit: batch.unit.code,
                subject: [batch.departmentID, String(year.be)], evidence: evidence, records: changed.map(\.projectID.rawValue)
            )))
        }
        return (samples, pending)
    }

    /// The project's invitation-to-winner days, when it has both and its method has a norm; the measure
    /// is pending only when it is short enough to be flagged under `fast_award.max_days`.
    static func speed(_ project: ProcurementProject, unit: BuyingUnit, settings: RedFlagSettings) -> (method: String, days: Int, pending: SpeedMeasure?)? {
        guard let method = project.method?.key, settings.fastAward.minimumDays[method] != nil,
              let invited = project.firstPublished(.invitation), let won = project.firstPublished(.winner) else { return nil }
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

    /// no-invitation for one project.
    static func missingInvitation(_ project: ProcurementProject, unit: BuyingUnit, settings: RedFlagSettings) -> FlagCandidate? {
        guard let method = project.method?.key, settings.process.invitationRequired.contains(method),
              let won = project.firstPublished(.winner), project.firstPublished(.invitation) == nil else { return nil }
        let evidence = FlagEvidence(
            projects: [ProjectFact(project)], supplier: project.contracts.first?.winner,
            figures: [Figure(.winner, .date(won))]
        )
        return FlagCandidate(
            indicator: .noInvitation, fiscalYear: project.fiscalYear, departmentID: project.departmentID, unit: unit.code,
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
