import EventStore
import Sujarit

/// The chair opened a committee scoring round for a fiscal year (stream `riskround/2568-1`).
public struct ScoringRoundOpened: DomainEvent, Hashable {
    public static let eventType = "ScoringRoundOpened"
    public var round: RoundID
    /// Which score the members give in this round.
    public var kind: ScoreKind
    /// The chair who opened it.
    public var chair: String

    public init(round: RoundID, kind: ScoreKind, chair: String) {
        self.round = round
        self.kind = kind
        self.chair = chair
    }

    public static func stream(_ round: RoundID) throws -> StreamID {
        try StreamID(category: "riskround", id: "\(round.fiscalYear.be)-\(round.number)")
    }
}

/// The chair closed a round after recording the consensus of each scored risk.
public struct ScoringRoundClosed: DomainEvent, Hashable {
    public static let eventType = "ScoringRoundClosed"
    public var round: RoundID
    /// The risks that got a consensus.
    public var finalized: [RiskID]
    /// Open risks of the year no member scored in the round (they keep their earlier score, if any).
    public var unscored: [RiskID]
    /// Risks scored by fewer members than the quorum, left without a consensus (only in a partial close).
    /// Nil in events written before the quorum rule, and when there were none.
    public var belowQuorum: [RiskID]?
    /// Why the chair closed the round with risks left out (`--partial --reason`); nil for a complete round.
    public var partialReason: String?
    /// The quorum applied: members needed, of how many, under which rule. Nil in events written before it.
    public var quorum: QuorumApplied?

    public init(
        round: RoundID, finalized: [RiskID], unscored: [RiskID],
        belowQuorum: [RiskID]? = nil, partialReason: String? = nil, quorum: QuorumApplied? = nil
    ) {
        self.round = round
        self.finalized = finalized
        self.unscored = unscored
        self.belowQuorum = belowQuorum
        self.partialReason = partialReason
        self.quorum = quorum
    }
}

/// The quorum a round was closed under, recorded so a later change of `Registers/risk-scoring.yaml` does
/// not change what the record says was required.
public struct QuorumApplied: Sendable, Hashable, Codable {
    /// Members who had to score each finalized risk.
    public var required: Int
    /// Members of the committee on the day.
    public var committee: Int
    /// The rule, e.g. `more-than-half`.
    public var rule: ScoringQuorum.Rule

    public init(required: Int, committee: Int, rule: ScoringQuorum.Rule) {
        self.required = required
        self.committee = committee
        self.rule = rule
    }
}

/// One committee member's own score of one risk in a round (stream of the risk).
///
/// A member may score again in the same round; the latest score counts.
public struct RiskScored: DomainEvent, Hashable {
    public static let eventType = "RiskScored"
    public var risk: RiskID
    public var round: RoundID
    public var kind: ScoreKind
    /// The member's staff id (who scored, which may differ from who typed it in).
    public var member: String
    public var likelihood: Int
    public var impact: Int
    public var matrix: MatrixKey
    public var note: String?

    public init(
        risk: RiskID, round: RoundID, kind: ScoreKind, member: String, likelihood: Int, impact: Int, matrix: MatrixKey,
        note: String?
    ) {
        self.risk = risk
        self.round = round
        self.kind = kind
        self.member = member
        self.likelihood = likelihood
        self.impact = impact
        self.matrix = matrix
        self.note = note
    }
}

/// After discussing a disagreement, the chair recorded the levels the committee agreed on.
public struct RiskScoreResolved: DomainEvent, Hashable {
    public static let eventType = "RiskScoreResolved"
    public var risk: RiskID
    public var round: RoundID
    public var chair: String
    public var likelihood: Int
    public var impact: Int
    /// What was discussed and why these levels.
    public var note: String

    public init(risk: RiskID, round: RoundID, chair: String, likelihood: Int, impact: Int, note: String) {
        self.risk = risk
        self.round = round
        self.chair = chair
        self.likelihood = likelihood
        self.impact = impact
        self.note = note
    }
}

/// The committee's consensus for one risk in a round: the median of the members' levels per axis (rounded
/// up, the cautious side), or the chair's resolution where they disagreed.
public struct RiskScoresFinalized: DomainEvent, Hashable {
    public static let eventType = "RiskScoresFinalized"
    public var risk: RiskID
    public var round: RoundID
    public var assessment: Assessment
    /// The members whose scores made the consensus.
    public var members: [String]
    /// The spread (highest − lowest level) per axis among them.
    public var likelihoodSpread: Int
    public var impactSpread: Int
    /// True when the chair's resolution set the levels rather than the median.
    public var resolved: Bool

    public init(
        risk: RiskID, round: RoundID, assessment: Assessment, members: [String], likelihoodSpread: Int,
        impactSpread: Int, resolved: Bool
    ) {
        self.risk = risk
        self.round = round
        self.assessment = assessment
        self.members = members
        self.likelihoodSpread = likelihoodSpread
        self.impactSpread = impactSpread
        self.resolved = resolved
    }
}
