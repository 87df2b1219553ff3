import Agency
import EventStore
import Foundation
import RiskRegister
import Sujarit
import Testing
import TestSupport

@Suite("Scoring quorum and partial rounds")
struct QuorumTests {
    let year = FiscalYear(be: 2568)

    func score(_ fixture: RiskFixture, _ risk: RiskID, _ members: [String]) async throws {
        for member in members {
            try await fixture.run { ledger, directory, decision in
                try ledger.score(
                    risk, member: member, likelihood: 3, impact: 3, note: nil, directory: directory, into: &decision)
            }
        }
    }

    func open(_ fixture: RiskFixture) async throws {
        try await fixture.run { ledger, directory, decision in
            _ = try ledger.openRound(
                fiscalYear: year, kind: .inherent, chair: "palad", directory: directory, into: &decision)
        }
    }

    func finalize(
        _ fixture: RiskFixture, quorum: ScoringQuorum = .moreThanHalf, reason: String? = nil
    ) async throws -> [RoundConsensus] {
        try await fixture.run { ledger, directory, decision in
            try ledger.finalize(
                fiscalYear: nil, chair: "palad", directory: directory, quorum: quorum, partialReason: reason,
                into: &decision
            ).1
        }
    }

    @Test("Members needed: more than half is 3 of 5 and 3 of 4; at least half is 3 of 5 and 2 of 4; never fewer than 1")
    func required() {
        #expect(ScoringQuorum.moreThanHalf.required(committee: 5) == 3)
        #expect(ScoringQuorum.moreThanHalf.required(committee: 4) == 3)
        let half = ScoringQuorum(rule: .atLeastHalf, source: "x")
        #expect(half.required(committee: 5) == 3)
        #expect(half.required(committee: 4) == 2)
        #expect(ScoringQuorum(rule: .all, source: "x").required(committee: 5) == 5)
        #expect(ScoringQuorum.moreThanHalf.required(committee: 0) == 1)
    }

