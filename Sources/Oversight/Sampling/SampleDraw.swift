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
        // The ids' order, not the read model's, so a draw does not depend on how the rows were stored (amount and
        // title break a tie, should a source ever give one id twice).
        let ordered = population.sorted {
            ($0.id, $0.amount?.satang ?? -1, $0.title) < ($1.id, $1.amount?.satang ?? -1, $1.title)
        }
        var tally = SampleTally()
        for item in ordered { tally.add(item) }
        var picker = try SamplePicker(tally, method: method, size: size, seed: seed)
        for item in ordered { picker.consider(item) }
        return try picker.finish()
    }

    /// Draws `size` items by `method` with `seed` from a population that `walk` hands over in the order of the
    /// items' ids, as ``draw(_:method:size:seed:)`` draws from it: the same items, in the same order.
    ///
    /// The population is walked twice, once to count and weigh it and once to pick the items drawn, and only
    /// those are kept: a national store's million projects are never in memory at once.
    ///
    /// - throws: ``SamplingError`` as ``draw(_:method:size:seed:)``, and ``SamplingError/populationChanged``
    ///   when the second walk does not find the population the first one counted (an import ran meanwhile).
    public static func draw(
        method: SamplingMethod, size: Int, seed: UInt64,
        walkingInIDOrder walk: (_ body: (PopulationItem) throws -> Void) async throws -> Void
    ) async throws -> SampleDraw {
        var tally = SampleTally()
        try await walk { item in
            if let last = tally.lastID {
                precondition(last < item.id, "a sampling population must be walked in the order of its ids")
            }
            tally.add(item)
        }
        var picker = try SamplePicker(tally, method: method, size: size, seed: seed)
        try await walk { picker.consider($0) }
        return try picker.finish()
    }
}

/// A population counted and weighed item by item, in the order of the items' ids: what a draw must know before
/// it picks (how many items, how many with monetary units, the totals), and a fingerprint of the items, so the
/// walk that picks can tell it found the same population.
struct SampleTally {
    /// How many items.
    var count = 0
    /// How many have an amount above zero (monetary-unit sampling draws from those).
    var weighed = 0
    /// The sum of every amount given, or the error that summing it raised.
    var total: Result<Money, MoneyError> = .success(.zero)
    /// The sum of the amounts above zero, or the error that summing them raised.
    var weighedTotal: Result<Money, MoneyError> = .success(.zero)
    /// The ids and amounts, in order, hashed.
    var fingerprint = Hasher()
    /// The last item's id.
    var lastID: String?

    mutating func add(_ item: PopulationItem) {
        count += 1
        fingerprint.combine(item.id)
        fingerprint.combine(item.amount?.satang)
        lastID = item.id
        guard let amount = item.amount else { return }
        total = Self.adding(amount, to: total)
        guard amount.satang > 0 else { return }
        weighed += 1
        weighedTotal = Self.adding(amount, to: weighedTotal)
    }

    /// `sum` and `amount`, or the overflow that a sum of the population's amounts raised first.
    static func adding(_ amount: Money, to sum: Result<Money, MoneyError>) -> Result<Money, MoneyError> {
        guard case .success(let total) = sum else { return sum }
        do {
            return .success(try total.adding(amount, summing: "the amounts of the population"))
        } catch {
            return .failure(error)
        }
    }
}

/// The second walk of a draw: from the tally of the population it knows which places the draw selects (random)
/// or where the sampling points fall (monetary-unit), and it keeps only the items found there.
///
/// **Random**: the first `size` positions of a Fisher–Yates shuffle of the positions `0 ..< count`, the swaps
/// kept in a dictionary rather than an array of every position. **Monetary-unit**: the items with an amount
/// above zero laid end to end, amounts scaled by `n` (item i covers [n·c(i-1), n·c(i)) of the line [0, n·T)),
/// and the points s' + k·T, `k` in `0 ..< n`, each falling in the first item whose end lies beyond it.
struct SamplePicker {
    let tally: SampleTally
    let method: SamplingMethod
    let size: Int
    let seed: UInt64
    /// Random: the drawing order (1 for the first) of each selected position.
    var selected: [Int: Int] = [:]
    /// Random: the items found at the selected positions, by drawing order.
    var found: [Int: PopulationItem] = [:]
    /// Monetary-unit: the population's total, the start on the scaled line and the next point's `k`.
    var total = Money.zero
    var startScaled: Int64 = 0
    var nextPoint: Int64 = 0
    /// Monetary-unit: the end of the last item laid on the scaled line.
    var running: Int64 = 0
    /// Monetary-unit: the items hit, in the order of their first hit.
    var hit: [DrawnItem] = []
    /// Where this walk has got to, and what it has seen (compared with the tally at the end).
    var position = 0
    var seen = SampleTally()

