/// The shape every register's ids share: a letter, the fiscal year in Buddhist era, and a number within the
/// year — `R-2568-003` for a risk, `M-2568-001` for a measure, `F-2568-001` for an audit finding.
///
/// People type these ids, so parsing accepts Thai digits, lower case and missing leading zeros; writing always
/// gives the canonical form, with the number padded to three digits.
public enum YearNumber {
    /// The fiscal year and number in `text` when it reads `<prefix>-<BE year>-<number>`; nil otherwise.
    public static func parse(_ text: String, prefix: String) -> (fiscalYear: FiscalYear, number: Int)? {
        let parts = ThaiDigits.toArabic(text.trimmingCharacters(in: .whitespaces)).uppercased().split(separator: "-")
        guard parts.count == 3, parts[0] == prefix.uppercased(), parts[1].count == 4,
            let year = Int(parts[1]), year >= 2400,
            parts[2].allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(parts[2]), number > 0
        else { return nil }
        return (FiscalYear(be: year), number)
    }

    /// The canonical id: `R-2568-003`, the number padded to `digits` (3 unless a register needs more).
    public static func format(prefix: String, fiscalYear: FiscalYear, number: Int, digits width: Int = 3) -> String {
        let digits = String(number)
        return "\(prefix)-\(fiscalYear.be)-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
