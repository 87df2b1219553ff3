import Presentation
import RiskRegister
import Sujarit

/// A ``Heatmap`` as JSON gives it to scripts (`heatmap --format json`, and inside the O34, O35 and executive
/// reports): every key always present, `null` where there is no value, codes beside their Thai and English
/// names, and a risk's move as two scores with their parts (likelihood, impact, score, band, band_th).
///
/// A view rather than the register's own value: ``Heatmap`` and ``RiskMatrix`` are the register's types, read
/// back from configuration files, and leave out what they do not hold; the schema
/// (`Docs/schemas/heatmap.schema.json`) needs one shape whatever the matrix file said.
public struct HeatmapJSON: Sendable, Hashable, Encodable {
    /// One level of an axis.
    public struct Level: Sendable, Hashable, Encodable {
        public var level: Int
        public var nameTh: String
        public var nameEn: String
        public var description: String
        /// How often per year a likelihood level means, when the matrix says (`upper` null: and more).
        @JSONNull public var lower: Int? = nil
        @JSONNull public var upper: Int? = nil
    }

    /// One band of the matrix.
    public struct Band: Sendable, Hashable, Encodable {
        public var band: String
        public var bandTh: String
        public var bandEn: String
        public var rank: Int
        public var color: String
        public var minScore: Int
        public var maxScore: Int
    }

    /// The matrix version the scores used.
    public struct Matrix: Sendable, Hashable, Encodable {
        public var id: String
        public var version: Int
        public var nameTh: String
        public var nameEn: String
        public var likelihood: [Level]
        public var impact: [Level]
        public var bands: [Band]
    }

    /// One cell and the risk ids in it per kind (`inherent`, `current`, `residual`).
    public struct Cell: Sendable, Hashable, Encodable {
        public var likelihood: Int
        public var impact: Int
        public var score: Int
        public var band: String
        public var bandTh: String
        public var color: String
        public var risks: [String: [String]]
    }

    /// A score, as its parts.
    public struct Score: Sendable, Hashable, Encodable {
        public var likelihood: Int
        public var impact: Int
        public var score: Int
        public var band: String
        public var bandTh: String
    }

    /// A risk's move from the first kind's cell to the second's.
    public struct Movement: Sendable, Hashable, Encodable {
        public var risk: String
        public var from: Score
        public var to: Score
    }

    public var title: String
    public var kinds: [String]
    public var matrix: Matrix
    public var cells: [Cell]
    public var movements: [Movement]

    /// The view of `map`.
    public init(_ map: Heatmap) {
        let m = map.matrix
        func levels(_ axis: RiskAxis) -> [Level] {
            axis.levels.map {
                Level(
                    level: $0.level, nameTh: $0.name.th, nameEn: $0.name.en, description: $0.description,
                    lower: $0.range?.lower, upper: $0.range?.upper)
            }
        }
        func score(_ pair: [Int]) -> Score {
            let l = pair.first ?? 0, i = pair.last ?? 0
            let band = m.band(likelihood: l, impact: i)
            return Score(likelihood: l, impact: i, score: l * i, band: band.id, bandTh: band.name.th)
        }
        title = map.title
        kinds = map.kinds.map(\.rawValue)
        matrix = Matrix(
            id: m.id, version: m.version, nameTh: m.name.th, nameEn: m.name.en, likelihood: levels(m.likelihood),
            impact: levels(m.impact),
            bands: m.bands.map {
                Band(
                    band: $0.id, bandTh: $0.name.th, bandEn: $0.name.en, rank: $0.rank, color: $0.color,
                    minScore: $0.scores.lowerBound, maxScore: $0.scores.upperBound)
            })
        cells = map.cells.map {
            Cell(
                likelihood: $0.likelihood, impact: $0.impact, score: $0.score, band: $0.band, bandTh: $0.bandName,
                color: $0.color, risks: $0.risks)
        }
        movements = map.movements.map { Movement(risk: $0.risk, from: score($0.from), to: score($0.to)) }
    }
}
