@testable import Oversight
import Procurement
import Sujarit
import Testing

@Suite("Concentration and price, computed by hand")
struct ConcentrationAndPriceTests {
    let main = Build.taxID(20_555_000_001)

    /// `amounts` to the main supplier and `others` to one supplier each, all e-bidding (no splitting rules).
    func department(_ amounts: [Int64], others: [Int64]) -> [ProcurementProject] {
        var projects = amounts.enumerated().map { index, amount in
            Build.project(index + 1, method: .eBidding, agreed: amount, tax: main, awarded: "2025-02-\(10 + index)")
        }
        projects += others.enumerated().map { index, amount in
            Build.project(
                50 + index, method: .eBidding, agreed: amount, tax: Build.taxID(20_555_000_100 + index),
                awarded: "2025-03-\(10 + index)")
        }
        return projects
    }

    @Test("300,000 + 200,000 of 800,000 in five awards is a 62.5 % share")
    func supplierShare() throws {
        let flag = try #require(
            Build.flags(.supplierShare, department([300_000, 200_000], others: [100_000, 100_000, 100_000])).first)
        #expect(flag.number(.share) == 0.625)
        #expect(flag.money(.total) == .baht(500_000))
        #expect(flag.money(.departmentTotal) == .baht(800_000))
        #expect(flag.count(.departmentAwards) == 5)
        #expect(flag.evidence.cutOff?.value == .share(0.5))
    }

    @Test("Share near misses: 390,000 of 790,000 (49.4 %); a 62.5 % share in only four awards")
    func supplierShareNearMisses() {
        #expect(
            Build.flags(.supplierShare, department([290_000, 100_000], others: [200_000, 100_000, 100_000])).isEmpty)
        #expect(Build.flags(.supplierShare, department([300_000, 200_000], others: [200_000, 100_000])).isEmpty)
    }

    @Test("Repeat winner on the floor: 5 wins of one department in a year are flagged, 4 are not")
    func repeatWinnerFloor() throws {
        let five = department(Array(repeating: 10_000, count: 5), others: [])
        let flag = try #require(Build.flags(.repeatWinner, five).first)
        #expect(flag.count(.wins) == 5)
        #expect(flag.evidence.cutOff?.basis == .floor)
        #expect(Build.flags(.repeatWinner, department(Array(repeating: 10_000, count: 4), others: [])).isEmpty)
    }

    @Test(
        "Repeat winner on the data: wins 1,1,2,2,3,3,4,6,9 give Q1 2, Q3 4, fence 4 + 1.5×2 = 7: 9 is flagged, 6 is not"
    )
    func repeatWinnerFence() throws {
        let wins = [1, 1, 2, 2, 3, 3, 4, 6, 9]
        var projects: [ProcurementProject] = []
        var number = 1
        for (pair, count) in wins.enumerated() {
            for _ in 0..<count {
                projects.append(
                    Build.project(
                        number, department: "69600\(pair)1", method: .eBidding, tax: Build.taxID(30_000_000 + pair),
                        awarded: "2025-02-01"))
                number += 1
            }
        }
        let flags = Build.flags(.repeatWinner, projects)
        #expect(flags.count == 1)
        let flag = try #require(flags.first)
        #expect(flag.count(.wins) == 9)
        let cutOff = try #require(flag.evidence.cutOff)
        #expect(cutOff.basis == .dataFence)
        #expect(cutOff.value == .number(7))
        #expect(cutOff.statistics?.q1 == 2)
        #expect(cutOff.statistics?.q3 == 4)
        #expect(cutOff.statistics?.sample == 9)
    }

    @Test(
        """
        Near the reference price: 990,000 of 1,000,000 in e-bidding is 99 %; 989,999.99 and a specific-method \
        99.5 % are not
        """
    )
    func nearReference() throws {
        let flag = try #require(
            Build.flags(
                .priceNearReference, [Build.project(1, method: .eBidding, agreed: 990_000, reference: 1_000_000)]
            ).first)
        #expect(flag.number(.share) == 0.99)
        var justUnder = Build.project(2, method: .eBidding, reference: 1_000_000)
        justUnder.agreedPrice = Money(satang: 98_999_999)
        #expect(Build.flags(.priceNearReference, [justUnder]).isEmpty)
        #expect(Build.flags(.priceNearReference, [Build.project(3, agreed: 995_000, reference: 1_000_000)]).isEmpty)
        // At the reference price exactly: near it, not above it.
        let equal = Build.flags([Build.project(4, method: .eBidding, agreed: 1_000_000, reference: 1_000_000)])
        #expect(equal.map(\.indicator) == [.priceNearReference])
    }

    @Test("Above the reference price by one satang; contracts above the agreed price and the budget")
    func aboveReferenceAndBudget() throws {
        var above = Build.project(1, method: .eBidding, reference: 1_000_000)
        above.agreedPrice = Money(satang: 100_000_001)
        #expect(Build.flags(.priceAboveReference, [above]).count == 1)

        let overBudget = Build.project(2, method: .eBidding, agreed: 500_000, budget: 500_000, contractAmount: 500_100)
        let indicators = Set(Build.flags([overBudget]).map(\.indicator))
        #expect(indicators.contains(.priceAboveBudget))
        #expect(indicators.contains(.contractAboveAgreed))
        let flag = try #require(Build.flags(.priceAboveBudget, [overBudget]).first)
        #expect(flag.money(.contracts) == .baht(500_100))
        #expect(flag.money(.budget) == .baht(500_000))

        let onBudget = Build.project(3, method: .eBidding, agreed: 480_000, budget: 500_000, contractAmount: 480_000)
        #expect(Build.flags(.priceAboveBudget, [onBudget]).isEmpty)
        #expect(Build.flags(.contractAboveAgreed, [onBudget]).isEmpty)
    }

    @Test("A reference price equal to the budget, for a competitive method only")
    func referenceEqualsBudget() {
        #expect(
            Build.flags(
                .referenceEqualsBudget, [Build.project(1, method: .eBidding, reference: 2_000_000, budget: 2_000_000)]
            ).count == 1)
        #expect(
            Build.flags(
                .referenceEqualsBudget, [Build.project(2, method: .eBidding, reference: 1_999_000, budget: 2_000_000)]
            ).isEmpty)
        #expect(
            Build.flags(
                .referenceEqualsBudget, [Build.project(3, method: .specific, reference: 90_000, budget: 90_000)]
            ).isEmpty)
    }
}

