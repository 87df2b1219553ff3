import Foundation

/// The ceilings every importer and file reader applies: the largest amount of each kind, the largest file
/// read whole, and how far a compressed file may expand.
///
/// The values are data, set in `Registers/limits.yaml` (read by `InputLimits.load` in `Agency`, and found
/// through `SUJARIT_LIMITS` or the registers folder); ``defaults`` are the same numbers as that file ships
/// with. They are far above any real figure and far below what breaks the store: the largest Thai public
/// contract is a few tens of billions of baht, and a total of the amounts allowed here cannot overflow
/// ``Money`` for any realistic number of records.
public struct InputLimits: Sendable, Hashable {
    /// The largest contract, agreed price or award accepted at import: 100 billion baht by default.
    public var contractAmount: Money
    /// The largest budget or reference price accepted at import: 100 billion baht by default.
    public var budget: Money
    /// The largest value of one gift accepted: 100 million baht by default.
    public var gift: Money
    /// The largest file read whole into memory (JSON, YAML): 16 MiB by default (a GovSpending page or a
    /// register file is well under 1 MiB; the YAML parser needs several times the file in memory). Larger files are refused
    /// before a byte is read. Files that are streamed (CSV, XML feeds) are bounded by their field limits instead.
    public var maxFileBytes: Int64
    /// The most bytes a compressed feed may expand to: 4 GiB by default.
    public var maxDecompressedBytes: Int64
    /// The most a compressed feed may expand relative to its compressed size: 200× by default (real e-GP
    /// feeds compress about 10–20×; a gzip bomb of zeros about 1,000×).
    public var maxDecompressionRatio: Int64

    /// A set of limits.
    public init(
        contractAmount: Money, budget: Money, gift: Money, maxFileBytes: Int64, maxDecompressedBytes: Int64,
        maxDecompressionRatio: Int64
    ) {
        self.contractAmount = contractAmount
        self.budget = budget
        self.gift = gift
        self.maxFileBytes = maxFileBytes
        self.maxDecompressedBytes = maxDecompressedBytes
        self.maxDecompressionRatio = maxDecompressionRatio
    }

    /// The limits `Registers/limits.yaml` ships with, used when no file is found.
    public static let defaults = InputLimits(
        contractAmount: .baht(100_000_000_000), budget: .baht(100_000_000_000), gift: .baht(100_000_000),
        maxFileBytes: 16 << 20, maxDecompressedBytes: 4 << 30, maxDecompressionRatio: 200)

    /// The kinds of amount that have a ceiling.
    public enum AmountKind: String, Sendable, Hashable, CaseIterable {
        /// A contract amount, agreed price or award.
        case contract
        /// A budget or reference price.
        case budget
        /// The value of a gift.
        case gift
    }

    /// The ceiling for `kind`.
    public func ceiling(_ kind: AmountKind) -> Money {
        switch kind {
        case .contract: contractAmount
        case .budget: budget
        case .gift: gift
        }
    }

    /// Checks an amount read from a file: not negative, not above the ceiling for its kind.
    public func check(_ amount: Money, as kind: AmountKind) throws(AmountLimitError) {
        if amount.isNegative { throw .negative(amount) }
        let ceiling = ceiling(kind)
        if amount > ceiling { throw .aboveCeiling(amount, ceiling: ceiling, kind: kind) }
    }

    /// The most bytes a compressed file of `compressedBytes` may expand to: the smaller of
    /// ``maxDecompressedBytes`` and ``maxDecompressionRatio`` times its size.
    public func decompressionBudget(compressedBytes: Int64) -> Int64 {
        Self.decompressionBudget(
            compressedBytes: compressedBytes, maxBytes: maxDecompressedBytes, ratio: maxDecompressionRatio)
    }

    /// The smaller of `maxBytes` and `ratio` times `compressedBytes` (at least one byte's worth).
    public static func decompressionBudget(compressedBytes: Int64, maxBytes: Int64, ratio: Int64) -> Int64 {
        let (byRatio, overflow) = max(compressedBytes, 1).multipliedReportingOverflow(by: ratio)
        return overflow ? maxBytes : min(maxBytes, byRatio)
    }
}

/// Why an amount read from a file was refused by ``InputLimits/check(_:as:)``.
public enum AmountLimitError: Error, LocalizedError, Sendable, Hashable {
    /// The amount is below zero; budgets, prices, contracts and gifts never are.
    case negative(Money)
    /// The amount is above the configured ceiling for its kind.
    case aboveCeiling(Money, ceiling: Money, kind: InputLimits.AmountKind)

    /// The problem and what to do, without the place (the reader adds file, line and field).
    public var errorDescription: String? {
        switch self {
        case let .negative(amount):
            """
            \(amount.formatted()) baht is negative; amounts of money in this field are zero or more. Correct the \
            value.
            """
        case let .aboveCeiling(amount, ceiling, kind):
            """
            \(amount.formatted()) baht is more than the largest \(kind.rawValue) amount accepted, \
            \(ceiling.formatted()) baht. 
            """
                + "Check the value (a misplaced decimal point or extra digits); if it is real, raise '\(kind.rawValue)' in Registers/limits.yaml."
        }
    }
}
