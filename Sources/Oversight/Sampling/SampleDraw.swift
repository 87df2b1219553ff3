import AuditPlans
import Sujarit

/// One item an audit sample may be drawn from: a record of imported data (a procurement project) with the
/// amount monetary-unit sampling weighs it by.
public struct PopulationItem: Sendable, Hashable, Codable {
    /// The record's id, e.g. the e-GP project id; items are put in the order of their ids before a draw.
    public var id: String
    /// What the record is, as listings print it (the project's title).
    public var title: String
    /// The amount, when the record has one (the project's agreed price).
    public var amount: Money?

    /// Creates the value from its parts.
    public init(id: String, title: String, amount: Money?) {
        self.id = id
        self.title = title
        self.amount = amount
    }
}

/// An item a draw selected.
public struct DrawnItem: Sendable, Hashable, Codable {
    /// 1 for the first item drawn.
    public var order: Int
    /// The item.
    public var item: PopulationItem
    /// Monetary-unit sampling: how many of the sampling points fell in it (1 for a random draw).
    public var hits: Int
    /// Monetary-unit sampling: its amount is at least the interval, so it was certain to be selected
    /// (รายการมูลค่าสูง, examined whatever the start).
    public var isKeyItem: Bool

    /// Creates the value from its parts.
    public init(order: Int, item: PopulationItem, hits: Int, isKeyItem: Bool) {
        self.order = order
        self.item = item
        self.hits = hits
        self.isKeyItem = isKeyItem
    }
}

/// A sample drawn from a population by a method and a seed: the same population, method, size and seed
/// always give the same items in the same order.
///
/// **Random** (``SamplingMethod/random``): the items are put in the order of their ids and the first
/// `size` positions of a Fisher–Yates shuffle driven by ``SampleGenerator`` are taken, so each item is equally
/// likely and none is drawn twice; the items are listed in the order drawn.
///
/// **Monetary-unit sampling** (``SamplingMethod/mus``, การสุ่มตัวอย่างตามหน่วยเงิน), as auditors use it:
/// each satang of the population is a sampling unit, and an item is selected when a unit it holds is. The
/// items with an amount above zero are laid end to end in the order of their ids (cumulative amounts), the
/// interval is the total divided by the size (`J = T / n`), a random start `s` is drawn in `[0, J)`, and the
/// units at `s, s + J, s + 2J, …` (`n` points) are selected. Large items are therefore more likely to be
/// chosen, in proportion to their amount, and an item of at least the interval covers at least one point and
/// is always selected (``DrawnItem/isKeyItem``). An item hit by several points is selected once, so the
/// sample may hold fewer than `size` items. Arithmetic is exact: amounts are scaled by `n` (the interval
/// becomes `T` and the points `s' + kT` with `s'` in `[0, T)`), so no rounding can move a point. Items
/// without an amount, or of zero, carry no monetary units and cannot be selected; the draw counts them.
public struct SampleDraw: Sendable, Hashable, Codable {
    /// Random or monetary-unit.
    public var method: SamplingMethod
    /// The draws asked for.
    public var size: Int
    /// The seed of ``SampleGenerator``.
    public var seed: UInt64
    /// How many items the method drew from (monetary-unit: those with an amount above zero).
    public var populationSize: Int
    /// The sum of their amounts.
    public var populationTotal: Money
    /// Items of the population the method could not draw (monetary-unit: no amount, or zero).
    public var excluded: Int
    /// Monetary-unit sampling: the interval `T / n`, rounded down to the satang (for print; the draw itself
    /// is exact).
    public var interval: Money?
    /// Monetary-unit sampling: the random start, in satang from the first unit, rounded down.
    public var start: Money?
    /// The items drawn, in the order drawn.
    public var items: [DrawnItem]

