import Presentation
import RiskRegister

/// A register's score in a table, through the one score layout of ``Table/scoreColumns(_:header:machine:)``:
/// `4×4=16 สูง` for people, its five parts for scripts (`Docs/schemas/README.md`).
enum ScoreCells {
    /// The columns of one kind of score.
    static func columns(_ kind: ScoreKind, header: String, machine: Bool) -> [Table.Column] {
        Table.scoreColumns(kind.rawValue, header: header, machine: machine)
    }

    /// The cells under ``columns(_:header:machine:)``: each part `null` when the risk has no such score.
    static func cells(_ assessment: Assessment?, machine: Bool) -> [Table.Cell] {
        Table.scoreCells(
            assessment.map {
                Table.ScoreParts(
                    likelihood: $0.likelihood, impact: $0.impact, score: $0.score, band: $0.band, bandTh: $0.bandName)
            }, machine: machine)
    }
}
