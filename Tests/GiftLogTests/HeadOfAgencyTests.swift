import Agency
import EventStore
import Foundation
@testable import GiftLog
import Sujarit
import Testing

@Suite("Gift log: the head of agency's own gift is decided by the next authority")
struct HeadOfAgencyTests {
    typealias F = GiftFixture

    @Test(
        """
        The mayor's own gift: refused when decided by the mayor, a deputy or the wrong authority; recorded for \
        the governor
        """
    )
    func mayorsOwnGift() async throws {
        let fixture = try await F()
        let shop = PartyReference(name: "ร้านสมใจการค้า")
        try await fixture.service.log(
            [
                F.received(4_000, on: "2 ม.ค. 68", person: "mayor", from: shop),
                F.received(4_000, on: "2 ม.ค. 68", person: "nisa", from: shop),
            ], context: fixture.context("x"))
        let own = try GiftEntryID(parsing: "G-2568-001"), staff = try GiftEntryID(parsing: "G-2568-002")
        let head = "นายอับดุลเลาะ สาและ (mayor), นายกเทศมนตรีเมืองตากใบ"
        func decide(_ id: GiftEntryID, by: String? = nil, authority: String? = nil) async throws {
            try await fixture.service.decide(
                id, decision: .return, on: F.date("20 ม.ค. 68"), by: by, nextAuthority: authority,
                reportedOn: F.date("10 ม.ค. 68"), note: nil, context: fixture.context("x")
            )
        }
        try await fixture.expectRefusal(
            .ownGiftOfHead(own, head: head, agencyType: "เทศบาลเมือง", authority: "ผู้ว่าราชการจังหวัด", by: "mayor")
        ) {
            try await decide(own, by: "mayor")
        }
        try await fixture.expectRefusal(
            .ownGiftOfHead(own, head: head, agencyType: "เทศบาลเมือง", authority: "ผู้ว่าราชการจังหวัด", by: "palad")
        ) {
            try await decide(own, by: "palad")
        }
        try await fixture.expectRefusal(
            .ownGiftOfHead(own, head: head, agencyType: "เทศบาลเมือง", authority: "ผู้ว่าราชการจังหวัด", by: nil)
        ) {
            try await decide(own)
        }
        // Near miss: the authority above a เทศบาลตำบล, not a เทศบาลเมือง.
        try await fixture.expectRefusal(
            .wrongNextAuthority(own, given: "นายอำเภอตากใบ", agencyType: "เทศบาลเมือง", expected: "ผู้ว่าราชการจังหวัด")
        ) {
            try await decide(own, authority: "นายอำเภอตากใบ")
        }
        try await fixture.expectRefusal(
            .nextAuthorityNotForStaff(
                staff, given: "ผู้ว่าราชการจังหวัดนราธิวาส", person: "นางสาวนิสา ยูโซะ (nisa), ผู้อำนวยการกองคลัง")
        ) {
            try await decide(staff, authority: "ผู้ว่าราชการจังหวัดนราธิวาส")
        }
        try await decide(own, authority: "ผู้ว่าราชการจังหวัดนราธิวาส")
        let recorded = try #require(try await fixture.service.entry(own)?.decision)
        #expect(recorded.nextAuthority == "ผู้ว่าราชการจังหวัดนราธิวาส")
        #expect(recorded.decidedBy == nil)
        #expect(try await fixture.assessment("G-2568-001").awaitingDecision == false)
        // The mayor still decides on staff gifts.
        try await decide(staff, by: "mayor")
        #expect(try await fixture.service.entry(staff)?.decision?.decidedBy == "mayor")
    }

    @Test("An import file records the head's own gift only when decided by the next authority")
    func importFile() async throws {
        let fixture = try await F()
        let text = """
            gifts:
              - direction: received
                person: mayor
                from: ร้านสมใจการค้า
                occasion: ปีใหม่ 2568
                date: 2 ม.ค. 68
                what: กระเช้า
                value: 4,000
                reported: 10 ม.ค. 68
                decision: return
                decided: 20 ม.ค. 68
                decided_by: mayor
            """
        let byMayor = try GiftLogFile.parse(try ConfigNode.parse(text, file: "g.yaml"))
        let before = try await fixture.store.lastSequence()
        let refused = try await #require(throws: ConfigurationError.self) {
            try await fixture.service.importFile(byMayor, context: fixture.context("x"))
        }
        #expect(refused.line == 2)
        #expect(refused.message.contains("the head does not decide on their own gift"))
        #expect(try await fixture.store.lastSequence() == before)
        let governor = text.replacingOccurrences(
            of: "decided_by: mayor", with: "decided_by_authority: ผู้ว่าราชการจังหวัดนราธิวาส")
        let summary = try await fixture.service.importFile(
            try GiftLogFile.parse(try ConfigNode.parse(governor, file: "g.yaml")), context: fixture.context("x"))
        #expect(summary.entries.first?.decision?.nextAuthority == "ผู้ว่าราชการจังหวัดนราธิวาส")
    }

    @Test("Head positions are matched by their beginning, spaces ignored, per agency type")
    func positions() throws {
        let table = GiftRules.defaults.headOfAgencyInForce
        #expect(table.type(ofHeadPosition: "นายกเทศมนตรีเมืองตากใบ")?.nextAuthority == "ผู้ว่าราชการจังหวัด")
        #expect(table.type(ofHeadPosition: "นายกเทศมนตรีตำบลเจ๊ะเห")?.nextAuthority == "นายอำเภอ")
        #expect(table.type(ofHeadPosition: "นายกอบต. ไพรวัน")?.nextAuthority == "นายอำเภอ")
        #expect(table.type(ofHeadPosition: "นายกองค์การบริหารส่วนจังหวัดนราธิวาส")?.type == "องค์การบริหารส่วนจังหวัด")
        #expect(table.type(ofHeadPosition: "ปลัดเทศบาล") == nil)
        #expect(table.type(ofHeadPosition: "รองนายกเทศมนตรีเมืองตากใบ") == nil, "a deputy is not the head")
        var old = GiftRules.defaults
        old.headOfAgency = nil
        #expect(
            old.headOfAgencyInForce == GiftRules.defaults.headOfAgency,
            "rules adopted before the table use the built-in one")
    }

    @Test("A decision recorded before the field existed decodes without a next authority")
    func oldDecisionPayload() throws {
        let event = GiftDecisionRecorded(
            entryID: try GiftEntryID(parsing: "G-2568-001"), decision: .keep, decidedOn: F.date("2 ม.ค. 68"),
            decidedBy: "mayor")
        let encoded = String(decoding: try EventCoding.encode(event), as: UTF8.self)
        #expect(!encoded.contains("nextAuthority"))
        #expect(try EventCoding.decode(GiftDecisionRecorded.self, from: Data(encoded.utf8)) == event)
    }
}
