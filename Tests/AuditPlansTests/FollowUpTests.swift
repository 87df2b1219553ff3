import AuditPlans
import Sujarit
import Testing

@Suite("Follow-up rounds and the follow-up register")
struct FollowUpTests {
    let year = FiscalYear(be: 2568)

    /// An approved plan with one finding (one recommendation, due 31 Mar 2025) and one with two.
    func setUp() async throws -> AuditFixture {
        let fixture = try await AuditFixture()
        try await fixture.approvedPlan()
        let service = fixture.service()
        try await service.startEngagement(
            year, subject: "HIGH-OLD", on: AuditFixture.day("2024-11-04"),
            context: fixture.context("anan", on: "2024-12-10"))
        try await service.recordFinding(
            year, subject: "HIGH-OLD", EngagementTests.draft(), context: fixture.context("anan", on: "2024-12-10"))
        var two = EngagementTests.draft("ทะเบียนคุมไม่เป็นปัจจุบัน")
        two.recommendations.append(
            RecommendationDraft(
                text: "มอบหมายผู้สอบทานทะเบียนทุกเดือน", managementResponse: nil, actionOwner: "nisa",
                due: AuditFixture.day("2025-06-30")))
        try await service.recordFinding(
            year, subject: "HIGH-OLD", two, context: fixture.context("anan", on: "2024-12-10"))
        return fixture
    }

    @Test("Rounds move a recommendation through the statuses; after done no more rounds are taken")
    func rounds() async throws {
        let fixture = try await setUp()
        let service = fixture.service()
        let first = try await service.recordFollowUp(
            "F-2568-001", status: .inProgress, on: AuditFixture.day("2025-02-01"), note: "จัดทำแบบตรวจสอบแล้ว รอประกาศใช้",
            context: fixture.context("anan", on: "2025-05-20"))
        #expect(first.round == 1 && first.recommendation == 1)
        try await fixture.refuses(
            .dateBefore(
                field: "--on", AuditFixture.day("2025-01-15"), what: "the previous round",
                AuditFixture.day("2025-02-01"))
        ) {
            try await service.recordFollowUp(
                "F-2568-001", status: .done, on: AuditFixture.day("2025-01-15"),
                context: fixture.context("anan", on: "2025-05-20"))
        }
        let second = try await service.recordFollowUp(
            "F-2568-001.1", status: .done, on: AuditFixture.day("2025-05-15"),
            context: fixture.context("anan", on: "2025-05-20"))
        #expect(second.round == 2)
        try await fixture.refuses(
            .followUpClosed(
                RecommendationRef(finding: second.finding, number: 1), .done, on: AuditFixture.day("2025-05-15"))
        ) {
            try await service.recordFollowUp(
                "F-2568-001", status: .inProgress, on: AuditFixture.day("2025-05-20"),
                context: fixture.context("anan", on: "2025-05-20"))
        }
        let item = try await service.followUpRegister(year).first { $0.ref.description == "F-2568-001.1" }
        #expect(item?.status == .done && item?.rounds == 2)
    }

    @Test("A finding with several recommendations needs the number; unknown findings and numbers are refused")
    func references() async throws {
        let fixture = try await setUp()
        let service = fixture.service()
        let id = try FindingID(parsing: "F-2568-002")
        try await fixture.refuses(.recommendationNeeded(id, count: 2)) {
            try await service.recordFollowUp(
                "F-2568-002", status: .inProgress, context: fixture.context("anan", on: "2025-02-01"))
        }
        try await fixture.refuses(.unknownRecommendation(id, 3, count: 2)) {
            try await service.recordFollowUp(
                "F-2568-002.3", status: .inProgress, context: fixture.context("anan", on: "2025-02-01"))
        }
        try await fixture.refuses(.unknownFinding(try FindingID(parsing: "F-2568-009"))) {
            try await service.recordFollowUp(
                "F-2568-009", status: .done, context: fixture.context("anan", on: "2025-02-01"))
        }
        try await fixture.refuses(.invalidFindingID("X-1")) {
            try await service.recordFollowUp("X-1", status: .done, context: fixture.context("anan", on: "2025-02-01"))
        }
        let round = try await service.recordFollowUp(
            "F-2568-002.2", status: .notStarted, context: fixture.context("anan", on: "2025-02-01"))
        #expect(round.ref.description == "F-2568-002.2")
    }

