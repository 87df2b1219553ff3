/// How many terminal columns a Unicode scalar takes.
///
/// A terminal advances the cursor per scalar, not per grapheme cluster: Thai above/below vowels and tone
/// marks stack on the previous consonant and take no column, East Asian wide characters take two. This
/// follows the rules of `wcwidth` (Markus Kuhn) with the East Asian Width table simplified to its ranges.
enum TerminalWidth {
    /// Thai marks that combine with the preceding consonant: MAI HAN-AKAT (U+0E31), the above/below vowels
    /// U+0E34–U+0E3A, and MAITAIKHU through YAMAKKAN (U+0E47–U+0E4E).
    static func isThaiCombining(_ value: UInt32) -> Bool {
        value == 0x0E31 || (0x0E34...0x0E3A).contains(value) || (0x0E47...0x0E4E).contains(value)
    }

    /// The number of columns `scalar` takes: 0, 1 or 2.
    static func columns(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20, value < 0x7F { return 1 } // printable ASCII, the common case
        // Thai, the other common case, and Latin-1 to Latin Extended-B, answered without looking up the
        // scalar's general category (the costliest step of drawing a long table): in these blocks only the
        // Thai marks combine, and the soft hyphen (Cf) is drawn.
        if value >= 0x0E00, value <= 0x0E7F { return isThaiCombining(value) ? 0 : 1 }
        if value >= 0xA0, value < 0x300 { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if isWide(scalar) { return 2 }
        return 1
    }

    /// Combining marks (Mn, Me), format characters such as ZWSP, ZWJ and the BOM (Cf, except the soft
    /// hyphen, which terminals draw), controls, and Hangul medial vowels and final consonants.
    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x200B { return true } // ZERO WIDTH SPACE (Cf in current Unicode, Zs in old ones)
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .control:
            return true
        case .format:
            return value != 0x00AD
        default:
            return false
        }
    }

    /// East Asian Wide and Fullwidth characters, and emoji shown as pictures by default.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        if scalar.properties.isEmojiPresentation { return true }
        return wideRanges.contains { $0.contains(value) }
    }

    /// Ranges of East Asian Wide (W) and Fullwidth (F) characters.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, // Hangul Jamo initial consonants
        0x2329...0x232A, // angle brackets
        0x2E80...0x303E, // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF, // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes
        0x3400...0x4DBF, // CJK Unified Ideographs Extension A
        0x4E00...0x9FFF, // CJK Unified Ideographs
        0xA000...0xA4CF, // Yi
        0xA960...0xA97F, // Hangul Jamo Extended-A
        0xAC00...0xD7A3, // Hangul syllables
        0xF900...0xFAFF, // CJK Compatibility Ideographs
        0xFE10...0xFE19, // vertical forms
        0xFE30...0xFE6F, // CJK compatibility forms, small form variants
        0xFF00...0xFF60, // fullwidth forms
        0xFFE0...0xFFE6, // fullwidth signs
        0x16FE0...0x16FE4, // ideographic symbols
        0x17000...0x18CFF, // Tangut, Khitan
        0x1B000...0x1B2FF, // Kana supplement and extensions, Nushu
        0x1F200...0x1F2FF, // enclosed ideographic supplement
        0x20000...0x2FFFD, // CJK Unified Ideographs Extensions B–F and supplements
        0x30000...0x3FFFD, // CJK Unified Ideographs Extensions G onwards
    ]
}
