extension Money {
    /// Reads an amount of baht as people and Thai documents write it.
    ///
    /// Accepts Thai or Arabic digits, thousands separators in the right places (`156,000.00`), none
    /// (`156000`), up to two decimals (`1,234.5`), the Thai "whole baht" ending `.-` (`156,000.-`), an
    /// optional leading `-` (or `−`), an optional leading `฿` and an optional trailing `บาท`, with
    /// surrounding whitespace.
    ///
    /// - Throws: ``MoneyError`` naming the text when it is empty, has letters or other characters, has a
    ///   misplaced comma, has more than two decimals, or is too large to hold.
    public static func parse(_ text: String) throws -> Money {
        if let canonical = canonical(text) { return canonical }
        let shown = text.trimmingWhitespace
        var rest = Substring(text.normalizedInput)
        guard !rest.isEmpty else { throw MoneyError.empty }

        if rest.hasSuffix("บาท") {
            rest = Substring(String(rest.dropLast(3)).trimmingWhitespace)
        }
        if rest.hasPrefix("฿") {
            rest = Substring(String(rest.dropFirst()).trimmingWhitespace)
        }
        guard !rest.isEmpty else { throw MoneyError.empty }
        var negative = false
        if let first = rest.first, first == "-" || first == "\u{2212}" {
            negative = true
            rest = rest.dropFirst()
        }
        var wholeBahtOnly = false
        if rest.hasSuffix(".-") {
            wholeBahtOnly = true
            rest = rest.dropLast(2)
        }
        guard !rest.isEmpty else { throw MoneyError.malformed(shown) }
        if let bad = rest.first(where: { !($0.isASCII && ($0.isNumber || $0 == "," || $0 == ".")) }) {
            throw MoneyError.invalidCharacter(shown, bad)
        }

        let pieces = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2, !pieces[0].isEmpty, !(wholeBahtOnly && pieces.count == 2) else {
            throw MoneyError.malformed(shown)
        }
        let integerDigits = try ungrouped(pieces[0], text: shown)
        var fraction = pieces.count == 2 ? String(pieces[1]) : ""
        if pieces.count == 2 {
            guard !fraction.isEmpty, !fraction.contains(",") else { throw MoneyError.malformed(shown) }
            guard fraction.count <= 2 else { throw MoneyError.tooManyDecimals(shown) }
        }
        while fraction.count < 2 { fraction.append("0") }

        // Strip leading zeros so a long run of zeros is not mistaken for overflow.
        let significant = integerDigits.drop(while: { $0 == "0" })
        guard significant.count <= 17, let baht = Int64(significant.isEmpty ? "0" : String(significant)) else {
            throw MoneyError.overflow(shown)
        }
        let (scaled, overflowA) = baht.multipliedReportingOverflow(by: 100)
        let (total, overflowB) = scaled.addingReportingOverflow(Int64(fraction)!)
        guard !overflowA, !overflowB else { throw MoneyError.overflow(shown) }
        return Money(satang: negative ? -total : total)
    }

    /// The integer part without its thousands separators, after checking they sit every three digits.
    private static func ungrouped(_ integer: Substring, text: String) throws -> String {
        guard integer.contains(",") else { return String(integer) }
        let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count),
            groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { throw MoneyError.misplacedComma(text) }
        return groups.joined()
    }

    /// The amount when `text` is in the stored form ``decimalString`` writes (`-1234.50`: an optional `-`,
    /// ASCII digits, a point and two digits), read straight from its bytes; nil for any other form.
    ///
    /// Why: every stored amount is in this form, and replaying a national log (a rebuild, the read-model
    /// check before a report) decodes millions of them; the general reading above costs several times more.
    static func canonical(_ text: String) -> Money? {
        var utf8 = text.utf8[...]
        let negative = utf8.first == UInt8(ascii: "-")
        if negative { utf8 = utf8.dropFirst() }
        guard utf8.count >= 4, utf8.count <= 20 else { return nil }
        var satang: Int64 = 0
        for (index, byte) in zip(0..., utf8) {
            if index == utf8.count - 3 {
                guard byte == UInt8(ascii: ".") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (times, overflow) = satang.multipliedReportingOverflow(by: 10)
            let (sum, overflowAdding) = times.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            guard !overflow, !overflowAdding else { return nil }
            satang = sum
        }
        return Money(satang: negative ? -satang : satang)
    }
}
