import AuditPlans
import Sujarit
import Testing

@Suite("Engagements and findings")
struct EngagementTests {
    let year = FiscalYear(be: 2568)

    static func draft(
        _ title: String = "การเบิกจ่ายไม่มีหลักฐานครบถ้วน", owner: String = "nisa", due: String = "2025-03-31",
        on: String = "2024-12-01"
    ) -> FindingDraft {
        FindingDraft(
            title: title, criteria: "ระเบียบกระทรวงมหาดไทยว่าด้วยการรับเงิน การเบิกจ่ายเงินฯ พ.ศ. 2566",
            condition: "ฎีกา 12 จาก 40 ฉบับที่สุ่มตรวจไม่มีใบสำคัญคู่จ่าย", cause: "ไม่มีการสอบทานก่อนอนุมัติ",
            effect: "อาจเบิกจ่ายเงินโดยไม่มีสิทธิ",
            recommendations: [
                RecommendationDraft(
                    text: "ให้กองคลังจัดทำแบบตรวจสอบฎีกาก่อนเสนออนุมัติ", managementResponse: "จะดำเนินการภายในไตรมาส 2",
                    actionOwner: owner, due: AuditFixture.day(due))
            ], on: AuditFixture.day(on)
        )
    }

    @Test("Engagements start only on an approved entry, once, and not before the approval")
    func start() async throws {
        let fixture = try await AuditFixture()
        try await fixture.smallUniverse()
        try await fixture.service().draft(year, capacity: 100, context: fixture.context("anan"))
        let later = fixture.service()
        try await fixture.refuses(.planNotApproved(year)) {
            try await later.startEngagement(
                year, subject: "HIGH-OLD", context: fixture.context("anan", on: "2025-01-10"))
        }
        try await fixture.service().approve(year, by: "mayor", context: fixture.context("anan"))
        try await fixture.refuses(.notInPlan("NOPE", year)) {
            try await later.startEngagement(year, subject: "nope", context: fixture.context("anan", on: "2025-01-10"))
        }
        try await fixture.refuses(
            .dateBefore(
                field: "--on", AuditFixture.day("2024-09-01"), what: "the plan's approval",
                AuditFixture.day("2024-09-10"))
        ) {
            try await later.startEngagement(
                year, subject: "HIGH-OLD", on: AuditFixture.day("2024-09-01"),
                context: fixture.context("anan", on: "2025-01-10"))
        }
        let started = try await later.startEngagement(
            year, subject: "high-old", on: AuditFixture.day("2024-11-04"),
            context: fixture.context("anan", on: "2025-01-10"))
        #expect(started.subject == "HIGH-OLD")
        #expect(started.auditors == [try await later.plan(year).entry("HIGH-OLD")?.auditor].compactMap { $0 })
        try await fixture.refuses(.engagementAlreadyStarted("HIGH-OLD", on: AuditFixture.day("2024-11-04"))) {
            try await later.startEngagement(
                year, subject: "HIGH-OLD", context: fixture.context("anan", on: "2025-01-10"))
        }
        // An entry whose engagement started cannot be removed, even by amendment.
        try await fixture.refuses(.engagementStartedOnEntry("HIGH-OLD")) {
            try await later.edit(
                year, [.remove(subject: "HIGH-OLD")],
                amendment: AmendmentRequest(
                    reason: "ยกเลิก", approvedBy: "mayor", approvedOn: AuditFixture.day("2025-01-10")),
                context: fixture.context("anan", on: "2025-01-10"))
        }
    }

    @Test("Findings are numbered in the year, need every part and an owner, and are refused on a closed engagement")
    func findings() async throws {
        let fixture = try await AuditFixture()
        try await fixture.approvedPlan()
        let service = fixture.service()
        try await fixture.refuses(.engagementNotStarted("HIGH-OLD", year)) {
            try await service.recordFinding(
                year, subject: "HIGH-OLD", Self.draft(), context: fixture.context("anan", on: "2025-01-10"))
        }
        try await service.startEngagement(
            year, subject: "HIGH-OLD", on: AuditFixture.day("2024-11-04"),
            context: fixture.context("anan", on: "2025-01-10"))
        try await service.startEngagement(
            year, subject: "MED-NEVER", on: AuditFixture.day("2024-11-04"),
            context: fixture.context("anan", on: "2025-01-10"))

        let first = try await service.recordFinding(
            year, subject: "HIGH-OLD", Self.draft(), context: fixture.context("anan", on: "2025-01-10"))
        let second = try await service.recordFinding(
            year, subject: "MED-NEVER", Self.draft("ไม่มีทะเบียนคุม"), context: fixture.context("anan", on: "2025-01-10"))
        #expect(first.id.description == "F-2568-001" && second.id.description == "F-2568-002")
        #expect(first.recommendations[0].number == 1 && first.recommendations[0].actionOwner == "nisa")

        var blank = Self.draft()
        blank.cause = "  "
        try await fixture.refuses(.emptyField("--cause")) {
            try await service.recordFinding(
                year, subject: "HIGH-OLD", blank, context: fixture.context("anan", on: "2025-01-10"))
        }
        try await fixture.refuses(.unknownStaff(field: "--owner", "somebody")) {
            try await service.recordFinding(
                year, subject: "HIGH-OLD", Self.draft(owner: "somebody"),
                context: fixture.context("anan", on: "2025-01-10"))
        }
        try await fixture.refuses(
            .dateBefore(
                field: "--due", AuditFixture.day("2024-11-30"), what: "the finding's day",
                AuditFixture.day("2024-12-01"))
        ) {
            try await service.recordFinding(
                year, subject: "HIGH-OLD", Self.draft(due: "2024-11-30"),
                context: fixture.context("anan", on: "2025-01-10"))
        }
        var none = Self.draft()
        none.recommendations = []
        try await fixture.refuses(.noRecommendation) {
            try await service.recordFinding(
                year, subject: "HIGH-OLD", none, context: fixture.context("anan", on: "2025-01-10"))
        }

        try await fixture.refuses(
            .dateBefore(
                field: "--on", AuditFixture.day("2024-11-20"), what: "its last finding", AuditFixture.day("2024-12-01"))
        ) {
            try await service.closeEngagement(
                year, subject: "HIGH-OLD", on: AuditFixture.day("2024-11-20"),
                context: fixture.context("anan", on: "2025-01-10"))
        }
        try await service.closeEngagement(
            year, subject: "HIGH-OLD", on: AuditFixture.day("2024-12-20"), summary: "รายงานผลต่อนายกเทศมนตรีแล้ว",
            context: fixture.context("anan", on: "2025-01-10"))
        try await fixture.refuses(.engagementClosed("HIGH-OLD", on: AuditFixture.day("2024-12-20"))) {
            try await service.recordFinding(
                year, subject: "HIGH-OLD", Self.draft(on: "2024-12-21"),
                context: fixture.context("anan", on: "2025-01-10"))
        }
        try await fixture.refuses(.engagementClosed("HIGH-OLD", on: AuditFixture.day("2024-12-20"))) {
            try await service.closeEngagement(
                year, subject: "HIGH-OLD", context: fixture.context("anan", on: "2025-01-10"))
        }

        let status = try await service.status(year, asOf: AuditFixture.day("2025-01-10"))
        #expect(
            status.entryCount(.closed) == 1 && status.entryCount(.inProgress) == 1 && status.entryCount(.planned) == 3)
        #expect(status.entries.first { $0.entry.subject == "HIGH-OLD" }?.findings == 1)
        #expect(status.followUps.count == 2)
    }
}