@Suite("Process and competition, computed by hand")
struct ProcessTests {
    func announced(_ number: Int, changes: [AnnouncementType] = []) -> ProcurementProject {
        Build.project(
            number, method: .eBidding, winner: nil,
            timeline: [(.invitation, "2025-01-05")] + changes.map { ($0, "2025-01-20") })
    }

    @Test("2 of 5 projects with D1 or W2 is 40 %, above the 25 % floor; 2 of 9 (22 %) is not")
    func processChanges() throws {
        let five =
            [announced(1, changes: [.invitationCancelled]), announced(2, changes: [.awardAmended])]
            + (3...5).map { announced($0) }
        let flag = try #require(Build.flags(.processChanges, five).first)
        #expect(flag.count(.changed) == 2)
        #expect(flag.count(.projects) == 5)
        #expect(flag.number(.share) == 0.4)
        #expect(flag.evidence.figures.contains { $0.name == "type-D1" && $0.value == .count(1) })
        let nine =
            [announced(1, changes: [.invitationCancelled]), announced(2, changes: [.awardAmended])]
            + (3...9).map { announced($0) }
        #expect(Build.flags(.processChanges, nine).isEmpty)
    }

    @Test("Fast award with too few e-bidding projects: 9 days is under the configured 15; 15 days is not")
    func fastAwardConfigured() throws {
        let fast = Build.project(
            1, method: .eBidding, timeline: [(.invitation, "2024-12-01"), (.winner, "2024-12-10")])
        let flag = try #require(Build.flags(.fastAward, [fast]).first)
        #expect(flag.count(.days) == 9)
        #expect(flag.evidence.cutOff?.basis == .configured)
        #expect(flag.evidence.cutOff?.setting == "fast_award.minimum_days.e-bidding")
        let normal = Build.project(
            2, method: .eBidding, timeline: [(.invitation, "2024-12-01"), (.winner, "2024-12-16")])
        #expect(Build.flags(.fastAward, [normal]).isEmpty)
    }

