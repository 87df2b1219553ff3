import Agency
import Foundation
import Sujarit

/// What an import added.
public struct ImportSummary: Sendable, Hashable {
    public var risks: [RiskID] = []
    public var measures: [MeasureID] = []
    public var scores = 0
    public var progressUpdates = 0
    public var acceptances = 0
}

/// Reads a register file (YAML, JSON or CSV) into one decision: every row is checked first, and any
/// problem fails the whole file with its line, so an import is all or nothing.
///
/// The YAML/JSON shape (JSON is what `risk export --format json` writes):
/// ```yaml
/// fiscal_year: 2568
/// risks:
///   - id: R-2568-001            # optional: the year's next number otherwise
///     department: FIN
///     process: การจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง
///     category: procurement
///     event: แบ่งซื้อแบ่งจ้างเพื่อให้วงเงินต่ำกว่าเกณฑ์
///     causes: [ ... ]
///     factor: known
///     controls: [ { control: ..., adequacy: พอใช้ } ]
///     owner: ผู้อำนวยการกองคลัง
///     scores: { inherent: [4, 4], residual: [2, 3] }
/// measures:                       # linked to risks and/or an ITA issue area
///   - { id: M-2568-001, title: ..., owner: ..., due: 31 มี.ค. 2568, risks: [R-2568-001], steps: [...] }
///     # optional, for the anti-corruption plan: dimension: 2 (a code of Registers/plan-dimensions.yaml),
///     # budgets: [ { fiscal_year: 2569, amount: "50,000" } ]
/// plan:                           # the integrity plan (O42), grouped as the seed's table is
///   - issue_area: กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ
///     oit: [O39, O40, O41]
///     measures: [ { title: ..., steps: [...], owner: ..., timeframe: ตลอดปีงบประมาณ, monitoring: ... } ]
/// ```
public enum RegisterImport {
    /// Applies a YAML or JSON register file to the working ledger.
    public static func apply(
        _ root: ConfigNode, ledger: inout RiskLedger, directory: AgencyDirectory, dimensions: PlanDimensions = .shipped,
        into decision: inout Decision
    ) throws -> ImportSummary {
        try root.allowOnly(["fiscal_year", "risks", "measures", "plan", "title", "agency"])
        let year = try root.optional("fiscal_year").map(fiscalYear)
        var summary = ImportSummary()
        for node in try root.optional("risks")?.items() ?? [] {
            try risk(node, year: year, ledger: &ledger, directory: directory, decision: &decision, summary: &summary)
        }
        for node in try root.optional("measures")?.items() ?? [] {
            try measure(
                node, year: year, link: nil, ledger: &ledger, directory: directory, dimensions: dimensions,
                decision: &decision, summary: &summary)
        }
        for area in try root.optional("plan")?.items() ?? [] {
            try area.allowOnly(["issue_area", "questions", "oit", "recommendations", "measures"])
            let link = IntegrityLink(
                issueArea: try area.text("issue_area"),
                questions: try codes(
                    area.optional("questions"), letters: ["I", "E"], what: "IIT/EIT question code (I1–I30, E1–E15)"),
                oitItems: try codes(area.optional("oit"), letters: ["O"], what: "OIT item code (O1–O43)")
            )
            for node in try area.required("measures").items() {
                try measure(
                    node, year: year, link: link, ledger: &ledger, directory: directory, dimensions: dimensions,
                    decision: &decision, summary: &summary)
            }
        }
        guard decision.eventCount > 0 else { throw root.error("the file holds no risks, measures or plan") }
        return summary
    }

