import Sujarit

/// A red flag's id, `RF-2568-0001`: the fiscal year the flag is about and its number within that year.
public struct FlagID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The fiscal year the flag is about.
    public let fiscalYear: FiscalYear
    /// The number within the year, from 1.
    public let number: Int

    /// Creates the value from its parts.
    public init(fiscalYear: FiscalYear, number: Int) {
        self.fiscalYear = fiscalYear
        self.number = number
    }

    /// Reads `RF-2568-0001` as typed: any letter case, Thai digits, leading zeros optional (`rf-2568-1`).
    /// - throws: ``OversightError/invalidFlagID(_:)``.
    public init(parsing text: String) throws {
        let parts = ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces).uppercased().split(separator: "-")
        guard parts.count == 3, parts[0] == "RF", parts[1].count == 4, let year = Int(parts[1]), year >= 2400,
              parts[2].allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(parts[2]), number > 0
        else { throw OversightError.invalidFlagID(text) }
        self.init(fiscalYear: FiscalYear(be: year), number: number)
    }

    /// `RF-2568-0001`.
    public var description: String {
        let digits = String(number)
        return "RF-\(fiscalYear.be)-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Orders values for stable listings.
    public static func < (lhs: FlagID, rhs: FlagID) -> Bool {
        (lhs.fiscalYear.be, lhs.number) < (rhs.fiscalYear.be, rhs.number)
    }

    /// Decodes the value from its stored form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do { try self.init(parsing: text) } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.localizedDescription)
        }
    }

    /// Encodes the value in its stored form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
