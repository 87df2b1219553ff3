import EventStore
import Sujarit

/// A matrix version was taken into use: its whole content, so the store never depends on the file again.
///
/// Recorded once per id and version (stream `riskmatrix/5x5@1`). Scores name the version they used, so
/// a later version, or an edited file, never changes the level an old score was given.
///
/// The payload stores the matrix as ``RiskMatrixPayloadV1``, not through `RiskMatrix`'s own Codable, so the
/// model can change without changing what adopted matrices look like in the log.
public struct RiskMatrixAdopted: DomainEvent, Hashable {
    public static let eventType = "RiskMatrixAdopted"
    /// The matrix, whole.
    public var matrix: RiskMatrix

    /// The event adopting `matrix`.
    public init(matrix: RiskMatrix) { self.matrix = matrix }

    private enum CodingKeys: String, CodingKey { case matrix }

    /// Reads the stored payload (schema 1).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        matrix = try container.decode(RiskMatrixPayloadV1.self, forKey: .matrix).model
    }

    /// Writes the payload in the stored form of schema 1.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(RiskMatrixPayloadV1(matrix), forKey: .matrix)
    }

    /// The stream of one matrix version.
    public static func stream(_ key: MatrixKey) throws -> StreamID {
        try StreamID(category: "riskmatrix", id: key.description)
    }
}

/// A risk category was defined or renamed (stream `riskcategory/<code>`).
public struct RiskCategoryDefined: DomainEvent, Hashable {
    public static let eventType = "RiskCategoryDefined"
    public var category: RiskCategory

    public init(category: RiskCategory) { self.category = category }

    public static func stream(_ code: String) throws -> StreamID { try StreamID(category: "riskcategory", id: code) }
}
