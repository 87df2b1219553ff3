import EventStore
import Sujarit

/// A matrix version was taken into use: its whole content, so the store never depends on the file again.
///
/// Recorded once per id and version (stream `riskmatrix/5x5@1`). Scores name the version they used, so
/// a later version, or an edited file, never changes the level an old score was given.
public struct RiskMatrixAdopted: DomainEvent, Hashable {
    public static let eventType = "RiskMatrixAdopted"
    public var matrix: RiskMatrix

    public init(matrix: RiskMatrix) { self.matrix = matrix }

    /// The stream of one matrix version.
    public static func stream(_ key: MatrixKey) throws -> StreamID { try StreamID(category: "riskmatrix", id: key.description) }
}

/// A risk category was defined or renamed (stream `riskcategory/<code>`).
public struct RiskCategoryDefined: DomainEvent, Hashable {
    public static let eventType = "RiskCategoryDefined"
    public var category: RiskCategory

    public init(category: RiskCategory) { self.category = category }

    public static func stream(_ code: String) throws -> StreamID { try StreamID(category: "riskcategory", id: code) }
}
