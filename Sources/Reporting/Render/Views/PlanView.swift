import Presentation
import RiskRegister
import Sujarit

extension PlanReport {
    func view(_ text: ThaiText) -> [String: Any] {
        var view: [String: Any] = [
            "groups": groups.enumerated().map { index, group -> [String: Any] in
                var entry: [String: Any] = [
                    "number": String(index + 1), "title": group.title,
                    "measures": group.measures.map { measure -> [String: Any] in
                        var entry: [String: Any] = [
                            "id": CodedText.code(measure.id), "title": measure.title, "steps": measure.steps,
                            "hasSteps": !measure.steps.isEmpty,
                            "owner": measure.owner, "timeframe": measure.timeframe,
                            "links": CodedText.codes(measure.risks + measure.questions + measure.oitItems),
                        ]
                        if let department = measure.departmentName { entry["department"] = department }
                        let indicator = [measure.kpi, measure.target.map { "เป้าหมาย \($0)" }].compactMap { $0 }.joined(
                            separator: " — ")
                        if !indicator.isEmpty { entry["kpi"] = indicator }
                        if let monitoring = measure.monitoring { entry["monitoring"] = monitoring }
                        if let progress = measure.progress { entry["progress"] = LineView.make(progress, text: text) }
                        entry["budgets"] = yearCells(measure.budgets)
                        return entry
                    },
                ]
                let codes = group.questions + group.oitItems
                if !codes.isEmpty { entry["codes"] = CodedText.codes(codes) }
                return entry
            },
            "hasGroups": !groups.isEmpty, "withProgress": counts != nil,
        ]
        if let counts { view["counts"] = LineView.counts(counts) }
        if !dimensions.isEmpty, let groupViews = view["groups"] as? [[String: Any]] {
            // The plan: its groups under their dimension (มิติ), with the dimension's and the plan's budgets.
            view["dimensions"] = dimensions.map { dimension -> [String: Any] in
                let inside = zip(groups, groupViews).filter { $0.0.dimension?.code == dimension.dimension?.code }.map(
                    \.1)
                return [
                    "title": dimension.title, "groups": inside, "measureCount": String(dimension.measureCount),
                    "budgets": yearCells(dimension.budgets), "total": dimension.total.formatted(),
                ]
            }
            view["hasBudgets"] = !budgetYears.isEmpty
            view["budgetYears"] = budgetYears.map { ["year": String($0.be)] }
            view["budgetColumns"] = String(budgetYears.count)
            view["planBudgets"] = yearCells(budgets)
            view["planTotal"] = total.formatted()
        }
        return view
    }

    /// One cell per year of the plan (``budgetYears``): the year and the amount, or "–" where `budgets` has no such year.
    private func yearCells(_ budgets: [YearBudget]) -> [[String: Any]] {
        budgetYears.map { year in
            [
                "year": String(year.be),
                "amount": budgets.first { $0.fiscalYear == year }.map { $0.amount.formatted() } ?? "–",
            ]
        }
    }

    func tables(_ text: ThaiText, machine: Bool) -> [ReportTable] {
        let isPlan = !dimensions.isEmpty
        var columns: [Table.Column] = isPlan ? [.column("มิติ", "dimension", max: 30)] : []
        columns += [
            .column("ประเด็น", "issue_area", max: 30), .column("รหัส", "id"),
            .column("มาตรการ/กิจกรรม/โครงการ", "title", max: 44),
            .column("ผู้รับผิดชอบ", "owner", max: 26), .column("ระยะเวลา", "timeframe", max: 24),
            .column("ตัวชี้วัด", "kpi", max: 30),
        ]
        if isPlan {
            columns += budgetYears.map { .column("งบประมาณ \($0.be) (บาท)", "budget_\($0.be)", .trailing) }
        }
        if counts != nil {
            columns += [
                .column("สถานะ", "status"), .column("เกินกำหนด (วัน)", "overdue_days", .trailing),
                .column("ผลการดำเนินงาน", "result", max: 36),
            ]
        }
        var table = Table(columns: columns)
        for group in groups {
            for measure in group.measures {
                var row: [Table.Cell] =
                    isPlan
                    ? [
                        .text(
                            dimensions.first { $0.dimension?.code == group.dimension?.code }?.title
                                ?? PlanReport.unassignedDimension)
                    ] : []
                row += [
                    .text(group.title), .text(measure.id), .text(measure.title), .text(measure.owner),
                    .text(measure.timeframe), .text(measure.kpi),
                ]
                if isPlan {
                    row += budgetYears.map { year in .money(measure.budgets.first { $0.fiscalYear == year }?.amount) }
                }
                if let progress = measure.progress {
                    row += [
                        .text(machine ? progress.status.rawValue : progress.status.label.th),
                        .integer(progress.overdueDays), .text(progress.result),
                    ]
                }
                table.append(row)
            }
        }
        return [ReportTable(title: header.title.th, table: table)]
    }
}

