extension Money {
    /// The amount with thousands separators and always two decimals: `156,000.00`, `-1,234.50`.
    ///
    /// With `digits: .thai` the digits are Thai: `๑๕๖,๐๐๐.๐๐`. The result is accepted by ``parse(_:)``.
    public func formatted(digits: DigitStyle = .arabic) -> String {
        ThaiDigits.apply(digits, to: render(grouped: true))
    }

    /// The amount without separators and with two decimals, e.g. `156000.00` or `-12.50`: the form used
    /// in JSON and CSV files.
    public var decimalString: String {
        render(grouped: false)
    }

    /// Writes sign, whole baht (optionally grouped by thousands), a point and two satang digits.
    private func render(grouped: Bool) -> String {
        let magnitude = satang.magnitude
        let whole = String(magnitude / 100)
        let cents = magnitude % 100
        var integer = ""
        if grouped {
            for (index, digit) in whole.enumerated() {
                if index > 0, (whole.count - index) % 3 == 0 { integer.append(",") }
                integer.append(digit)
            }
        } else {
            integer = whole
        }
        return (satang < 0 ? "-" : "") + integer + "." + (cents < 10 ? "0" : "") + String(cents)
    }
}

extension Money: CustomStringConvertible {
    /// The grouped form with two decimals, e.g. `156,000.00`.
    public var description: String {
        formatted()
    }
}
