@testable import Oversight
import Procurement
import Sujarit
import Testing

@Suite("Splitting, bunching and the year-end rush, computed by hand")
struct SplittingTests {
    let supplier = Build.taxID("010555600012")

    @Test("Three specific-method awards of 200,000 + 180,000 + 150,000 to one supplier in FY2568 pass 500,000 together")
    func splitYear() throws {
        let projects = [
            Build.project(1, agreed: 200_000, tax: supplier, awarded: "2024-11-01"),
            Build.project(2, agreed: 180_000, tax: supplier, awarded: "2025-03-15"),
            Build.project(3, agreed: 150_000, tax: supplier, awarded: "2025-08-10"),
        ]
        let flags = Build.flags(.splitYear, projects)
        #expect(flags.count == 1)
        let flag = try #require(flags.first)
        #expect(flag.money(.total) == .baht(530_000))
        #expect(flag.count(.count) == 3)
        #expect(flag.money(.largest) == .baht(200_000))
        #expect(Build.ids(flag) == ["68119000001", "68119000002", "68119000003"])
        #expect(flag.evidence.cutOff?.setting == "splitting.limit")
        #expect(flag.evidence.cutOff?.value == .money(.baht(500_000)))
        #expect(flag.evidence.cutOff?.basis == .configured)
        #expect(flag.evidence.supplier?.taxID == supplier)
        // 1 Nov → 15 Mar is 134 days and 15 Mar → 10 Aug is 148: no two awards within 90 days.
        #expect(Build.flags(.splitWindow, projects).isEmpty)
    }

    @Test("Near misses: exactly 500,000 together; an e-bidding award; an award above the limit; another supplier")
    func splitYearNearMisses() {
        let other = Build.taxID("010555600013")
        let exactly = [
            Build.project(1, agreed: 200_000, tax: supplier, awarded: "2024-11-01"),
            Build.project(2, agreed: 180_000, tax: supplier, awarded: "2025-03-15"),
            Build.project(3, agreed: 120_000, tax: supplier, awarded: "2025-08-10"),
        ]
        #expect(Build.flags(.splitYear, exactly).isEmpty)
        let mixed = [
            Build.project(1, agreed: 200_000, tax: supplier, awarded: "2024-11-01"),
            Build.project(2, method: .eBidding, agreed: 180_000, tax: supplier, awarded: "2025-03-15"),
            Build.project(3, agreed: 600_000, tax: supplier, awarded: "2025-05-15"),
            Build.project(4, agreed: 150_000, tax: other, awarded: "2025-08-10"),
        ]
        #expect(Build.flags(.splitYear, mixed).isEmpty)
        // The same three awards split over two fiscal years do not add up within either.
        let twoYears = [
            Build.project(1, fiscalYear: 2567, agreed: 200_000, tax: supplier, awarded: "2024-08-01"),
            Build.project(2, agreed: 180_000, tax: supplier, awarded: "2025-03-15"),
            Build.project(3, agreed: 150_000, tax: supplier, awarded: "2025-08-10"),
        ]
        #expect(Build.flags(.splitYear, twoYears).isEmpty)
    }

    @Test("Two awards 50 days apart, 250,000 + 260,000: a window flag, and no year flag repeating it")
    func splitWindow() throws {
        let projects = [
            Build.project(1, agreed: 250_000, tax: supplier, awarded: "2025-07-01"),
            Build.project(2, agreed: 260_000, tax: supplier, awarded: "2025-08-20"),
        ]
        let flag = try #require(Build.flags(.splitWindow, projects).first)
        #expect(flag.money(.total) == .baht(510_000))
        #expect(flag.count(.days) == 50)
        #expect(flag.evidence.figure(.firstDay) == .date(Build.day("2025-07-01")))
        #expect(Build.flags(.splitYear, projects).isEmpty)
    }

