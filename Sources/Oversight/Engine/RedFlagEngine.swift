import Procurement
import Sujarit

/// Computes every red flag over a stream of projects, one department at a time, in flat memory.
///
/// Feed it projects grouped by department (any order within a department, departments in any order);
/// when a new department starts, the previous one's rules run and its projects are dropped. Candidates
/// that need no population statistic are ready at once (``takeCandidates()``); those compared with the
/// data's own quartiles wait, as small records, until ``finish()``. What stays in memory is one department's
/// projects, one record per department-year for the statistical rules, a histogram of days per method, and
/// the few projects short enough to be fast awards.
///
/// `flags run` and the benchmark both drive this type, so the benchmark times the code the product runs.
public struct RedFlagEngine {
    public let settings: RedFlagSettings
    let integrity: IntegrityRules
    let resolver: BuyerResolver

    private var classes: MethodClasses
    private var department: String?
    private var batch: [ProcurementProject] = []
    private var finished: Set<String> = []
    private var ready: [FlagCandidate] = []
    private var emitted: Set<String> = []

    private var bunchingSamples: [Double] = []
    private var bunchingPending: [BunchingRules.Measure] = []
    private var yearEndSamples: [Double] = []
    private var yearEndPending: [YearEndRules.Measure] = []
    private var changeSamples: [Double] = []
    private var changePending: [ProcessRules.ChangeMeasure] = []
    private var winHistogram: [Int: Int] = [:]
    private var winPending: [ConcentrationRules.Measure] = []
    private var speedHistograms: [String: [Int: Int]] = [:]
    private var speedPending: [ProcessRules.SpeedMeasure] = []
    private var giftMatches: [String: IntegrityRules.GiftMatch] = [:]
    private var seatProjects: [String: (project: ProjectFact, unit: String?)] = [:]

    /// How many projects were consumed.
    public private(set) var projectCount = 0

    public init(settings: RedFlagSettings, inputs: CrossCheckInputs = .none) {
        self.settings = settings
        integrity = IntegrityRules(settings: settings, inputs: inputs)
        resolver = BuyerResolver(settings: settings, inputs: inputs)
        classes = MethodClasses(settings: settings)
    }

    /// Takes one project. Projects of a department must come together.
    ///
    /// - throws: ``OversightError/projectsNotGrouped(department:)`` when a department reappears after
    ///   another one started.
    public mutating func consume(_ project: ProcurementProject) throws {
        if project.departmentID != department {
            flush()
            guard finished.insert(project.departmentID).inserted else {
                throw OversightError.projectsNotGrouped(department: project.departmentID)
            }
            department = project.departmentID
        }
        batch.append(project)
        projectCount += 1
    }

    /// The candidates found so far that need no population statistic, removing them from the engine.
    public mutating func takeCandidates() -> [FlagCandidate] {
        defer { ready.removeAll(keepingCapacity: true) }
        return ready
    }

    /// Runs the last department and the statistical rules, and returns every candidate not yet taken.
    public mutating func finish() -> [FlagCandidate] {
        flush()
        department = nil
        emitted.removeAll()
        let k = settings.fenceMultiplier, sample = settings.minimumSample, version = settings.version

        let bunchingFence = Statistics.fence(bunchingSamples, side: .upper, multiplier: k, minimumSample: sample, population: "department-year-lines")
        let (bunchingCut, bunchingCutOff) = Statistics.upperCutOff(fence: bunchingFence, floor: settings.bunching.floorRatio, setting: "bunching.floor_ratio", version: version) { .ratio($0) }
        for measure in bunchingPending where measure.ratio > bunchingCut || (measure.ratio == bunchingCut && bunchingCutOff.basis == .floor) {
            emit(measure.candidate, cutOff: bunchingCutOff)
        }

        let yearEndFence = Statistics.fence(yearEndSamples, side: .upper, multiplier: k, minimumSample: sample, population: "department-years")
        let (yearEndCut, yearEndCutOff) = Statistics.upperCutOff(fence: yearEndFence, floor: settings.yearEnd.floorRatio, setting: "year_end.floor_ratio", version: version) { .ratio($0) }
        for measure in yearEndPending where measure.ratio.map({ $0 > yearEndCut || ($0 == yearEndCut && yearEndCutOff.basis == .floor) }) ?? true {
            emit(measure.candidate, cutOff: yearEndCutOff)
        }

        let changeFence = Statistics.fence(changeSamples, side: .upper, multiplier: k, minimumSample: sample, population: "department-years")
        let (changeCut, changeCutOff) = Statistics.upperCutOff(fence: changeFence, floor: settings.process.floorRate, setting: "process.floor_rate", version: version) { .share($0) }
        for measure in changePending where measure.rate > changeCut || (measure.rate == changeCut && changeCutOff.basis == .floor) {
            emit(measure.candidate, cutOff: changeCutOff)
        }

        let winFence = Statistics.fence(histogram: winHistogram, side: .upper, multiplier: k, minimumSample: sample, population: "department-supplier-years")
        let (winCut, winCutOff) = Statistics.upperCutOff(fence: winFence, floor: Double(settings.concentration.floorWins), setting: "concentration.floor_wins", version: version) { .number($0) }
        for measure in winPending where Double(measure.wins) > winCut || (Double(measure.wins) == winCut && winCutOff.basis == .floor) {
            emit(measure.candidate, cutOff: winCutOff)
        }

        for (method, histogram) in speedHistograms.sorted(by: { $0.key < $1.key }) {
            let fence = Statistics.fence(histogram: histogram, side: .lower, multiplier: k, minimumSample: settings.fastAward.minimumSample, population: "\(method) projects")
            let cutOff: CutOff
            let cut: Double
            if let fence {
                cut = min(fence.fence, Double(settings.fastAward.maximumDays))
                cutOff = CutOff(setting: "fast_award.max_days", value: .number(cut), basis: fence.fence <= Double(settings.fastAward.maximumDays) ? .dataFence : .floor, configurationVersion: version, statistics: fence)
            } else {
                cut = Double(settings.fastAward.minimumDays[method] ?? 0)
                cutOff = CutOff(setting: "fast_award.minimum_days.\(method)", value: .days(Int(cut)), basis: .configured, configurationVersion: version)
            }
            for measure in speedPending where measure.method == method && Double(measure.days) < cut {
                emit(measure.candidate, cutOff: cutOff)
            }
        }

        for candidate in integrity.giftCandidates(giftMatches) { emit(candidate) }
        for candidate in integrity.undeclaredCandidates(seen: seatProjects) { emit(candidate) }

        bunchingPending = []
        yearEndPending = []
        changePending = []
        winPending = []
        speedPending = []
        giftMatches = [:]
        return takeCandidates()
    }

