import Agency
import Foundation
import RiskRegister
import Sujarit
import Testing

@Suite("Committee scoring, consensus and disagreement")
struct CommitteeTests {
    @Test("the median rounds up between the two middle levels")
    func median() {
        #expect(RoundConsensus.upperMedian([3, 4, 4, 5, 4]) == 4)
        #expect(RoundConsensus.upperMedian([2, 3, 4, 4]) == 4)
        #expect(RoundConsensus.upperMedian([1, 2]) == 2)
        #expect(RoundConsensus.upperMedian([3]) == 3)
    }

    /// Opens an inherent round and records `scores` (member → [l, i]) for `risk`.
    func score(_ fixture: RiskFixture, _ risk: RiskID, _ scores: [String: [Int]]) async throws {
        for (member, levels) in scores.sorted(by: { $0.key < $1.key }) {
            try await fixture.run { ledger, directory, decision in
                try ledger.score(
                    risk, member: member, likelihood: levels[0], impact: levels[1], note: nil, directory: directory,
                    into: &decision)
            }
        }
    }

    func openRound(_ fixture: RiskFixture, kind: ScoreKind = .inherent) async throws {
        try await fixture.run { ledger, directory, decision in
            _ = try ledger.openRound(
                fiscalYear: FiscalYear(be: 2568), kind: kind, chair: "palad", directory: directory, into: &decision)
        }
    }

    func finalize(_ fixture: RiskFixture) async throws -> [RoundConsensus] {
        try await fixture.run { ledger, directory, decision in
            try ledger.finalize(fiscalYear: nil, chair: "palad", directory: directory, into: &decision).1
        }
    }

    @Test("finalize records the median per axis as the round's kind of score")
    func consensus() async throws {
        let fixture = try await RiskFixture()
        let risk = try await fixture.addRisk()
        try await openRound(fixture)
        try await score(
            fixture, risk,
            ["palad": [4, 4], "sompong": [4, 5], "nisa": [3, 4], "surachai": [4, 5], "fatimah": [3, 4]])
        let result = try await finalize(fixture)
        #expect(result.count == 1)
        let stored = try await fixture.ledger().risk(risk)
        let inherent = try #require(stored.scores[.inherent])
        #expect(inherent.likelihood == 4 && inherent.impact == 4)
        #expect(inherent.band == "high")
        #expect(stored.scores[.current] == nil)
        #expect(try await fixture.ledger().openRound(in: FiscalYear(be: 2568)) == nil)
    }

    @Test("a member scoring again replaces their own earlier score")
    func rescore() async throws {
        let fixture = try await RiskFixture()
        let risk = try await fixture.addRisk()
        try await openRound(fixture)
        try await score(fixture, risk, ["nisa": [1, 1], "sompong": [3, 3]])
        try await score(fixture, risk, ["nisa": [3, 3]])
        let consensus = try await fixture.ledger().consensus(in: RoundID(fiscalYear: FiscalYear(be: 2568), number: 1))
        #expect(consensus.first?.scores.count == 2)
        #expect(consensus.first?.likelihoodSpread == 0)
    }

    @Test("a spread of 2 levels blocks finalize, with nothing written, until the chair resolves it")
    func disagreement() async throws {
        let fixture = try await RiskFixture()
        let calm = try await fixture.addRisk()
        let disputed = try await fixture.addRisk()
        try await openRound(fixture)
        try await score(fixture, calm, ["palad": [3, 3], "nisa": [3, 4], "sompong": [3, 4]])
        try await score(fixture, disputed, ["palad": [2, 4], "sompong": [4, 4], "nisa": [3, 4]])
        let before = try await fixture.logSize()
        do {
            _ = try await finalize(fixture)
            Issue.record("finalize accepted an unresolved disagreement")
        } catch let RiskRegisterError.unresolvedDisagreements(list) {
            #expect(list.map(\.risk) == [disputed])
            #expect(list[0].likelihoodSpread == 2 && list[0].impactSpread == 0)
        }
        #expect(try await fixture.logSize() == before)

        try await fixture.run { ledger, directory, decision in
            try ledger.resolve(
                disputed, chair: "palad", likelihood: 3, impact: 5, note: "หารือแล้ว", directory: directory,
                into: &decision)
        }
        // A member changing their score after the resolution reopens the disagreement.
        try await score(fixture, disputed, ["sompong": [5, 4]])
        await #expect(throws: RiskRegisterError.self) { _ = try await finalize(fixture) }
        try await fixture.run { ledger, directory, decision in
            try ledger.resolve(
                disputed, chair: "palad", likelihood: 3, impact: 5, note: "หารืออีกครั้ง", directory: directory,
                into: &decision)
        }
        _ = try await finalize(fixture)
        let ledger = try await fixture.ledger()
        #expect(try ledger.risk(disputed).scores[.inherent]?.likelihood == 3)
        #expect(try ledger.risk(disputed).scores[.inherent]?.impact == 5)
        #expect(try ledger.risk(calm).scores[.inherent]?.impact == 4)
    }

