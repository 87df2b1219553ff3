import Presentation
import RiskRegister

/// A score in a table: `4×4=16 สูง` for people, its parts for scripts (the JSON/CSV contract of
/// `Docs/schemas/README.md`: never a display string a script has to take apart).
enum ScoreCells {
    /// The columns of one kind of score: one for people, five for scripts (`inherent_likelihood`,
    /// `inherent_impact`, `inherent_score`, `inherent_band`, `inherent_band_th`).
    static func columns(_ kind: ScoreKind, header: String, machine: Bool) -> [Table.Column] {
        guard machine else { return [Table.Column(header, key: kind.rawValue)] }
        let k = kind.rawValue
        return [
            Table.Column("\(header) โอกาส", key: "\(k)_likelihood"),
            Table.Column("\(header) ผลกระทบ", key: "\(k)_impact"),
            Table.Column("\(header) คะแนน", key: "\(k)_score"), Table.Column("\(header) ระดับ", key: "\(k)_band"),
            Table.Column("\(header) ระดับ (ไทย)", key: "\(k)_band_th"),
        ]
    }

    /// The cells under ``columns(_:header:machine:)``: each part `null` when the risk has no such score.
    static func cells(_ assessment: Assessment?, machine: Bool) -> [Table.Cell] {
        guard machine else { return [.text(assessment?.summary)] }
        return [
            .integer(assessment?.likelihood), .integer(assessment?.impact), .integer(assessment?.score),
            .text(assessment?.band), .text(assessment?.bandName),
        ]
    }
}
