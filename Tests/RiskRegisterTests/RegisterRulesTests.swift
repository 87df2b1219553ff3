import Agency
import Foundation
import RiskRegister
import Sujarit
import Testing

@Suite("Register rules: residual warnings, overdue, acceptance, copy-forward")
struct RegisterRulesTests {
    let fy = FiscalYear(be: 2568)

    func measure(_ fixture: RiskFixture, risks: [RiskID], due: CalendarDate?) async throws -> MeasureID {
        try await fixture.run { ledger, directory, decision in
            try ledger.plan(
                MeasurePlanned(
                    id: MeasureID(fiscalYear: fy, number: 1), title: "มาตรการ", owner: "กองคลัง", due: due, risks: risks),
                assignID: true, directory: directory, into: &decision)
        }
    }

    @Test("residual above current warns")
    func residualAbove() async throws {
        let fixture = try await RiskFixture()
        let risk = try await fixture.addRisk(scores: [.current: [2, 3], .residual: [3, 3]])
        let warnings = try await fixture.ledger().warnings(fiscalYear: fy, on: RiskFixture.day)
        #expect(warnings.map(\.kind) == [.residualAboveCurrent])
        #expect(warnings.first?.subject == risk.description)
    }

    @Test("residual below current warns until a measure is linked to the risk")
    func residualWithoutMeasure() async throws {
        let fixture = try await RiskFixture()
        let risk = try await fixture.addRisk(scores: [.inherent: [4, 4], .residual: [2, 2]])
        #expect(
            try await fixture.ledger().warnings(fiscalYear: fy, on: RiskFixture.day).map(\.kind) == [
                .residualWithoutMeasure
            ])
        _ = try await measure(fixture, risks: [risk], due: nil)
        #expect(try await fixture.ledger().warnings(fiscalYear: fy, on: RiskFixture.day).isEmpty)
        let level = try await fixture.addRisk(scores: [.current: [3, 3], .residual: [3, 3]])
        #expect(
            try await fixture.ledger().warnings(fiscalYear: fy, on: RiskFixture.day).isEmpty,
            "\(level) at the same level needs no measure")
    }

    @Test("overdue is derived from the due day, the as-of day and the status")
    func overdue() async throws {
        let fixture = try await RiskFixture()
        let risk = try await fixture.addRisk()
        let due = try CalendarDate(year: 2025, month: 3, day: 31)
        let id = try await measure(fixture, risks: [risk], due: due)
        let ledger = try await fixture.ledger()
        #expect(try ledger.measure(id).isOverdue(on: due) == false)
        #expect(try ledger.measure(id).isOverdue(on: due.adding(days: 1)))
        #expect(
            ledger.warnings(fiscalYear: fy, on: due.adding(days: 10)).first?.message.en.hasPrefix("10 days past due")
                == true)
        try await fixture.run { ledger, _, decision in
            try ledger.report(
                MeasureProgressReported(
                    measure: id, round: .sixMonths, asOf: due, status: .done, result: "เสร็จ", problems: nil,
                    evidence: []), into: &decision)
        }
        #expect(try await fixture.ledger().measure(id).isOverdue(on: due.adding(days: 30)) == false)
    }

    @Test("an acceptance shows up for review after it expires, and must expire after today")
    func acceptance() async throws {
        let fixture = try await RiskFixture()
        let risk = try await fixture.addRisk()
        let expires = try CalendarDate(year: 2025, month: 9, day: 30)
        await #expect(throws: RiskRegisterError.self) {
            try await fixture.run { ledger, directory, decision in
                try ledger.accept(
                    risk, approver: "nisa", rationale: "ต้นทุนสูง", expires: expires, directory: directory, into: &decision
                )
            }
        }
        await #expect(throws: RiskRegisterError.self) {
            try await fixture.run { ledger, directory, decision in
                try ledger.accept(
                    risk, approver: "palad", rationale: "ต้นทุนสูง", expires: RiskFixture.day, directory: directory,
                    into: &decision)
            }
        }
        try await fixture.run { ledger, directory, decision in
            try ledger.accept(
                risk, approver: "palad", rationale: "ต้นทุนสูงกว่าความเสียหาย", expires: expires, directory: directory,
                into: &decision)
        }
        let ledger = try await fixture.ledger()
        #expect(ledger.warnings(fiscalYear: fy, on: expires).isEmpty)
        #expect(ledger.warnings(fiscalYear: fy, on: expires.adding(days: 1)).map(\.kind) == [.acceptanceExpired])
    }

    @Test("copy-forward starts next year from last year's risks without scores, once; the diff shows what changed")
    func copyForward() async throws {
        let fixture = try await RiskFixture()
        let old = try await fixture.addRisk(year: 2567, scores: [.inherent: [4, 4]])
        let dropped = try await fixture.addRisk(year: 2567, department: "ENG")
        let copied = try await fixture.run { ledger, directory, decision in
            try ledger.copyForward(from: FiscalYear(be: 2567), to: fy, directory: directory, into: &decision)
        }
        #expect(copied.map(\.0) == [old, dropped])
        #expect(copied.map(\.1.description) == ["R-2568-001", "R-2568-002"])
        let again = try await fixture.run { ledger, directory, decision in
            try ledger.copyForward(from: FiscalYear(be: 2567), to: fy, directory: directory, into: &decision)
        }
        #expect(again.isEmpty)
        let ledger = try await fixture.ledger()
        let new = try ledger.risk(copied[0].1)
        #expect(new.identified.copiedFrom == old)
        #expect(new.identified.event == "แบ่งซื้อแบ่งจ้าง")
        #expect(new.scores.isEmpty)

        try await fixture.run { ledger, _, decision in
            try ledger.assess(copied[0].1, kind: .inherent, likelihood: 3, impact: 4, note: nil, into: &decision)
        }
        _ = try await fixture.addRisk(year: 2568, department: "EDU")
        let diff = try await fixture.ledger().diff(from: FiscalYear(be: 2567), to: fy)
        #expect(diff.carried.count == 2)
        #expect(diff.carried[0].fields.map(\.name) == ["inherent score"])
        #expect(diff.carried[0].fields[0].old == "4×4=16 สูง")
        #expect(diff.added.map(\.description) == ["R-2568-003"])
        #expect(diff.dropped.isEmpty)
        await #expect(throws: RiskRegisterError.copyForwardYears(from: 2567, to: 2569)) {
            try await fixture.run { ledger, directory, decision in
                try ledger.copyForward(
                    from: FiscalYear(be: 2567), to: FiscalYear(be: 2569), directory: directory, into: &decision)
            }
        }
    }

    @Test("timeframes in a plan's wording become dates")
    func timeframes() throws {
        let fy67 = FiscalYear(be: 2567)
        #expect(Timeframe.dates("ตลอดปีงบประมาณ", fiscalYear: fy67) == fy67.dates)
        let span = try #require(Timeframe.dates("ต.ค.-ธ.ค.๖๖", fiscalYear: fy67))
        #expect(span.lowerBound == (try CalendarDate(year: 2023, month: 10, day: 1)))
        #expect(span.upperBound == (try CalendarDate(year: 2023, month: 12, day: 31)))
        let months = try #require(Timeframe.dates("มีนาคม – เมษายน ๒๕๖๗", fiscalYear: fy67))
        #expect(months.upperBound == (try CalendarDate(year: 2024, month: 4, day: 30)))
        #expect(Timeframe.dates("รอบเมษายน และรอบตุลาคม ๒๕๖๗", fiscalYear: fy67) == nil)
    }
}
