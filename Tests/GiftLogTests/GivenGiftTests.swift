import Agency
import EventStore
import Foundation
@testable import GiftLog
import Sujarit
import Testing

@Suite("Gift log: gifts given, under the PM Office regulation on gifts 2565")
struct GivenGiftTests {
    typealias F = GiftFixture

    static func given(
        _ value: Money, person: String = "nisa", superior: Bool = false, publicMoney: Bool = false
    ) -> GiftDraft {
        GiftDraft(
            direction: .given, person: person, counterparty: PartyReference(name: "นายวีระพงษ์ ทองดี"), occasion: "วันเกิด",
            date: F.date("2 ม.ค. 68"), description: "นาฬิกาข้อมือ", value: value, toSuperior: superior,
            publicMoney: publicMoney)
    }

    @Test(
        """
        A 15,000-baht watch for the ปลัด is above the superior limit; 3,000 is the limit itself; public money is \
        flagged first
        """
    )
    func verdicts() async throws {
        let fixture = try await F()
        try await fixture.service.log(
            [
                Self.given(.baht(15_000), superior: true),
                Self.given(.baht(3_000), superior: true),
                Self.given(Money(satang: 300_001), superior: true),
                Self.given(.baht(15_000)),
                Self.given(Money(satang: 1), publicMoney: true),
                Self.given(.baht(15_000), superior: true, publicMoney: true),
            ], context: fixture.context("x"))
        #expect(try await fixture.assessment("G-2568-001").verdict == .givenAboveSuperiorLimit)
        #expect(try await fixture.assessment("G-2568-002").verdict == .given, "3,000 is the limit itself")
        #expect(try await fixture.assessment("G-2568-003").verdict == .givenAboveSuperiorLimit, "3,000.01")
        #expect(try await fixture.assessment("G-2568-004").verdict == .given, "not to a superior, not public money")
        #expect(try await fixture.assessment("G-2568-005").verdict == .givenWithPublicMoney, "public money limit 0")
        #expect(try await fixture.assessment("G-2568-006").verdict == .givenWithPublicMoney)
        #expect(GiftVerdict.givenAboveSuperiorLimit.label.th.contains("ผู้บังคับบัญชา"))
        #expect(!GiftVerdict.givenAboveSuperiorLimit.needsReport)
        let report = try await fixture.service.report(year: FiscalYear(be: 2568), round: .annual, asOf: F.today)
        #expect(
            report.givenEntries?.map(\.verdict) == [
                .givenAboveSuperiorLimit, .given, .givenAboveSuperiorLimit, .given, .givenWithPublicMoney,
                .givenWithPublicMoney,
            ])
    }

    @Test("Rules without limits on gifts given keep the plain verdict; the fields belong to gifts given only")
    func oldRulesAndFields() async throws {
        let fixture = try await F()
        var old = GiftRules.defaults
        old.version = 1
        old.givenGifts = nil
        try await fixture.service.adopt(old, context: fixture.context("x"))
        try await fixture.service.log([Self.given(.baht(15_000), superior: true)], context: fixture.context("x"))
        #expect(try await fixture.assessment("G-2568-001").verdict == .given)
        var received = F.received(100, on: "2 ม.ค. 68")
        received.publicMoney = true
        try await fixture.expectRefusal(.givenOnlyField("--public-money")) {
            try await fixture.service.log([received], context: fixture.context("x"))
        }
    }

    @Test("The limits are read from the rules file with their sources; a negative one names its line")
    func rulesFile() throws {
        let file = try GiftRules.load(F.root.appendingPathComponent("Registers/gift-rules.yaml").path)
        #expect(file.givenGifts?.superiorLimit == .baht(3_000))
        #expect(file.givenGifts?.publicMoneyLimit == .zero)
        #expect(file.givenGifts?.superiorSource?.contains("2565") == true)
        let text = """
            version: 3
            threshold: 3000
            report_within_days: 30
            relatives: []
            given_gifts:
              to_superior_limit: -1
              public_money_limit: 0
            """
        let error = try #require(throws: ConfigurationError.self) {
            try GiftRules.parse(try ConfigNode.parse(text, file: "r.yaml"))
        }
        #expect(error.line == 6)
        #expect(error.field == "given_gifts.to_superior_limit")
    }
}
