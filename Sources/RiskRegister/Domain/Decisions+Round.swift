import Agency
import Sujarit

extension RiskLedger {
    /// The chair opens the year's next round, for one kind of score.
    public mutating func openRound(
        fiscalYear: FiscalYear, kind: ScoreKind, chair: String, directory: AgencyDirectory,
        into decision: inout Decision
    ) throws -> RoundID {
        try requireChair(chair, directory: directory, on: decision.context.today)
        if let open = openRound(in: fiscalYear) { throw RiskRegisterError.roundAlreadyOpen(open.id.description) }
        let number = (rounds.keys.filter { $0.fiscalYear == fiscalYear }.map(\.number).max() ?? 0) + 1
        let round = RoundID(fiscalYear: fiscalYear, number: number)
        let opened = ScoringRoundOpened(round: round, kind: kind, chair: chair)
        try record(opened, to: try ScoringRoundOpened.stream(round), expecting: 0, into: &decision)
        return round
    }

    /// A committee member's own score of a risk in the open round of the risk's year.
    ///
    /// - throws: when the member is unknown or not on the committee, no round is open, the risk was already
    ///   finalized in it, or a level is off the matrix's scale.
    public mutating func score(
        _ id: RiskID, member: String, likelihood: Int, impact: Int, note: String?, directory: AgencyDirectory,
        into decision: inout Decision
    ) throws {
        let person = try directory.requireMember(member)
        guard (person.has(.committeeMember) || person.has(.committeeChair)),
            person.isServing(on: decision.context.today)
        else {
            throw RiskRegisterError.notOnCommittee(person.id, name: person.name)
        }
        let risk = try risk(id)
        guard let round = openRound(in: id.fiscalYear) else {
            throw RiskRegisterError.noOpenRound("FY\(id.fiscalYear.be)")
        }
        guard !risk.finalizedRounds.contains(round.id) else {
            throw RiskRegisterError.riskAlreadyFinalized(risk: id.description, round: round.id.description)
        }
        let matrix = try requireMatrix(risk.identified.matrix)
        try matrix.check(likelihood: likelihood, impact: impact)
        let scored = RiskScored(
            risk: id, round: round.id, kind: round.opened.kind, member: person.id,
            likelihood: likelihood, impact: impact, matrix: matrix.key, note: note
        )
        try record(scored, to: try RiskIdentified.stream(id), expecting: risk.version, into: &decision)
    }