    private static func risk(
        _ node: ConfigNode, year: FiscalYear?, ledger: inout RiskLedger, directory: AgencyDirectory,
        decision: inout Decision, summary: inout ImportSummary
    ) throws {
        try node.allowOnly([
            "id", "fiscal_year", "department", "process", "category", "event", "causes", "factor",
            "controls", "owner", "matrix", "scores", "acceptance", "copied_from",
        ])
        let id = try node.optional("id").map { idNode in try placed(idNode) { try RiskID(parsing: try idNode.text()) } }
        guard let fiscalYear = try node.optional("fiscal_year").map(fiscalYear) ?? year ?? id?.fiscalYear else {
            throw node.error("no fiscal year: give fiscal_year at the top of the file or on the risk")
        }
        if let id, ledger.risks[id] != nil, decision.appends.contains(where: { $0.stream.id == id.description }) {
            throw node.error(RiskRegisterError.duplicateID(id.description).localizedDescription)
        }
        var scores: [ScoreKind: [Int]] = [:]
        if let scoresNode = try node.optional("scores") {
            try scoresNode.allowOnly(Set(ScoreKind.allCases.map(\.rawValue)))
            for kind in ScoreKind.allCases {
                guard let levels = try scoresNode.optional(kind.rawValue) else { continue }
                let values = try levels.items().map { try $0.integer() }
                guard values.count == 2 else { throw levels.error("give [likelihood, impact], e.g. [4, 3]") }
                scores[kind] = values
            }
        }
        let draft = RiskDraft(
            id: id, fiscalYear: fiscalYear, department: try node.text("department"), process: try node.text("process"),
            category: try node.text("category"), event: try node.text("event"),
            causes: try node.optional("causes")?.texts() ?? [],
            factor: try node.optional("factor").map { factorNode in
                guard let factor = RiskFactor(text: try factorNode.text()) else {
                    throw factorNode.error("expected known or unknown")
                }
                return factor
            } ?? .known,
            controls: try node.optional("controls")?.items().map(control) ?? [],
            owner: try node.optionalText("owner"), matrix: try node.optionalText("matrix"), scores: scores,
            copiedFrom: try node.optional("copied_from").map { copied in
                try placed(copied) { try RiskID(parsing: try copied.text()) }
            }
        )
        let created = try placed(node) { try ledger.identify(draft, directory: directory, into: &decision) }
        summary.risks.append(created)
        summary.scores += scores.count
        if let acceptance = try node.optional("acceptance") {
            try acceptance.allowOnly(["approver", "rationale", "expires"])
            let approver = try acceptance.text("approver"), rationale = try acceptance.text("rationale")
            let expires = try acceptance.required("expires").date()
            // An imported acceptance may already have expired: that is history, shown for review, not refused.
            try placed(acceptance) {
                try ledger.accept(
                    created, approver: approver, rationale: rationale, expires: expires, directory: directory,
                    allowPast: true, into: &decision)
            }
            summary.acceptances += 1
        }
    }

    private static func control(_ node: ConfigNode) throws -> ExistingControl {
        try node.allowOnly(["control", "adequacy"])
        let adequacyNode = try node.required("adequacy")
        guard let adequacy = ControlAdequacy(text: try adequacyNode.text()) else {
            throw adequacyNode.error("expected ดี, พอใช้ or อ่อน")
        }
        return ExistingControl(text: try node.text("control"), adequacy: adequacy)
    }

