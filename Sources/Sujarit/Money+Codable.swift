extension Money: Codable {
    /// Decodes a string such as `"156000.00"` or `"156,000.00"` (anything ``parse(_:)`` accepts), or a
    /// JSON integer as whole baht (`156000`). A fractional JSON number is rejected: write it as a string
    /// so no floating-point rounding can creep in.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            do {
                self = try Money.parse(text)
            } catch let error as MoneyError {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: error.errorDescription!)
            }
        } else if let baht = try? container.decode(Int64.self) {
            let (satang, overflow) = baht.multipliedReportingOverflow(by: 100)
            guard !overflow else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: MoneyError.overflow(String(baht)).errorDescription!)
            }
            self.init(satang: satang)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Expected an amount as a string such as \"156000.00\" or a whole number of baht.")
        }
    }

    /// Encodes the amount as a string with two decimals and no separators, e.g. `"156000.00"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(decimalString)
    }
}
