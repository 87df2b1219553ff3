extension CalendarDate {
    /// The ways a date can be written.
    public enum Style: String, Sendable, Hashable, Codable, CaseIterable {
        /// ISO 8601, CE year: `2024-11-26`. For files and machine exchange.
        case iso
        /// Thai abbreviated month and two-digit BE year: `26 พ.ย. 67`, as in tables and open data.
        case thaiShort
        /// Thai abbreviated month and full BE year: `26 พ.ย. 2567`.
        case thaiMedium
        /// Full Thai month name and BE year: `26 พฤศจิกายน 2567`, as in the body of official documents.
        case thaiLong
        /// Day/month/BE year with two-digit day and month: `26/11/2567`.
        case numericBE
    }

    /// The date written in `style`, with Arabic digits or, when `digits` is `.thai`, Thai digits.
    ///
    /// Every style is accepted back by ``parse(_:)``.
    public func formatted(_ style: Style, digits: DigitStyle = .arabic) -> String {
        let text: String
        switch style {
        case .iso:
            text = "\(Self.padded(year, to: 4))-\(Self.padded(month, to: 2))-\(Self.padded(day, to: 2))"
        case .thaiShort:
            text = "\(day) \(thaiMonth.abbreviation) \(Self.padded(((beYear % 100) + 100) % 100, to: 2))"
        case .thaiMedium:
            text = "\(day) \(thaiMonth.abbreviation) \(beYear)"
        case .thaiLong:
            text = "\(day) \(thaiMonth.fullName) \(beYear)"
        case .numericBE:
            text = "\(Self.padded(day, to: 2))/\(Self.padded(month, to: 2))/\(beYear)"
        }
        return ThaiDigits.apply(digits, to: text)
    }

    /// `value` in decimal with leading zeros up to `width` digits (a minus sign stays in front).
    private static func padded(_ value: Int, to width: Int) -> String {
        let digits = String(value.magnitude)
        let zeros = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + zeros + digits
    }
}
