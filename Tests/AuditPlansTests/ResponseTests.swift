import AuditPlans
import EventStore
import Sujarit
import Testing

@Suite("Management responses and recommendations added after the fact")
struct ResponseTests {
    let year = FiscalYear(be: 2568)

    /// A started engagement on HIGH-OLD with finding F-2568-001 (one recommendation, owner nisa, no response given
    /// with it) of 1 Dec 2024.
    static func finding(_ fixture: AuditFixture) async throws -> (EngagementRef, FindingID) {
        let engagement = try await fixture.startedEngagement()
        var draft = EngagementTests.draft()
        draft.recommendations[0].managementResponse = nil
        let finding = try await fixture.service().recordFinding(
            FiscalYear(be: 2568), subject: "HIGH-OLD", draft,
            context: fixture.context("anan", on: "2024-12-01"))
        return (engagement, finding.id)
    }

    @Test("A response is recorded on a known recommendation; a changed one supersedes it, the same one is refused")
    func respond() async throws {
        let fixture = try await AuditFixture()
        let (_, id) = try await Self.finding(fixture)
        let service = fixture.service()
        let context = fixture.context("anan", on: "2024-12-20")
        try await fixture.refuses(.unknownRecommendation(id, 2, count: 1)) {
            try await service.respond(
                "\(id).2", position: .agree, actionPlan: "ทำ", owner: "nisa", due: AuditFixture.day("2025-03-31"),
                context: context)
        }
        try await fixture.refuses(.responseNeedsDue(.partly)) {
            try await service.respond(
                "\(id)", position: .partly, actionPlan: "ทำบางส่วน", owner: "nisa", due: nil, context: context)
        }
        try await fixture.refuses(.unknownStaff(field: "--owner", "ghost")) {
            try await service.respond(
                "\(id)", position: .disagree, actionPlan: "ไม่ทำ", owner: "ghost", due: nil, context: context)
        }
        try await fixture.refuses(
            .dateBefore(
                field: "--on", AuditFixture.day("2024-11-30"), what: "the recommendation was made",
                AuditFixture.day("2024-12-01"))
        ) {
            try await service.respond(
                "\(id)", position: .disagree, actionPlan: "ไม่ทำ", owner: "nisa", due: nil,
                on: AuditFixture.day("2024-11-30"), context: context)
        }
        let first = try await service.respond(
            "\(id)", position: .agree, actionPlan: "จัดทำแบบตรวจสอบฎีกา", owner: "nisa",
            due: AuditFixture.day("2025-03-31"), on: AuditFixture.day("2024-12-15"), context: context)
        #expect(first.revision == 1)
        try await fixture.refuses(.sameResponse(first.ref, on: AuditFixture.day("2024-12-15"))) {
            try await service.respond(
                "\(id).1", position: .agree, actionPlan: "จัดทำแบบตรวจสอบฎีกา", owner: "nisa",
                due: AuditFixture.day("2025-03-31"), context: context)
        }
        let second = try await service.respond(
            "\(id).1", position: .partly, actionPlan: "จัดทำแบบตรวจสอบเฉพาะฎีกาเกิน 1 แสนบาท", owner: "nisa",
            due: AuditFixture.day("2025-04-30"), context: context)
        #expect(second.revision == 2)
        #expect(ResponsePosition(text: " ไม่เห็นด้วย ") == .disagree && ResponsePosition(text: "Partly") == .partly)
        #expect(ResponsePosition(text: "maybe") == nil)
        let item = try #require(try await AuditQueries.followUpItems(fixture.store, year: year).first)
        #expect(item.response == second)
        #expect(try await fixture.store.verifyReadModels(progress: nil).isConsistent)
    }

    @Test("An added recommendation is numbered next, followed up, and listed in the register")
    func addRecommendation() async throws {
        let fixture = try await AuditFixture()
        let (_, id) = try await Self.finding(fixture)
        let service = fixture.service()
        let context = fixture.context("anan", on: "2025-01-10")
        try await fixture.refuses(
            .dateBefore(
                field: "--due", AuditFixture.day("2024-12-31"), what: "the day it is added",
                AuditFixture.day("2025-01-10"))
        ) {
            try await service.addRecommendation(
                to: id, text: "อบรม", owner: "nisa", due: AuditFixture.day("2024-12-31"), context: context)
        }
        try await fixture.refuses(.unknownFinding(FindingID(fiscalYear: year, number: 9))) {
            try await service.addRecommendation(
                to: FindingID(fiscalYear: year, number: 9), text: "อบรม", owner: "nisa",
                due: AuditFixture.day("2025-06-30"), context: context)
        }
        let added = try await service.addRecommendation(
            to: id, text: "อบรมเจ้าหน้าที่การเงิน", owner: "nisa", due: AuditFixture.day("2025-06-30"), context: context)
        #expect(added.ref.description == "\(id).2")
        let round = try await service.recordFollowUp("\(id).2", status: .inProgress, context: context)
        #expect(round.round == 1)
        let items = try await AuditQueries.followUpItems(fixture.store, year: year)
        #expect(items.map(\.ref.description) == ["\(id).1", "\(id).2"])
        #expect(items.last?.recommendation.text == "อบรมเจ้าหน้าที่การเงิน")
        #expect(items.last?.status == .inProgress)
        #expect(try await fixture.store.verifyReadModels(progress: nil).isConsistent)
    }

