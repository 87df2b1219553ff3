import Agency
@testable import Declarations
import EventStore
import Foundation
import Sujarit
import Testing

@Suite("Declarations: signing, amending, withdrawing, recusal")
struct DeclarationTests {
    typealias F = DeclarationsFixture

    @Test("An annual 'no interest' declaration is recorded with its id and department")
    func annualNoInterest() async throws {
        let fixture = try await F()
        let declaration = try await fixture.service.sign(
            .init(
                declarant: "palad", subject: .annual(FiscalYear(be: 2568)), signedOn: F.date("1 ต.ค. 67"),
                interests: [], noInterest: true
            ), context: F.context("pimchanok"))
        #expect(declaration.id == "A2568-palad")
        #expect(declaration.department == "CLERK")
        #expect(declaration.declaresNoInterest)
        let rows = try await DeclarationQueries.list(
            fixture.store, filter: DeclarationFilter(fiscalYear: FiscalYear(be: 2568)))
        #expect(rows.map(\.id) == ["A2568-palad"])
        #expect(rows.first?.interestCount == 0)
    }

    @Test("An interest declared for a procurement records the recusal in the same append")
    func recusal() async throws {
        let fixture = try await F()
        let interest = DeclaredInterest(party: F.firm, relationship: .relative, detail: "พี่เขยเป็นหุ้นส่วนผู้จัดการ")
        let declaration = try await fixture.service.sign(
            .init(
                declarant: "rusdee", subject: .procurement(F.project, role: .member(.eBidding)),
                signedOn: F.date("20 พ.ย. 67"),
                interests: [interest], noInterest: false
            ), context: F.context("rusdee"))
        #expect(declaration.id == "67119000333-e-bidding-member-rusdee")
        #expect(declaration.recusals.count == 1)
        #expect(declaration.recusals.first?.parties == [F.firm])
        let key = try #require(try await DeclarationStreamKey.recorded(in: fixture.store))
        let events = try await fixture.store.events(in: DeclarationStreams.declaration(declaration.id, key: key))
        #expect(events.map(\.type) == ["DeclarationSigned", "RecusalRecorded"])
        #expect(events[0].sequence + 1 == events[1].sequence)
        let rows = try await DeclarationQueries.list(fixture.store, filter: DeclarationFilter(project: F.project))
        #expect(rows.first?.recused == true)
        let interests = try await fixture.store.query("SELECT tax_id, name_key, party_kind FROM coi_interests")
        #expect(interests.first?.string("tax_id") == "0963550000121")
        #expect(interests.first?.string("name_key") == "รุ่งเรืองการโยธา")
        #expect(interests.first?.string("party_kind") == "firm")
    }

    @Test("An annual declaration with an interest records no recusal")
    func annualInterestNoRecusal() async throws {
        let fixture = try await F()
        let declaration = try await fixture.service.sign(
            .init(
                declarant: "nisa", subject: .annual(FiscalYear(be: 2568)), signedOn: F.date("2 ต.ค. 67"),
                interests: [
                    DeclaredInterest(party: F.firm, relationship: .shareholder, share: SharePercentage(hundredths: 500))
                ],
                noInterest: false
            ), context: F.context("nisa"))
        #expect(declaration.recusals.isEmpty)
        #expect(declaration.interests.first?.share?.description == "5.00")
    }

