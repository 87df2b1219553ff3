/// The one way Sujarit writes CSV (RFC 4180 for spreadsheets), used by every CSV output: command tables,
/// reports, register exports.
///
/// A cell is quoted when it holds a comma, a quote, a line break or leading or trailing spaces, with quotes
/// doubled. A cell a spreadsheet would run as a formula — starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return (OWASP's CSV-injection list) — gets a single quote in front (`'=HYPERLINK(…)`), which
/// spreadsheets show as text. Three exceptions keep data usable and lossless:
/// - a plain number (`-5.00`, `+12`, `-1,234.50`: an optional sign, ASCII digits with optional thousands
///   commas, an optional fraction) stays as written, so amounts and differences still sum; it cannot call
///   anything, since it holds only digits;
/// - a lone `-` or `+`, the placeholder tables write for "none", cannot compute anything either;
/// - a cell that already starts with quotes before a formula character gets one more, so ``decoded(_:)``
///   can take exactly one away and an exported cell imports back unchanged.
public enum CSVText {
    /// The byte-order mark written first, so that Excel reads the file as UTF-8 and shows Thai correctly.
    public static let byteOrderMark = "\u{FEFF}"

    /// A whole CSV document: the byte-order mark, the header, then the rows, each line ended by CRLF.
    public static func document(header: [String], rows: [[String]]) -> String {
        var out = byteOrderMark + record(header)
        for row in rows { out += record(row) }
        return out
    }

    /// One line: the cells as ``field(_:)`` writes them, comma-separated, ended by CRLF.
    public static func record(_ cells: [String]) -> String {
        cells.map(field).joined(separator: ",") + "\r\n"
    }

    /// One cell, neutralised and quoted as the type's documentation says.
    public static func field(_ value: String) -> String {
        let safe = neutralised(value)
        let needsQuotes =
            safe.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || safe.hasPrefix(" ") || safe.hasSuffix(" ")
        guard needsQuotes else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `value` with a leading `'` when a spreadsheet would read it as a formula; unchanged otherwise.
    public static func neutralised(_ value: String) -> String {
        isFormulaLike(withoutLeadingQuotes(value)) ? "'" + value : value
    }

    /// The cell as it was before ``neutralised(_:)``: one leading `'` taken away where that function added
    /// one. Importers call it on each parsed cell so that an export reads back unchanged.
    public static func decoded(_ cell: String) -> String {
        guard cell.hasPrefix("'"), isFormulaLike(withoutLeadingQuotes(cell)) else { return cell }
        return String(cell.dropFirst())
    }

    /// The characters that make a spreadsheet evaluate a cell (OWASP, "CSV Injection").
    public static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    /// Whether a spreadsheet would evaluate `text`: it starts with a formula character and is not a plain number.
    static func isFormulaLike(_ text: Substring) -> Bool {
        guard let first = text.first, formulaStarts.contains(first), text != "-", text != "+" else { return false }
        return !isPlainNumber(text)
    }

    /// An optional sign, ASCII digits (thousands commas allowed between them), an optional `.` and digits.
    static func isPlainNumber(_ text: Substring) -> Bool {
        var rest = text
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty else { return false }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ String($0).isASCIIDigits }) else { return false }
        if groups.count > 1, groups.dropFirst().contains(where: { $0.count != 3 }) { return false }
        if parts.count == 2 { return String(parts[1]).isASCIIDigits }
        return true
    }

    static func withoutLeadingQuotes(_ text: String) -> Substring {
        text.drop { $0 == "'" }
    }
}