    @Test("The window counts 90 days between first and last award: 90 apart is in, 91 is out (then only the year flag)")
    func windowEdge() {
        let inside = [
            Build.project(1, agreed: 250_000, tax: supplier, awarded: "2025-07-01"),
            Build.project(2, agreed: 260_000, tax: supplier, awarded: "2025-09-29"),
        ]
        #expect(Build.flags(.splitWindow, inside).count == 1)
        let outside = [
            Build.project(1, agreed: 250_000, tax: supplier, awarded: "2025-07-01"),
            Build.project(2, agreed: 260_000, tax: supplier, awarded: "2025-09-30"),
        ]
        #expect(Build.flags(.splitWindow, outside).isEmpty)
        #expect(Build.flags(.splitYear, outside).count == 1)
    }

    @Test("A name-only award joins the supplier whose tax id it shares a name with")
    func nameOnlyJoinsTaxGroup() throws {
        let projects = [
            Build.project(1, agreed: 300_000, winner: "บริษัท ตากใบวัสดุภัณฑ์ จำกัด", tax: supplier, awarded: "2025-01-10"),
            Build.project(2, agreed: 250_000, winner: "บจก. ตากใบวัสดุภัณฑ์", tax: nil, awarded: "2025-02-10"),
        ]
        let flag = try #require(Build.flags(.splitWindow, projects).first)
        #expect(flag.money(.total) == .baht(550_000))
        #expect(flag.identity.contains("tax:\(supplier.digits)"))
    }

    @Test("Bunching: 4 awards in 450,000–500,000 against 1 in 400,000–450,000 is a ratio of 4, above the floor of 2")
    func bunching() throws {
        let amounts: [Int64] = [460_000, 470_000, 480_000, 495_000, 420_000]
        let projects = amounts.enumerated().map { index, amount in
            Build.project(
                index + 1, agreed: amount, tax: Build.taxID(10_555_600_100 + index), awarded: "2025-0\(index + 1)-10")
        }
        let flag = try #require(Build.flags(.bunching, projects).first)
        #expect(flag.count(.inBand) == 4)
        #expect(flag.count(.belowBand) == 1)
        #expect(flag.number(.ratio) == 4)
        #expect(flag.money(.bandFrom) == .baht(450_000))
        // One department-year-line is far fewer than 8 values: the floor decides, and the flag says so.
        #expect(flag.evidence.cutOff?.basis == .floor)
        #expect(flag.evidence.cutOff?.value == .ratio(2))
    }

    @Test("Bunching near misses: 3 in band against 2 below (1.5); 2 in band and none below (too few)")
    func bunchingNearMisses() {
        func projects(_ amounts: [Int64]) -> [ProcurementProject] {
            amounts.enumerated().map { index, amount in
                Build.project(
                    index + 1, agreed: amount, tax: Build.taxID(10_555_600_100 + index),
                    awarded: "2025-0\(index + 1)-10")
            }
        }
        #expect(Build.flags(.bunching, projects([460_000, 470_000, 480_000, 410_000, 420_000])).isEmpty)
        #expect(Build.flags(.bunching, projects([460_000, 470_000])).isEmpty)
        // 95,000 and 99,000 are under the 100,000 line: 3 in band, 0 below, ratio 3 against the floor of 2.
        #expect(Build.flags(.bunching, projects([95_000, 99_000, 100_000])).count == 1)
    }

    @Test("Year-end: 100,000 in September against 20,000 a month otherwise is 5×, 31.25 % of the year")
    func yearEnd() throws {
        var projects = (0..<11).map { month in
            let date = month < 3 ? "2024-\(10 + month)-15" : "2025-0\(month - 2)-15"
            return Build.project(month + 1, agreed: 20_000, tax: Build.taxID(10_555_600_200 + month), awarded: date)
        }
        projects.append(Build.project(12, agreed: 100_000, tax: Build.taxID("010555600300"), awarded: "2025-09-20"))
        let flag = try #require(Build.flags(.yearEnd, projects).first)
        #expect(flag.money(.septemberSpending) == .baht(100_000))
        #expect(flag.money(.otherMonthlyAverage) == .baht(20_000))
        #expect(flag.number(.ratio) == 5)
        #expect(flag.number(.share) == 0.3125)
        #expect(Build.ids(flag) == ["68119000012"])
        // 50,000 in September is 2.5×, under the floor of 3.
        projects[11] = Build.project(12, agreed: 50_000, tax: Build.taxID("010555600300"), awarded: "2025-09-20")
        #expect(Build.flags(.yearEnd, projects).isEmpty)
    }
}