    /// Takes over what `other` computed over other departments, so that several engines can each read a part
    /// of the data (in parallel) and one of them finishes: the statistical rules then see every department.
    ///
    /// - throws: ``OversightError/projectsNotGrouped(department:)`` when both engines saw a department.
    public mutating func absorb(_ other: RedFlagEngine) throws {
        var other = other
        other.flush()
        flush()
        if let shared = finished.intersection(other.finished).first { throw OversightError.projectsNotGrouped(department: shared) }
        finished.formUnion(other.finished)
        department = nil
        ready += other.ready
        bunchingSamples += other.bunchingSamples
        bunchingPending += other.bunchingPending
        yearEndSamples += other.yearEndSamples
        yearEndPending += other.yearEndPending
        changeSamples += other.changeSamples
        changePending += other.changePending
        winHistogram.merge(other.winHistogram, uniquingKeysWith: +)
        winPending += other.winPending
        for (method, histogram) in other.speedHistograms { speedHistograms[method, default: [:]].merge(histogram, uniquingKeysWith: +) }
        speedPending += other.speedPending
        for (id, match) in other.giftMatches {
            guard var mine = giftMatches[id] else { giftMatches[id] = match; continue }
            for project in match.projects where !mine.projects.contains(where: { $0.projectID == project.projectID }) { mine.projects.append(project) }
            mine.capacities.formUnion(match.capacities)
            giftMatches[id] = mine
        }
        seatProjects.merge(other.seatProjects) { mine, _ in mine }
        projectCount += other.projectCount
    }

    /// Every candidate over `projects` (in any order) in one call: the rules as a pure function, for tests
    /// and for callers that already hold the projects.
    public static func evaluate(_ projects: [ProcurementProject], settings: RedFlagSettings, inputs: CrossCheckInputs = .none) -> [FlagCandidate] {
        var engine = RedFlagEngine(settings: settings, inputs: inputs)
        let ordered = projects.enumerated().sorted { ($0.element.departmentID, $0.offset) < ($1.element.departmentID, $1.offset) }.map(\.element)
        for project in ordered {
            // Sorted by department, so consume cannot refuse.
            try! engine.consume(project)
        }
        var result = engine.takeCandidates()
        result += engine.finish()
        return result
    }

    private mutating func emit(_ candidate: FlagCandidate, cutOff: CutOff? = nil) {
        guard emitted.insert(candidate.identity).inserted else { return }
        var candidate = candidate
        if let cutOff { candidate.evidence.cutOff = cutOff }
        ready.append(candidate)
    }

    /// Runs the per-department rules on the batch held, keeps what the statistical rules need, and drops it.
    mutating func flush() {
        guard let department, !batch.isEmpty else { return }
        // Identities embed the department or a project, so duplicates can only arise within one department.
        emitted.removeAll(keepingCapacity: true)
        let unit = resolver.resolve(departmentID: department, departmentName: batch.lazy.compactMap(\.departmentName).first)
        let prepared = DepartmentBatch(departmentID: department, unit: unit, projects: batch, classes: &classes)

        for candidate in SplittingRules.candidates(prepared, settings: settings) { emit(candidate) }
        let bunching = BunchingRules.measures(prepared, settings: settings)
        bunchingSamples += bunching.samples
        bunchingPending += bunching.pending
        let yearEnd = YearEndRules.measures(prepared, settings: settings)
        yearEndSamples += yearEnd.samples
        yearEndPending += yearEnd.pending
        let concentration = ConcentrationRules.evaluate(prepared, settings: settings)
        for candidate in concentration.shares { emit(candidate) }
        for wins in concentration.wins { winHistogram[wins, default: 0] += 1 }
        winPending += concentration.pending
        let changes = ProcessRules.changes(prepared, settings: settings)
        changeSamples += changes.samples
        changePending += changes.pending

        for project in batch {
            for candidate in PriceRules.candidates(project, unit: unit, settings: settings) { emit(candidate) }
            for candidate in CompetitionRules.candidates(project, unit: unit, settings: settings) { emit(candidate) }
            if let candidate = ProcessRules.missingInvitation(project, unit: unit, settings: settings) { emit(candidate) }
            if let speed = ProcessRules.speed(project, unit: unit, settings: settings) {
                speedHistograms[speed.method, default: [:]][speed.days, default: 0] += 1
                if let pending = speed.pending { speedPending.append(pending) }
            }
            if integrity.inputs.seats[project.projectID.rawValue] != nil {
                seatProjects[project.projectID.rawValue] = (ProjectFact(project), unit.code)
            }
        }
        for candidate in integrity.evaluate(prepared, giftMatches: &giftMatches) { emit(candidate) }
        batch.removeAll(keepingCapacity: true)
    }
}
