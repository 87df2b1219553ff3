import ArgumentParser
import Sujarit

extension FiscalYear {
    /// Reads a `--fy`, `--from` or `--to` year with ``FiscalYear/parse(_:)``: `2568`, `๒๕๖๘`, `FY2568` or
    /// `ปีงบประมาณ 2568`. Options declare it as `transform: FiscalYear.argument` rather than through
    /// `ExpressibleByArgument`, whose `init?(argument:)` can only say "invalid": ArgumentParser prints a thrown
    /// error after the option's name, so a refused value says why (`2025` is a CE year, and which FY it is).
    ///
    /// - Throws: ``FiscalYearError`` for text that is not a BE fiscal year.
    static func argument(_ text: String) throws -> FiscalYear {
        try FiscalYear.parse(text)
    }

    /// The forms a fiscal year may be typed in, for help lines.
    static let acceptedForms = "the Buddhist-era year (ปีงบประมาณ พ.ศ., CE + 543), e.g. 2568, ๒๕๖๘ or FY2568"
}
