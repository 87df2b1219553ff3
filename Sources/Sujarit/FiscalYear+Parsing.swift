extension FiscalYear {
    /// Reads a fiscal year given as its four-digit BE year.
    ///
    /// Accepts `2568`, `๒๕๖๘`, `FY2568`, `FY 2568`, `ปีงบประมาณ 2568` and `ปีงบประมาณ พ.ศ. 2568`, in any
    /// letter case and with surrounding whitespace.
    ///
    /// - Throws: ``FiscalYearError/christianEra(_:_:)`` for a CE year such as `2025`, suggesting the BE
    ///   year (2568); ``FiscalYearError/invalid(_:)`` for anything else that is not a four-digit year.
    public static func parse(_ text: String) throws -> FiscalYear {
        var rest = Substring(text.normalizedInput)
        for prefix in ["fy", "ปีงบประมาณ", "ปีงบ"] where rest.lowercased().hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        rest = Substring(String(rest).trimmingWhitespace)
        for era in ["พ.ศ.", "พ.ศ", "พศ"] where rest.hasPrefix(era) {
            rest = rest.dropFirst(era.count)
            break
        }
        let digits = String(rest).trimmingWhitespace
        let shown = text.trimmingWhitespace
        guard digits.isASCIIDigits, digits.count == 4, let year = Int(digits) else {
            throw FiscalYearError.invalid(shown)
        }
        guard year >= CalendarDate.firstBuddhistEraYear else {
            throw FiscalYearError.christianEra(shown, year)
        }
        return FiscalYear(be: year)
    }
}