    @Test("The report is held until every recommendation has a response or a 'none received by DAY' record")
    func reportGate() async throws {
        let fixture = try await AuditFixture()
        let (engagement, id) = try await Self.finding(fixture)
        let service = fixture.service()
        let context = fixture.context("anan", on: "2025-01-10")
        try await service.addRecommendation(
            to: id, text: "อบรม", owner: "nisa", due: AuditFixture.day("2025-06-30"), context: context)
        let both = [RecommendationRef(finding: id, number: 1), RecommendationRef(finding: id, number: 2)]
        await #expect(throws: AuditPlansError.responsesMissing(engagement, both)) {
            try await service.requireResponses(for: engagement)
        }
        try await service.respond(
            "\(id).1", position: .agree, actionPlan: "ทำ", owner: "nisa", due: AuditFixture.day("2025-03-31"),
            context: context)
        try await fixture.refuses(.alreadyResponded(both[0], on: AuditFixture.day("2025-01-10"))) {
            try await service.recordNoResponse("\(id).1", by: AuditFixture.day("2025-01-10"), context: context)
        }
        await #expect(throws: AuditPlansError.responsesMissing(engagement, [both[1]])) {
            try await service.requireResponses(for: engagement)
        }
        // The finding as a whole: each recommendation still without a response.
        let none = try await service.recordNoResponse("\(id)", by: AuditFixture.day("2025-01-09"), context: context)
        #expect(none.map(\.recommendation) == [2])
        try await service.requireResponses(for: engagement)
        try await fixture.refuses(.allResponded(id)) {
            try await service.recordNoResponse("\(id)", by: AuditFixture.day("2025-01-08"), context: context)
        }
        try await fixture.refuses(.noResponseRecorded(both[1], by: AuditFixture.day("2025-01-09"))) {
            try await service.recordNoResponse("\(id).2", by: AuditFixture.day("2025-01-09"), context: context)
        }
        let file = try #require(try await AuditQueries.engagementFile(fixture.store, engagement: engagement))
        #expect(file.unanswered.isEmpty)
        #expect(file.findings.first?.items.last?.notReceived?.by == AuditFixture.day("2025-01-09"))
        // A response that comes later takes the place of "none received".
        try await service.respond(
            "\(id).2", position: .disagree, actionPlan: "ไม่จำเป็น", owner: "nisa", due: nil, context: context)
        let after = try #require(try await AuditQueries.engagementFile(fixture.store, engagement: engagement))
        #expect(after.findings.first?.items.last?.notReceived == nil)
        #expect(try await AuditQueries.followUpItems(fixture.store).last?.noResponseBy == nil)
        #expect(try await fixture.store.verifyReadModels(progress: nil).isConsistent)
    }

    @Test("A response given with the finding counts as one: the report may go, and 'none received' is refused")
    func responseWithFinding() async throws {
        let fixture = try await AuditFixture()
        let engagement = try await fixture.startedEngagement()
        let service = fixture.service()
        let finding = try await service.recordFinding(
            year, subject: "HIGH-OLD", EngagementTests.draft(), context: fixture.context("anan", on: "2024-12-01"))
        try await service.requireResponses(for: engagement)
        try await fixture.refuses(.alreadyResponded(finding.ref(1), on: AuditFixture.day("2024-12-01"))) {
            try await service.recordNoResponse(
                "\(finding.id).1", by: AuditFixture.day("2024-12-05"),
                context: fixture.context("anan", on: "2024-12-05"))
        }
        try await fixture.refuses(.allResponded(finding.id)) {
            try await service.recordNoResponse(
                "\(finding.id)", by: AuditFixture.day("2024-12-05"), context: fixture.context("anan", on: "2024-12-05"))
        }
    }
}

extension AuditFindingRecorded {
    /// Recommendation `number` of the finding.
    fileprivate func ref(_ number: Int) -> RecommendationRef { RecommendationRef(finding: id, number: number) }
}
