import AuditPlans
import EventStore
import Sujarit
import Testing

@Suite("Correcting the day of a plan's approval")
struct ApprovalCorrectionTests {
    let year = FiscalYear(be: 2568)

    @Test(
        """
        approved without --on (today, 10 Jan 68): the engagement of 4 Nov 67 is refused until the day is \
        corrected to 15 Sep 67
        """
    )
    func correctionUnblocksEngagement() async throws {
        let fixture = try await AuditFixture()
        try await fixture.smallUniverse()
        try await fixture.service().draft(year, capacity: 100, context: fixture.context("anan"))
        let january = fixture.service()
        try await january.approve(year, by: "mayor", context: fixture.context("anan", on: "2025-01-10"))
        let november = AuditFixture.day("2024-11-04")
        try await fixture.refuses(
            .dateBefore(field: "--on", november, what: "the plan's approval", AuditFixture.day("2025-01-10"))
        ) {
            try await january.startEngagement(
                year, subject: "HIGH-OLD", on: november, context: fixture.context("anan", on: "2025-01-10"))
        }
        let corrected = try await january.correctApproval(
            year, on: AuditFixture.day("2024-09-15"), reason: "บันทึกวันที่ผิด ตามหนังสืออนุมัติลงวันที่ 15 ก.ย. 67",
            context: fixture.context("anan", on: "2025-01-10"))
        #expect(corrected.previousOn == AuditFixture.day("2025-01-10"))
        let plan = try await january.plan(year)
        #expect(plan.approval?.approvedOn == AuditFixture.day("2024-09-15"))
        #expect(plan.approvalCorrections.map(\.reason) == ["บันทึกวันที่ผิด ตามหนังสืออนุมัติลงวันที่ 15 ก.ย. 67"])
        #expect(
            try await fixture.store.query("SELECT approved_on FROM audit_plans").first?.string("approved_on")
                == "2024-09-15")
        // The limit: the engagement may start on the approval's day itself, not the day before.
        try await fixture.refuses(
            .dateBefore(
                field: "--on", AuditFixture.day("2024-09-14"), what: "the plan's approval",
                AuditFixture.day("2024-09-15"))
        ) {
            try await january.startEngagement(
                year, subject: "HIGH-OLD", on: AuditFixture.day("2024-09-14"),
                context: fixture.context("anan", on: "2025-01-10"))
        }
        try await january.startEngagement(
            year, subject: "HIGH-OLD", on: november, context: fixture.context("anan", on: "2025-01-10"))
        // The history keeps both the approval and its correction.
        let types = try await fixture.store.events(in: AuditStreams.plan(year)).map(\.type)
        #expect(
            types.suffix(3) == [
                AuditPlanApproved.eventType, AuditPlanApprovalCorrected.eventType, "AuditEngagementStarted",
            ])
    }

    @Test(
        """
        a correction cannot move the approval after an engagement's start (the start day itself is the limit), \
        into the future, or to the same day
        """
    )
    func correctionLimits() async throws {
        let fixture = try await AuditFixture()
        try await fixture.approvedPlan()
        let later = fixture.service()
        let started = AuditFixture.day("2024-11-04")
        try await later.startEngagement(
            year, subject: "HIGH-OLD", on: started, context: fixture.context("anan", on: "2025-01-10"))
        try await fixture.refuses(
            .approvalAfter(AuditFixture.day("2024-11-05"), what: "the engagement on HIGH-OLD, started", started)
        ) {
            try await later.correctApproval(
                year, on: AuditFixture.day("2024-11-05"), reason: "ผิด",
                context: fixture.context("anan", on: "2025-01-10"))
        }
        try await fixture.refuses(
            .dateInFuture(field: "--on", AuditFixture.day("2025-01-11"), today: AuditFixture.day("2025-01-10"))
        ) {
            try await later.correctApproval(
                year, on: AuditFixture.day("2025-01-11"), reason: "ผิด",
                context: fixture.context("anan", on: "2025-01-10"))
        }
        try await fixture.refuses(.sameApprovalDay(year, AuditFixture.day("2024-09-10"))) {
            try await later.correctApproval(
                year, on: AuditFixture.day("2024-09-10"), reason: "ผิด",
                context: fixture.context("anan", on: "2025-01-10"))
        }
        try await fixture.refuses(.emptyField("--reason")) {
            try await later.correctApproval(
                year, on: AuditFixture.day("2024-09-12"), reason: "  ",
                context: fixture.context("anan", on: "2025-01-10"))
        }
        try await later.correctApproval(
            year, on: started, reason: "อนุมัติวันเดียวกับที่เริ่มตรวจ", context: fixture.context("anan", on: "2025-01-10"))
        #expect(try await later.plan(year).approval?.approvedOn == started)
    }

    @Test("a plan not yet approved has nothing to correct")
    func nothingToCorrect() async throws {
        let fixture = try await AuditFixture()
        try await fixture.smallUniverse()
        try await fixture.service().draft(year, capacity: 100, context: fixture.context("anan"))
        try await fixture.refuses(.planNotApproved(year)) {
            try await fixture.service().correctApproval(
                year, on: AuditFixture.day("2024-09-01"), reason: "ผิด", context: fixture.context("anan"))
        }
    }
}