    /// The chair records the levels the committee agreed on after discussing a risk in the open round.
    public mutating func resolve(
        _ id: RiskID, chair: String, likelihood: Int, impact: Int, note: String, directory: AgencyDirectory,
        into decision: inout Decision
    ) throws {
        try requireChair(chair, directory: directory, on: decision.context.today)
        let risk = try risk(id)
        guard let round = openRound(in: id.fiscalYear) else {
            throw RiskRegisterError.noOpenRound("FY\(id.fiscalYear.be)")
        }
        guard risk.roundScores[round.id]?.isEmpty == false else {
            throw RiskRegisterError.nothingScored(risk: id.description, round: round.id.description)
        }
        guard !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw RiskRegisterError.emptyField("The note (--note) saying what the committee discussed")
        }
        let matrix = try requireMatrix(risk.identified.matrix)
        try matrix.check(likelihood: likelihood, impact: impact)
        let resolved = RiskScoreResolved(
            risk: id, round: round.id, chair: chair, likelihood: likelihood, impact: impact, note: note)
        try record(resolved, to: try RiskIdentified.stream(id), expecting: risk.version, into: &decision)
    }

    /// Where the committee stands on every risk scored in a round.
    public func consensus(in round: RoundID) -> [RoundConsensus] {
        risks(in: round.fiscalYear).compactMap { RoundConsensus(risk: $0, round: round) }
    }

    /// The chair closes the open round: a ``RiskScoresFinalized`` per risk scored by the quorum and
    /// ``ScoringRoundClosed``, all in one append.
    ///
    /// Refused, with nothing written, while any risk has a spread of 2 levels or more on an axis that the
    /// chair has not resolved; and, unless `partialReason` is given (`--partial --reason`), while any risk was
    /// scored by fewer members than `quorum` requires of the committee or not scored at all. A partial close
    /// finalizes only the risks that reached the quorum and records the others and the reason in the event.
    public mutating func finalize(
        fiscalYear: FiscalYear?, chair: String, directory: AgencyDirectory, quorum: ScoringQuorum = .moreThanHalf,
        partialReason: String? = nil, into decision: inout Decision
    ) throws -> (RoundID, [RoundConsensus]) {
        try requireChair(chair, directory: directory, on: decision.context.today)
        let round = try requireOpenRound(fiscalYear)
        let reason = partialReason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let reason, reason.isEmpty {
            throw RiskRegisterError.emptyField("The reason (--reason) for closing the round without every risk")
        }
        let committee = ScoringQuorum.committee(in: directory, on: decision.context.today).map(\.id).sorted()
        let required = quorum.required(committee: committee.count)
        let scoredAll = consensus(in: round.id).filter { !risks[$0.risk]!.finalizedRounds.contains(round.id) }
        let below = scoredAll.filter { $0.scores.count < required }.map { item in
            QuorumShortfall(
                risk: item.risk, scored: item.scores.keys.sorted(), missing: committee.filter { item.scores[$0] == nil }
            )
        }
        let scoredIDs = Set(scoredAll.map(\.risk))
        let unscored = risks(in: round.id.fiscalYear).filter {
            !$0.finalizedRounds.contains(round.id) && !scoredIDs.contains($0.id)
        }.map(\.id)
        if reason == nil, !below.isEmpty || !unscored.isEmpty {
            throw RiskRegisterError.roundIncomplete(
                round: round.id.description, belowQuorum: below, unscored: unscored.map(\.description),
                required: required, committee: committee.count, rule: quorum.rule.rawValue
            )
        }
        if reason != nil, below.isEmpty, unscored.isEmpty {
            throw RiskRegisterError.partialNotNeeded(round: round.id.description)
        }
        let short = Set(below.map(\.risk))
        let consensus = scoredAll.filter { !short.contains($0.risk) }
        guard !consensus.isEmpty else { throw RiskRegisterError.nothingToFinalize(round: round.id.description) }
        let blocked = consensus.filter(\.blocksFinalize)
        guard blocked.isEmpty else { throw RiskRegisterError.unresolvedDisagreements(blocked.map(\.disagreement)) }
        for item in consensus {
            let risk = risks[item.risk]!
            let used = item.scores.values.map(\.matrix).max()!
            guard let matrix = matrices[used] else {
                throw RiskRegisterError.unknownMatrix(
                    used.description, known: matrices.keys.map(\.description).sorted())
            }
            let finalized = RiskScoresFinalized(
                risk: item.risk, round: round.id,
                assessment: Assessment(
                    kind: round.opened.kind, likelihood: item.likelihood, impact: item.impact, on: matrix),
                members: item.scores.keys.sorted(), likelihoodSpread: item.likelihoodSpread,
                impactSpread: item.impactSpread,
                resolved: item.resolution != nil
            )
            try record(finalized, to: try RiskIdentified.stream(item.risk), expecting: risk.version, into: &decision)
        }
        let closed = ScoringRoundClosed(
            round: round.id, finalized: consensus.map(\.risk), unscored: unscored,
            belowQuorum: below.isEmpty ? nil : below.map(\.risk), partialReason: reason,
            quorum: QuorumApplied(required: required, committee: committee.count, rule: quorum.rule)
        )
        try record(closed, to: try ScoringRoundOpened.stream(round.id), expecting: round.version, into: &decision)
        return (round.id, consensus)
    }

    /// The open round of `year`, or the only open round when no year is given.
    public func requireOpenRound(_ year: FiscalYear?) throws -> ScoringRound {
        if let year {
            guard let round = openRound(in: year) else { throw RiskRegisterError.noOpenRound("FY\(year.be)") }
            return round
        }
        let open = rounds.values.filter(\.isOpen)
        guard !open.isEmpty else { throw RiskRegisterError.noOpenRound("any fiscal year") }
        guard open.count == 1 else { throw RiskRegisterError.ambiguousRound(open.map(\.id.description).sorted()) }
        return open[0]
    }

    /// Risks of the round's year that `member` has not scored in it and that are not finalized, by id.
    public func unscored(by member: String, in round: RoundID) -> [Risk] {
        risks(in: round.fiscalYear).filter { risk in
            !risk.finalizedRounds.contains(round) && risk.roundScores[round]?[member] == nil
        }
    }

    func requireChair(_ id: String, directory: AgencyDirectory, on day: CalendarDate) throws {
        let person = try directory.requireMember(id)
        guard person.has(.committeeChair), person.isServing(on: day) else {
            throw RiskRegisterError.notChair(person.id, name: person.name)
        }
    }
}
