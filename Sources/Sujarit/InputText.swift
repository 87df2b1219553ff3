/// Normalisation shared by every parser in Sujarit.
extension String {
    /// The text with Thai digits made Arabic and surrounding whitespace (including no-break spaces and
    /// newlines) removed: the common first step before recognising dates, amounts and identifiers.
    var normalizedInput: String {
        ThaiDigits.toArabic(self).trimmingWhitespace
    }

    /// The text without leading and trailing whitespace, judged by the Unicode White_Space property.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    /// True when the text is non-empty and made only of ASCII digits 0–9.
    var isASCIIDigits: Bool {
        !isEmpty && unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
    }
}
