/// Conversion between Thai digits (๐๑๒๓๔๕๖๗๘๙) and Arabic digits (0123456789).
///
/// Thai digits appear in document titles, amounts and dates, so every parser in Sujarit first passes its
/// input through ``toArabic(_:)``; output can offer Thai digits with ``toThai(_:)``.
public enum ThaiDigits {
    /// The Unicode scalar value of THAI DIGIT ZERO (๐); the other Thai digits follow it in order.
    static let thaiZero: UInt32 = 0x0E50
    /// The Unicode scalar value of DIGIT ZERO (0).
    static let arabicZero: UInt32 = 0x30

    /// Returns `s` with every Thai digit ๐–๙ replaced by the Arabic digit 0–9 of the same value.
    ///
    /// Everything else, including other scripts' digits, is left untouched.
    public static func toArabic(_ s: String) -> String {
        map(s, from: thaiZero, to: arabicZero)
    }

    /// Returns `s` with every Arabic digit 0–9 replaced by the Thai digit ๐–๙ of the same value.
    ///
    /// Everything else is left untouched.
    public static func toThai(_ s: String) -> String {
        map(s, from: arabicZero, to: thaiZero)
    }

    /// Returns `s` with its digits in the given style: unchanged for `.arabic`, Thai digits for `.thai` in its
    /// running text, ids and codes left as typed (``toThaiKeepingCodes(_:)``).
    ///
    /// Formatters produce Arabic digits and call this last, so every formatter offers both styles.
    public static func apply(_ style: DigitStyle, to s: String) -> String {
        switch style {
        case .arabic: s
        case .thai: toThaiKeepingCodes(s)
        }
    }

    /// Returns `s` with Thai digits in its running text, but every id and code in it as it was typed.
    ///
    /// Why: a reader types ids back into a command or a search box, and nobody types "M-๒๕๖๘-๐๐๑"; an id
    /// quoted in a note or a terminal line is no different from one in an id column. A word (a run between
    /// spaces) is taken for an id or code when it has both an ASCII letter and a digit ("M-2568-001", "O35",
    /// "SHA-256", "6000000A") or a run of ten digits or more (a tax id, an e-GP project id, a telephone
    /// number); every other word gets Thai digits ("2568", "12,500.00", "3/4").
    public static func toThaiKeepingCodes(_ s: String) -> String {
        var result = ""
        result.reserveCapacity(s.utf8.count)
        var word = Substring()
        var start = s.startIndex
        for index in s.indices where s[index].isWhitespace {
            word = s[start..<index]
            result += isCode(word) ? String(word) : toThai(String(word))
            result.append(s[index])
            start = s.index(after: index)
        }
        word = s[start...]
        result += isCode(word) ? String(word) : toThai(String(word))
        return result
    }

    /// Whether `word` reads as an id or code (see ``toThaiKeepingCodes(_:)``).
    static func isCode(_ word: Substring) -> Bool {
        var letter = false, digit = false, run = 0, longest = 0
        for byte in word.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digit = true
                run += 1
                longest = max(longest, run)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                letter = true
                run = 0
            default:
                run = 0
            }
        }
        return (letter && digit) || longest >= 10
    }

    /// Replaces the ten scalars starting at `from` by the ten starting at `to`.
    private static func map(_ s: String, from: UInt32, to: UInt32) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(s.unicodeScalars.count)
        for scalar in s.unicodeScalars {
            if scalar.value >= from, scalar.value < from + 10,
                let mapped = Unicode.Scalar(scalar.value - from + to)
            {
                scalars.append(mapped)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
