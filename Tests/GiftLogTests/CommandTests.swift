import Agency
import EventStore
import Foundation
@testable import GiftLog
import Sujarit
import Testing

@Suite("Gift log: bad input, reports to the head and decisions")
struct CommandTests {
    typealias F = GiftFixture

    @Test("Bad input is refused with a precise error and writes nothing")
    func badInput() async throws {
        let fixture = try await F()
        var draft = F.received(100, on: "2 ม.ค. 68", person: "ghost")
        try await fixture.expectRefusal(.unknownPerson(field: "--person", "ghost")) {
            try await fixture.service.log([draft], context: fixture.context("x"))
        }
        draft = F.received(100, on: "16 ต.ค. 68")
        try await fixture.expectRefusal(.dateInFuture(field: "--on", F.date("16 ต.ค. 68"), today: F.today)) {
            try await fixture.service.log([draft], context: fixture.context("x"))
        }
        draft = F.received(100, on: "2019-01-31", person: "pimchanok")
        try await fixture.expectRefusal(
            .beforeService(
                person: "นางสาวพิมพ์ชนก ใจซื่อ (pimchanok)", field: "--on", F.date("2019-01-31"),
                since: F.date("2019-02-01"))
        ) {
            try await fixture.service.log([draft], context: fixture.context("x"))
        }
        draft = F.received(-5, on: "2 ม.ค. 68")
        try await fixture.expectRefusal(.negativeValue(field: "--value", .baht(-5))) {
            try await fixture.service.log([draft], context: fixture.context("x"))
        }
        draft = F.received(100, on: "2 ม.ค. 68", relative: "cousin")
        try await fixture.expectRefusal(.unknownRelative("cousin", accepted: GiftRules.defaults.relatives.map(\.code)))
        {
            try await fixture.service.log([draft], context: fixture.context("x"))
        }
        draft = F.received(100, on: "2 ม.ค. 68", from: PartyReference(name: " "))
        try await fixture.expectRefusal(.emptyField("--from (giver)")) {
            try await fixture.service.log([draft], context: fixture.context("x"))
        }
        // One bad draft among good ones: none is written.
        try await fixture.expectRefusal(.unknownPerson(field: "--person", "ghost")) {
            try await fixture.service.log(
                [F.received(100, on: "2 ม.ค. 68"), F.received(100, on: "2 ม.ค. 68", person: "ghost")],
                context: fixture.context("x"))
        }
        #expect(try await GiftQueries.entries(fixture.store).isEmpty)
        #expect(try await fixture.store.query("SELECT count(*) AS n FROM gift_rules").first?.int("n") == 0)
    }

