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
            let last = text.unicodeScalars.last, !isWhitespace(last)
        {
            return text
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
            let last = scalars.lastIndex(where: { !isWhitespace($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// True when `text` already has no whitespace but single spaces between other characters: the usual
    /// case, answered without building a new string.
    ///
    /// It runs over every title and description, so it takes the UTF-8 bytes eight at a time: a word
    /// whose bytes are all printable ASCII, continuation bytes or Thai's lead byte E0 can hold no
    /// whitespace but the space, and only its spaces need looking at (two in a row fail). Any other word
    /// (a control character, another lead byte) is checked byte by byte.
    static func isCollapsed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, let last = bytes.last else { return true }
            let start = UnsafeRawPointer(base)
            if bytes[0] == 0x20 || last == 0x20 { return false }
            var previousWasSpace = false
            var index = 0
            while index &+ 8 <= bytes.count {
                let word = UInt64(littleEndian: start.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if mayHoldOtherWhitespace(word) {
                    for byte in UnsafeBufferPointer(rebasing: bytes[index..<index &+ 8]) {
                        if !continuesCollapsed(byte, previousWasSpace: &previousWasSpace) { return false }
                    }
                } else {
                    let spaces = zeroBytes(word ^ 0x2020_2020_2020_2020)
                    // A space whose previous byte (in this word, or the last of the one before) is one too.
                    if spaces & (spaces << 8 | (previousWasSpace ? 0x80 : 0)) != 0 { return false }
                    previousWasSpace = spaces >> 63 != 0
                }
                index &+= 8
            }
            for byte in UnsafeBufferPointer(rebasing: bytes[index...]) {
                if !continuesCollapsed(byte, previousWasSpace: &previousWasSpace) { return false }
            }
            return true
        }
    }

    /// One byte of ``isCollapsed(_:)``'s check: false at whitespace other than a single space.
    @inline(__always)
    private static func continuesCollapsed(_ byte: UInt8, previousWasSpace: inout Bool) -> Bool {
        if byte == 0x20 {
            if previousWasSpace { return false }
            previousWasSpace = true
        } else if mayStartWhitespace(byte) {
            return false
        } else {
            previousWasSpace = false
        }
        return true
    }

    /// True when some byte of `word` is below 0x20 or is a lead byte other than E0 (so might begin
    /// whitespace, see ``mayStartWhitespace(_:)``).
    @inline(__always)
    private static func mayHoldOtherWhitespace(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let belowSpace = (word &- 0x2020_2020_2020_2020) & ~word & high // some byte < 0x20 (exact test)
        let leadBytes = word & (word << 1) & high // bytes 0xC0 and up
        return belowSpace | (leadBytes & ~zeroBytes(word ^ 0xE0E0_E0E0_E0E0_E0E0)) != 0
    }

    /// The top bit of each byte of `word` that is 0, exactly (masking before the addition keeps carries
    /// inside each byte).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~(((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | word) & 0x8080_8080_8080_8080
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
