import Sujarit

/// Counts and risk ids per cell of one matrix version, for one or two kinds of score.
///
/// A value type with no rendering in it: the register counts, and `Reporting` draws (`HeatmapRenderer` for
/// the terminal, HTML and JSON, `HeatmapSVG` for every SVG), so a heatmap looks the same wherever it is printed.
public struct Heatmap: Sendable, Hashable, Codable {
    /// The matrix version the scores used (a year may mix matrices; each gets its own heatmap).
    public var matrix: RiskMatrix
    /// The kinds shown: one, or inherent and residual for movement.
    public var kinds: [ScoreKind]
    /// A title, e.g. "ปีงบประมาณ พ.ศ. 2568".
    public var title: String
    /// Every cell of the grid, likelihood 1 impact 1 first.
    public var cells: [Cell]
    /// How risks moved between the two kinds (only with two kinds).
    public var movements: [Movement]

    /// One cell of the grid.
    public struct Cell: Sendable, Hashable, Codable {
        public var likelihood: Int
        public var impact: Int
        public var score: Int
        public var band: String
        public var bandName: String
        public var color: String
        /// Risk ids in the cell, per kind (`inherent`, `current`, `residual`).
        public var risks: [String: [String]]

        /// How many risks of `kind` are in the cell.
        public func count(_ kind: ScoreKind) -> Int { risks[kind.rawValue]?.count ?? 0 }
    }

    /// A risk's path from the first kind's cell to the second's.
    public struct Movement: Sendable, Hashable, Codable {
        public var risk: String
        public var from: [Int]
        public var to: [Int]
        public var fromBand: String
        public var toBand: String
    }

    /// The cell at (likelihood, impact).
    public func cell(likelihood: Int, impact: Int) -> Cell? {
        cells.first { $0.likelihood == likelihood && $0.impact == impact }
    }

    /// How many risks of `kind` the heatmap holds.
    public func total(_ kind: ScoreKind) -> Int { cells.reduce(0) { $0 + $1.count(kind) } }
}

extension RiskLedger {
    /// The heatmaps of a year's register (one per matrix version used), optionally of one department.
    ///
    /// - parameters:
    ///   - kinds: `[.inherent]`, `[.residual]`, … or `[.inherent, .residual]` for movement.
    public func heatmaps(fiscalYear: FiscalYear, department: String? = nil, kinds: [ScoreKind]) -> [Heatmap] {
        let chosen = risks(in: fiscalYear).filter { department == nil || $0.identified.department == department }
        let keys = Set(chosen.flatMap { risk in kinds.compactMap { risk.scores[$0]?.matrix } }).sorted()
        return keys.compactMap { key -> Heatmap? in
            guard let matrix = matrices[key] else { return nil }
            var cells: [Heatmap.Cell] = []
            for l in matrix.likelihood.range {
                for i in matrix.impact.range {
                    let band = matrix.band(likelihood: l, impact: i)
                    var ids: [String: [String]] = [:]
                    for kind in kinds {
                        ids[kind.rawValue] = chosen.filter { risk in
                            guard let score = risk.scores[kind] else { return false }
                            return score.matrix == key && score.likelihood == l && score.impact == i
                        }.map(\.id.description)
                    }
                    cells.append(
                        Heatmap.Cell(
                            likelihood: l, impact: i, score: l * i, band: band.id, bandName: band.name.th,
                            color: band.color, risks: ids
                        ))
                }
            }
            var movements: [Heatmap.Movement] = []
            if kinds.count == 2 {
                for risk in chosen {
                    guard let from = risk.scores[kinds[0]], let to = risk.scores[kinds[1]], from.matrix == key,
                        to.matrix == key
                    else { continue }
                    movements.append(
                        Heatmap.Movement(
                            risk: risk.id.description, from: [from.likelihood, from.impact],
                            to: [to.likelihood, to.impact],
                            fromBand: from.bandName, toBand: to.bandName
                        ))
                }
            }
            let scope = department.map { " — \($0)" } ?? ""
            return Heatmap(
                matrix: matrix, kinds: kinds, title: "\(fiscalYear.thaiLabel)\(scope)", cells: cells,
                movements: movements)
        }
    }
}
