import Sujarit

/// Text normalisation for feed fields, shared by the field recognisers.
///
/// Whitespace is judged by the Unicode White_Space property, so the no-break spaces that Thai word
/// processors insert count as spaces.
enum FeedText {
    /// `text` with each run of whitespace made one space and the ends trimmed; nothing else changes (Thai
    /// digits stay Thai).
    static func collapsingWhitespace(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
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
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    /// `text` with Thai digits made Arabic, for ids and dates (never for titles).
    static func arabicDigits(_ text: String) -> String {
        ThaiDigits.toArabic(text)
    }

    /// A key for comparing names: no whitespace at all and Latin letters in lower case, so `(e-Bidding)`
    /// and `( e-bidding )` compare equal. Thai has no case, and Thai names are otherwise compared exactly.
    static func comparisonKey(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            if scalar.value >= 0x41, scalar.value <= 0x5A, let lower = Unicode.Scalar(scalar.value + 0x20) {
                key.append(lower)
            } else {
                key.append(scalar)
            }
        }
        return String(key)
    }
}
