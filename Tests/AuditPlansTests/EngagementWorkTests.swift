import AuditPlans
import EventStore
import Foundation
import Sujarit
import Testing

@Suite("Engagement work: scope, program, working papers, time, samples")
struct EngagementWorkTests {
    let year = FiscalYear(be: 2568)

    static func draw(
        _ engagement: EngagementRef, items: [(String, Int64)] = [("P1", 400), ("P2", 100)], size: Int = 2,
        population: Int = 10, total: Int64 = 1000, on day: String = "2024-11-20"
    ) -> AuditSampleDraw {
        AuditSampleDraw(
            engagement: engagement, source: "procurement", population: "วิธีเฉพาะเจาะจง", method: .mus, size: size,
            seed: 42, populationSize: population, populationTotal: .baht(total),
            items: items.map { SampledItem(id: $0.0, amount: .baht($0.1)) }, drawnOn: AuditFixture.day(day))
    }

    @Test("Scope, a program step done, time and a working paper are folded into the engagement and its file")
    func work() async throws {
        let fixture = try await AuditFixture()
        let engagement = try await fixture.startedEngagement()
        let service = fixture.service()
        let context = fixture.context("anan", on: "2024-12-01")
        try await service.scope(
            engagement, objectives: ["  สอบทานการเบิกจ่าย ", ""], scope: "ฎีกา ต.ค.–ธ.ค. 2567", criteria: ["ระเบียบ มท."],
            on: AuditFixture.day("2024-11-05"), context: context)
        let step = try await service.addStep(
            engagement, procedure: "สุ่มฎีกา", assignedTo: "suda", on: AuditFixture.day("2024-11-05"), context: context)
        #expect(step.number == 1)
        try await service.performStep(
            engagement, step: 1, by: ["suda", "anan"], on: AuditFixture.day("2024-11-20"), context: context)
        let paper = try await service.attachWorkingPaper(
            engagement, file: FileFingerprint(path: "wp/1.xlsx", sha256: String(repeating: "a", count: 64), size: 9),
            title: "ตารางฎีกา", step: 1, context: context)
        #expect(paper.reference == "WP-1")
        try await service.recordTime(engagement, auditor: "anan", personDays: 4, context: context)
        try await service.recordTime(engagement, auditor: "suda", personDays: 3, context: context)

        let file = try #require(try await AuditQueries.engagementFile(fixture.store, engagement: engagement))
        #expect(file.work.scope?.objectives == ["สอบทานการเบิกจ่าย"])
        #expect(file.work.steps.first?.performed?.performedBy == ["suda", "anan"])
        #expect(file.work.workingPapers.map(\.reference) == ["WP-1"])
        #expect(file.actualPersonDays == 7)
        #expect(file.plannedPersonDays == 20)
        let rows = try await fixture.store.query(
            "SELECT actual_person_days FROM audit_engagements WHERE subject = ?", ["HIGH-OLD"])
        #expect(rows.first?.int("actual_person_days") == 7)
        #expect(try await fixture.store.verifyReadModels(progress: nil).isConsistent)
    }

    @Test("Work is refused on a closed engagement, before its start, for an unknown or done step, or a paper twice")
    func refusals() async throws {
        let fixture = try await AuditFixture()
        let engagement = try await fixture.startedEngagement()
        let service = fixture.service()
        let context = fixture.context("anan", on: "2024-12-01")
        try await fixture.refuses(
            .dateBefore(
                field: "--on", AuditFixture.day("2024-11-01"), what: "the engagement's start",
                AuditFixture.day("2024-11-04"))
        ) {
            try await service.addStep(
                engagement, procedure: "x", on: AuditFixture.day("2024-11-01"), context: context)
        }
        try await fixture.refuses(.missingRole(field: "--assign", "nisa", role: "auditor")) {
            try await service.addStep(engagement, procedure: "x", assignedTo: "nisa", context: context)
        }
        try await fixture.refuses(.unknownStep("HIGH-OLD", 3, count: 0)) {
            try await service.performStep(engagement, step: 3, by: ["anan"], context: context)
        }
        try await service.addStep(engagement, procedure: "สุ่มฎีกา", context: context)
        try await service.performStep(engagement, step: 1, by: ["anan"], context: context)
        try await fixture.refuses(.stepDone("HIGH-OLD", 1, on: AuditFixture.day("2024-12-01"))) {
            try await service.performStep(engagement, step: 1, by: ["anan"], context: context)
        }
        let file = FileFingerprint(path: "a.pdf", sha256: String(repeating: "b", count: 64), size: 3)
        try await service.attachWorkingPaper(engagement, file: file, title: "หลักฐาน", context: context)
        try await fixture.refuses(.workingPaperAttached("copy.pdf", as: "WP-1", "HIGH-OLD")) {
            var copy = file
            copy.path = "copy.pdf"
            try await service.attachWorkingPaper(engagement, file: copy, title: "สำเนา", context: context)
        }
        try await fixture.refuses(.notPositive(field: "--person-days", 0)) {
            try await service.recordTime(engagement, auditor: "anan", personDays: 0, context: context)
        }
        try await service.closeEngagement(
            year, subject: "HIGH-OLD", on: AuditFixture.day("2024-12-01"), context: context)
        try await fixture.refuses(.engagementClosed("HIGH-OLD", on: AuditFixture.day("2024-12-01"))) {
            try await service.recordTime(engagement, auditor: "anan", personDays: 1, context: context)
        }
        // The papers of a closed engagement can still be read back for checking.
        #expect(try await service.workingPapers(engagement).map(\.sha256) == [file.sha256])
    }