    init(_ tally: SampleTally, method: SamplingMethod, size: Int, seed: UInt64) throws {
        self.tally = tally
        self.method = method
        self.size = size
        self.seed = seed
        guard size >= 1 else { throw SamplingError.sizeNotPositive(size) }
        var generator = SampleGenerator(seed: seed)
        switch method {
        case .random:
            guard tally.count > 0 else { throw SamplingError.emptyPopulation(method: .random) }
            guard size <= tally.count else { throw SamplingError.sizeAbovePopulation(size, population: tally.count) }
            var swapped: [Int: Int] = [:]
            for index in 0..<size {
                let pick = index + Int(generator.uniform(below: UInt64(tally.count - index)))
                let (atIndex, atPick) = (swapped[index] ?? index, swapped[pick] ?? pick)
                swapped[index] = atPick
                swapped[pick] = atIndex
            }
            for index in 0..<size { selected[swapped[index] ?? index] = index + 1 }
            total = try tally.total.get()
        case .mus:
            guard tally.weighed > 0 else { throw SamplingError.emptyPopulation(method: .mus) }
            guard size <= tally.weighed else {
                throw SamplingError.sizeAbovePopulation(size, population: tally.weighed)
            }
            total = try tally.weighedTotal.get()
            let (_, overflow) = total.satang.multipliedReportingOverflow(by: Int64(size))
            guard !overflow else { throw SamplingError.totalTooLarge(total, size: size) }
            startScaled = Int64(generator.uniform(below: UInt64(total.satang)))
        }
    }

    mutating func consider(_ item: PopulationItem) {
        seen.add(item)
        defer { position += 1 }
        switch method {
        case .random:
            if let order = selected[position] { found[order] = item }
        case .mus:
            guard let amount = item.amount?.satang, amount > 0 else { return }
            let n = Int64(size)
            // The tally proved n·T fits; a population changed since is found by the fingerprint in finish().
            let (scaled, overflow) = amount.multipliedReportingOverflow(by: n)
            let (end, past) = running.addingReportingOverflow(scaled)
            guard !overflow, !past else { return }
            running = end
            var hits = 0
            while nextPoint < n, startScaled + nextPoint * total.satang < end {
                hits += 1
                nextPoint += 1
            }
            if hits > 0 {
                hit.append(DrawnItem(order: hit.count + 1, item: item, hits: hits, isKeyItem: scaled >= total.satang))
            }
        }
    }

    /// The draw, once every item was considered.
    /// - throws: ``SamplingError/populationChanged`` when this walk did not see the items the tally counted.
    func finish() throws -> SampleDraw {
        guard seen.count == tally.count, seen.fingerprint.finalize() == tally.fingerprint.finalize() else {
            throw SamplingError.populationChanged
        }
        switch method {
        case .random:
            return SampleDraw(
                method: .random, size: size, seed: seed, populationSize: tally.count, populationTotal: total,
                excluded: 0, interval: nil, start: nil,
                items: (1...size).map { order in
                    DrawnItem(order: order, item: found[order]!, hits: 1, isKeyItem: false)
                }
            )
        case .mus:
            let n = Int64(size)
            precondition(running == total.satang * n, "the cumulative amounts must end at the scaled total")
            return SampleDraw(
                method: .mus, size: size, seed: seed, populationSize: tally.weighed, populationTotal: total,
                excluded: tally.count - tally.weighed, interval: Money(satang: total.satang / n),
                start: Money(satang: startScaled / n), items: hit
            )
        }
    }
}