    @Test("Accepting the risk needs an executive approver and a reason; both are refused with other statuses")
    func riskAccepted() async throws {
        let fixture = try await setUp()
        let service = fixture.service()
        try await fixture.refuses(.acceptanceNeeds("--approver")) {
            try await service.recordFollowUp(
                "F-2568-001", status: .riskAccepted, reason: "ต้นทุนสูงกว่าประโยชน์",
                context: fixture.context("anan", on: "2025-04-01"))
        }
        try await fixture.refuses(.acceptanceNeeds("--reason")) {
            try await service.recordFollowUp(
                "F-2568-001", status: .riskAccepted, approver: "mayor",
                context: fixture.context("anan", on: "2025-04-01"))
        }
        try await fixture.refuses(.missingRole(field: "--approver", "nisa", role: "executive")) {
            try await service.recordFollowUp(
                "F-2568-001", status: .riskAccepted, approver: "nisa", reason: "ไม่มีงบประมาณ",
                context: fixture.context("anan", on: "2025-04-01"))
        }
        try await fixture.refuses(.acceptanceOnly("--approver")) {
            try await service.recordFollowUp(
                "F-2568-001", status: .inProgress, approver: "mayor", context: fixture.context("anan", on: "2025-04-01")
            )
        }
        let accepted = try await service.recordFollowUp(
            "F-2568-001", status: .riskAccepted, approver: "mayor", reason: "ไม่มีงบประมาณจ้างเพิ่ม ใช้การสอบทานแทน",
            context: fixture.context("anan", on: "2025-04-01"))
        #expect(accepted.acceptance?.approverName == "นายอับดุลเลาะ สาและ")
        try await fixture.refuses({ if case .followUpClosed = $0 { true } else { false } }) {
            try await service.recordFollowUp(
                "F-2568-001", status: .done, context: fixture.context("anan", on: "2025-04-01"))
        }
    }

    @Test("Overdue is derived from the as-of day: past due and neither done nor accepted")
    func overdue() async throws {
        let fixture = try await setUp()
        let service = fixture.service()
        try await service.recordFollowUp(
            "F-2568-002.1", status: .done, on: AuditFixture.day("2025-04-01"),
            context: fixture.context("anan", on: "2025-04-10"))
        let register = try await service.followUpRegister(year)
        #expect(register.map(\.ref.description) == ["F-2568-001.1", "F-2568-002.1", "F-2568-002.2"])
        let onDue = AuditFixture.day("2025-03-31"), after = AuditFixture.day("2025-04-01"),
            late = AuditFixture.day("2025-07-01")
        #expect(register[0].isOverdue(asOf: onDue) == false, "due on the day itself is not yet overdue")
        #expect(register[0].isOverdue(asOf: after) && register[0].daysOverdue(asOf: after) == 1)
        #expect(!register[1].isOverdue(asOf: late), "done is never overdue")
        #expect(!register[2].isOverdue(asOf: after) && register[2].isOverdue(asOf: late))
        let status = try await service.status(year, asOf: late)
        #expect(status.overdue.map(\.ref.description) == ["F-2568-001.1", "F-2568-002.2"])
        #expect(status.recommendationCount(.done) == 1 && status.recommendationCount(.notStarted) == 2)
    }

    @Test("Open findings raise a subject in the next year's ranking until their recommendations close")
    func openFindingsFeedRanking() async throws {
        let fixture = try await setUp()
        let next = FiscalYear(be: 2569)
        let before = try await fixture.service().ranking(for: next)
        #expect(before.first { $0.subject.id == "HIGH-OLD" }?.basis.openFindings == 2)
        let service = fixture.service()
        try await service.recordFollowUp(
            "F-2568-001", status: .done, context: fixture.context("anan", on: "2025-04-10"))
        try await service.recordFollowUp(
            "F-2568-002.1", status: .done, context: fixture.context("anan", on: "2025-04-10"))
        #expect(try await service.ranking(for: next).first { $0.subject.id == "HIGH-OLD" }?.basis.openFindings == 1)
        try await service.recordFollowUp(
            "F-2568-002.2", status: .riskAccepted, approver: "mayor", reason: "ยอมรับได้",
            context: fixture.context("anan", on: "2025-04-10"))
        #expect(try await service.ranking(for: next).first { $0.subject.id == "HIGH-OLD" }?.basis.openFindings == 0)
    }
}
