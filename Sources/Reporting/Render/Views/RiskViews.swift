import Presentation
import RiskRegister
import Sujarit

enum RiskView {
    static func score(_ cell: ScoreCell?) -> [String: Any]? {
        guard let cell else { return nil }
        return [
            "summary": "\(cell.likelihood)×\(cell.impact) = \(cell.score)", "band": cell.bandName,
            "color": cell.color, "textColor": HeatmapSVG.ink(on: cell.color),
        ]
    }

    static func row(_ risk: RiskRow) -> [String: Any] {
        var view: [String: Any] = [
            "id": CodedText.code(risk.id), "department": risk.departmentName, "process": risk.process,
            "category": risk.categoryName,
            "event": risk.event, "causes": risk.causes, "factor": risk.factor, "controls": risk.controls,
            "owner": risk.owner, "measures": CodedText.codes(risk.measures),
            "measureList": risk.measures.map(CodedText.code),
            "status": risk.status,
        ]
        if let inherent = score(risk.inherent) { view["inherent"] = inherent }
        if let current = score(risk.current) { view["current"] = current }
        if let residual = score(risk.residual) { view["residual"] = residual }
        return view
    }

    static func bands(_ bands: [BandCount]) -> [[String: Any]] {
        bands.map { band in
            [
                "name": band.name, "color": band.color, "textColor": HeatmapSVG.ink(on: band.color),
                "inherent": String(band.inherent), "residual": String(band.residual),
            ]
        }
    }

    static func heatmaps(_ maps: [Heatmap], text: ThaiText) -> [[String: Any]] {
        maps.map {
            ["heatmapSVG": HeatmapSVG.render($0, text: text), "matrix": "\($0.matrix.name.th) (\($0.matrix.key))"]
        }
    }

    static func table(_ risks: [RiskRow], machine: Bool) -> Table {
        var table = Table(
            columns: [
                .column("รหัส", "id"), .column("หน่วยงาน", "department"), .column("กระบวนงาน", "process", max: 30),
                .column("ประเภท", "category", max: 22), .column("เหตุการณ์ความเสี่ยง", "event", max: 44),
            ] + Table.scoreColumns("inherent", header: "ก่อนการควบคุม", machine: machine)
                + Table.scoreColumns("current", header: "ปัจจุบัน", machine: machine)
                + Table.scoreColumns("residual", header: "เป้าหมาย", machine: machine)
                + [.column("มาตรการ", "measures"), .column("สถานะ", "status")])
        for risk in risks {
            table.append(
                [
                    .text(risk.id), .text(machine ? risk.department : risk.departmentName), .text(risk.process),
                    .text(machine ? risk.category : risk.categoryName), .text(risk.event),
                ] + scores(risk.inherent, machine) + scores(risk.current, machine) + scores(risk.residual, machine)
                    + [.text(risk.measures.joined(separator: " ")), .text(risk.status)])
        }
        return table
    }

    /// A report's score in the one score layout (``Table/scoreColumns(_:header:machine:)``).
    static func scores(_ score: ScoreCell?, _ machine: Bool) -> [Table.Cell] {
        Table.scoreCells(
            score.map {
                Table.ScoreParts(
                    likelihood: $0.likelihood, impact: $0.impact, score: $0.score, band: $0.band, bandTh: $0.bandName)
            }, machine: machine)
    }
}

extension RiskAssessmentReport {
    func view(_ text: ThaiText) -> [String: Any] {
        [
            "risks": risks.map(RiskView.row), "hasRisks": !risks.isEmpty, "riskCount": String(risks.count),
            "bands": RiskView.bands(bands), "heatmaps": RiskView.heatmaps(heatmaps, text: text),
        ]
    }

    func tables(_ text: ThaiText, machine: Bool) -> [ReportTable] {
        var bandTable = Table(columns: [
            .column("ระดับ", "band"), .column("ก่อนการควบคุม", "inherent", .trailing),
            .column("เป้าหมาย", "residual", .trailing),
        ])
        for band in bands {
            bandTable.append([machine ? band.band : band.name, String(band.inherent), String(band.residual)])
        }
        return [
            ReportTable(title: "ทะเบียนความเสี่ยง", table: RiskView.table(risks, machine: machine)),
            ReportTable(title: "จำนวนความเสี่ยงตามระดับ", table: bandTable),
        ]
    }
}

extension RiskManagementReport {
    func view(_ text: ThaiText) -> [String: Any] {
        [
            "treatments": treatments.map { treatment -> [String: Any] in
                var view = RiskView.row(treatment.risk)
                view["measureLines"] = treatment.measures.map { LineView.make($0, text: text) }
                view["untreated"] = treatment.measures.isEmpty
                return view
            },
            "hasRisks": !treatments.isEmpty, "counts": LineView.counts(counts),
            // Each warning is written "id: message"; the id apart keeps its digits and stays whole.
            "warnings": warnings.map { CodedText.leadingCode(of: $0, before: ": ") }, "hasWarnings": !warnings.isEmpty,
            "heatmaps": RiskView.heatmaps(heatmaps, text: text),
        ]
    }

    func tables(_ text: ThaiText, machine: Bool) -> [ReportTable] {
        var table = Table(
            columns: [.column("ความเสี่ยง", "risk")]
                + Table.scoreColumns("inherent", header: "ก่อนการควบคุม", machine: machine)
                + Table.scoreColumns("residual", header: "เป้าหมาย", machine: machine) + [
                    .column("มาตรการ", "measure"), .column("ชื่อมาตรการ", "title", max: 40),
                    .column("สถานะ", "status"), .column("เกินกำหนด (วัน)", "overdue_days", .trailing),
                    .column("ผลการดำเนินงาน", "result", max: 40),
                ])
        for treatment in treatments {
            let risk = treatment.risk
            let scores =
                [.text(risk.id)] + RiskView.scores(risk.inherent, machine) + RiskView.scores(risk.residual, machine)
            if treatment.measures.isEmpty {
                table.append(scores + [.missing, machine ? .missing : "ยังไม่มีมาตรการ", .missing, .missing, .missing])
            }
            for line in treatment.measures {
                table.append(
                    scores + [
                        .text(line.id), .text(line.title), .text(machine ? line.status.rawValue : line.status.label.th),
                        .integer(line.overdueDays), .text(line.result),
                    ])
            }
        }
        var warningTable = Table(columns: [.column("ข้อควรติดตาม", "warning")])
        for warning in warnings { warningTable.append([warning]) }
        return [ReportTable(title: "การจัดการความเสี่ยง", table: table)]
            + (warnings.isEmpty ? [] : [ReportTable(title: "ข้อควรติดตาม", table: warningTable)])
    }
}
