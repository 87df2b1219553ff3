/// An amount of Thai baht, held exactly as a whole number of satang (1 baht = 100 satang).
///
/// Budgets, reference prices, contract values and gift values are compared against legal thresholds
/// (3,000 baht, 500,000 baht), so amounts are never floating point. Arithmetic traps on overflow, like
/// Swift's integers; the range (±92 quadrillion baht) is far beyond any real budget.
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
    /// The sum of two amounts.
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

    /// Adds `rhs` to `lhs`.
    public static func += (lhs: inout Money, rhs: Money) {
        lhs = lhs + rhs
    }

    /// Subtracts `rhs` from `lhs`.
    public static func -= (lhs: inout Money, rhs: Money) {
        lhs = lhs - rhs
    }
}

extension Sequence where Element == Money {
    /// The total of all amounts; ``Money/zero`` for an empty sequence.
    public func sum() -> Money {
        reduce(.zero, +)
    }
}
