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
    /// The thresholds the rules use.
    public let settings: RedFlagSettings
    let integrity: IntegrityRules
    let resolver: BuyerResolver

    private var classes: MethodClasses
    private var scratch = DepartmentBatch.Scratch()
    private var department: String?
    private var batch: [ProcurementProject] = []
    /// The totals of the held batch's positive and negative award amounts (agreed prices and contract
    /// amounts), checked as each project arrives: the rules sum subsets of these amounts with `+`, which
    /// therefore cannot overflow.
    private var batchAmounts = (positive: Money.zero, negative: Money.zero)
    private var finished: Set<String> = []
    private var ready: [FlagCandidate] = []
    private var emitted: Set<String> = []

    private var bunchingSamples: [Double] = []
    private var yearEndSamples: [Double] = []
    private var changeSamples: [Double] = []
    private var winHistogram: [Int: Int] = [:]
    private var speedHistograms: [String: [Int: Int]] = [:]
    /// Candidates waiting for the statistical rules' cut-offs.
    private var pending = PendingCandidates()
    private var giftMatches: [String: IntegrityRules.GiftMatch] = [:]
    private var seatProjects: [String: (project: ProjectFact, unit: String?)] = [:]

    /// How many projects were consumed.
    public private(set) var projectCount = 0

    /// An engine with `settings`, checking against `inputs` (the agency's declarations, seats and gifts).
    public init(settings: RedFlagSettings, inputs: CrossCheckInputs = .none) {
        self.settings = settings
        integrity = IntegrityRules(settings: settings, inputs: inputs)
        resolver = BuyerResolver(settings: settings, inputs: inputs)
        classes = MethodClasses(settings: settings)
    }

    /// Takes one project (moved in: the engine keeps it until its department's rules have run). Projects of a
    /// department must come together.
    ///
    /// - throws: ``OversightError/projectsNotGrouped(department:)`` when a department reappears after
    ///   another one started; ``MoneyError/totalOverflow(_:)`` when the department's amounts are so large
    ///   (an older version's records, or a direct edit of the store) that their total does not fit in ``Money``;
    ///   ``TemporaryFileError`` when the waiting candidates cannot go to the temporary folder.
    public mutating func consume(_ project: consuming ProcurementProject) throws {
        if project.departmentID != department {
            try flush()
            guard finished.insert(project.departmentID).inserted else {
                throw OversightError.projectsNotGrouped(department: project.departmentID)
            }
            department = project.departmentID
            batchAmounts = (.zero, .zero)
        }
        if let agreed = project.agreedPrice { try countAmount(agreed, of: project) }
        for index in project.contracts.indices {
            if let amount = project.contracts[index].amount { try countAmount(amount, of: project) }
        }
        batch.append(consume project)
        projectCount += 1
    }

    /// Adds one award amount to the batch's checked totals (the message is only built on overflow).
    private mutating func countAmount(_ amount: Money, of project: ProcurementProject) throws(MoneyError) {
        let what = {
            """
            the award amounts of department \(project.departmentID) (project \(project.projectID.rawValue) is the \
            first that does not fit)
            """
        }
        if amount.isNegative {
            try batchAmounts.negative.add(amount, summing: what())
        } else {
            try batchAmounts.positive.add(amount, summing: what())
        }
    }

    /// The candidates found so far that need no population statistic, removing them from the engine.
    public mutating func takeCandidates() -> [FlagCandidate] {
        // Hand the array over whole: emptying it while the caller holds it would copy it on every call.
        guard !ready.isEmpty else { return [] }
        let taken = ready
        ready = []
        return taken
    }

    /// Runs the last department and the statistical rules, and returns every candidate not yet taken.
    /// - throws: ``TemporaryFileError`` when the waiting candidates cannot be written or read back.
    public mutating func finish() throws -> [FlagCandidate] {
        var result: [FlagCandidate] = []
        try finish { result.append($0) }
        return result
    }

    /// Runs the last department and the statistical rules, handing each candidate not yet taken to `body`
    /// as it is found, so that even a national run's waiting candidates never sit in memory together.
    /// - throws: ``TemporaryFileError`` when the waiting candidates cannot be written or read back, or what
    ///   `body` threw.
    public mutating func finish(_ body: (FlagCandidate) throws -> Void) throws {
        try finish(body, stored: nil)
    }

    /// ``finish(_:)``, handing each waiting candidate that passed its cut-off and was written to the temporary
    /// file to `stored` as where it is, with the cut-off to set on its evidence, instead of reading it back
    /// (``CandidateSpool/add(_:cutOff:)`` then points at it: each candidate is written once). Without `stored`,
    /// every candidate goes to `body`.
    mutating func finish(
        _ body: (FlagCandidate) throws -> Void, stored: ((StoredCandidate, CutOff?) throws -> Void)?
    ) throws {
        for candidate in takeCandidates() { try body(candidate) }
        try flush()
        department = nil
        emitted.removeAll()
        let k = settings.fenceMultiplier, sample = settings.minimumSample, version = settings.version

        let bunchingFence = Statistics.fence(
            bunchingSamples, side: .upper, multiplier: k, minimumSample: sample, population: "department-year-lines")
        let bunching = Statistics.upperCutOff(
            fence: bunchingFence, floor: settings.bunching.floorRatio, setting: "bunching.floor_ratio", version: version
        ) { .ratio($0) }
        let yearEndFence = Statistics.fence(
            yearEndSamples, side: .upper, multiplier: k, minimumSample: sample, population: "department-years")
        let yearEnd = Statistics.upperCutOff(
            fence: yearEndFence, floor: settings.yearEnd.floorRatio, setting: "year_end.floor_ratio", version: version
        ) { .ratio($0) }
        let changeFence = Statistics.fence(
            changeSamples, side: .upper, multiplier: k, minimumSample: sample, population: "department-years")
        let changes = Statistics.upperCutOff(
            fence: changeFence, floor: settings.process.floorRate, setting: "process.floor_rate", version: version
        ) { .share($0) }
        let winFence = Statistics.fence(
            histogram: winHistogram, side: .upper, multiplier: k, minimumSample: sample,
            population: "department-supplier-years")
        let wins = Statistics.upperCutOff(
            fence: winFence, floor: Double(settings.concentration.floorWins), setting: "concentration.floor_wins",
            version: version
        ) { .number($0) }
        var speeds: [String: (Double, CutOff)] = [:]
        for (method, histogram) in speedHistograms {
            let fence = Statistics.fence(
                histogram: histogram, side: .lower, multiplier: k, minimumSample: settings.fastAward.minimumSample,
                population: "\(method) projects")
            if let fence {
                let cut = min(fence.fence, Double(settings.fastAward.maximumDays))
                speeds[method] = (
                    cut,
                    CutOff(
                        setting: "fast_award.max_days", value: .number(cut),
                        basis: fence.fence <= Double(settings.fastAward.maximumDays) ? .dataFence : .floor,
                        configurationVersion: version, statistics: fence)
                )
            } else {
                let cut = Double(settings.fastAward.minimumDays[method] ?? 0)
                speeds[method] = (
                    cut,
                    CutOff(
                        setting: "fast_award.minimum_days.\(method)", value: .days(Int(cut)), basis: .configured,
                        configurationVersion: version)
                )
            }
        }
        /// An upper cut-off passes values above a data fence, and values at or above a floor.
        func passes(_ value: Double?, _ cut: (Double, CutOff)) -> Bool {
            guard let value else { return true }
            return value > cut.0 || (value == cut.0 && cut.1.basis == .floor)
        }
        /// The cut-off a waiting candidate passed, or nil when it did not pass.
        func passed(_ entry: PendingCandidates.Entry) -> CutOff? {
            switch entry.kind {
            case .bunching: passes(entry.value, bunching) ? bunching.1 : nil
            case .yearEnd: passes(entry.value, yearEnd) ? yearEnd.1 : nil
            case .changes: passes(entry.value, changes) ? changes.1 : nil
            case .wins: passes(entry.value, wins) ? wins.1 : nil
            case .speed(let method):
                if let speed = speeds[method], let days = entry.value, days < speed.0 { speed.1 } else { nil }
            }
        }
        let waiting = pending
        pending = PendingCandidates()
        try waiting.forEachWaiting { entry, candidate in
            guard let cutOff = passed(entry) else { return }
            switch candidate {
            case .held(let candidate): emit(candidate, cutOff: cutOff)
            case .stored(let candidate):
                if let stored {
                    // What emit does, without reading the candidate: the identity counted, the cut-off kept.
                    if emitted.insert(candidate.identity).inserted { try stored(candidate, cutOff) }
                } else {
                    emit(try candidate.candidate(), cutOff: cutOff)
                }
            }
            for candidate in takeCandidates() { try body(candidate) }
        }

        for candidate in integrity.giftCandidates(giftMatches) { emit(candidate) }
        for candidate in integrity.undeclaredCandidates(seen: seatProjects) { emit(candidate) }
        for candidate in integrity.separationCandidates(seen: seatProjects) { emit(candidate) }

        pending = PendingCandidates()
        giftMatches = [:]
        for candidate in takeCandidates() { try body(candidate) }
    }

    /// Takes over what `other` computed over other departments, so that several engines can each read a part
    /// of the data (in parallel) and one of them finishes: the statistical rules then see every department.
    ///
    /// - throws: ``OversightError/projectsNotGrouped(department:)`` when both engines saw a department;
    ///   ``TemporaryFileError`` when the waiting candidates cannot go to the temporary folder.
    public mutating func absorb(_ other: RedFlagEngine) throws {
        var other = other
        try other.flush()
        try flush()
        if let shared = finished.intersection(other.finished).first {
            throw OversightError.projectsNotGrouped(department: shared)
        }
        finished.formUnion(other.finished)
        department = nil
        ready += other.ready
        bunchingSamples += other.bunchingSamples
        yearEndSamples += other.yearEndSamples
        changeSamples += other.changeSamples
        winHistogram.merge(other.winHistogram, uniquingKeysWith: +)
        for (method, histogram) in other.speedHistograms {
            speedHistograms[method, default: [:]].merge(histogram, uniquingKeysWith: +)
        }
        try pending.absorb(other.pending)
        for (id, match) in other.giftMatches {
            guard var mine = giftMatches[id] else { giftMatches[id] = match; continue }
            for project in match.projects where !mine.projects.contains(where: { $0.projectID == project.projectID }) {
                mine.projects.append(project)
            }
            mine.capacities.formUnion(match.capacities)
            giftMatches[id] = mine
        }
        seatProjects.merge(other.seatProjects) { mine, _ in mine }
        projectCount += other.projectCount
    }

    /// This engine keeping at most `limit` waiting candidates in memory, the rest in its temporary file: what a
    /// national run does past ``PendingCandidates/memoryLimit``, for tests of the file's path on small data.
    func keepingWaiting(inMemory limit: Int) -> RedFlagEngine {
        var engine = self
        engine.pending = PendingCandidates(limit: limit)
        return engine
    }

    /// Every candidate over `projects` (in any order) in one call: the rules as a pure function, for tests
    /// and for callers that already hold the projects.
    public static func evaluate(
        _ projects: [ProcurementProject], settings: RedFlagSettings, inputs: CrossCheckInputs = .none
    ) -> [FlagCandidate] {
        var engine = RedFlagEngine(settings: settings, inputs: inputs)
        // Every candidate ends in the array returned, so the waiting ones stay in memory too: no temporary file.
        engine.pending = PendingCandidates(limit: .max)
        let ordered = projects.enumerated().sorted {
            ($0.element.departmentID, $0.offset) < ($1.element.departmentID, $1.offset)
        }.map(\.element)
        do {
            for project in ordered { try engine.consume(project) }
            var result = engine.takeCandidates()
            result += try engine.finish()
            return result
        } catch {
            // Sorted by department, so consume refuses only amounts whose total does not fit in Money, which a
            // caller holding real projects never has; and with no temporary file nothing else can fail.
            preconditionFailure("RedFlagEngine.evaluate: \(error)")
        }
    }

    private mutating func emit(_ candidate: FlagCandidate, cutOff: CutOff? = nil) {
        guard emitted.insert(candidate.identity).inserted else { return }
        var candidate = candidate
        if let cutOff { candidate.evidence.cutOff = cutOff }
        ready.append(candidate)
    }

    /// Runs the per-department rules on the batch held, keeps what the statistical rules need, and drops it.
    mutating func flush() throws {
        guard let department, !batch.isEmpty else { return }
        // Identities embed the department or a project, so duplicates can only arise within one department.
        emitted.removeAll(keepingCapacity: true)
        let unit = resolver.resolve(
            departmentID: department, departmentName: batch.lazy.compactMap(\.departmentName).first)
        let prepared = DepartmentBatch(
            departmentID: department, unit: unit, projects: batch, classes: &classes, scratch: &scratch)

        for candidate in SplittingRules.candidates(prepared, settings: settings) { emit(candidate) }
        let bunching = BunchingRules.measures(prepared, settings: settings)
        bunchingSamples += bunching.samples
        for measure in bunching.pending { try pending.add(measure.candidate, kind: .bunching, value: measure.ratio) }
        let yearEnd = YearEndRules.measures(prepared, settings: settings)
        yearEndSamples += yearEnd.samples
        for measure in yearEnd.pending { try pending.add(measure.candidate, kind: .yearEnd, value: measure.ratio) }
        let concentration = ConcentrationRules.evaluate(prepared, settings: settings)
        for candidate in concentration.shares { emit(candidate) }
        for wins in concentration.wins { winHistogram[wins, default: 0] += 1 }
        for measure in concentration.pending {
            try pending.add(measure.candidate, kind: .wins, value: Double(measure.wins))
        }
        let changes = ProcessRules.changes(prepared, settings: settings)
        changeSamples += changes.samples
        for measure in changes.pending { try pending.add(measure.candidate, kind: .changes, value: measure.rate) }

        let hasSeats = !integrity.inputs.seats.isEmpty
        for index in batch.indices {
            for candidate in PriceRules.candidates(
                batch[index], method: prepared.methods[index], unit: unit, settings: settings)
            { emit(candidate) }
            if batch[index].bidders != nil {
                for candidate in CompetitionRules.candidates(batch[index], unit: unit, settings: settings) {
                    emit(candidate)
                }
            }
            if hasSeats, integrity.inputs.seats[batch[index].projectID.rawValue] != nil {
                seatProjects[batch[index].projectID.rawValue] = (ProjectFact(batch[index]), unit.code)
            }
            if batch[index].timeline.isEmpty { continue }
            if let candidate = ProcessRules.missingInvitation(batch[index], unit: unit, settings: settings) {
                emit(candidate)
            }
            if let speed = ProcessRules.speed(batch[index], unit: unit, settings: settings) {
                speedHistograms[speed.method, default: [:]][speed.days, default: 0] += 1
                if let measure = speed.pending {
                    try pending.add(measure.candidate, kind: .speed(measure.method), value: Double(measure.days))
                }
            }
        }
        for candidate in integrity.evaluate(prepared, giftMatches: &giftMatches) { emit(candidate) }
        batch.removeAll(keepingCapacity: true)
    }
}
