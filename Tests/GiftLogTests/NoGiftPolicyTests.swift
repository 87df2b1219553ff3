import Agency
import EventStore
import Foundation
@testable import GiftLog
import Sujarit
import Testing

@Suite("Gift log: the No Gift declaration and parties with business before the agency")
struct NoGiftPolicyTests {
    typealias F = GiftFixture

    @Test("A 2,500-baht basket from a bidder is not acceptable and must be reported; the same from a shop is allowed")
    func bidderBasket() async throws {
        let fixture = try await F()
        let shop = PartyReference(name: "ร้านสมใจการค้า")
        try await fixture.service.log(
            [
                F.received(2_500, on: "2 ม.ค. 68", deals: true),
                F.received(2_500, on: "2 ม.ค. 68", person: "nisa", from: shop),
                GiftDraft(
                    direction: .received, person: "fatimah", counterparty: F.supplier, dealsWithAgency: true,
                    occasion: "วันครู",
                    date: F.date("16 ม.ค. 68"), description: "ปากกา", value: Money(satang: 1)),
                F.received(3_000, on: "16 ม.ค. 68", person: "sompong", from: shop, occasion: "วันครู"),
                F.received(
                    12_000, on: "8 มี.ค. 68", person: "wanida", from: PartyReference(name: "นายสมชาย บุญมา"),
                    occasion: "งานแต่ง",
                    relative: "sibling", deals: true),
            ], context: fixture.context("x"))
        let basket = try await fixture.assessment("G-2568-001")
        #expect(basket.verdict == .notAcceptable)
        #expect(basket.verdict.needsReport)
        #expect(basket.dueOn == F.date("1 ก.พ. 68"), "30 days from receipt")
        #expect(basket.reportStatus == .missing)
        #expect(basket.awaitingDecision)
        // Near miss: the same value from a giver without business is within the limit.
        #expect(try await fixture.assessment("G-2568-002").verdict == .allowedWithinLimit)
        #expect(try await fixture.assessment("G-2568-003").verdict == .notAcceptable, "any value: 0.01 baht")
        #expect(
            try await fixture.assessment("G-2568-004").verdict == .allowedWithinLimit,
            "the limit itself, without business")
        #expect(
            try await fixture.assessment("G-2568-005").verdict == .notAcceptable,
            "a relative with business before the agency")
        #expect(GiftVerdict.notAcceptable.label.th.hasPrefix("ไม่ควรรับ"))

        // It is reported and decided like a gift above the limit.
        let id = try GiftEntryID(parsing: "G-2568-001")
        let decided = try await fixture.service.decide(
            id, decision: .return, on: F.date("20 ม.ค. 68"), by: "mayor", reportedOn: F.date("10 ม.ค. 68"), note: nil,
            context: fixture.context("x"))
        #expect(decided.decision?.decision == .return)
        let after = try await fixture.assessment("G-2568-001")
        #expect(after.reportStatus == .onTime)
        #expect(!after.awaitingDecision)
        let report = try await fixture.service.report(year: FiscalYear(be: 2568), round: .annual, asOf: F.today)
        #expect(report.overThreshold?.map(\.entryID.description) == ["G-2568-001", "G-2568-003", "G-2568-005"])
        #expect(report.totals.mustBeReported == 3)
        #expect(report.missingReports == 2)
    }

    @Test("Rules adopted without the No Gift part keep their verdicts; a later version with it judges later gifts")
    func oldRulesKeepVerdicts() async throws {
        let fixture = try await F()
        var old = GiftRules.defaults
        old.version = 1
        old.noGiftPolicy = nil
        try await fixture.service.adopt(old, context: fixture.context("x"))
        try await fixture.service.log([F.received(2_500, on: "2 ม.ค. 68", deals: true)], context: fixture.context("x"))
        try await fixture.service.adopt(.defaults, context: fixture.context("x"))
        try await fixture.service.log(
            [F.received(2_500, on: "3 ม.ค. 68", occasion: "วันเกิด", deals: true)], context: fixture.context("x"))
        #expect(try await fixture.assessment("G-2568-001").verdict == .allowedWithinLimit)
        #expect(try await fixture.assessment("G-2568-002").verdict == .notAcceptable)
        // A payload written before the field existed decodes without it.
        let encoded = String(decoding: try EventCoding.encode(GiftRulesPayloadV1(old)), as: UTF8.self)
        #expect(!encoded.contains("noGiftPolicy"))
        #expect(try EventCoding.decode(GiftRulesPayloadV1.self, from: Data(encoded.utf8)).model == old)
    }

    @Test("The rules file names the No Gift source; a bad flag names its line and field")
    func rulesFile() throws {
        let file = try GiftRules.load(F.root.appendingPathComponent("Registers/gift-rules.yaml").path)
        #expect(file.refusesPartiesWithBusiness)
        #expect(file.noGiftPolicy?.source?.contains("No Gift Policy") == true)
        let text = """
            version: 3
            threshold: 3000
            report_within_days: 30
            relatives: []
            no_gift_policy:
              parties_with_business: maybe
            """
        let error = try #require(throws: ConfigurationError.self) {
            try GiftRules.parse(try ConfigNode.parse(text, file: "r.yaml"))
        }
        #expect(error.line == 6)
        #expect(error.field == "no_gift_policy.parties_with_business")
        let off = try GiftRules.parse(
            try ConfigNode.parse(text.replacingOccurrences(of: "maybe", with: "false"), file: "r.yaml"))
        #expect(!off.refusesPartiesWithBusiness)
    }
}
