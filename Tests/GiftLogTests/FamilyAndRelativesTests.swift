import Agency
import EventStore
import Foundation
@testable import GiftLog
import Sujarit
import Testing

@Suite("Gift log: relatives ตามฐานานุรูป, gifts received by family members, the reason for accepting")
struct FamilyAndRelativesTests {
    typealias F = GiftFixture

    static func fromRelative(_ value: Money, _ relative: String, person: String = "wanida") -> GiftDraft {
        GiftDraft(
            direction: .received, person: person, counterparty: PartyReference(name: "นางสาวอารีย์ บุญมา"),
            relative: relative,
            occasion: "งานมงคลสมรส", date: F.date("8 มี.ค. 68"), description: "สร้อยคอทองคำ", value: value)
    }

    @Test("A relative's gift is allowed up to the relation's limit; one satang more must be reported")
    func relativeLimits() async throws {
        let fixture = try await F()
        try await fixture.service.log(
            [
                Self.fromRelative(.baht(30_000), "sibling"),
                Self.fromRelative(Money(satang: 3_000_001), "sibling", person: "nisa"),
                Self.fromRelative(Money(satang: 1_000_001), "uncle-aunt", person: "fatimah"),
                Self.fromRelative(.baht(10_000), "uncle-aunt", person: "sompong"),
            ], context: fixture.context("x"))
        #expect(
            try await fixture.assessment("G-2568-001").verdict == .allowedRelative, "30,000 is the sibling limit itself"
        )
        let above = try await fixture.assessment("G-2568-002")
        #expect(above.verdict == .mustReport, "30,000.01 from a sibling")
        #expect(above.dueOn == F.date("7 เม.ย. 68"), "30 days from receipt")
        #expect(above.reportStatus == .missing)
        #expect(try await fixture.assessment("G-2568-003").verdict == .mustReport)
        #expect(try await fixture.assessment("G-2568-004").verdict == .allowedRelative)
    }

    @Test("Rules adopted without relative limits keep 'whatever the value'")
    func oldRulesUnlimited() async throws {
        let fixture = try await F()
        var old = GiftRules.defaults
        old.version = 1
        old.relatives = old.relatives.map { RelativeKind(code: $0.code, name: $0.name) }
        try await fixture.service.adopt(old, context: fixture.context("x"))
        try await fixture.service.log([Self.fromRelative(.baht(50_000), "sibling")], context: fixture.context("x"))
        #expect(try await fixture.assessment("G-2568-001").verdict == .allowedRelative)
        let encoded = String(decoding: try EventCoding.encode(GiftRulesPayloadV1(old)), as: UTF8.self)
        #expect(!encoded.contains("limit"))
        #expect(try EventCoding.decode(GiftRulesPayloadV1.self, from: Data(encoded.utf8)).model == old)
    }

    @Test("A gift received by the spouse on the official's account is recorded with the relation and the reason")
    func familyRecipient() async throws {
        let fixture = try await F()
        var draft = F.received(4_000, on: "2 ม.ค. 68", from: PartyReference(name: "ร้านสมใจการค้า"))
        draft.receivedBy = FamilyRecipient(name: " นางสมศรี ใจดี ", relation: "Spouse")
        draft.reason = "ผู้ให้นำมาฝากไว้ที่บ้าน ไม่อาจปฏิเสธได้"
        try await fixture.service.log([draft], context: fixture.context("x"))
        let entry = try #require(try await GiftQueries.entries(fixture.store).first)
        #expect(entry.logged.receivedBy == FamilyRecipient(name: "นางสมศรี ใจดี", relation: "spouse"))
        #expect(entry.logged.reason == "ผู้ให้นำมาฝากไว้ที่บ้าน ไม่อาจปฏิเสธได้")
        #expect(entry.logged.person == "kittipong", "the gift is the official's under the rules")
        let report = try await fixture.service.report(year: FiscalYear(be: 2568), round: .annual, asOf: F.today)
        let item = try #require(report.overThreshold?.first)
        #expect(item.reason == "ผู้ให้นำมาฝากไว้ที่บ้าน ไม่อาจปฏิเสธได้")
        #expect(item.receivedBy?.relation == "spouse")

        var unknown = draft
        unknown.receivedBy = FamilyRecipient(name: "นายเอ", relation: "neighbour")
        try await fixture.expectRefusal(
            .unknownRelation("neighbour", accepted: GiftRules.defaults.relatives.map(\.code))
        ) {
            try await fixture.service.log([unknown], context: fixture.context("x"))
        }
        var given = GiftDraft(
            direction: .given, person: "palad", counterparty: PartyReference(name: "นายอำเภอตากใบ"), occasion: "ปีใหม่",
            date: F.date("30 ธ.ค. 67"), description: "กระเช้า", value: .baht(500))
        given.receivedBy = FamilyRecipient(name: "นางเอ", relation: "spouse")
        try await fixture.expectRefusal(.receivedByOnGiven) {
            try await fixture.service.log([given], context: fixture.context("x"))
        }
    }

    @Test("A relative's limit in the rules file: negative refused with its line and field")
    func limitInFile() throws {
        let text = """
            version: 3
            threshold: 3000
            report_within_days: 30
            relatives:
              - code: sibling
                name: พี่น้อง
                limit: -1
            """
        let error = try #require(throws: ConfigurationError.self) {
            try GiftRules.parse(try ConfigNode.parse(text, file: "r.yaml"))
        }
        #expect(error.line == 7)
        #expect(error.field == "relatives[1].limit")
        let file = try GiftRules.load(F.root.appendingPathComponent("Registers/gift-rules.yaml").path)
        #expect(file.relative("sibling")?.limit == .baht(30_000))
    }
}
