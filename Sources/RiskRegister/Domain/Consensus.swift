/// Where the committee stands on one risk in one round: the members' scores, the median per axis, the spread,
/// and whether a disagreement still needs the chair's resolution.
public struct RoundConsensus: Sendable, Hashable {
    public var risk: RiskID
    public var round: RoundID
    /// Each member's latest score, by member id.
    public var scores: [String: RiskScored]
    public var medianLikelihood: Int
    public var medianImpact: Int
    public var likelihoodSpread: Int
    public var impactSpread: Int
    /// The chair's resolution, when it was recorded after the last member score (a later score reopens it).
    public var resolution: RiskScoreResolved?

    /// The spread at or above which the committee must discuss a risk before finalizing.
    public static let disagreementSpread = 2

    /// Gathers the consensus of `risk` in `round`; nil when no member scored it there.
    public init?(risk: Risk, round: RoundID) {
        guard let byMember = risk.roundScores[round], !byMember.isEmpty else { return nil }
        let scores = byMember.mapValues(\.event)
        let likelihoods = scores.values.map(\.likelihood)
        let impacts = scores.values.map(\.impact)
        self.risk = risk.id
        self.round = round
        self.scores = scores
        medianLikelihood = Self.upperMedian(likelihoods)
        medianImpact = Self.upperMedian(impacts)
        likelihoodSpread = likelihoods.max()! - likelihoods.min()!
        impactSpread = impacts.max()! - impacts.min()!
        let lastScore = byMember.values.map(\.version).max() ?? 0
        if let resolution = risk.resolutions[round], resolution.version > lastScore {
            self.resolution = resolution.event
        } else {
            resolution = nil
        }
    }

    /// Whether members are 2 or more levels apart on an axis.
    public var disagrees: Bool {
        likelihoodSpread >= Self.disagreementSpread || impactSpread >= Self.disagreementSpread
    }

    /// Whether the disagreement stops the round from being finalized.
    public var blocksFinalize: Bool { disagrees && resolution == nil }

    /// The levels the round settles on: the resolution's, else the medians.
    public var likelihood: Int { resolution?.likelihood ?? medianLikelihood }
    public var impact: Int { resolution?.impact ?? medianImpact }

    /// The disagreement, for messages.
    public var disagreement: Disagreement {
        Disagreement(
            risk: risk, scores: scores.mapValues { [$0.likelihood, $0.impact] },
            likelihoodSpread: likelihoodSpread, impactSpread: impactSpread
        )
    }

    /// The median of whole levels; with an even count, the higher of the two middle values, because a
    /// register should err towards the more serious level.
    public static func upperMedian(_ values: [Int]) -> Int {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }
}
