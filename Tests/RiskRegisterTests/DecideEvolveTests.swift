import Agency
import Foundation
import RiskRegister
import Sujarit
import Testing

/// A decision folds the events it proposes through the ledger's own `apply`, so the working ledger it leaves is
/// exactly the ledger a replay of the log gives after the append: versions included, which the next append of
/// the same batch expects.
@Suite("Decide and evolve once: a decision's working ledger equals the replayed one")
struct DecideEvolveTests {
    static let year = FiscalYear(be: 2568)
    static let committee = ["palad", "sompong", "nisa", "surachai", "fatimah"]

    @Test("Identify with scores, plan a measure, report on it and accept the risk in one batch: as replayed")
    func riskAndMeasureBatch() async throws {
        let fixture = try await RiskFixture()
        let working = try await fixture.run { ledger, directory, decision -> RiskLedger in
            let risk = try ledger.identify(
                RiskDraft(
                    fiscalYear: Self.year, department: "FIN", process: "การจัดซื้อจัดจ้าง", category: "procurement",
                    event: "แบ่งซื้อแบ่งจ้าง", scores: [.inherent: [4, 3], .current: [3, 3]]
                ), directory: directory, into: &decision)
            let measure = try ledger.plan(
                MeasurePlanned(
                    id: MeasureID(fiscalYear: Self.year, number: 1), title: "ตรวจสอบแผนจัดซื้อรายไตรมาส",
                    owner: "FIN", risks: [risk]
                ), assignID: true, directory: directory, into: &decision)
            try ledger.report(
                MeasureProgressReported(
                    measure: measure, round: .sixMonths, asOf: try CalendarDate(year: 2024, month: 11, day: 30),
                    status: .inProgress, result: nil, problems: nil, evidence: []
                ), into: &decision)
            try ledger.accept(
                risk, approver: "palad", rationale: "ต้นทุนการควบคุมสูงกว่าผลกระทบ",
                expires: try CalendarDate(year: 2025, month: 9, day: 30), directory: directory, into: &decision
            )
            return ledger
        }
        let replayed = try await fixture.ledger()
        #expect(working.risks == replayed.risks)
        #expect(working.measures == replayed.measures)
        #expect(working.risks.values.map(\.version) == [4])
        #expect(working.measures.values.map(\.version) == [2])
    }

    @Test("Open, score and finalize a round: scores, finalized rounds, versions and the round as replayed")
    func roundDecisions() async throws {
        let fixture = try await RiskFixture()
        let risk = try await fixture.addRisk()
        var working = try await fixture.run { ledger, directory, decision -> RiskLedger in
            _ = try ledger.openRound(
                fiscalYear: Self.year, kind: .inherent, chair: "palad", directory: directory, into: &decision
            )
            return ledger
        }
        var replayed = try await fixture.ledger()
        #expect(working.rounds == replayed.rounds)
        working = try await fixture.run { ledger, directory, decision -> RiskLedger in
            for member in Self.committee {
                try ledger.score(
                    risk, member: member, likelihood: 3, impact: 4, note: nil, directory: directory, into: &decision
                )
            }
            return ledger
        }
        replayed = try await fixture.ledger()
        #expect(working.risks == replayed.risks)
        working = try await fixture.run { ledger, directory, decision -> RiskLedger in
            _ = try ledger.finalize(fiscalYear: nil, chair: "palad", directory: directory, into: &decision)
            return ledger
        }
        replayed = try await fixture.ledger()
        #expect(working.risks == replayed.risks)
        #expect(working.rounds == replayed.rounds)
        #expect(replayed.risks[risk]?.version == 1 + Self.committee.count + 1)
        #expect(replayed.risks[risk]?.scores[.inherent]?.likelihood == 3)
    }
}
