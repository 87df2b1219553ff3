import AuditPlans
import Sujarit
import Testing

@Suite("Editing a subject the draft deferred")
struct DeferredEntryTests {
    let year = FiscalYear(be: 2568)

    @Test(
        """
        changing a deferred subject says it is deferred and how to add it back; a subject never planned says 'not \
        in the plan'; --add brings it back
        """
    )
    func deferredSubject() async throws {
        let fixture = try await AuditFixture()
        try await fixture.smallUniverse()
        let service = fixture.service()
        try await service.draft(year, capacity: 30, context: fixture.context("anan"))
        let plan = try await service.plan(year)
        let deferred = try #require(plan.deferred.first)
        #expect(plan.entry(deferred.subject) == nil)
        try await fixture.refuses(
            .deferredNotInPlan(
                deferred.subject, year, personDays: deferred.personDays, remaining: deferred.remaining, approved: false)
        ) {
            try await service.edit(
                year, [.change(subject: deferred.subject, EntryChanges(period: .quarter(2)))],
                context: fixture.context("anan"))
        }
        let message = AuditPlansError.deferredNotInPlan(
            deferred.subject, year, personDays: deferred.personDays, remaining: deferred.remaining, approved: false
        ).localizedDescription
        #expect(message.contains("was deferred (เลื่อน)") && message.contains("--add \(deferred.subject)"))
        try await fixture.refuses(.notInPlan("NOPE", year)) {
            try await service.edit(
                year, [.change(subject: "NOPE", EntryChanges(period: .quarter(2)))], context: fixture.context("anan"))
        }
        try await service.edit(
            year, [.add(subject: deferred.subject, EntryChanges(period: .quarter(2)))],
            capacity: plan.capacity + deferred.personDays, context: fixture.context("anan"))
        #expect(try await service.plan(year).entry(deferred.subject)?.period == .quarter(2))
    }
}
