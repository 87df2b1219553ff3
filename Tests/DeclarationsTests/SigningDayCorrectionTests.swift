import Agency
@testable import Declarations
import EventStore
import Foundation
import Sujarit
import Testing

/// Issue 19: a wrong signing day is corrected by a new event; the register and the rules read the
/// corrected day, the history keeps both.
@Suite("Declarations: correcting the signing day")
struct SigningDayCorrectionTests {
    typealias F = DeclarationsFixture

    /// rusdee's procurement declaration, recorded as signed on 1 Oct 2024 (FY 2568) by mistake.
    static func rusdee(_ fixture: F, signed: String = "1 ต.ค. 67") async throws -> Declaration {
        try await fixture.service.sign(
            .init(
                declarant: "rusdee", subject: .procurement(F.project, role: .member(.eBidding)),
                signedOn: F.date(signed),
                interests: [], noInterest: true
            ), context: F.context("pimchanok"))
    }

    @Test(
        """
        Corrected from 1 Oct 2024 to 30 Sep 2024: the declaration, coi list and the fiscal-year rule use the new \
        day; history keeps both
        """
    )
    func handWorked() async throws {
        let fixture = try await F()
        let signed = try await Self.rusdee(fixture)
        // Hand-worked: FY 2568 runs 1 Oct 2024 – 30 Sep 2025, so the form really signed on 30 Sep 2024 belongs
        // to FY 2567 and must leave FY 2568's list.
        #expect(
            try await DeclarationQueries.list(
                fixture.store, filter: DeclarationFilter(fiscalYear: FiscalYear(be: 2568))
            ).map(\.id) == [signed.id])
        let corrected = try await fixture.service.correctSigningDay(
            signed.id, to: F.date("30 ก.ย. 67"), reason: "พิมพ์วันที่ผิด", context: F.context("pimchanok"))
        #expect(corrected.signedOn == F.date("30 ก.ย. 67"))
        #expect(corrected.dateCorrections.map(\.previousSignedOn) == [F.date("1 ต.ค. 67")])
        #expect(corrected.history.map(\.eventType) == ["DeclarationSigned", "DeclarationDateCorrected"])
        #expect(corrected.history.map(\.day) == [F.date("1 ต.ค. 67"), F.date("30 ก.ย. 67")])
        #expect(try await fixture.service.declaration(signed.id)?.signedOn == F.date("30 ก.ย. 67"))
        #expect(
            try await DeclarationQueries.list(
                fixture.store, filter: DeclarationFilter(fiscalYear: FiscalYear(be: 2568))
            ).isEmpty)
        let fy2567 = try await DeclarationQueries.list(
            fixture.store, filter: DeclarationFilter(fiscalYear: FiscalYear(be: 2567)))
        #expect(fy2567.map(\.id) == [signed.id])
        #expect(fy2567.first?.signedOn == F.date("30 ก.ย. 67"))
        // The stream keeps the signature as recorded and the correction after it.
        let key = try #require(try await DeclarationStreamKey.recorded(in: fixture.store))
        let events = try await fixture.store.events(in: DeclarationStreams.declaration(signed.id, key: key))
        #expect(events.map(\.type) == ["DeclarationSigned", "DeclarationDateCorrected"])
        #expect(events.last?.schemaVersion == 1)
    }

    @Test("Near miss: today is accepted, tomorrow refused; the same day refused; both leave the log unchanged")
    func limits() async throws {
        let fixture = try await F()
        let signed = try await Self.rusdee(fixture)
        let tomorrow = F.today.adding(days: 1)
        #expect(
            try await fixture.expectRefusal(.dateInFuture(field: "--on (signed, corrected)", tomorrow, today: F.today))
            {
                try await fixture.service.correctSigningDay(
                    signed.id, to: tomorrow, reason: "ผิด", context: F.context("pimchanok"))
            })
        #expect(
            try await fixture.expectRefusal(.unchangedSigningDay(id: signed.id, F.date("1 ต.ค. 67"))) {
                try await fixture.service.correctSigningDay(
                    signed.id, to: F.date("1 ต.ค. 67"), reason: "ผิด", context: F.context("pimchanok"))
            })
        #expect(
            try await fixture.expectRefusal(.reasonMissing("coi correct")) {
                try await fixture.service.correctSigningDay(
                    signed.id, to: F.date("2 ต.ค. 67"), reason: "  ", context: F.context("pimchanok"))
            })
        #expect(
            try await fixture.expectRefusal(.notFound("67119000333-officer-nobody")) {
                try await fixture.service.correctSigningDay(
                    "67119000333-officer-nobody", to: F.date("2 ต.ค. 67"), reason: "ผิด", context: F.context("pimchanok")
                )
            })
        let corrected = try await fixture.service.correctSigningDay(
            signed.id, to: F.today, reason: "ลงนามวันนี้", context: F.context("pimchanok"))
        #expect(corrected.signedOn == F.today)
    }

    @Test("A corrected day may equal the first amendment's day but not fall after it")
    func notAfterAmendment() async throws {
        let fixture = try await F()
        let signed = try await Self.rusdee(fixture)
        let interest = DeclaredInterest(party: F.firm, relationship: .creditor)
        try await fixture.service.amend(
            signed.id, interests: [interest], noInterest: false, on: F.date("10 ต.ค. 67"), reason: "กู้ยืม",
            context: F.context("rusdee"))
        #expect(
            try await fixture.expectRefusal(
                .correctionAfterAmendment(id: signed.id, F.date("11 ต.ค. 67"), amended: F.date("10 ต.ค. 67"))
            ) {
                try await fixture.service.correctSigningDay(
                    signed.id, to: F.date("11 ต.ค. 67"), reason: "ผิด", context: F.context("pimchanok"))
            })
        let corrected = try await fixture.service.correctSigningDay(
            signed.id, to: F.date("10 ต.ค. 67"), reason: "ผิด", context: F.context("pimchanok"))
        #expect(corrected.signedOn == F.date("10 ต.ค. 67"))
        #expect(corrected.interests == [interest])
    }

    @Test("A legacy coi/<id> declaration is corrected in place; no opaque twin appears")
    func legacy() async throws {
        let fixture = try await F()
        try await OpaqueStreamTests.appendLegacy(fixture.store)
        let corrected = try await fixture.service.correctSigningDay(
            "A2568-nisa", to: F.date("1 ต.ค. 67"), reason: "ผิด", context: F.context("pimchanok"))
        #expect(corrected.signedOn == F.date("1 ต.ค. 67"))
        #expect(try await fixture.store.streamVersion(DeclarationStreams.legacyDeclaration("A2568-nisa")) == 2)
        #expect(try await DeclarationStreamKey.recorded(in: fixture.store) == nil)
    }
}