    @Test("A decision is refused on an entry that needs none, or before the gift was reported")
    func decisions() async throws {
        let fixture = try await F()
        try await fixture.service.log(
            [F.received(1_000, on: "2 ม.ค. 68"), F.received(8_500, on: "12 ก.พ. 68", occasion: "วันเกิด")],
            context: fixture.context("x"))
        let small = try GiftEntryID(parsing: "G-2568-001"), big = try GiftEntryID(parsing: "G-2568-002")
        try await fixture.expectRefusal(.needsNoDecision(small, .allowedWithinLimit)) {
            try await fixture.service.decide(
                small, decision: .keep, on: F.date("1 มี.ค. 68"), by: nil, reportedOn: nil, note: nil,
                context: fixture.context("x"))
        }
        try await fixture.expectRefusal(.needsNoReport(small, .allowedWithinLimit)) {
            try await fixture.service.markReported(small, on: F.date("1 มี.ค. 68"), context: fixture.context("x"))
        }
        try await fixture.expectRefusal(.notReported(big)) {
            try await fixture.service.decide(
                big, decision: .handOver, on: F.date("2 เม.ย. 68"), by: "mayor", reportedOn: nil, note: nil,
                context: fixture.context("x"))
        }
        try await fixture.expectRefusal(.notExecutive("anan")) {
            try await fixture.service.decide(
                big, decision: .handOver, on: F.date("2 เม.ย. 68"), by: "anan", reportedOn: F.date("28 มี.ค. 68"),
                note: nil, context: fixture.context("x"))
        }
        try await fixture.expectRefusal(
            .beforeGift(big, field: "--reported-on", F.date("1 ก.พ. 68"), giftDate: F.date("12 ก.พ. 68"))
        ) {
            try await fixture.service.markReported(big, on: F.date("1 ก.พ. 68"), context: fixture.context("x"))
        }
        let reported = try await fixture.service.markReported(
            big, on: F.date("28 มี.ค. 68"), context: fixture.context("surachai"))
        #expect(reported.reportedOn == F.date("28 มี.ค. 68"))
        #expect(try await fixture.assessment("G-2568-002").reportStatus == .late, "due 14 Mar, reported 28 Mar")
        try await fixture.expectRefusal(.alreadyReported(big, on: F.date("28 มี.ค. 68"))) {
            try await fixture.service.markReported(big, on: F.date("29 มี.ค. 68"), context: fixture.context("x"))
        }
        try await fixture.expectRefusal(
            .beforeReport(big, decidedOn: F.date("27 มี.ค. 68"), reportedOn: F.date("28 มี.ค. 68"))
        ) {
            try await fixture.service.decide(
                big, decision: .handOver, on: F.date("27 มี.ค. 68"), by: "mayor", reportedOn: nil, note: nil,
                context: fixture.context("x"))
        }
        let decided = try await fixture.service.decide(
            big, decision: .handOver, on: F.date("2 เม.ย. 68"), by: "mayor", reportedOn: nil, note: nil,
            context: fixture.context("mayor"))
        #expect(decided.decision?.decision == .handOver)
        #expect(decided.version == 3)
        #expect(try await fixture.assessment("G-2568-002").awaitingDecision == false)
        try await fixture.expectRefusal(.alreadyDecided(big, .handOver, on: F.date("2 เม.ย. 68"))) {
            try await fixture.service.decide(
                big, decision: .keep, on: F.date("3 เม.ย. 68"), by: nil, reportedOn: nil, note: nil,
                context: fixture.context("x"))
        }
        try await fixture.expectRefusal(.notFound(try GiftEntryID(parsing: "G-2568-099"))) {
            try await fixture.service.markReported(
                try GiftEntryID(parsing: "G-2568-099"), on: F.date("1 มี.ค. 68"), context: fixture.context("x"))
        }
    }

    @Test("Deciding with --reported-on records the report and the decision together")
    func decideWithReport() async throws {
        let fixture = try await F()
        try await fixture.service.log([F.received(4_000, on: "2 ม.ค. 68")], context: fixture.context("x"))
        let id = try GiftEntryID(parsing: "G-2568-001")
        let entry = try await fixture.service.decide(
            id, decision: .return, on: F.date("20 ม.ค. 68"), by: "mayor", reportedOn: F.date("10 ม.ค. 68"),
            note: "คืนผู้ให้แล้ว", context: fixture.context("x"))
        #expect(entry.reportedOn == F.date("10 ม.ค. 68"))
        let events = try await fixture.store.events(in: GiftStreams.entry(id))
        #expect(events.map(\.type) == ["GiftLogged", "GiftReportedToHead", "GiftDecisionRecorded"])
        #expect(try await fixture.assessment("G-2568-001").reportStatus == .onTime)
    }

    @Test("The first entry records the rules that judge it; a new version judges only later entries")
    func rulesVersions() async throws {
        let fixture = try await F()
        try await fixture.service.log([F.received(4_000, on: "2 ม.ค. 68")], context: fixture.context("x"))
        let adopted = try await fixture.store.events(in: GiftStreams.rules)
        #expect(adopted.map(\.type) == ["GiftRulesAdopted"])
        #expect(try adopted[0].decode(GiftRulesAdopted.self).rules == .defaults)

        let file = try GiftRules.load(F.root.appendingPathComponent("Registers/gift-rules.yaml").path)
        #expect(file == .defaults, "Registers/gift-rules.yaml and the built-in defaults must agree")
        try await fixture.expectRefusal(.rulesUnchanged(2)) {
            try await fixture.service.adopt(file, context: fixture.context("x"))
        }
        var raised = file
        raised.threshold = .baht(5_000)
        try await fixture.expectRefusal(.rulesVersionNotHigher(given: 2, current: 2)) {
            try await fixture.service.adopt(raised, context: fixture.context("x"))
        }
        raised.version = 3
        try await fixture.service.adopt(raised, context: fixture.context("pimchanok"))
        try await fixture.service.log(
            [F.received(4_000, on: "3 ม.ค. 68", occasion: "วันเกิด")], context: fixture.context("x"))
        let old = try await fixture.assessment("G-2568-001"), new = try await fixture.assessment("G-2568-002")
        #expect(old.verdict == .mustReport)
        #expect(old.rulesVersion == 2)
        #expect(new.verdict == .allowedWithinLimit)
        #expect(new.rulesVersion == 3)
    }

