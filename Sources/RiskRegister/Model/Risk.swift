import EventStore
import Sujarit

/// A risk as its stream tells it: what it is, its scores, the committee's work on it and any acceptance.
public struct Risk: Sendable, Hashable {
    public var identified: RiskIdentified
    /// The latest score of each kind (from an import, a direct assessment or a round's consensus).
    public var scores: [ScoreKind: Assessment] = [:]
    /// Each member's latest score per round, with the stream version it was written at.
    public var roundScores: [RoundID: [String: MemberScore]] = [:]
    /// The chair's resolution per round, with its stream version.
    public var resolutions: [RoundID: Resolution] = [:]
    /// Rounds whose consensus was recorded for this risk.
    public var finalizedRounds: Set<RoundID> = []
    public var acceptance: RiskAccepted?
    /// The stream's version after the last event folded.
    public var version: Int = 0

    public init(identified: RiskIdentified) { self.identified = identified }

    public var id: RiskID { identified.id }

    /// A member's score with its place in the stream.
    public struct MemberScore: Sendable, Hashable {
        public var event: RiskScored
        public var version: Int
    }

    /// The chair's resolution with its place in the stream.
    public struct Resolution: Sendable, Hashable {
        public var event: RiskScoreResolved
        public var version: Int
    }

    /// Folds one of this risk's events.
    mutating func apply(_ event: RecordedEvent) throws {
        version = event.streamVersion
        switch event.type {
        case RiskAssessed.eventType:
            let assessed = try event.decode(RiskAssessed.self)
            scores[assessed.assessment.kind] = assessed.assessment
        case RiskScored.eventType:
            let scored = try event.decode(RiskScored.self)
            roundScores[scored.round, default: [:]][scored.member] = MemberScore(
                event: scored, version: event.streamVersion)
        case RiskScoreResolved.eventType:
            let resolved = try event.decode(RiskScoreResolved.self)
            resolutions[resolved.round] = Resolution(event: resolved, version: event.streamVersion)
        case RiskScoresFinalized.eventType:
            let finalized = try event.decode(RiskScoresFinalized.self)
            scores[finalized.assessment.kind] = finalized.assessment
            finalizedRounds.insert(finalized.round)
        case RiskAccepted.eventType:
            acceptance = try event.decode(RiskAccepted.self)
        default:
            break
        }
    }
}

/// A measure with its progress updates.
public struct Measure: Sendable, Hashable {
    public var planned: MeasurePlanned
    /// Updates in the order they were reported.
    public var progress: [MeasureProgressReported] = []
    public var version: Int = 0
    /// Corrections of its dimension or budgets, in order (``MeasurePlanAmended``).
    public var amendments: [MeasurePlanAmended] = []

    public init(planned: MeasurePlanned) { self.planned = planned }

    public var id: MeasureID { planned.id }

    /// Its plan dimension after any corrections; nil when none was given (or it was withdrawn).
    public var dimension: PlanDimension? {
        amendments.reduce(planned.dimension) { current, amended in
            amended.clearsDimension ? nil : (amended.dimension ?? current)
        }
    }

    /// Its budgets per fiscal year after any corrections, by year.
    public var budgets: [YearBudget] {
        let current = amendments.reduce(planned.budgets ?? []) { current, amended in amended.budgets ?? current }
        return current.sorted { $0.fiscalYear < $1.fiscalYear }
    }

    /// The latest status reported, `notStarted` before any.
    public var status: MeasureStatus { progress.last?.status ?? .notStarted }

    /// Overdue on `day`: past its due day and not done. Derived, never stored.
    public func isOverdue(on day: CalendarDate) -> Bool {
        guard let due = planned.due else { return false }
        return day > due && status != .done
    }
}

/// A committee round's own facts.
public struct ScoringRound: Sendable, Hashable {
    public var opened: ScoringRoundOpened
    public var closed: ScoringRoundClosed?
    public var version: Int = 0

    public var id: RoundID { opened.round }
    public var isOpen: Bool { closed == nil }
}