    @Test("only committee members score, only the chair opens, resolves and finalizes; nothing is written on refusal")
    func roles() async throws {
        let fixture = try await RiskFixture()
        let risk = try await fixture.addRisk()
        await #expect(throws: RiskRegisterError.noOpenRound("FY2568")) {
            try await score(fixture, risk, ["nisa": [3, 3]])
        }
        await #expect(throws: RiskRegisterError.notChair("nisa", name: "นางสาวนิสา ยูโซะ")) {
            try await fixture.run { ledger, directory, decision in
                _ = try ledger.openRound(
                    fiscalYear: FiscalYear(be: 2568), kind: .inherent, chair: "nisa", directory: directory,
                    into: &decision)
            }
        }
        try await openRound(fixture)
        let before = try await fixture.logSize()
        await #expect(throws: RiskRegisterError.notOnCommittee("anan", name: "นายอนันต์ ศรีสุข")) {
            try await score(fixture, risk, ["anan": [3, 3]])
        }
        await #expect(throws: RiskRegisterError.unknownStaff("ghost")) {
            try await score(fixture, risk, ["ghost": [3, 3]])
        }
        await #expect(throws: RiskRegisterError.self) { try await score(fixture, risk, ["nisa": [0, 3]]) }
        await #expect(throws: RiskRegisterError.self) { try await score(fixture, risk, ["nisa": [6, 3]]) }
        await #expect(throws: RiskRegisterError.unknownRisk("R-2568-099")) {
            try await score(fixture, RiskID(fiscalYear: FiscalYear(be: 2568), number: 99), ["nisa": [3, 3]])
        }
        await #expect(
            throws: RiskRegisterError.roundIncomplete(
                round: "2568/1", belowQuorum: [], unscored: ["R-2568-001"], required: 3, committee: 5,
                rule: "more-than-half"
            )
        ) { _ = try await finalize(fixture) }
        await #expect(throws: RiskRegisterError.roundAlreadyOpen("2568/1")) { try await openRound(fixture) }
        #expect(try await fixture.logSize() == before)
    }

    @Test("a member's unscored risks skip what they scored and what is finalized")
    func unscored() async throws {
        let fixture = try await RiskFixture()
        let first = try await fixture.addRisk()
        let second = try await fixture.addRisk()
        try await openRound(fixture)
        try await score(fixture, first, ["nisa": [2, 2]])
        let round = RoundID(fiscalYear: FiscalYear(be: 2568), number: 1)
        #expect(try await fixture.ledger().unscored(by: "nisa", in: round).map(\.id) == [second])
        #expect(try await fixture.ledger().unscored(by: "sompong", in: round).map(\.id) == [first, second])
    }
}

@Suite("Concurrent scoring")
struct ConcurrentScoringTests {
    @Test("five members scoring the same risk at once all get recorded")
    func concurrent() async throws {
        let fixture = try await RiskFixture()
        let risk = try await fixture.addRisk()
        try await fixture.run { ledger, directory, decision in
            _ = try ledger.openRound(
                fiscalYear: FiscalYear(be: 2568), kind: .inherent, chair: "palad", directory: directory, into: &decision
            )
        }
        let service = fixture.service
        try await withThrowingTaskGroup(of: Void.self) { group in
            for member in ["palad", "sompong", "nisa", "surachai", "fatimah"] {
                group.addTask {
                    try await service.perform(RiskFixture.context) { ledger, directory, decision in
                        try ledger.score(
                            risk, member: member, likelihood: 3, impact: 3, note: nil, directory: directory,
                            into: &decision)
                    }
                }
            }
            try await group.waitForAll()
        }
        let round = RoundID(fiscalYear: FiscalYear(be: 2568), number: 1)
        #expect(try await fixture.ledger().risk(risk).roundScores[round]?.count == 5)
    }
}