extension AuditFollowUpReport {
    func view(_ text: ThaiText) -> [String: Any] {
        var view: [String: Any] = [
            "rows": rows.map { row -> [String: Any] in
                var entry = LineView.make(row.line, text: text)
                entry["findingID"] = CodedText.code(row.findingID)
                entry["findingTitle"] = row.findingTitle
                entry["subject"] = CodedText.code(row.subject)
                entry["condition"] = row.condition
                if let response = row.managementResponse { entry["response"] = response }
                return entry
            },
            "hasRows": !rows.isEmpty, "counts": LineView.counts(counts),
        ]
        if let plan {
            var entry: [String: Any] = [
                "status": plan.status, "entries": String(plan.entries), "planned": String(plan.planned),
                "inProgress": String(plan.inProgress), "closed": String(plan.closed), "behind": String(plan.behind),
                "hasBehind": plan.behind > 0,
            ]
            if let approved = plan.approvedOn { entry["approvedOn"] = text.long(approved) }
            view["plan"] = entry
        }
        return view
    }

    /// The register in the shape Thai audit units file it, for the terminal of both `report audit` and `audit
    /// plan export --follow-up`: a numbered row per recommendation, Thai headers, and a note column saying how
    /// many days a recommendation was overdue on the judging day. For scripts (CSV, `machine`) the same rows
    /// under stable keys with typed values: ISO days, status codes beside their Thai labels, numbers, null.
    func tables(_ text: ThaiText, machine: Bool) -> [ReportTable] {
        let title = "ทะเบียนติดตามผลการปฏิบัติตามข้อเสนอแนะของผู้ตรวจสอบภายใน"
        if machine { return [ReportTable(title: title, table: machineTable)] }
        var table = Table(columns: [
            Table.Column("ลำดับ", alignment: .trailing), Table.Column("ข้อตรวจพบ", maxWidth: 36),
            Table.Column("หน่วยรับตรวจ/เรื่องที่ตรวจสอบ", maxWidth: 28), Table.Column("ข้อเสนอแนะ", maxWidth: 40),
            Table.Column("คำชี้แจงของฝ่ายบริหาร", maxWidth: 28), Table.Column("ผู้รับผิดชอบ", maxWidth: 28),
            Table.Column("กำหนดแล้วเสร็จ"), Table.Column("สถานะ"), Table.Column("ติดตามล่าสุด"),
            Table.Column("หมายเหตุ", maxWidth: 40),
        ])
        for (index, row) in rows.enumerated() {
            let line = row.line
            let overdue = line.overdueDays.map { ["เกินกำหนด \($0) วัน"] } ?? []
            let lastRound = row.followUpRound.map { "ครั้งที่ \($0) \(text.medium(line.reportedOn))" }
            table.append([
                String(index + 1), "\(line.id) \(row.findingTitle)", row.subjectTitle, line.title,
                row.managementResponse ?? "ยังไม่ได้รับคำชี้แจง", line.owner, text.medium(line.due),
                line.status.label.th, lastRound ?? "-", (overdue + row.roundNotes).joined(separator: " · "),
            ])
        }
        return [ReportTable(title: title, table: table)]
    }

    /// The register for scripts and spreadsheets: one row per recommendation under stable keys.
    private var machineTable: Table {
        var table = Table(
            columns: [
                "number", "recommendation_id", "finding_id", "finding_title", "subject", "subject_title",
                "recommendation", "management_response", "owner", "due", "status", "status_th", "follow_up_round",
                "reported_on", "overdue_days", "notes",
            ].map { Table.Column($0) })
        for (index, row) in rows.enumerated() {
            let line = row.line
            table.append([
                .integer(index + 1), .text(line.id), .text(row.findingID), .text(row.findingTitle), .text(row.subject),
                .text(row.subjectTitle), .text(line.title), .text(row.managementResponse), .text(line.owner),
                .date(line.due, shown: ""), .text(line.status.rawValue), .text(line.status.label.th),
                .integer(row.followUpRound), .date(row.followUpRound == nil ? nil : line.reportedOn, shown: ""),
                .integer(line.overdueDays),
                .text(row.roundNotes.isEmpty ? nil : row.roundNotes.joined(separator: " · ")),
            ])
        }
        return table
    }
}
