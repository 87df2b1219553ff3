import Sujarit

/// A finding's id, `F-2568-001`: the plan year it was found in and its number within that year.
public struct FindingID: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The fiscal year of the plan whose engagement found it.
    public let fiscalYear: FiscalYear
    /// The number within the year, from 1.
    public let number: Int

    /// Creates the value from its parts.
    public init(fiscalYear: FiscalYear, number: Int) {
        self.fiscalYear = fiscalYear
        self.number = number
    }

    /// Parses `F-2568-001` (also `f-2568-1`, Thai digits).
    /// - throws: ``AuditPlansError/invalidFindingID(_:)``.
    public init(parsing text: String) throws {
        guard let (year, number) = YearNumber.parse(text, prefix: "F") else { throw AuditPlansError.invalidFindingID(text) }
        self.init(fiscalYear: year, number: number)
    }

    public var description: String { YearNumber.format(prefix: "F", fiscalYear: fiscalYear, number: number) }

    public static func < (lhs: FindingID, rhs: FindingID) -> Bool {
        (lhs.fiscalYear.be, lhs.number) < (rhs.fiscalYear.be, rhs.number)
    }

    public init(from decoder: any Decoder) throws {
        self = try FindingID(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// One recommendation of a finding, written `F-2568-001.2` (the `.n` may be left out when the finding has
/// only one).
public struct RecommendationRef: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The finding.
    public let finding: FindingID
    /// The recommendation's number within the finding, from 1.
    public let number: Int

    /// Creates the value from its parts.
    public init(finding: FindingID, number: Int) {
        self.finding = finding
        self.number = number
    }

    /// Parses `F-2568-001.2`; `number` is nil for a bare finding id.
    /// - throws: ``AuditPlansError/invalidFindingID(_:)``.
    public static func parse(_ text: String) throws -> (finding: FindingID, number: Int?) {
        let cleaned = ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces)
        let pieces = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2 else { throw AuditPlansError.invalidFindingID(text) }
        let finding = try FindingID(parsing: String(pieces[0]))
        guard pieces.count == 2 else { return (finding, nil) }
        guard let number = Int(pieces[1]), number > 0 else { throw AuditPlansError.invalidFindingID(text) }
        return (finding, number)
    }

    public var description: String { "\(finding).\(number)" }

    public static func < (lhs: RecommendationRef, rhs: RecommendationRef) -> Bool {
        (lhs.finding, lhs.number) < (rhs.finding, rhs.number)
    }
}
