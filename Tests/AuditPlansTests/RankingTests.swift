import AuditPlans
import Sujarit
import Testing

@Suite("Ranking the universe and filling capacity")
struct RankingTests {
    let year = FiscalYear(be: 2568)

    func universe(_ subjects: [AuditSubject]) -> [UniverseSubject] { subjects.map { UniverseSubject(subject: $0) } }

    @Test("Risk level ranks first, then years since the last audit (never audited first), then open findings")
    func order() {
        let ranked = AuditRanking.rank(
            universe([
                AuditFixture.subject("MED-NEVER", .medium),
                AuditFixture.subject("HIGH-RECENT", .high, last: "2567-06-30"),
                AuditFixture.subject("HIGH-OLD", .high, last: "2564-06-30"),
                AuditFixture.subject("HIGH-OLD-FINDINGS", .high, last: "2564-08-30"),
                AuditFixture.subject("LOW-NEVER", .low),
                AuditFixture.subject("UNASSESSED", nil),
            ]), for: year, signals: [:], openFindings: ["HIGH-OLD-FINDINGS": 2])
        #expect(
            ranked.map(\.subject.id) == [
                "HIGH-OLD-FINDINGS", "HIGH-OLD", "HIGH-RECENT", "MED-NEVER", "LOW-NEVER", "UNASSESSED",
            ])
        #expect(ranked.map(\.basis.position) == [1, 2, 3, 4, 5, 6])
        // 30 Aug 2564 (2021) to 1 Oct 2567 (2024): three whole years, like 30 Jun 2564.
        #expect(ranked[0].basis.yearsSinceAudit == 3 && ranked[1].basis.yearsSinceAudit == 3)
        #expect(ranked[0].basis.reasons.contains("ข้อตรวจพบค้าง 2"))
        #expect(ranked[3].basis.reasons.contains("ไม่เคยตรวจสอบ"))
        #expect(ranked[5].basis.level == .notAssessed)
    }

    @Test("The risk source's level counts when higher than the recorded one, with its evidence and red flags")
    func riskSourceSignals() {
        let signals = [
            "A": SubjectRiskSignal(
                subjectID: "A", level: AuditRiskLevel(rank: 4, label: LocalizedLabel(th: "สูงมาก", en: "very high")),
                evidence: ["R-2568-001 5×4=20 สูงมาก"]),
            "B": SubjectRiskSignal(subjectID: "B", level: .low, openRedFlags: 3),
        ]
        let ranked = AuditRanking.rank(
            universe([
                AuditFixture.subject("A", .low, last: "2567-01-01"),
                AuditFixture.subject("B", .high, last: "2567-01-01"),
                AuditFixture.subject("C", .high, last: "2567-01-01"),
            ]), for: year, signals: signals, openFindings: [:])
        #expect(ranked.map(\.subject.id) == ["A", "B", "C"])
        #expect(ranked[0].basis.level.rank == 4)
        #expect(ranked[0].basis.recordedLevel == .low)
        #expect(ranked[0].basis.reasons.first == "ทะเบียนความเสี่ยง: สูงมาก (R-2568-001 5×4=20 สูงมาก)")
        // B keeps its recorded high (the register's low does not lower it); its red flags put it before C.
        #expect(ranked[1].basis.level == .high)
        #expect(ranked[1].basis.openRedFlags == 3)
    }

    @Test("An engagement closed in Sujarit counts as the last audit when later than the recorded day")
    func lastAuditFromEngagement() {
        let subject = UniverseSubject(
            subject: AuditFixture.subject("A", .high, last: "2563-01-01"),
            lastEngagementClosed: AuditFixture.day("2567-08-01"))
        let ranked = AuditRanking.rank([subject], for: year, signals: [:], openFindings: [:])
        #expect(ranked[0].basis.lastAudited == AuditFixture.day("2567-08-01"))
        #expect(ranked[0].basis.yearsSinceAudit == 0)
    }

    @Test("Filling is greedy by rank, never exceeds capacity, and lets smaller subjects fill what is left")
    func capacity() {
        let ranked = AuditRanking.rank(
            universe([
                AuditFixture.subject("A", .veryHigh, days: 40),
                AuditFixture.subject("B", .high, days: 50),
                AuditFixture.subject("C", .high, last: "2567-01-01", days: 30),
                AuditFixture.subject("D", .medium, days: 10),
                AuditFixture.subject("E", .low, days: 20),
            ]), for: year, signals: [:], openFindings: [:])
        let fill = CapacityPlanner.fill(ranked, capacity: 100)
        #expect(fill.selected.map(\.subject.id) == ["A", "B", "D"])
        #expect(fill.used == 100)
        #expect(fill.deferred.map(\.subject) == ["C", "E"])
        #expect(fill.deferred[0].remaining == 10)
        for capacity in [1, 9, 39, 40, 89, 90, 149, 150, 1_000] {
            let result = CapacityPlanner.fill(ranked, capacity: capacity)
            #expect(result.used <= capacity)
            #expect(result.used == result.selected.reduce(0) { $0 + $1.subject.subject.personDays })
            #expect(result.selected.count + result.deferred.count == ranked.count)
        }
    }

    @Test("The 3-year view covers every subject, keeps the plan as year one, and repeats high risks in spare capacity")
    func strategic() {
        let ranked = AuditRanking.rank(
            universe([
                AuditFixture.subject("H1", .high, days: 30),
                AuditFixture.subject("H2", .high, last: "2566-01-01", days: 30),
                AuditFixture.subject("M1", .medium, days: 30),
                AuditFixture.subject("M2", .medium, last: "2566-01-01", days: 30),
                AuditFixture.subject("L1", .low, days: 30),
                AuditFixture.subject("L2", .low, last: "2566-01-01", days: 30),
                AuditFixture.subject("L3", .low, last: "2567-01-01", days: 30),
            ]), for: year, signals: [:], openFindings: [:])
        let fill = CapacityPlanner.fill(ranked, capacity: 60)
        let entries = PlanScheduler.entries(for: fill.selected, year: year, auditors: ["anan"])
        let plan = StrategicPlan.build(ranked: ranked, firstYear: entries, year: year, capacity: 60)
        #expect(plan.years.map(\.be) == [2568, 2569, 2570])
        #expect(plan.rows.allSatisfy { !$0.years.isEmpty }, "every subject is planned at least once")
        #expect(plan.rows.first { $0.subject == "H1" }?.years.first == year)
        #expect(plan.rows.first { $0.subject == "M1" }?.years == [FiscalYear(be: 2569)])
        // Seven subjects of 30 days with 60 a year: the last one cannot fit and is reported over capacity.
        #expect(plan.overCapacity(FiscalYear(be: 2570)) == 30)
        #expect(plan.overCapacity(year) == 0 && plan.overCapacity(FiscalYear(be: 2569)) == 0)

        // With 200 a year, 2569 takes the five left (150) and H1 again; 2570 has room for both high risks.
        let roomy = StrategicPlan.build(ranked: ranked, firstYear: entries, year: year, capacity: 200)
        #expect(roomy.rows.first { $0.subject == "H1" }?.years.count == 3, "a high risk repeats while capacity allows")
        #expect(roomy.rows.first { $0.subject == "H2" }?.years.map(\.be) == [2568, 2570])
        #expect(roomy.rows.first { $0.subject == "L3" }?.years.map(\.be) == [2569], "low risks are not repeated")
        #expect(roomy.years.allSatisfy { roomy.load($0) <= 200 })
    }

    @Test("Periods read quarters and months, and know their days in the fiscal year")
    func periods() {
        #expect(AuditPeriod(text: "q1") == .quarter(1))
        #expect(AuditPeriod(text: "ไตรมาส ๓") == .quarter(3))
        #expect(AuditPeriod(text: "พ.ย.") == .month(11))
        #expect(AuditPeriod(text: "มีนาคม") == .month(3))
        #expect(AuditPeriod(text: "Nov") == .month(11))
        #expect(AuditPeriod(text: "q5") == nil)
        #expect(AuditPeriod(text: "soon") == nil)
        let year = FiscalYear(be: 2568)
        #expect(
            AuditPeriod.quarter(1).dates(in: year) == AuditFixture.day("2024-10-01")...AuditFixture.day("2024-12-31"))
        #expect(AuditPeriod.month(2).dates(in: year) == AuditFixture.day("2025-02-01")...AuditFixture.day("2025-02-28"))
        #expect(AuditPeriod.quarter(1).thai(in: year) == "ไตรมาส 1 (ต.ค.–ธ.ค. 2567)")
        #expect(AuditPeriod.month(11) < AuditPeriod.quarter(2))
    }

    @Test("Ids: subjects in capitals, risks and findings in their canonical form, Thai digits accepted")
    func identifiers() throws {
        #expect(try AuditSubject.normalizedID(" fin-rev ") == "FIN-REV")
        #expect(throws: AuditPlansError.invalidSubjectID("การเงิน")) { try AuditSubject.normalizedID("การเงิน") }
        #expect(try AuditSubject.normalizedRiskID("r-๒๕๖๘-3") == "R-2568-003")
        #expect(throws: AuditPlansError.invalidRiskID("R-68-3")) { try AuditSubject.normalizedRiskID("R-68-3") }
        let parsed = try RecommendationRef.parse("F-2568-001.2")
        #expect(parsed.finding.description == "F-2568-001" && parsed.number == 2)
        #expect(try RecommendationRef.parse("f-2568-7").number == nil)
    }
}
