import Sujarit

/// A risk's id, `R-2568-003`: the fiscal year it belongs to and its number within that year.
///
/// Ids are what committee members type, so they are short, keep the year visible (a copied-forward risk
/// gets a new id in the new year) and accept Thai digits and a lower-case `r`.
public struct RiskID: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The fiscal year (BE) in the id.
    public let fiscalYear: FiscalYear
    /// The number within the year, from 1.
    public let number: Int

    public init(fiscalYear: FiscalYear, number: Int) {
        self.fiscalYear = fiscalYear
        self.number = number
    }

    /// Parses `R-2568-003` (also `r-2568-3`, `R-๒๕๖๘-๐๐๓`).
    /// - throws: ``RiskRegisterError/invalidID(_:example:)``.
    public init(parsing text: String) throws {
        self = try Self.parse(text, prefix: "R", example: "R-2568-003")
    }

    static func parse(_ text: String, prefix: String, example: String) throws -> RiskID {
        guard let (year, number) = YearNumber.parse(text, prefix: prefix) else { throw RiskRegisterError.invalidID(text, example: example) }
        return RiskID(fiscalYear: year, number: number)
    }

    public var description: String { YearNumber.format(prefix: "R", fiscalYear: fiscalYear, number: number) }

    public static func < (lhs: RiskID, rhs: RiskID) -> Bool {
        (lhs.fiscalYear.be, lhs.number) < (rhs.fiscalYear.be, rhs.number)
    }

    public init(from decoder: any Decoder) throws {
        self = try RiskID(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A measure's id, `M-2568-001`, numbered like risks.
public struct MeasureID: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The fiscal year (BE) of the plan the measure belongs to.
    public let fiscalYear: FiscalYear
    /// The number within the year, from 1.
    public let number: Int

    public init(fiscalYear: FiscalYear, number: Int) {
        self.fiscalYear = fiscalYear
        self.number = number
    }

    /// Parses `M-2568-001` (Thai digits and lower case accepted).
    public init(parsing text: String) throws {
        let parsed = try RiskID.parse(text, prefix: "M", example: "M-2568-001")
        self.init(fiscalYear: parsed.fiscalYear, number: parsed.number)
    }

    public var description: String { YearNumber.format(prefix: "M", fiscalYear: fiscalYear, number: number) }

    public static func < (lhs: MeasureID, rhs: MeasureID) -> Bool {
        (lhs.fiscalYear.be, lhs.number) < (rhs.fiscalYear.be, rhs.number)
    }

    public init(from decoder: any Decoder) throws {
        self = try MeasureID(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A committee scoring round: the fiscal year and its number within the year, written `2568/1`.
public struct RoundID: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let fiscalYear: FiscalYear
    public let number: Int

    public init(fiscalYear: FiscalYear, number: Int) {
        self.fiscalYear = fiscalYear
        self.number = number
    }

    public var description: String { "\(fiscalYear.be)/\(number)" }

    public static func < (lhs: RoundID, rhs: RoundID) -> Bool {
        (lhs.fiscalYear.be, lhs.number) < (rhs.fiscalYear.be, rhs.number)
    }
}
