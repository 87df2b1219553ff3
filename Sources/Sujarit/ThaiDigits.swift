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

    /// Returns `s` with its digits in the given style: unchanged for `.arabic`, Thai digits for `.thai`.
    ///
    /// Formatters produce Arabic digits and call this last, so every formatter offers both styles.
    public static func apply(_ style: DigitStyle, to s: String) -> String {
        switch style {
        case .arabic: s
        case .thai: toThai(s)
        }
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