    /// Draws `size` items of `population` by `method` with `seed`.
    ///
    /// - throws: ``SamplingError`` when the size is not positive, the population is empty or smaller than
    ///   the size, or its total does not fit the exact arithmetic.
    public static func draw(
        _ population: [PopulationItem], method: SamplingMethod, size: Int, seed: UInt64
    ) throws -> SampleDraw {
        guard size >= 1 else { throw SamplingError.sizeNotPositive(size) }
        // The ids' order, not the read model's, so a draw does not depend on how the rows were stored (amount and
        // title break a tie, should a source ever give one id twice).
        let ordered = population.sorted {
            ($0.id, $0.amount?.satang ?? -1, $0.title) < ($1.id, $1.amount?.satang ?? -1, $1.title)
        }
        var generator = SampleGenerator(seed: seed)
        switch method {
        case .random:
            return try random(ordered, size: size, seed: seed, generator: &generator)
        case .mus:
            return try monetaryUnit(ordered, size: size, seed: seed, generator: &generator)
        }
    }

    private static func random(
        _ ordered: [PopulationItem], size: Int, seed: UInt64, generator: inout SampleGenerator
    ) throws -> SampleDraw {
        guard !ordered.isEmpty else { throw SamplingError.emptyPopulation(method: .random) }
        guard size <= ordered.count else { throw SamplingError.sizeAbovePopulation(size, population: ordered.count) }
        var positions = Array(ordered.indices)
        for index in 0..<size {
            let pick = index + Int(generator.uniform(below: UInt64(positions.count - index)))
            positions.swapAt(index, pick)
        }
        let total = try ordered.compactMap(\.amount).total(of: "the amounts of the population")
        return SampleDraw(
            method: .random, size: size, seed: seed, populationSize: ordered.count, populationTotal: total,
            excluded: 0, interval: nil, start: nil,
            items: positions.prefix(size).enumerated().map { offset, position in
                DrawnItem(order: offset + 1, item: ordered[position], hits: 1, isKeyItem: false)
            }
        )
    }

    private static func monetaryUnit(
        _ ordered: [PopulationItem], size: Int, seed: UInt64, generator: inout SampleGenerator
    ) throws -> SampleDraw {
        let weighed = ordered.filter { ($0.amount?.satang ?? 0) > 0 }
        guard !weighed.isEmpty else { throw SamplingError.emptyPopulation(method: .mus) }
        guard size <= weighed.count else { throw SamplingError.sizeAbovePopulation(size, population: weighed.count) }
        let total = try weighed.compactMap(\.amount).total(of: "the amounts of the population")
        let n = Int64(size)
        // Scaled by n: item i covers [n·c(i-1), n·c(i)) of the line [0, n·T), and the points are s' + k·T.
        let (scaledTotal, overflow) = total.satang.multipliedReportingOverflow(by: n)
        guard !overflow else { throw SamplingError.totalTooLarge(total, size: size) }
        var ends: [Int64] = []
        var running: Int64 = 0
        for item in weighed {
            running += item.amount!.satang * n
            ends.append(running)
        }
        let startScaled = Int64(generator.uniform(below: UInt64(total.satang)))
        var hits: [Int: Int] = [:]
        var firstHit: [Int] = []
        var index = 0
        for k in 0..<n {
            let point = startScaled + k * total.satang
            while ends[index] <= point { index += 1 }
            if hits[index] == nil { firstHit.append(index) }
            hits[index, default: 0] += 1
        }
        precondition(running == scaledTotal, "the cumulative amounts must end at the scaled total")
        return SampleDraw(
            method: .mus, size: size, seed: seed, populationSize: weighed.count, populationTotal: total,
            excluded: ordered.count - weighed.count, interval: Money(satang: total.satang / n),
            start: Money(satang: startScaled / n),
            items: firstHit.enumerated().map { offset, position in
                let item = weighed[position]
                return DrawnItem(
                    order: offset + 1, item: item, hits: hits[position] ?? 1,
                    isKeyItem: item.amount!.satang * n >= total.satang)
            }
        )
    }
}
