/// An amount of Thai baht, held exactly as a whole number of satang (1 baht = 100 satang).
///
/// Budgets, reference prices, contract values and gift values are compared against legal thresholds
/// (3,000 baht, 500,000 baht), so amounts are never floating point. Totals are taken with
/// ``adding(_:summing:)`` or ``Swift/Sequence/total(of:)``, which throw ``MoneyError/totalOverflow(_:)``
/// instead of trapping: the range (±92 quadrillion baht) is far beyond any real budget, but a store may
/// hold amounts written by an older version or a direct SQL edit, and a report must then say so, not crash.
/// Encodes as a decimal string such as `"156000.00"`.
public struct Money: Sendable, Hashable {
    /// The amount in satang; negative for a negative amount.
    public let satang: Int64

    /// The amount of `satang` satang, e.g. `Money(satang: 15_600_000)` is 156,000.00 baht.
    public init(satang: Int64) {
        self.satang = satang
    }

    /// The amount of `b` whole baht. Traps if `b * 100` overflows `Int64`.
    public static func baht(_ b: Int64) -> Money {
        Money(satang: b * 100)
    }

    /// Zero baht.
    public static let zero = Money(satang: 0)

    /// The whole-baht part, rounded toward zero: 1234 for 1,234.50 and -1234 for -1,234.50.
    ///
    /// With ``satangPart`` it satisfies `bahtPart * 100 + satangPart == satang`.
    public var bahtPart: Int64 { satang / 100 }

    /// The satang part with the amount's sign: 50 for 1,234.50 and -50 for -1,234.50.
    public var satangPart: Int64 { satang % 100 }

    /// True when the amount is below zero.
    public var isNegative: Bool { satang < 0 }

    /// True when the amount is zero.
    public var isZero: Bool { satang == 0 }
}

extension Money: Comparable {
    /// Orders amounts by value.
    public static func < (lhs: Money, rhs: Money) -> Bool {
        lhs.satang < rhs.satang
    }
}

extension Money {
    /// The sum of two amounts. Traps on overflow, like Swift's integers: use it only where overflow is
    /// impossible by construction (amounts whose subtotals were checked with
    /// ``Swift/Sequence/checkSubtotalsFit(of:)``); any other total goes through ``adding(_:summing:)``.
    public static func + (lhs: Money, rhs: Money) -> Money {
        Money(satang: lhs.satang + rhs.satang)
    }

    /// The difference of two amounts.
    public static func - (lhs: Money, rhs: Money) -> Money {
        Money(satang: lhs.satang - rhs.satang)
    }

    /// The amount negated.
    public static prefix func - (amount: Money) -> Money {
        Money(satang: -amount.satang)
    }

    /// The amount multiplied by a count, e.g. a unit price times a quantity.
    public static func * (lhs: Money, rhs: Int) -> Money {
        Money(satang: lhs.satang * Int64(rhs))
    }

    /// The amount multiplied by a count, e.g. a quantity times a unit price.
    public static func * (lhs: Int, rhs: Money) -> Money {
        rhs * lhs
    }

    /// Adds `rhs` to `lhs`; traps on overflow, so the same rule as for ``+(_:_:)`` applies.
    public static func += (lhs: inout Money, rhs: Money) {
        lhs = lhs + rhs
    }

    /// Subtracts `rhs` from `lhs`.
    public static func -= (lhs: inout Money, rhs: Money) {
        lhs = lhs - rhs
    }
}

extension Money {
    /// The sum of this amount and `other`, or ``MoneyError/totalOverflow(_:)`` naming `what` was being
    /// summed when the sum does not fit. Every total of amounts not bounded by
    /// ``Swift/Sequence/checkSubtotalsFit(of:)`` goes through here (or ``Swift/Sequence/total(of:)``).
    ///
    /// - Parameters:
    ///   - other: The amount to add.
    ///   - what: What the total is of, for the message, e.g. `the gifts of S001 on ปีใหม่ 2568`.
    public func adding(_ other: Money, summing what: @autoclosure () -> String) throws(MoneyError) -> Money {
        let (sum, overflow) = satang.addingReportingOverflow(other.satang)
        guard !overflow else { throw .totalOverflow(what()) }
        return Money(satang: sum)
    }

    /// Adds `other` to this amount, or throws ``MoneyError/totalOverflow(_:)`` naming `what` (unchanged then).
    public mutating func add(_ other: Money, summing what: @autoclosure () -> String) throws(MoneyError) {
        self = try adding(other, summing: what())
    }

    /// `part` as a percentage of `whole` in hundredths of a percent, rounded half up (9967 for 99.67 %);
    /// nil when `whole` is not positive. Exact while `part × 10,000` fits in 64 bits (any part up to
    /// 9.2 trillion baht); beyond that it is computed in floating point, so no pair of amounts traps.
    public static func hundredthsOfPercent(_ part: Money, of whole: Money) -> Int64? {
        guard whole.satang > 0 else { return nil }
        let (scaled, overflow) = part.satang.multipliedReportingOverflow(by: 10_000)
        if !overflow, case let (numerator, false) = scaled.addingReportingOverflow(whole.satang / 2) {
            return numerator / whole.satang
        }
        let value = (Double(part.satang) * 10_000 / Double(whole.satang)).rounded()
        return value >= 0x1p63 ? Int64.max : value <= -0x1p63 ? Int64.min : Int64(value)
    }
}

extension Sequence where Element == Money {
    /// The total of all amounts (``Money/zero`` for an empty sequence), or ``MoneyError/totalOverflow(_:)``
    /// naming `what` when it does not fit in ``Money``.
    public func total(of what: @autoclosure () -> String) throws(MoneyError) -> Money {
        var total = Money.zero
        for amount in self { try total.add(amount, summing: what()) }
        return total
    }

    /// Checks that no sum of any of these amounts, in any order, can overflow ``Money``: the positive
    /// amounts' total and the negative amounts' total both fit. Code that then sums subsets of them (running
    /// totals, per-supplier totals, sliding windows) may use `+` safely. Throws
    /// ``MoneyError/totalOverflow(_:)`` naming `what` otherwise.
    public func checkSubtotalsFit(of what: @autoclosure () -> String) throws(MoneyError) {
        var positive = Money.zero, negative = Money.zero
        for amount in self {
            if amount.isNegative {
                try negative.add(amount, summing: what())
            } else {
                try positive.add(amount, summing: what())
            }
        }
    }
}