    @Test("Fast award on the data: days 10, 19 and 30…49 give Q1 33.25, Q3 43.75, fence 17.5: 10 is flagged, 19 is not")
    func fastAwardFence() throws {
        let days = [10, 19] + Array(30...49)
        let projects = days.enumerated().map { index, days in
            Build.project(
                index + 1, method: .eBidding,
                timeline: [
                    (.invitation, "2024-11-01"), (.winner, Build.day("2024-11-01").adding(days: days).description),
                ])
        }
        let flags = Build.flags(.fastAward, projects)
        #expect(flags.count == 1)
        let flag = try #require(flags.first)
        #expect(flag.count(.days) == 10)
        let cutOff = try #require(flag.evidence.cutOff)
        #expect(cutOff.basis == .dataFence)
        #expect(cutOff.value == .number(17.5))
        #expect(cutOff.statistics?.q1 == 33.25)
        #expect(cutOff.statistics?.q3 == 43.75)
        #expect(cutOff.statistics?.sample == 22)
    }

    @Test("A winner without an invitation, for e-bidding; not with the invitation, nor for the specific method")
    func noInvitation() {
        #expect(Build.flags(.noInvitation, [Build.project(1, method: .eBidding, awarded: "2025-01-10")]).count == 1)
        #expect(
            Build.flags(
                .noInvitation,
                [Build.project(2, method: .eBidding, timeline: [(.invitation, "2024-12-01"), (.winner, "2025-01-10")])]
            ).isEmpty)
        #expect(Build.flags(.noInvitation, [Build.project(3, method: .specific, awarded: "2025-01-10")]).isEmpty)
    }

    @Test(
        "Bidders: one firm written two ways is a single bid (R018); two is few; three is enough; no list says nothing")
    func bidders() {
        let single = Build.project(
            1, method: .eBidding, awarded: "2025-01-10", bidders: ["หจก. รุ่งเรืองการโยธา", "ห้างหุ้นส่วนจำกัด รุ่งเรือง การโยธา"])
        #expect(Build.flags([single]).map(\.indicator).contains(.singleBidder))
        let two = Build.project(2, method: .eBidding, awarded: "2025-01-10", bidders: ["บริษัท ก จำกัด", "บริษัท ข จำกัด"])
        #expect(Build.flags(.fewBidders, [two]).first?.count(.bidders) == 2)
        let three = Build.project(
            3, method: .eBidding, awarded: "2025-01-10", bidders: ["บริษัท ก จำกัด", "บริษัท ข จำกัด", "บริษัท ค จำกัด"])
        #expect(Build.flags(.fewBidders, [three]).isEmpty && Build.flags(.singleBidder, [three]).isEmpty)
        let specific = Build.project(4, method: .specific, awarded: "2025-01-10", bidders: ["ร้าน ก"])
        #expect(Build.flags(.singleBidder, [specific]).isEmpty)
        let unknown = Build.project(5, method: .eBidding, awarded: "2025-01-10")
        #expect(Build.flags(.singleBidder, [unknown]).isEmpty)
    }
}

@Suite("Quartiles and fences")
struct StatisticsTests {
    @Test("1…8: Q1 2.75, Q3 6.25 (linear interpolation, as DuckDB's quantile_cont), upper fence 11.5, lower −2.5")
    func quartiles() throws {
        let values = (1...8).map(Double.init)
        let upper = try #require(
            Statistics.fence(values, side: .upper, multiplier: 1.5, minimumSample: 8, population: "x"))
        #expect(upper.q1 == 2.75)
        #expect(upper.q3 == 6.25)
        #expect(upper.fence == 11.5)
        let lower = try #require(
            Statistics.fence(values, side: .lower, multiplier: 1.5, minimumSample: 8, population: "x"))
        #expect(lower.fence == -2.5)
        let histogram = try #require(
            Statistics.fence(
                histogram: Dictionary(uniqueKeysWithValues: (1...8).map { ($0, 1) }), side: .upper, multiplier: 1.5,
                minimumSample: 8, population: "x"))
        #expect(histogram == upper)
        #expect(
            Statistics.fence(Array(values.prefix(7)), side: .upper, multiplier: 1.5, minimumSample: 8, population: "x")
                == nil)
    }

    @Test("Day numbers agree with CalendarDate's own day arithmetic")
    func dayNumbers() {
        let start = Build.day("1999-12-31")
        for offset in stride(from: 0, to: 20_000, by: 97) {
            let date = start.adding(days: offset)
            #expect(DayNumber.of(date) - DayNumber.of(start) == offset)
        }
        #expect(DayNumber.of(Build.day("1970-01-01")) == 0)
    }
}
