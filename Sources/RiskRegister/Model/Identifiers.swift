import Sujarit

/// What makes a ``RiskID``: `R`, and the register's error showing `R-2568-003`.
public enum RiskIDKind: YearNumberedKind {
    /// `R`.
    public static let prefix = "R"
    /// ``RiskRegisterError/invalidID(_:example:)`` with `R-2568-003`.
    public static func invalidID(_ text: String) -> any Error {
        RiskRegisterError.invalidID(text, example: "R-2568-003")
    }
}

/// A risk's id, `R-2568-003`: the fiscal year it belongs to and its number within that year.
///
/// Ids are what committee members type, so they are short, keep the year visible (a copied-forward risk
/// gets a new id in the new year) and accept Thai digits and a lower-case `r`.
public typealias RiskID = YearNumberedID<RiskIDKind>

/// What makes a ``MeasureID``: `M`, and the register's error showing `M-2568-001`.
public enum MeasureIDKind: YearNumberedKind {
    /// `M`.
    public static let prefix = "M"
    /// ``RiskRegisterError/invalidID(_:example:)`` with `M-2568-001`.
    public static func invalidID(_ text: String) -> any Error {
        RiskRegisterError.invalidID(text, example: "M-2568-001")
    }
}

/// A measure's id, `M-2568-001`, numbered like risks: the fiscal year of the plan it belongs to and its
/// number within that year.
public typealias MeasureID = YearNumberedID<MeasureIDKind>

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
