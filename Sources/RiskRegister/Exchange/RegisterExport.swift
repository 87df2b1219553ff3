import Sujarit

/// The register in the shape ``RegisterImport`` reads, so an export imports back unchanged:
/// JSON carries risks, scores, acceptances, measures and progress; CSV carries the risks, one per row.
public enum RegisterExport {
    /// The register of a year (all years when nil) as the JSON document ``RegisterImport`` reads.
    ///
    /// A value, not text: the register draws nothing itself, so the caller writes it with the one output
    /// encoder (`Presentation.JSONOutput`), as every other JSON Sujarit prints.
    public static func document(_ ledger: RiskLedger, fiscalYear: FiscalYear?) -> Document {
        let risks = ledger.risks.values.filter { fiscalYear == nil || $0.id.fiscalYear == fiscalYear }
            .sorted { $0.id < $1.id }
        let measures = ledger.measures.values.filter { fiscalYear == nil || $0.id.fiscalYear == fiscalYear }
            .sorted { $0.id < $1.id }
        return Document(
            fiscal_year: fiscalYear?.be, risks: risks.map(RiskRow.init), measures: measures.map(MeasureRow.init))
    }

    /// The risks of a year (all years when nil) as CSV with a header row (see ``RegisterCSV``), starting with
    /// the UTF-8 byte-order mark only when `byteOrderMark` asks for it (Excel needs it to show Thai; other
    /// readers are better without it, and the import reads either).
    public static func csv(_ ledger: RiskLedger, fiscalYear: FiscalYear?, byteOrderMark: Bool = false) -> String {
        let risks = ledger.risks.values.filter { fiscalYear == nil || $0.id.fiscalYear == fiscalYear }.sorted {
            $0.id < $1.id
        }
        var out = (byteOrderMark ? CSVText.byteOrderMark : "") + CSVText.record(RegisterCSV.columns)
        for risk in risks {
            let r = risk.identified
            var cells = [
                r.id.description, String(r.id.fiscalYear.be), r.department, r.process, r.category, r.event,
                r.causes.joined(separator: "\n"), r.factor.rawValue,
                r.controls.map { "\($0.adequacy.thai): \($0.text)" }.joined(separator: "\n"),
                r.owner ?? "", r.matrix, r.copiedFrom?.description ?? "",
            ]
            for kind in ScoreKind.allCases {
                cells += [
                    risk.scores[kind].map { String($0.likelihood) } ?? "",
                    risk.scores[kind].map { String($0.impact) } ?? "",
                ]
            }
            out += CSVText.record(cells)
        }
        return out
    }

    /// The exported register: the year, its risks and its measures, keyed as the import file is.
    ///
    /// Every key is written, `null` where there is no value (each optional is `JSONNull`), so a script finds the
    /// same keys in every row; the import reads `null` as absent. The properties are named as the import file's
    /// keys, so the name is the key.
    public struct Document: Encodable, Sendable {
        @JSONNull var fiscal_year: Int?
        var risks: [RiskRow]
        var measures: [MeasureRow]
    }

    struct RiskRow: Encodable {
        var id: String, fiscal_year: Int, department: String, process: String, category: String, event: String
        var causes: [String], factor: String, controls: [ControlRow]
        @JSONNull var owner: String?
        var matrix: String
        @JSONNull var scores: [String: [Int]]?
        @JSONNull var acceptance: AcceptanceRow?
        @JSONNull var copied_from: String?

        init(_ risk: Risk) {
            let r = risk.identified
            id = r.id.description
            fiscal_year = r.id.fiscalYear.be
            department = r.department
            process = r.process
            category = r.category
            event = r.event
            causes = r.causes
            factor = r.factor.rawValue
            controls = r.controls.map { ControlRow(control: $0.text, adequacy: $0.adequacy.thai) }
            owner = r.owner
            matrix = r.matrix
            let levels = Dictionary(
                uniqueKeysWithValues: risk.scores.map { ($0.key.rawValue, [$0.value.likelihood, $0.value.impact]) })
            scores = levels.isEmpty ? nil : levels
            acceptance = risk.acceptance.map {
                AcceptanceRow(approver: $0.approver, rationale: $0.rationale, expires: $0.expires.formatted(.iso))
            }
            copied_from = r.copiedFrom?.description
        }
    }

    struct ControlRow: Encodable { var control: String, adequacy: String }
    struct AcceptanceRow: Encodable { var approver: String, rationale: String, expires: String }

    struct MeasureRow: Encodable {
        var id: String, fiscal_year: Int, title: String, owner: String
        @JSONNull var department: String?
        @JSONNull var start: String?
        @JSONNull var due: String?
        @JSONNull var timeframe: String?
        var steps: [String]
        @JSONNull var kpi: String?
        @JSONNull var target: String?
        @JSONNull var monitoring: String?
        var risks: [String]
        @JSONNull var issue_area: String?
        @JSONNull var questions: [String]?
        @JSONNull var oit: [String]?
        var progress: [ProgressRow]
        /// The plan dimension's code and the budgets per year (after amendments); null when none.
        @JSONNull var dimension: String?
        @JSONNull var budgets: [BudgetRow]?

        init(_ measure: Measure) {
            let m = measure.planned
            id = m.id.description
            fiscal_year = m.id.fiscalYear.be
            title = m.title
            owner = m.owner
            department = m.department
            start = m.start?.formatted(.iso)
            due = m.due?.formatted(.iso)
            timeframe = m.timeframe
            steps = m.steps
            kpi = m.kpi
            target = m.target
            monitoring = m.monitoring
            risks = m.risks.map(\.description)
            issue_area = m.integrity?.issueArea
            questions = m.integrity?.questions
            oit = m.integrity?.oitItems
            dimension = measure.dimension?.code
            budgets =
                measure.budgets.isEmpty
                ? nil
                : measure.budgets.map { BudgetRow(fiscal_year: $0.fiscalYear.be, amount: $0.amount.decimalString) }
            progress = measure.progress.map {
                ProgressRow(
                    round: $0.round.rawValue, as_of: $0.asOf.formatted(.iso), status: $0.status.rawValue,
                    result: $0.result, problems: $0.problems, evidence: $0.evidence)
            }
        }
    }

    struct BudgetRow: Encodable { var fiscal_year: Int, amount: String }

    struct ProgressRow: Encodable {
        var round: String, as_of: String, status: String
        @JSONNull var result: String?
        @JSONNull var problems: String?
        var evidence: [String]
    }
}
