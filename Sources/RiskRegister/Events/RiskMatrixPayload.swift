import Sujarit

/// The stored form of a matrix in ``RiskMatrixAdopted`` (schema 1): what the log holds, kept apart from
/// ``RiskMatrix`` so that changing the model (a renamed property, a new field, another Codable) never changes
/// the bytes of an adopted matrix or makes an old one unreadable.
///
/// Field for field the JSON `RiskMatrix` wrote when the event was introduced; the fixtures in
/// `Tests/Fixtures/events` hold it byte for byte. A new shape is a new struct (`RiskMatrixPayloadV2`) and a
/// bumped ``RiskMatrixAdopted/schemaVersion``, never an edit of this one. `RiskMatrix`'s own `Codable` is
/// the JSON the heatmap command prints, not a stored form.
struct RiskMatrixPayloadV1: Codable, Hashable, Sendable {
    var id: String
    var version: Int
    var name: LocalizedLabel
    var likelihood: Axis
    var impact: Axis
    var bands: [Band]
    /// `grid[l-1][i-1]` is a band id; absent when cells are banded by their product.
    var grid: [[String]]?

    /// One scale: its name and its levels, 1 first.
    struct Axis: Codable, Hashable, Sendable {
        var name: LocalizedLabel
        var levels: [Level]
    }

    /// One level of a scale, with its numeric criterion when the matrix gives one.
    struct Level: Codable, Hashable, Sendable {
        var level: Int
        var name: LocalizedLabel
        var description: String
        var range: Range?
    }

    /// A level's criterion: `lower` to `upper`, or `lower` and above when `upper` is absent.
    struct Range: Codable, Hashable, Sendable {
        var lower: Int
        var upper: Int?
    }

    /// A band of cells; `scores` is stored as `[lowest, highest]`, as `ClosedRange` encodes itself.
    struct Band: Codable, Hashable, Sendable {
        var id: String
        var name: LocalizedLabel
        var color: String
        var scores: ClosedRange<Int>
        var rank: Int
    }

    /// The stored form of `matrix`.
    init(_ matrix: RiskMatrix) {
        id = matrix.id
        version = matrix.version
        name = matrix.name
        likelihood = Axis(matrix.likelihood)
        impact = Axis(matrix.impact)
        bands = matrix.bands.map(Band.init)
        grid = matrix.grid
    }

    /// The matrix again.
    var model: RiskMatrix {
        RiskMatrix(
            id: id, version: version, name: name, likelihood: likelihood.model, impact: impact.model,
            bands: bands.map(\.model), grid: grid)
    }
}

extension RiskMatrixPayloadV1.Axis {
    /// The stored form of the model value.
    init(_ axis: RiskAxis) {
        name = axis.name
        levels = axis.levels.map(RiskMatrixPayloadV1.Level.init)
    }

    /// The model value again.
    var model: RiskAxis { RiskAxis(name: name, levels: levels.map(\.model)) }
}

extension RiskMatrixPayloadV1.Level {
    /// The stored form of the model value.
    init(_ level: RiskLevel) {
        self.level = level.level
        name = level.name
        description = level.description
        range = level.range.map { RiskMatrixPayloadV1.Range(lower: $0.lower, upper: $0.upper) }
    }

    /// The model value again.
    var model: RiskLevel {
        RiskLevel(
            level: level, name: name, description: description,
            range: range.map { LevelRange(lower: $0.lower, upper: $0.upper) })
    }
}

extension RiskMatrixPayloadV1.Band {
    /// The stored form of the model value.
    init(_ band: RiskBand) {
        id = band.id
        name = band.name
        color = band.color
        scores = band.scores
        rank = band.rank
    }

    /// The model value again.
    var model: RiskBand { RiskBand(id: id, name: name, color: color, scores: scores, rank: rank) }
}
