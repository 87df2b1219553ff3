import AuditPlans
import Sujarit
import Testing

@testable import Oversight

/// The seeded generator against the reference code, and the random and monetary-unit draws against a hand
/// computation (and an independent re-implementation of the documented steps, whose values are pinned here).
@Suite struct SamplingTests {
    /// Eight projects of FY2568, amounts in baht; the sixth has a zero amount and carries no monetary unit.
    static let population: [PopulationItem] = [
        (1, 120_000), (2, 45_000), (3, 9_000), (4, 300_000), (5, 25_000), (6, 0), (7, 78_000), (8, 150_000),
    ].map { number, baht in
        PopulationItem(id: "6811900000\(number)", title: "โครงการที่ \(number)", amount: .baht(Int64(baht)))
    }

    @Test func generatorMatchesTheReferenceOutputs() {
        // xoshiro256** from the state (1, 2, 3, 4), as the reference implementation's tests list it.
        var generator = SampleGenerator(state: (1, 2, 3, 4))
        let outputs = (0..<6).map { _ in generator.next() }
        #expect(
            outputs == [
                11520, 0, 1_509_978_240, 1_215_971_899_390_074_240, 1_216_172_134_540_287_360, 607_988_272_756_665_600,
            ]
        )
        // SplitMix64 from 1234567, Steele, Lea and Flood's published sequence.
        var splitMix: UInt64 = 1_234_567
        #expect(SampleGenerator.splitMix64(&splitMix) == 0x599E_D017_FB08_FC85)
        #expect(SampleGenerator.splitMix64(&splitMix) == 0x2C73_F084_5854_0FA5)
    }

    @Test func seededGeneratorRepeatsItself() {
        var first = SampleGenerator(seed: 2570)
        var second = SampleGenerator(seed: 2570)
        var other = SampleGenerator(seed: 2571)
        let a = (0..<4).map { _ in first.next() }
        #expect(a == (0..<4).map { _ in second.next() })
        #expect(a != (0..<4).map { _ in other.next() })
        #expect(a.prefix(2) == [11_119_588_134_146_811_765, 336_924_009_051_020_306])
    }

    @Test func uniformStaysBelowItsBoundAndReachesEveryValue() {
        var generator = SampleGenerator(seed: 1)
        var seen = Set<UInt64>()
        for _ in 0..<600 {
            let value = generator.uniform(below: 6)
            #expect(value < 6)
            seen.insert(value)
        }
        #expect(seen == [0, 1, 2, 3, 4, 5])
        #expect(generator.uniform(below: 1) == 0)
    }

    @Test func randomDrawIsRepeatableAndIndependentOfTheInputOrder() throws {
        let items = (1...20).map { PopulationItem(id: String(format: "P%02d", $0), title: "", amount: nil) }
        let draw = try SampleDraw.draw(items, method: .random, size: 5, seed: 2570)
        // Fisher–Yates over the ids in order, positions from uniform(below:) of SampleGenerator(seed: 2570).
        #expect(draw.items.map(\.item.id) == ["P06", "P15", "P05", "P11", "P17"])
        #expect(draw.items.map(\.order) == [1, 2, 3, 4, 5])
        let reversed = try SampleDraw.draw(items.reversed(), method: .random, size: 5, seed: 2570)
        #expect(reversed == draw)
        let other = try SampleDraw.draw(items, method: .random, size: 5, seed: 2571)
        #expect(other.items.map(\.item.id) != draw.items.map(\.item.id))
        let all = try SampleDraw.draw(items, method: .random, size: 20, seed: 9)
        #expect(Set(all.items.map(\.item.id)).count == 20)
        #expect(draw.populationSize == 20 && draw.populationTotal == .zero && draw.excluded == 0)
    }

    @Test func monetaryUnitDrawFollowsTheInterval() throws {
        let draw = try SampleDraw.draw(Self.population, method: .mus, size: 4, seed: 2570)
        // 727,000 baht over 7 items with an amount; J = 727,000 / 4 = 181,750.
        #expect(draw.populationSize == 7)
        #expect(draw.excluded == 1)
        #expect(draw.populationTotal == .baht(727_000))
        #expect(draw.interval == Money(satang: 18_175_000))
        #expect(draw.start == Money(satang: 12_127_941))
        #expect(draw.items.map(\.item.id) == ["68119000002", "68119000004", "68119000005", "68119000008"])
        #expect(draw.items.map(\.isKeyItem) == [false, true, false, false])
        let seven = try SampleDraw.draw(Self.population, method: .mus, size: 4, seed: 7)
        #expect(seven.items.map(\.item.id) == ["68119000001", "68119000004", "68119000008"])
        #expect(seven.items.map(\.hits) == [1, 2, 1])
    }

    @Test func itemsOfAtLeastTheIntervalAreAlwaysSelected() throws {
        for seed in UInt64(0)..<300 {
            let draw = try SampleDraw.draw(Self.population, method: .mus, size: 4, seed: seed)
            let ids = draw.items.map(\.item.id)
            #expect(ids.contains("68119000004"), "seed \(seed)")
            #expect(!ids.contains("68119000006"), "seed \(seed): a zero amount holds no monetary unit")
            #expect(draw.items.reduce(0) { $0 + $1.hits } == 4)
            #expect(Set(ids).count == ids.count)
        }
    }

    @Test func refusesWhatCannotBeDrawn() {
        #expect(throws: SamplingError.sizeNotPositive(0)) {
            try SampleDraw.draw(Self.population, method: .random, size: 0, seed: 1)
        }
        #expect(throws: SamplingError.sizeAbovePopulation(9, population: 8)) {
            try SampleDraw.draw(Self.population, method: .random, size: 9, seed: 1)
        }
        #expect(throws: SamplingError.sizeAbovePopulation(8, population: 7)) {
            try SampleDraw.draw(Self.population, method: .mus, size: 8, seed: 1)
        }
        let unpriced = [PopulationItem(id: "1", title: "", amount: nil)]
        #expect(throws: SamplingError.emptyPopulation(method: .mus)) {
            try SampleDraw.draw(unpriced, method: .mus, size: 1, seed: 1)
        }
        #expect(throws: SamplingError.emptyPopulation(method: .random)) {
            try SampleDraw.draw([], method: .random, size: 1, seed: 1)
        }
        // Two items of half the largest amount: the total fits, twice the total does not.
        let half = Money(satang: Int64.max / 2)
        let huge = ["1", "2"].map { PopulationItem(id: $0, title: "", amount: half) }
        #expect(throws: SamplingError.totalTooLarge(Money(satang: half.satang * 2), size: 2)) {
            try SampleDraw.draw(huge, method: .mus, size: 2, seed: 1)
        }
    }

    @Test("A draw from a walked population picks what the draw in memory picks, walking it twice")
    func walkedDrawMatchesTheDrawInMemory() async throws {
        func walked(
            _ items: [PopulationItem], _ method: SamplingMethod, size: Int, seed: UInt64
        ) async throws -> (
            SampleDraw, walks: Int
        ) {
            var walks = 0
            let draw = try await SampleDraw.draw(method: method, size: size, seed: seed) { body in
                walks += 1
                for item in items { try body(item) }
            }
            return (draw, walks)
        }
        // The values pinned above, drawn from a walk.
        let twenty = (1...20).map { PopulationItem(id: String(format: "P%02d", $0), title: "", amount: nil) }
        let random = try await walked(twenty, .random, size: 5, seed: 2570)
        #expect(random.0.items.map(\.item.id) == ["P06", "P15", "P05", "P11", "P17"])
        #expect(random.walks == 2)
        let mus = try await walked(Self.population, .mus, size: 4, seed: 7)
        #expect(mus.0.items.map(\.item.id) == ["68119000001", "68119000004", "68119000008"])
        #expect(mus.0.items.map(\.hits) == [1, 2, 1])
        #expect(mus.0.items.map(\.order) == [1, 2, 3])
        for seed in UInt64(0)..<100 {
            for (method, size) in [(SamplingMethod.random, 3), (.random, 8), (.mus, 2), (.mus, 7)] {
                let memory = try SampleDraw.draw(Self.population.reversed(), method: method, size: size, seed: seed)
                #expect(try await walked(Self.population, method, size: size, seed: seed).0 == memory)
            }
        }
    }

    @Test("A population that changes between the two walks is refused, not drawn from")
    func walkedPopulationMustNotChange() async throws {
        for method in [SamplingMethod.random, .mus] {
            var walks = 0
            await #expect(throws: SamplingError.populationChanged) {
                try await SampleDraw.draw(method: method, size: 2, seed: 1) { body in
                    walks += 1
                    for item in Self.population { try body(item) }
                    if walks == 2 { try body(PopulationItem(id: "68119000009", title: "", amount: .baht(1))) }
                }
            }
            var repriced = 0
            await #expect(throws: SamplingError.populationChanged) {
                try await SampleDraw.draw(method: method, size: 2, seed: 1) { body in
                    repriced += 1
                    for item in Self.population {
                        var item = item
                        if repriced == 2, item.id == "68119000004" { item.amount = .baht(1) }
                        try body(item)
                    }
                }
            }
        }
    }

    @Test func populationFilterSaysWhatItHolds() {
        let filter = ProcurementPopulationFilter(
            departmentID: "6960501", method: .specific, fiscalYear: FiscalYear(be: 2569))
        #expect(filter.description == "โครงการจัดซื้อจัดจ้างที่นำเข้า หน่วยงาน e-GP 6960501 วิธีเฉพาะเจาะจง ปีงบประมาณ พ.ศ. 2569")
        #expect(ProcurementPopulationFilter().description == "โครงการจัดซื้อจัดจ้างที่นำเข้า ทุกหน่วยงาน ทุกวิธี ทุกปีงบประมาณ")
    }
}
