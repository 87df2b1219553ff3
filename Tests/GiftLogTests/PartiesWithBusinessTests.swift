import EventStore
import Foundation
@testable import GiftLog
import Sujarit
import Testing

/// Issue 19: a giver found with business before the agency (by an injected ``PartiesWithBusiness``, which
/// Oversight answers from the procurement data) is recorded as such, and the verdict replays from the record.
@Suite("Gift log: parties with business found by a lookup")
struct PartiesWithBusinessTests {
    typealias F = GiftFixture

    /// Answers from a fixed table of parties (by ``PartyReference/matches(_:)``) and days, and notes who was asked.
    final class FakeBusiness: PartiesWithBusiness, @unchecked Sendable {
        let party: PartyReference
        let days: ClosedRange<CalendarDate>
        let source: String
        private let lock = NSLock()
        private var _asked: [String] = []
        var asked: [String] { lock.withLock { _asked } }

        init(party: PartyReference, days: ClosedRange<CalendarDate>, source: String) {
            self.party = party
            self.days = days
            self.source = source
        }

        func business(with party: PartyReference, on day: CalendarDate) async throws -> String? {
            lock.withLock { _asked.append(party.name) }
            return party.matches(self.party) && days.contains(day) ? source : nil
        }
    }

    static let winner = PartyReference(
        name: "ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา", taxID: try! TaxID(validating: "0963550000121"))
    static let shop = PartyReference(name: "ร้านสมใจการค้า")
    static let source = "procurement: project 67119000333, winner"

    static func fake() -> FakeBusiness {
        FakeBusiness(party: winner, days: F.date("1 ส.ค. 67")...F.date("23 ม.ค. 69"), source: source)
    }

    static func service(_ fixture: F, business: (any PartiesWithBusiness)?) -> GiftLogService {
        GiftLogService(store: fixture.store, business: business)
    }

    @Test(
        """
        A 2,500-baht basket from a winner the lookup finds is ไม่ควรรับ and records where it was found; from \
        another shop it is allowed
        """
    )
    func foundAndNearMiss() async throws {
        let fixture = try await F()
        let service = Self.service(fixture, business: Self.fake())
        // Hand-worked: 2,500 baht is under the 3,000-baht limit, so only the found business makes it ไม่ควรรับ.
        let logged = try await service.log(
            [
                F.received(2_500, on: "2 ม.ค. 68", from: Self.winner),
                F.received(2_500, on: "2 ม.ค. 68", from: Self.shop),
            ], context: fixture.context("pimchanok"))
        #expect(logged.map(\.logged.dealsWithAgency) == [true, false])
        #expect(logged.map(\.logged.businessFound) == [Self.source, nil])
        #expect(try await fixture.assessment("G-2568-001").verdict == .notAcceptable)
        #expect(try await fixture.assessment("G-2568-002").verdict == .allowedWithinLimit)
        // The stored event carries both facts.
        let events = try await fixture.store.events(in: GiftStreams.entry(logged[0].id))
        let stored = try events[0].decode(GiftLogged.self)
        #expect(stored.dealsWithAgency && stored.businessFound == Self.source)
    }

    @Test("Near miss on the day: the last day the lookup counts is ไม่ควรรับ, the day after is judged by the limit")
    func dayLimit() async throws {
        let fixture = try await F(today: F.date("1 ก.พ. 69"))
        let service = GiftLogService(store: fixture.store, business: Self.fake())
        let logged = try await service.log(
            [
                F.received(2_500, on: "23 ม.ค. 69", from: Self.winner, occasion: "วันเด็ก"),
                F.received(2_500, on: "24 ม.ค. 69", from: Self.winner, occasion: "ตรุษจีน"),
            ], context: fixture.context("pimchanok"))
        #expect(logged.map(\.logged.dealsWithAgency) == [true, false])
        #expect(logged.map(\.logged.businessFound) == [Self.source, nil])
    }

    @Test(
        """
        The verdict replays from the record: a service without the lookup, or whose lookup now finds nothing, \
        judges the same
        """
    )
    func replay() async throws {
        let fixture = try await F()
        try await Self.service(fixture, business: Self.fake()).log(
            [F.received(2_500, on: "2 ม.ค. 68", from: Self.winner)], context: fixture.context("pimchanok"))
        let nothing = FakeBusiness(party: Self.shop, days: F.date("1 ม.ค. 60")...F.date("1 ม.ค. 60"), source: "x")
        for business in [nil, nothing] as [(any PartiesWithBusiness)?] {
            let assessed = try await Self.service(fixture, business: business).assessedEntries(asOf: F.today)
            #expect(assessed.map(\.assessment.verdict) == [.notAcceptable])
        }
        #expect(nothing.asked.isEmpty, "assessing never asks the lookup")
    }

    @Test("The officer's flag and gifts given are not looked up; without a lookup only the flag counts")
    func notAsked() async throws {
        let fixture = try await F()
        let fake = Self.fake()
        var given = F.received(2_500, on: "3 ม.ค. 68", from: Self.winner)
        given.direction = .given
        let logged = try await Self.service(fixture, business: fake).log(
            [
                F.received(2_500, on: "2 ม.ค. 68", from: F.supplier, deals: true), given,
            ], context: fixture.context("pimchanok"))
        #expect(fake.asked.isEmpty)
        #expect(logged.map(\.logged.businessFound) == [nil, nil])
        #expect(logged.map(\.logged.dealsWithAgency) == [true, false])
        let plain = try await fixture.service.log(
            [F.received(2_500, on: "4 ม.ค. 68", from: Self.winner, occasion: "วันเด็ก")],
            context: fixture.context("pimchanok"))
        #expect(plain.first?.logged.dealsWithAgency == false)
        #expect(try await fixture.assessment(plain.first!.id.description).verdict == .allowedWithinLimit)
    }
}
