import Agency
import Sujarit

/// A committee's paper scoring sheets, typed up: each member's levels per risk, the chair's resolutions
/// and progress updates (`Registers/examples/takbai/risks-scores-2568.yaml`). The demo plays it; a clerk
/// entering a round from paper forms can use the same shape.
public struct CommitteeScoringFile: Sendable {
    public struct Score: Sendable, Hashable {
        public var risk: RiskID
        public var member: String
        public var likelihood: Int
        public var impact: Int
    }

    public struct Resolution: Sendable, Hashable {
        public var risk: RiskID
        public var likelihood: Int
        public var impact: Int
        public var note: String
    }

    public var fiscalYear: FiscalYear
    public var kind: ScoreKind
    public var scores: [Score]
    public var resolutions: [Resolution]
    public var progress: [MeasureProgressReported]

    /// Reads and checks the file's shape (ids, levels as numbers); the register checks the rest when applied.
    public static func load(_ path: String) throws -> CommitteeScoringFile {
        let root = try ConfigNode.load(path)
        try root.allowOnly(["fiscal_year", "kind", "members", "scores", "resolutions", "progress"])
        let year = try RegisterImport.placed(try root.required("fiscal_year")) {
            try FiscalYear.parse(try root.text("fiscal_year"))
        }
        let kindNode = try root.required("kind")
        guard let kind = ScoreKind(text: try kindNode.text()) else {
            throw kindNode.error("expected inherent, current or residual")
        }
        let members = try root.required("members").texts()
        var scores: [Score] = []
        for row in try root.required("scores").items() {
            try row.allowOnly(Set(["risk"] + members))
            let risk = try RegisterImport.placed(row) { try RiskID(parsing: try row.text("risk")) }
            for member in members {
                guard let levels = try row.optional(member) else { continue }
                let values = try levels.items().map { try $0.integer() }
                guard values.count == 2 else { throw levels.error("give [likelihood, impact], e.g. [4, 3]") }
                scores.append(Score(risk: risk, member: member, likelihood: values[0], impact: values[1]))
            }
        }
        let resolutions = try (root.optional("resolutions")?.items() ?? []).map { row in
            try row.allowOnly(["risk", "likelihood", "impact", "note"])
            return Resolution(
                risk: try RegisterImport.placed(row) { try RiskID(parsing: try row.text("risk")) },
                likelihood: try row.required("likelihood").integer(), impact: try row.required("impact").integer(),
                note: try row.text("note")
            )
        }
        let progress = try (root.optional("progress")?.items() ?? []).map { row in
            try row.allowOnly(["measure", "round", "as_of", "status", "result", "problems", "evidence"])
            let roundNode = try row.required("round"), statusNode = try row.required("status")
            guard let round = ReportingRound(argument: try roundNode.text()) else {
                throw roundNode.error("expected 6m or 12m")
            }
            guard let status = MeasureStatus(text: try statusNode.text()) else {
                throw statusNode.error("expected a progress status")
            }
            return MeasureProgressReported(
                measure: try RegisterImport.placed(row) { try MeasureID(parsing: try row.text("measure")) },
                round: round, asOf: try row.required("as_of").date(), status: status,
                result: try row.optionalText("result"), problems: try row.optionalText("problems"),
                evidence: try row.optional("evidence")?.texts() ?? []
            )
        }
        return CommitteeScoringFile(
            fiscalYear: year, kind: kind, scores: scores, resolutions: resolutions, progress: progress)
    }
}