    @Test("Bad input is refused with a precise error and writes nothing")
    func badInput() async throws {
        let fixture = try await F()
        let annual = DeclarationSubject.annual(FiscalYear(be: 2568))
        func sign(
            _ person: String, _ day: String, _ interests: [DeclaredInterest] = [], noInterest: Bool = true
        ) async throws {
            try await fixture.service.sign(
                .init(
                    declarant: person, subject: annual, signedOn: F.date(day), interests: interests,
                    noInterest: noInterest), context: F.context("x"))
        }
        #expect(try await fixture.expectRefusal(.unknownPerson("nobody")) { try await sign("nobody", "1 ต.ค. 67") })
        #expect(
            try await fixture.expectRefusal(.dateInFuture(field: "--on (signed)", F.date("16 ต.ค. 68"), today: F.today))
            {
                try await sign("palad", "16 ต.ค. 68")
            })
        // pimchanok started on 2019-02-01.
        #expect(
            try await fixture.expectRefusal(
                .beforeService(
                    person: "นางสาวพิมพ์ชนก ใจซื่อ (pimchanok)", field: "--on (signed)", F.date("2019-01-31"),
                    since: F.date("2019-02-01"))
            ) {
                try await sign("pimchanok", "2019-01-31")
            })
        let interest = DeclaredInterest(party: F.firm, relationship: .relative)
        #expect(
            try await fixture.expectRefusal(.noInterestConflict(interests: 1)) {
                try await sign("palad", "1 ต.ค. 67", [interest], noInterest: true)
            })
        #expect(
            try await fixture.expectRefusal(.noInterestConflict(interests: 0)) {
                try await sign("palad", "1 ต.ค. 67", [], noInterest: false)
            })
        let badShare = DeclaredInterest(
            party: F.firm, relationship: .relative, share: SharePercentage(hundredths: 1000))
        #expect(
            try await fixture.expectRefusal(.shareNotApplicable(position: 1, relationship: .relative)) {
                try await sign("palad", "1 ต.ค. 67", [badShare], noInterest: false)
            })
        let noParty = DeclaredInterest(party: nil, relationship: .shareholder)
        #expect(
            try await fixture.expectRefusal(.partyMissing(position: 1, relationship: .shareholder)) {
                try await sign("palad", "1 ต.ค. 67", [noParty], noInterest: false)
            })
        let reversed = DeclaredInterest(
            party: F.firm, relationship: .director, from: F.date("1 ม.ค. 68"), to: F.date("1 ม.ค. 67"))
        #expect(
            try await fixture.expectRefusal(
                .periodReversed(position: 1, from: F.date("1 ม.ค. 68"), to: F.date("1 ม.ค. 67"))
            ) {
                try await sign("palad", "1 ต.ค. 67", [reversed], noInterest: false)
            })
        #expect(try await DeclarationQueries.list(fixture.store).isEmpty)
    }

    @Test("Amendments and withdrawals are new events; the history keeps every version")
    func amendAndWithdraw() async throws {
        let fixture = try await F()
        let subject = DeclarationSubject.procurement(F.project, role: .chair(.eBidding))
        let signed = try await fixture.service.sign(
            .init(
                declarant: "surachai", subject: subject, signedOn: F.date("20 พ.ย. 67"), interests: [], noInterest: true
            ), context: F.context("surachai"))
        #expect(
            try await fixture.expectRefusal(.alreadyDeclared(signed.id)) {
                try await fixture.service.sign(
                    .init(
                        declarant: "surachai", subject: subject, signedOn: F.date("21 พ.ย. 67"), interests: [],
                        noInterest: true), context: F.context("x"))
            })
        #expect(
            try await fixture.expectRefusal(.reasonMissing("coi amend")) {
                try await fixture.service.amend(
                    signed.id, interests: [DeclaredInterest(party: F.firm, relationship: .creditor)], noInterest: false,
                    on: F.date("1 ธ.ค. 67"), reason: " ", context: F.context("x"))
            })
        #expect(
            try await fixture.expectRefusal(.unchangedAmendment(signed.id)) {
                try await fixture.service.amend(
                    signed.id, interests: [], noInterest: true, on: F.date("1 ธ.ค. 67"), reason: "ยืนยัน",
                    context: F.context("x"))
            })
        #expect(
            try await fixture.expectRefusal(
                .beforeSigning(
                    id: signed.id, field: "--on (amended)", F.date("1 พ.ย. 67"), signed: F.date("20 พ.ย. 67"))
            ) {
                try await fixture.service.amend(
                    signed.id, interests: [DeclaredInterest(party: F.firm, relationship: .creditor)], noInterest: false,
                    on: F.date("1 พ.ย. 67"), reason: "r", context: F.context("x"))
            })
        let amended = try await fixture.service.amend(
            signed.id, interests: [DeclaredInterest(party: F.firm, relationship: .creditor)], noInterest: false,
            on: F.date("1 ธ.ค. 67"), reason: "เป็นลูกหนี้เงินกู้ของห้างฯ", context: F.context("surachai")
        )
        #expect(amended.amendments.count == 1)
        #expect(amended.recusals.count == 1, "the first interest on a procurement records the recusal")
        let withdrawn = try await fixture.service.withdraw(
            signed.id, on: F.date("2 ธ.ค. 67"), reason: "ลงนามผิดโครงการ", context: F.context("pimchanok"))
        #expect(!withdrawn.isActive)
        #expect(
            withdrawn.history.map(\.eventType) == [
                "DeclarationSigned", "DeclarationAmended", "RecusalRecorded", "DeclarationWithdrawn",
            ])
        #expect(withdrawn.history.last?.actor == "pimchanok")
        #expect(
            try await fixture.expectRefusal(.withdrawn(signed.id, on: F.date("2 ธ.ค. 67"))) {
                try await fixture.service.amend(
                    signed.id, interests: [], noInterest: true, on: F.date("3 ธ.ค. 67"), reason: "r",
                    context: F.context("x"))
            })
        let row = try await DeclarationQueries.list(fixture.store).first
        #expect(row?.isActive == false)
        #expect(row?.amendments == 1)
    }

    @Test("Amending or withdrawing an unknown declaration says so")
    func unknownDeclaration() async throws {
        let fixture = try await F()
        #expect(
            try await fixture.expectRefusal(.notFound("A2568-ghost")) {
                try await fixture.service.withdraw(
                    "A2568-ghost", on: F.date("1 ต.ค. 67"), reason: "r", context: F.context("x"))
            })
    }
}
