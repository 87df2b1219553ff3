/// What sets one register's year-numbered ids apart: the letters before the year, the digits the number
/// is padded to, and the register's own error for text that is not such an id.
public protocol YearNumberedKind: Sendable {
    /// The letters before the year, upper case: `R` for `R-2568-003`.
    static var prefix: String { get }
    /// The digits the number is padded to when written: 3 unless a register numbers more per year.
    static var minimumDigits: Int { get }
    /// The error for `text` that is not an id of this kind; its message should show an example.
    static func invalidID(_ text: String) -> any Error
}

extension YearNumberedKind {
    /// Three digits, as in `R-2568-003`.
    public static var minimumDigits: Int { 3 }
}

/// An id made of a prefix, the fiscal year in Buddhist era and a number within that year: `R-2568-003`
/// for a risk, `M-2568-001` for a measure, `F-2568-001` for a finding, `G-2568-007` for a gift entry.
///
/// One type for all of them, told apart by `Kind`, so a risk id can never be passed where a measure id
/// is expected while parsing, printing, ordering and coding are written once. People type these ids, so
/// parsing accepts Thai digits, lower case and missing leading zeros (``YearNumber``); the stored and
/// printed form is always the canonical one.
public struct YearNumberedID<Kind: YearNumberedKind>: Sendable, Hashable, Comparable, TextCodable {
    /// The fiscal year (BE) in the id.
    public let fiscalYear: FiscalYear
    /// The number within the year, from 1.
    public let number: Int

    /// Creates the id from its parts.
    public init(fiscalYear: FiscalYear, number: Int) {
        self.fiscalYear = fiscalYear
        self.number = number
    }

    /// Reads `R-2568-003` as typed: any letter case, Thai digits, leading zeros optional (`r-2568-3`).
    /// - Throws: the kind's ``YearNumberedKind/invalidID(_:)`` error.
    public init(parsing text: String) throws {
        guard let (year, number) = YearNumber.parse(text, prefix: Kind.prefix) else { throw Kind.invalidID(text) }
        self.init(fiscalYear: year, number: number)
    }

    /// The canonical id, e.g. `R-2568-003`.
    public var description: String {
        YearNumber.format(prefix: Kind.prefix, fiscalYear: fiscalYear, number: number, digits: Kind.minimumDigits)
    }

    /// Orders ids by year, then by number.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.fiscalYear.be, lhs.number) < (rhs.fiscalYear.be, rhs.number)
    }
}
