import AuditPlans
import EventStore
import Sujarit
import Testing

@Suite("Drafting, editing, approving and amending a plan")
struct PlanLifecycleTests {
    let year = FiscalYear(be: 2568)

    @Test("A draft fills the capacity by rank, spreads entries over quarters and auditors, and defers the rest")
    func draft() async throws {
        let fixture = try await AuditFixture()
        try await fixture.smallUniverse()
        let result = try await fixture.service().draft(year, capacity: 60, context: fixture.context("anan"))
        #expect(result.drafted.entries.map(\.subject) == ["HIGH-OLD", "HIGH-NEW", "MED-NEVER"])
        #expect(result.fill.used == 60)
        #expect(result.drafted.deferred.map(\.subject) == ["MED-OLD", "LOW"])
        let plan = try await fixture.service().plan(year)
        #expect(plan.status == .draft)
        #expect(plan.totalPersonDays <= 60)
        #expect(plan.entries.first?.subject == "HIGH-OLD")
        #expect(
            Set(plan.entries.map(\.period)).count == plan.entries.count, "the first entries go to different quarters")
        #expect(Set(plan.entries.compactMap(\.auditor)) == ["anan", "suda"])
        #expect(plan.deferred.map(\.subject).contains("LOW"))
        #expect(plan.entries.allSatisfy { !$0.objective.isEmpty && !$0.scope.contains("\\(") })
        let rows = try await fixture.store.query(
            "SELECT status, capacity, entry_count FROM audit_plans WHERE fiscal_year = 2568")
        #expect(rows.first?.string("status") == "draft" && rows.first?.int("capacity") == 60)
    }

    @Test("Capacity of 0 or less, an empty universe, and a second draft without --replace are refused, writing nothing")
    func draftRefusals() async throws {
        let fixture = try await AuditFixture()
        try await fixture.refuses(.notPositive(field: "--capacity", 0)) {
            try await fixture.service().draft(year, capacity: 0, context: fixture.context("anan"))
        }
        try await fixture.refuses(.notPositive(field: "--capacity", -5)) {
            try await fixture.service().draft(year, capacity: -5, context: fixture.context("anan"))
        }
        try await fixture.refuses(.emptyUniverse) {
            try await fixture.service().draft(year, capacity: 100, context: fixture.context("anan"))
        }
        try await fixture.smallUniverse()
        try await fixture.refuses(.missingRole(field: "--auditor", "nisa", role: "auditor")) {
            try await fixture.service().draft(year, capacity: 100, auditors: ["nisa"], context: fixture.context("anan"))
        }
        try await fixture.service().draft(year, capacity: 50, context: fixture.context("anan"))
        try await fixture.refuses(.draftExists(year)) {
            try await fixture.service().draft(year, capacity: 100, context: fixture.context("anan"))
        }
        try await fixture.service().draft(year, capacity: 100, replace: true, context: fixture.context("anan"))
        let plan = try await fixture.service().plan(year)
        #expect(plan.capacity == 100 && plan.drafts == 2)
    }

    @Test("A dry-run draft shows the plan without recording it")
    func dryRun() async throws {
        let fixture = try await AuditFixture()
        try await fixture.smallUniverse()
        let before = try await fixture.snapshot()
        let result = try await fixture.service().draft(
            year, capacity: 60, dryRun: true, context: fixture.context("anan"))
        #expect(!result.drafted.entries.isEmpty)
        #expect(try await fixture.snapshot() == before)
    }

    @Test("Edits change entries of a draft; over capacity, unknown entries and non-auditors are refused")
    func edits() async throws {
        let fixture = try await AuditFixture()
        try await fixture.smallUniverse()
        try await fixture.service().draft(year, capacity: 65, context: fixture.context("anan"))
        let service = fixture.service()
        let edited = try await service.edit(
            year,
            [
                .change(
                    subject: "HIGH-OLD",
                    EntryChanges(period: .month(11), auditor: "suda", personDays: 15, scope: "เฉพาะไตรมาสแรก"))
            ], context: fixture.context("anan"))
        let entry = try #require(edited.plan.entry("HIGH-OLD"))
        #expect(
            entry.period == .month(11) && entry.auditor == "suda" && entry.personDays == 15
                && entry.scope == "เฉพาะไตรมาสแรก")
        guard case .edited = edited.outcome else { Issue.record("a draft is edited, not amended"); return }

        try await fixture.refuses(.overCapacity(total: 105, capacity: 65)) {
            try await service.edit(
                year, [.change(subject: "HIGH-OLD", EntryChanges(personDays: 65))], context: fixture.context("anan"))
        }
        // LOW was deferred by the draft: the refusal says so (and how to add it back) rather than "not in the plan".
        try await fixture.refuses(.deferredNotInPlan("LOW", year, personDays: 10, remaining: 5, approved: false)) {
            try await service.edit(
                year, [.change(subject: "LOW", EntryChanges(personDays: 5))], context: fixture.context("anan"))
        }
        try await fixture.refuses(.missingRole(field: "--auditor", "nisa", role: "auditor")) {
            try await service.edit(
                year, [.change(subject: "HIGH-OLD", EntryChanges(auditor: "nisa"))], context: fixture.context("anan"))
        }
        try await fixture.refuses(.unknownSubject("NOPE")) {
            try await service.edit(year, [.add(subject: "NOPE", EntryChanges())], context: fixture.context("anan"))
        }
        try await fixture.refuses(.nothingToChange) {
            try await service.edit(year, [], context: fixture.context("anan"))
        }
        try await fixture.refuses(.amendmentOnDraft(year)) {
            try await service.edit(
                year, [.remove(subject: "HIGH-OLD")],
                amendment: AmendmentRequest(
                    reason: "x", approvedBy: "mayor", approvedOn: AuditFixture.day("2024-09-10")),
                context: fixture.context("anan"))
        }

        let added = try await service.edit(
            year, [.remove(subject: "HIGH-NEW"), .add(subject: "LOW", EntryChanges(period: .quarter(4)))], capacity: 90,
            context: fixture.context("anan"))
        #expect(added.plan.entry("HIGH-NEW") == nil)
        #expect(added.plan.entry("LOW")?.period == .quarter(4))
        #expect(added.plan.entries.last?.subject == "LOW", "an added entry is printed last")
        #expect(added.plan.capacity == 90)
    }

    @Test("Approval needs an executive; approving twice and editing an approved plan without amendment are refused")
    func approval() async throws {
        let fixture = try await AuditFixture()
        try await fixture.refuses(.noPlan(year)) {
            try await fixture.service().approve(year, by: "mayor", context: fixture.context("anan"))
        }
        try await fixture.smallUniverse()
        try await fixture.service().draft(year, capacity: 100, context: fixture.context("anan"))
        try await fixture.refuses(.missingRole(field: "--by", "anan", role: "executive")) {
            try await fixture.service().approve(year, by: "anan", context: fixture.context("anan"))
        }
        try await fixture.refuses(.unknownStaff(field: "--by", "boss")) {
            try await fixture.service().approve(year, by: "boss", context: fixture.context("anan"))
        }
        try await fixture.refuses(.notServing(field: "--by", "mayor", on: AuditFixture.day("2020-01-10"))) {
            try await fixture.service().approve(
                year, by: "mayor", on: AuditFixture.day("2020-01-10"), context: fixture.context("anan"))
        }
        try await fixture.refuses({ if case .dateInFuture = $0 { true } else { false } }) {
            try await fixture.service().approve(
                year, by: "mayor", on: AuditFixture.day("2024-09-11"), context: fixture.context("anan"))
        }

        let approved = try await fixture.service().approve(
            year, by: "mayor", note: "อนุมัติตามเสนอ", context: fixture.context("anan"))
        #expect(approved.approverName == "นายอับดุลเลาะ สาและ" && approved.approvedOn == AuditFixture.day("2024-09-10"))
        #expect(try await fixture.service().plan(year).status == .approved)

        try await fixture.refuses(.alreadyApproved(year, by: "mayor", on: AuditFixture.day("2024-09-10"))) {
            try await fixture.service().approve(year, by: "mayor", context: fixture.context("anan"))
        }
        try await fixture.refuses(.approvedPlanNeedsAmendment(year, approvedOn: AuditFixture.day("2024-09-10"))) {
            try await fixture.service().edit(
                year, [.change(subject: "LOW", EntryChanges(period: .quarter(2)))], context: fixture.context("anan"))
        }
        try await fixture.refuses(.alreadyApproved(year, by: "mayor", on: AuditFixture.day("2024-09-10"))) {
            try await fixture.service().draft(year, capacity: 100, replace: true, context: fixture.context("anan"))
        }
    }

    @Test("An approved plan changes by amendments, numbered, with a reason and an executive approver")
    func amendment() async throws {
        let fixture = try await AuditFixture()
        try await fixture.approvedPlan()
        let service = fixture.service()
        let change = [PlanEditRequest.change(subject: "LOW", EntryChanges(period: .quarter(4), personDays: 5))]
        try await fixture.refuses(.emptyField("--reason")) {
            try await service.edit(
                year, change,
                amendment: AmendmentRequest(
                    reason: "  ", approvedBy: "mayor", approvedOn: AuditFixture.day("2025-01-15")),
                context: fixture.context("anan", on: "2025-01-15"))
        }
        try await fixture.refuses(.missingRole(field: "--approved-by", "anan", role: "executive")) {
            try await service.edit(
                year, change,
                amendment: AmendmentRequest(
                    reason: "งานเร่งด่วน", approvedBy: "anan", approvedOn: AuditFixture.day("2025-01-15")),
                context: fixture.context("anan", on: "2025-01-15"))
        }
        try await fixture.refuses(
            .dateBefore(
                field: "--on", AuditFixture.day("2024-09-01"), what: "the plan's approval",
                AuditFixture.day("2024-09-10"))
        ) {
            try await service.edit(
                year, change,
                amendment: AmendmentRequest(
                    reason: "งานเร่งด่วน", approvedBy: "mayor", approvedOn: AuditFixture.day("2024-09-01")),
                context: fixture.context("anan", on: "2025-01-15"))
        }
        let first = try await service.edit(
            year, change,
            amendment: AmendmentRequest(
                reason: "ได้รับมอบหมายงานเร่งด่วน", approvedBy: "mayor", approvedOn: AuditFixture.day("2025-01-15")),
            context: fixture.context("anan", on: "2025-01-15"))
        guard case .amended(let amended) = first.outcome else { Issue.record("an approved plan is amended"); return }
        #expect(amended.number == 1 && amended.reason == "ได้รับมอบหมายงานเร่งด่วน")
        #expect(first.plan.entry("LOW")?.personDays == 5)
        let second = try await service.edit(
            year, [.remove(subject: "MED-OLD")],
            amendment: AmendmentRequest(
                reason: "โอนไปปีหน้า", approvedBy: "mayor", approvedOn: AuditFixture.day("2025-01-15")),
            context: fixture.context("anan", on: "2025-01-15"))
        #expect(second.plan.amendments.map(\.number) == [1, 2])
        #expect(second.plan.status == .approved)
        let row = try await fixture.store.query(
            "SELECT amendments, entry_count FROM audit_plans WHERE fiscal_year = 2568"
        ).first
        #expect(row?.int("amendments") == 2 && row?.int("entry_count") == 4)
    }

    @Test("Rebuilding the read model from the log gives the same tables")
    func rebuild() async throws {
        let fixture = try await AuditFixture()
        try await fixture.approvedPlan()
        let service = fixture.service()
        try await service.startEngagement(
            year, subject: "HIGH-OLD", on: AuditFixture.day("2024-11-01"),
            context: fixture.context("anan", on: "2025-02-01"))
        try await service.closeEngagement(
            year, subject: "HIGH-OLD", on: AuditFixture.day("2024-12-20"),
            context: fixture.context("anan", on: "2025-02-01"))
        let before = try await fixture.snapshot()
        _ = try await fixture.store.rebuildProjections(progress: nil)
        #expect(try await fixture.snapshot() == before)
        #expect(
            try await service.universe().first { $0.id == "HIGH-OLD" }?.lastAudited == AuditFixture.day("2024-12-20"))
    }
}