    @Test("A rules file with a mistake names the file, line and field")
    func badRulesFile() throws {
        let text = """
            version: 2
            threshold: สามพัน
            report_within_days: 30
            relatives: []
            """
        let error = try #require(throws: ConfigurationError.self) {
            try GiftRules.parse(try ConfigNode.parse(text, file: "r.yaml"))
        }
        #expect(error.line == 2)
        #expect(error.field == "threshold")
    }

    @Test("The policy declaration (O31) is recorded once per year; activities (O32) are refused in the future")
    func policyAndActivities() async throws {
        let fixture = try await F()
        let policy = NoGiftPolicyDeclared(
            fiscalYear: FiscalYear(be: 2568), declaredOn: F.date("1 ต.ค. 67"), declaredBy: "mayor",
            title: "ประกาศเจตนารมณ์", evidence: ["https://example.go.th"])
        try await fixture.service.declarePolicy(policy, context: fixture.context("x"))
        try await fixture.expectRefusal(.policyAlreadyDeclared(FiscalYear(be: 2568), on: F.date("1 ต.ค. 67"))) {
            try await fixture.service.declarePolicy(policy, context: fixture.context("x"))
        }
        var unknown = policy
        unknown.fiscalYear = FiscalYear(be: 2569)
        unknown.declaredBy = "ghost"
        try await fixture.expectRefusal(.unknownPerson(field: "--by", "ghost")) {
            try await fixture.service.declarePolicy(unknown, context: fixture.context("x"))
        }
        try await fixture.expectRefusal(.dateInFuture(field: "--on", F.date("1 พ.ย. 68"), today: F.today)) {
            try await fixture.service.recordActivity(
                on: F.date("1 พ.ย. 68"), title: "อบรม", participants: 10, evidence: [], context: fixture.context("x"))
        }
        try await fixture.service.recordActivity(
            on: F.date("15 พ.ย. 67"), title: "อบรม", participants: 52, evidence: [], context: fixture.context("x"))
        #expect(try await GiftQueries.activities(fixture.store, year: FiscalYear(be: 2568)).map(\.participants) == [52])
    }

    @Test("Two clerks logging at once both succeed, with different numbers")
    func concurrentLogging() async throws {
        let fixture = try await F()
        async let first = fixture.service.log([F.received(100, on: "2 ม.ค. 68")], context: fixture.context("a"))
        async let second = fixture.service.log(
            [F.received(200, on: "3 ม.ค. 68", person: "nisa")], context: fixture.context("b"))
        let ids = try await (first + second).map(\.id.description)
        #expect(Set(ids) == ["G-2568-001", "G-2568-002"])
        #expect(try await GiftQueries.entries(fixture.store).count == 2)
    }

    @Test("Rebuilding the read model from the log gives the same entries and verdicts")
    func rebuild() async throws {
        let fixture = try await F()
        _ = try await fixture.service.importFile(
            try GiftLogFile.load(F.root.appendingPathComponent("Registers/examples/takbai/gifts-2568.yaml").path),
            context: fixture.context("x"))
        let before = try await fixture.service.assessedEntries(asOf: F.today)
        _ = try await fixture.store.rebuildProjections(progress: nil)
        #expect(try await fixture.service.assessedEntries(asOf: F.today) == before)
    }
}
