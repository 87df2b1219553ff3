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
        var out = Array(byteOrderMark.utf8)
        appendRecord(header, to: &out)
        for row in rows { appendRecord(row, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// One line: the cells as ``field(_:)`` writes them, comma-separated, ended by CRLF.
    public static func record(_ cells: [String]) -> String {
        var out: [UInt8] = []
        appendRecord(cells, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// One cell, neutralised and quoted as the type's documentation says.
    public static func field(_ value: String) -> String {
        var out: [UInt8] = []
        appendField(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// One line as ``record(_:)`` writes it, appended to `out` as UTF-8: for writers that fill one buffer.
    public static func appendRecord(_ cells: some Sequence<String>, to out: inout [UInt8]) {
        var first = true
        for cell in cells {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            appendField(cell, to: &out)
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }

    /// One cell as ``field(_:)`` writes it, appended to `out` as UTF-8.
    ///
    /// Most cells are decided on their bytes alone (see `ByteShape`) and copied at once; the few that start
    /// with a formula character or a quote, or have a space at an edge, or a comma or quote joined to a
    /// neighbouring mark, go through the character-by-character rule (`fieldByCharacters(_:)`), so the two
    /// never disagree.
    public static func appendField(_ value: String, to out: inout [UInt8]) {
        let written: Bool? = value.utf8.withContiguousStorageIfAvailable { bytes in
            switch ByteShape(bytes, of: value) {
            case .plain:
                out.append(contentsOf: bytes)
            case .quoted:
                out.append(UInt8(ascii: "\""))
                var start = 0
                for index in bytes.indices where bytes[index] == UInt8(ascii: "\"") {
                    // Copy up to and including the quote, then write it once more.
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...index]))
                    out.append(UInt8(ascii: "\""))
                    start = index + 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
                out.append(UInt8(ascii: "\""))
            case .byCharacters:
                return false
            }
            return true
        }
        if written != true { out.append(contentsOf: fieldByCharacters(value).utf8) }
    }

    /// What a cell needs, decided on its UTF-8 bytes where they settle it.
    ///
    /// Every separator ``fieldByCharacters(_:)`` looks for is an ASCII scalar, and in UTF-8 an ASCII byte is never
    /// part of another scalar: a comma, quote or line-break byte settles that the cell is quoted. The first and
    /// last bytes settle the formula and edge-space tests unless they are a formula character, a quote or a
    /// space: those cells are left to the character rule.
    enum ByteShape {
        /// Written as it is.
        case plain
        /// Quoted, with its quotes doubled.
        case quoted
        /// Needs the character-by-character rule.
        case byCharacters

        init(_ bytes: UnsafeBufferPointer<UInt8>, of text: String) {
            guard let first = bytes.first, let last = bytes.last else {
                self = .plain
                return
            }
            // ' (before a formula), = + - @ tab CR (formula starts) and a space (quoted) at the start; a space at
            // the end (quoted, unless a mark joins it to the character before).
            switch first {
            case 0x27, 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D, 0x20:
                self = .byCharacters
                return
            default: break
            }
            if last == 0x20 {
                self = .byCharacters
                return
            }
            var quoted = false
            for index in bytes.indices {
                switch bytes[index] {
                case 0x0A, 0x0D:
                    quoted = true
                case 0x2C, 0x22:
                    quoted = true
                default: break
                }
            }
            self = quoted ? .quoted : .plain
        }
    }

    /// One cell by the rule as stated, character by character: the reference ``appendField(_:to:)`` keeps to.
    ///
    /// The separators are looked for among the scalars, not the characters: a reader splits a line at every comma
    /// and quote it finds, even one a combining mark joins to a letter (`"\u{301}`), so such a quote left single
    /// ended the cell early and let what followed it begin a cell of its own, past the formula guard.
    static func fieldByCharacters(_ value: String) -> String {
        let safe = neutralised(value)
        let needsQuotes =
            safe.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || safe.hasPrefix(" ") || safe.hasSuffix(" ")
        guard needsQuotes else { return safe }
        var doubled: [UInt8] = []
        doubled.reserveCapacity(safe.utf8.count + 2)
        for byte in safe.utf8 {
            doubled.append(byte)
            if byte == UInt8(ascii: "\"") { doubled.append(byte) }
        }
        return "\"" + String(decoding: doubled, as: UTF8.self) + "\""
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
