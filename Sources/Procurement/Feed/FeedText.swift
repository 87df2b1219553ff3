import Sujarit

/// Text normalisation for feed fields, shared by the field recognisers.
///
/// Whitespace is judged by the Unicode White_Space property, so the no-break spaces that Thai word
/// processors insert count as spaces.
enum FeedText {
    /// `text` with each run of whitespace made one space and the ends trimmed; nothing else changes (Thai
    /// digits stay Thai).
    static func collapsingWhitespace(_ text: String) -> String {
        if isCollapsed(text) { return text }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` without leading and trailing whitespace.
    static func trimmed(_ text: String) -> String {
        if let first = text.utf8.first, !mayStartWhitespace(first),
           let last = text.unicodeScalars.last, !isWhitespace(last) {
            return text
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !isWhitespace($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// True when `text` already has no whitespace but single spaces between other characters: the usual
    /// case, answered in one pass over the UTF-8 bytes without building a new string.
    private static func isCollapsed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previousWasSpace = true
            for byte in bytes {
                if byte == 0x20 {
                    if previousWasSpace { return false }
                    previousWasSpace = true
                } else if mayStartWhitespace(byte) {
                    return false
                } else {
                    previousWasSpace = false
                }
            }
            return !previousWasSpace || bytes.isEmpty
        }
    }

    /// True for the UTF-8 bytes that begin a whitespace character: ASCII tab to carriage return and space,
    /// and the lead bytes C2, E1, E2 and E3 of every non-ASCII White_Space character (U+0085, U+00A0,
    /// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000). Thai (lead byte E0) never is.
    @inline(__always)
    private static func mayStartWhitespace(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09...0x0D, 0x20, 0xC2, 0xE1, 0xE2, 0xE3: true
        default: false
        }
    }

    /// True for Unicode White_Space, answered without the Unicode property tables for ASCII and Thai,
    /// which are nearly every character of a feed (the table lookup dominated reading time).
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: true
        case 0x21...0x7E, 0x0E00...0x0E7F: false
        default: scalar.properties.isWhitespace
        }
    }

    /// `text` with Thai digits made Arabic, for ids and dates (never for titles).
    static func arabicDigits(_ text: String) -> String {
        ThaiDigits.toArabic(text)
    }

    /// A key for comparing names: no whitespace at all and Latin letters in lower case, so `(e-Bidding)`
    /// and `( e-bidding )` compare equal. Thai has no case, and Thai names are otherwise compared exactly.
    static func comparisonKey(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isWhitespace(scalar) {
            if scalar.value >= 0x41, scalar.value <= 0x5A, let lower = Unicode.Scalar(scalar.value + 0x20) {
                key.append(lower)
            } else {
                key.append(scalar)
            }
        }
        return String(key)
    }
}