    private static func measure(
        _ node: ConfigNode, year: FiscalYear?, link: IntegrityLink?, ledger: inout RiskLedger,
        directory: AgencyDirectory,
        dimensions: PlanDimensions, decision: inout Decision, summary: inout ImportSummary
    ) throws {
        try node.allowOnly([
            "id", "fiscal_year", "title", "owner", "department", "start", "due", "timeframe", "steps", "kpi",
            "target", "monitoring", "risks", "issue_area", "questions", "oit", "progress", "dimension", "budgets",
        ])
        let id = try node.optional("id").map { idNode in
            try placed(idNode) { try MeasureID(parsing: try idNode.text()) }
        }
        guard let fiscalYear = try node.optional("fiscal_year").map(fiscalYear) ?? year ?? id?.fiscalYear else {
            throw node.error("no fiscal year: give fiscal_year at the top of the file or on the measure")
        }
        var integrity = link
        if let area = try node.optionalText("issue_area") {
            integrity = IntegrityLink(
                issueArea: area,
                questions: try codes(
                    node.optional("questions"), letters: ["I", "E"], what: "IIT/EIT question code (I1–I30, E1–E15)"),
                oitItems: try codes(node.optional("oit"), letters: ["O"], what: "OIT item code (O1–O43)")
            )
        }
        let timeframe = try node.optionalText("timeframe")
        var start = try node.optional("start")?.date()
        var due = try node.optional("due")?.date()
        if start == nil, due == nil, let timeframe, let span = Timeframe.dates(timeframe, fiscalYear: fiscalYear) {
            start = span.lowerBound
            due = span.upperBound
        }
        let risks = try (node.optional("risks")?.items() ?? []).map { riskNode in
            try placed(riskNode) { try RiskID(parsing: try riskNode.text()) }
        }
        let dimension = try node.optional("dimension").map { dimensionNode in
            try placed(dimensionNode) { try dimensions.dimension(try dimensionNode.text()) }
        }
        let budgets = try (node.optional("budgets")?.items() ?? []).map { budgetNode in
            try budgetNode.allowOnly(["fiscal_year", "amount"])
            let amountNode = try budgetNode.required("amount")
            return YearBudget(
                fiscalYear: try Self.fiscalYear(try budgetNode.required("fiscal_year")),
                amount: try placed(amountNode) { try Money.parse(try amountNode.text()) }
            )
        }
        let planned = MeasurePlanned(
            id: id ?? MeasureID(fiscalYear: fiscalYear, number: 1), title: try node.text("title"),
            owner: try node.text("owner"),
            department: try node.optionalText("department"), start: start, due: due, timeframe: timeframe,
            steps: try node.optional("steps")?.texts() ?? [], kpi: try node.optionalText("kpi"),
            target: try node.optionalText("target"),
            monitoring: try node.optionalText("monitoring"), risks: risks, integrity: integrity,
            dimension: dimension, budgets: budgets.isEmpty ? nil : budgets
        )
        guard id == nil || id!.fiscalYear == fiscalYear else {
            throw node.error(
                RiskRegisterError.yearMismatch(id: id!.description, fiscalYear: fiscalYear.be).localizedDescription)
        }
        let created = try placed(node) {
            try ledger.plan(planned, assignID: id == nil, directory: directory, into: &decision)
        }
        summary.measures.append(created)
        for update in try node.optional("progress")?.items() ?? [] {
            try update.allowOnly(["round", "as_of", "status", "result", "problems", "evidence"])
            let roundNode = try update.required("round"), statusNode = try update.required("status")
            guard let round = ReportingRound(argument: try roundNode.text()) else {
                throw roundNode.error("expected 6m or 12m")
            }
            guard let status = MeasureStatus(text: try statusNode.text()) else {
                throw statusNode.error(
                    """
                    expected ยังไม่ได้ดำเนินการ, อยู่ระหว่างดำเนินการ or ดำเนินการแล้วเสร็จ (not-started, \
                    in-progress, done)
                    """)
            }
            let reported = MeasureProgressReported(
                measure: created, round: round, asOf: try update.required("as_of").date(), status: status,
                result: try update.optionalText("result"), problems: try update.optionalText("problems"),
                evidence: try update.optional("evidence")?.texts() ?? []
            )
            try placed(update) { try ledger.report(reported, into: &decision) }
            summary.progressUpdates += 1
        }
    }

    private static func fiscalYear(_ node: ConfigNode) throws -> FiscalYear {
        try placed(node) { try FiscalYear.parse(try node.text()) }
    }

    static func codes(_ node: ConfigNode?, letters: Set<Character>, what: String) throws -> [String] {
        guard let node else { return [] }
        return try node.texts().map { text in
            guard let code = IntegrityLink.code(text, allowed: letters) else {
                throw node.error("'\(text)' is not an \(what)")
            }
            return code
        }
    }

    /// Runs `body`, turning a domain error into one placed at `node`'s file and line.
    @discardableResult
    static func placed<T>(_ node: ConfigNode, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as ConfigurationError {
            throw error
        } catch {
            throw node.error(error.localizedDescription)
        }
    }
}
