import Presentation
import Sujarit

/// A follow-up line as templates and tables print it.
enum LineView {
    static func make(_ line: FollowUpLine, text: ThaiText) -> [String: Any] {
        var view: [String: Any] = [
            "id": CodedText.code(line.id),
            "kind": line.kind.label.th,
            "title": line.title,
            "owner": line.owner,
            "due": due(line, text: text),
            "status": line.status.label.th,
            "statusClass": line.status.rawValue,
            "links": CodedText.codes(line.links),
            "isOverdue": line.isOverdue,
        ]
        if !line.evidence.isEmpty { view["evidence"] = line.evidence.joined(separator: "; ") }
        if let department = line.departmentName { view["department"] = department }
        if let day = line.reportedOn { view["reportedOn"] = text.medium(day) }
        if let result = line.result { view["result"] = result }
        if let problems = line.problems { view["problems"] = problems }
        if let days = line.overdueDays { view["overdueText"] = "เกินกำหนด \(days) วัน" }
        return view
    }

    /// The due day, or the timeframe as written when there is no day.
    static func due(_ line: FollowUpLine, text: ThaiText) -> String {
        if let timeframe = line.timeframe, line.due == nil || timeframe.contains("ตลอด") { return timeframe }
        return text.medium(line.due)
    }

    /// Counts by status as figures.
    static func counts(_ counts: StatusCounts) -> [String: Any] {
        [
            "total": String(counts.total), "done": String(counts.done), "inProgress": String(counts.inProgress),
            "notStarted": String(counts.notStarted), "riskAccepted": String(counts.riskAccepted),
            "overdue": String(counts.overdue),
            "percentDone": String(counts.percentDone), "hasRiskAccepted": counts.riskAccepted > 0,
            "hasOverdue": counts.overdue > 0,
        ]
    }

    /// The follow-up table for the terminal and CSV.
    static func table(_ lines: [FollowUpLine], text: ThaiText, machine: Bool) -> Table {
        var table = Table(columns: [
            .column("รหัส", "id"), .column("ประเภท", "kind"), .column("มาตรการ/ข้อเสนอแนะ", "title", max: 44),
            .column("ผู้รับผิดชอบ", "owner", max: 28), .column("กำหนด", "due"), .column("สถานะ", "status"),
            .column("เกินกำหนด (วัน)", "overdue_days", .trailing), .column("ผลการดำเนินงาน", "result", max: 40),
            .column("ปัญหาอุปสรรค", "problems", max: 30), .column("หลักฐาน", "evidence", max: 24),
        ])
        for line in lines {
            let kind: String = machine ? line.kind.rawValue : line.kind.label.th
            let dueText: String = machine ? (line.due?.formatted(.iso) ?? line.timeframe ?? "") : due(line, text: text)
            let status: String = machine ? line.status.rawValue : line.status.label.th
            let overdue: String = line.overdueDays.map { String($0) } ?? ""
            let cells: [String] = [
                line.id, kind, line.title, line.owner, dueText, status, overdue,
                line.result ?? "", line.problems ?? "", line.evidence.joined(separator: "; "),
            ]
            table.append(cells)
        }
        return table
    }
}

extension FollowUpReport {
    func view(_ text: ThaiText) -> [String: Any] {
        [
            "counts": LineView.counts(counts),
            "groups": byKind.map { group -> [String: Any] in
                [
                    "kind": group.kind.label.th,
                    "counts": LineView.counts(group.counts),
                    "lines": lines.filter { $0.kind == group.kind }.map { LineView.make($0, text: text) },
                ]
            },
            "hasLines": !lines.isEmpty,
        ]
    }

    func tables(_ text: ThaiText, machine: Bool) -> [ReportTable] {
        var summary = Table(columns: [
            .column("ประเภท", "kind"), .column("ทั้งหมด", "total", .trailing), .column("แล้วเสร็จ", "done", .trailing),
            .column("ระหว่างดำเนินการ", "in_progress", .trailing), .column("ยังไม่ดำเนินการ", "not_started", .trailing),
            .column("เกินกำหนด", "overdue", .trailing),
        ])
        func row(_ label: String, _ c: StatusCounts) -> [Table.Cell] {
            [
                .text(label), .integer(c.total), .integer(c.done), .integer(c.inProgress), .integer(c.notStarted),
                .integer(c.overdue),
            ]
        }
        for group in byKind { summary.append(row(machine ? group.kind.rawValue : group.kind.label.th, group.counts)) }
        summary.append(row(machine ? "total" : "รวม", counts))
        return [
            ReportTable(title: "รายการติดตาม", table: LineView.table(lines, text: text, machine: machine)),
            ReportTable(title: "สรุปตามสถานะ", table: summary),
        ]
    }
}