    @Test(
        "3 of 5 members finalize a risk (the limit); 2 of 5 are refused with who has not scored, and nothing is written"
    )
    func nearMiss() async throws {
        let fixture = try await RiskFixture()
        let risk = try await fixture.addRisk()
        try await open(fixture)
        try await score(fixture, risk, ["nisa", "sompong"])
        let before = try await fixture.logSize()
        await #expect(
            throws: RiskRegisterError.roundIncomplete(
                round: "2568/1",
                belowQuorum: [
                    QuorumShortfall(
                        risk: risk, scored: ["nisa", "sompong"], missing: ["fatimah", "palad", "surachai"])
                ],
                unscored: [], required: 3, committee: 5, rule: "more-than-half"
            )
        ) { _ = try await finalize(fixture) }
        #expect(try await fixture.logSize() == before)
        try await score(fixture, risk, ["fatimah"])
        let done = try await finalize(fixture)
        #expect(done.map(\.risk) == [risk])
        let closed = try #require(try await fixture.ledger().rounds.values.first?.closed)
        #expect(closed.quorum == QuorumApplied(required: 3, committee: 5, rule: .moreThanHalf))
        #expect(closed.partialReason == nil && closed.belowQuorum == nil)
    }

    @Test("--partial --reason closes with only the quorate risks; the others and the reason are recorded")
    func partial() async throws {
        let fixture = try await RiskFixture()
        let quorate = try await fixture.addRisk()
        let short = try await fixture.addRisk()
        let untouched = try await fixture.addRisk()
        try await open(fixture)
        try await score(fixture, quorate, ["nisa", "sompong", "palad"])
        try await score(fixture, short, ["nisa"])
        let before = try await fixture.logSize()
        await #expect(
            throws: RiskRegisterError.emptyField("The reason (--reason) for closing the round without every risk")
        ) {
            _ = try await finalize(fixture, reason: "  ")
        }
        #expect(try await fixture.logSize() == before)
        let done = try await finalize(fixture, reason: "กรรมการลาราชการ 2 คน")
        #expect(done.map(\.risk) == [quorate])
        let ledger = try await fixture.ledger()
        let closed = try #require(ledger.rounds.values.first?.closed)
        #expect(closed.finalized == [quorate])
        #expect(closed.belowQuorum == [short])
        #expect(closed.unscored == [untouched])
        #expect(closed.partialReason == "กรรมการลาราชการ 2 คน")
        #expect(try ledger.risk(short).scores[.inherent] == nil)
        #expect(try ledger.risk(quorate).scores[.inherent] != nil)
    }

    @Test("--partial on a round where every risk reached the quorum is refused; at-least-half finalizes 2 of 4")
    func partialNotNeededAndRule() async throws {
        let fixture = try await RiskFixture()
        let risk = try await fixture.addRisk()
        try await open(fixture)
        try await score(fixture, risk, ["nisa", "sompong", "palad"])
        await #expect(throws: RiskRegisterError.partialNotNeeded(round: "2568/1")) {
            _ = try await finalize(fixture, reason: "x")
        }
        // With every member required, 3 of 5 is short.
        await #expect(throws: RiskRegisterError.self) {
            _ = try await finalize(fixture, quorum: ScoringQuorum(rule: .all, source: "x"))
        }
        #expect(try await finalize(fixture).count == 1)
    }

    @Test(
        """
        risk-scoring.yaml sets the rule; a bad rule names the file, line and field; a ScoringRoundClosed without \
        the new fields decodes
        """
    )
    func fileAndOldPayload() throws {
        let shipped = try ScoringQuorum.load(RiskFixture.registers + "/risk-scoring.yaml")
        #expect(shipped.rule == .moreThanHalf)
        let folder = try TemporaryFolder("quorum")
        let path = folder.appendingPathComponent("risk-scoring.yaml").path
        try "source: คำสั่ง\nquorum: at-least-half\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try ScoringQuorum.resolve(registers: folder.path).rule == .atLeastHalf)
        try "source: คำสั่ง\nquorum: majority\n".write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: ConfigurationError.self) { try ScoringQuorum.load(path) }
        #expect(error.line == 2 && error.localizedDescription.contains("more-than-half, at-least-half, all"))
        #expect(try ScoringQuorum.resolve(registers: folder.appendingPathComponent("none").path) == .moreThanHalf)

        let round = RoundID(fiscalYear: FiscalYear(be: 2568), number: 1)
        let old = try EventCoding.encode(ScoringRoundClosed(round: round, finalized: [], unscored: []))
        let text = String(decoding: old, as: UTF8.self)
        #expect(!text.contains("quorum") && !text.contains("partialReason"))
        let decoded = try ScoringRoundClosed.decode(payload: old, schemaVersion: 1)
        #expect(decoded.quorum == nil && decoded.belowQuorum == nil && decoded.round == round)
    }

    @Test("Round status: per risk who has scored and who has not, judged by the quorum; a round is read as 2568/1")
    func status() async throws {
        let fixture = try await RiskFixture()
        let ready = try await fixture.addRisk()
        let short = try await fixture.addRisk()
        let none = try await fixture.addRisk()
        try await open(fixture)
        try await score(fixture, ready, ["nisa", "sompong", "palad"])
        try await score(fixture, short, ["nisa", "sompong"])
        let round = try RoundID(parsing: "๒๕๖๘/1")
        #expect(round == RoundID(fiscalYear: year, number: 1))
        let committee = ["fatimah", "nisa", "palad", "sompong", "surachai"]
        var rows = try await fixture.ledger().status(of: round, committee: committee, quorum: .moreThanHalf)
        #expect(rows.map(\.risk) == [ready, short, none])
        #expect(rows.map(\.state) == [.ready, .belowQuorum, .unscored])
        #expect(
            rows[1].scored == ["nisa", "sompong"] && rows[1].missing == ["fatimah", "palad", "surachai"]
                && rows[1].required == 3)
        #expect(rows[2].missing == committee)
        // Under at-least-half of 4 members, 2 are enough: the near miss turns ready.
        rows = try await fixture.ledger().status(
            of: round, committee: ["nisa", "palad", "sompong", "surachai"],
            quorum: ScoringQuorum(rule: .atLeastHalf, source: "x"))
        #expect(rows[1].state == .ready && rows[1].required == 2)
        _ = try await finalize(fixture, reason: "ทดสอบ")
        rows = try await fixture.ledger().status(of: round, committee: committee, quorum: .moreThanHalf)
        #expect(rows.map(\.state) == [.finalized, .belowQuorum, .unscored])
        #expect(rows[0].missing.isEmpty)
        let ledger = try await fixture.ledger()
        #expect(try ledger.requireRound(nil).id == round) // none open: the latest
        #expect(throws: RiskRegisterError.unknownRound("(none given)", known: [])) {
            try RiskLedger().requireRound(nil)
        }
        #expect(throws: RiskRegisterError.unknownRound("2568/2", known: ["2568/1"])) {
            try ledger.requireRound(RoundID(fiscalYear: year, number: 2))
        }
        #expect(throws: RiskRegisterError.self) { try RoundID(parsing: "68/1") }
        #expect(throws: RiskRegisterError.self) { try RoundID(parsing: "2568/0") }
    }
}
