import Foundation

/// Why a fiscal year could not be read.
public enum FiscalYearError: LocalizedError, Sendable, Hashable {
    /// The text is not a four-digit year, with or without `FY` / `ปีงบประมาณ`.
    case invalid(String)
    /// The text is a Christian-era year (the associated number); fiscal years are named in BE.
    case christianEra(String, Int)

    /// A message that names the text and what is accepted.
    public var errorDescription: String? {
        switch self {
        case let .invalid(text):
            "'\(text)' is not a fiscal year. Write the Buddhist-era year it ends in, e.g. 2568, ๒๕๖๘ or FY2568."
        case let .christianEra(text, year):
            "'\(text)' looks like a Christian-era year. Fiscal years are named for the Buddhist-era year "
                + "they end in: the one ending in September \(year) is FY\(year + 543)."
        }
    }
}