    @Test("A sample is recorded numbered within its engagement and read back with its seed and items")
    func sample() async throws {
        let fixture = try await AuditFixture()
        let engagement = try await fixture.startedEngagement()
        let service = fixture.service()
        let context = fixture.context("anan", on: "2024-12-01")
        let first = try await service.recordSample(Self.draw(engagement), context: context)
        let second = try await service.recordSample(
            Self.draw(EngagementRef(fiscalYear: year, subject: "high-old"), items: [("P3", 50)], size: 1),
            context: context)
        #expect((first.number, second.number) == (1, 2))
        #expect(first.sampledTotal == .baht(500))
        let read = try await AuditQueries.samples(fixture.store, engagement: engagement)
        #expect(read == [first, second])
        #expect(read.first?.seed == 42 && read.first?.method == .mus)
        #expect(
            try await AuditQueries.samples(fixture.store, engagement: EngagementRef(fiscalYear: year, subject: "LOW"))
                .isEmpty)
        #expect(try await fixture.store.verifyReadModels(progress: nil).isConsistent)
    }

    @Test("A sample is refused for an engagement not started or closed, and when the draw does not add up")
    func sampleRefusals() async throws {
        let fixture = try await AuditFixture()
        let engagement = try await fixture.startedEngagement()
        let service = fixture.service()
        let context = fixture.context("anan", on: "2024-12-01")
        try await fixture.refuses(.engagementNotStarted("LOW", year)) {
            try await service.recordSample(Self.draw(EngagementRef(fiscalYear: year, subject: "LOW")), context: context)
        }
        try await fixture.refuses(.noPlan(FiscalYear(be: 2569))) {
            try await service.recordSample(
                Self.draw(EngagementRef(fiscalYear: FiscalYear(be: 2569), subject: "HIGH-OLD")), context: context)
        }
        let invalid: (AuditPlansError) -> Bool = { if case .invalidSample = $0 { true } else { false } }
        try await fixture.refuses(invalid) {
            try await service.recordSample(Self.draw(engagement, size: 1), context: context)
        }
        try await fixture.refuses(invalid) {
            try await service.recordSample(Self.draw(engagement, items: [("P1", 1), ("P1", 2)]), context: context)
        }
        try await fixture.refuses(invalid) {
            try await service.recordSample(Self.draw(engagement, total: 100), context: context)
        }
        try await fixture.refuses(invalid) {
            try await service.recordSample(Self.draw(engagement, population: 1), context: context)
        }
        try await fixture.refuses(invalid) {
            try await service.recordSample(Self.draw(engagement, items: []), context: context)
        }
        try await fixture.refuses(
            .dateInFuture(field: "--on", AuditFixture.day("2024-12-02"), today: AuditFixture.day("2024-12-01"))
        ) {
            try await service.recordSample(Self.draw(engagement, on: "2024-12-02"), context: context)
        }
        try await service.closeEngagement(
            year, subject: "HIGH-OLD", on: AuditFixture.day("2024-11-30"), context: context)
        try await fixture.refuses(.engagementClosed("HIGH-OLD", on: AuditFixture.day("2024-11-30"))) {
            try await service.recordSample(Self.draw(engagement), context: context)
        }
    }
}
