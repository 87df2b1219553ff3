import Presentation
import Sujarit

extension AuditAnnualReport {
    /// The values the `audit-annual` templates read.
    func view(_ text: ThaiText) -> [String: Any] {
        var view: [String: Any] = [
            "planStatus": planStatus.label.th, "hasPlan": planStatus != .none, "capacity": String(capacity),
            "entries": String(engagements.count),
            "closed": String(engagements.filter { $0.stage == .closed }.count),
            "inProgress": String(engagements.filter { $0.stage == .inProgress }.count),
            "planned": String(engagements.filter { $0.stage == .planned }.count),
            "behind": String(engagements.filter(\.isBehind).count),
            "hasBehind": engagements.contains(where: \.isBehind),
            "percentClosed": String(percentClosed), "plannedPersonDays": String(plannedPersonDays),
            "actualPersonDays": String(actualPersonDays),
            "engagements": engagements.map { engagement -> [String: Any] in
                [
                    "order": String(engagement.order), "subject": CodedText.code(engagement.subject),
                    "title": engagement.title,
                    "risk": engagement.risk.label.th, "period": engagement.period, "stage": engagement.stage.label.th,
                    "stageClass": engagement.stage == .closed
                        ? "done" : engagement.stage == .inProgress ? "in-progress" : "not-started",
                    "startedOn": text.medium(engagement.startedOn), "closedOn": text.medium(engagement.closedOn),
                    "plannedPersonDays": String(engagement.plannedPersonDays),
                    "actualPersonDays": String(engagement.actualPersonDays), "findings": String(engagement.findings),
                    "recommendations": String(engagement.recommendations), "isBehind": engagement.isBehind,
                ]
            },
            "hasEngagements": !engagements.isEmpty,
            "byRisk": byRisk.map { group -> [String: Any] in
                [
                    "risk": group.risk.label.th, "entries": String(group.entries), "closed": String(group.closed),
                    "findings": String(group.findings), "recommendations": String(group.recommendations),
                ]
            },
            "hasRisk": !byRisk.isEmpty,
            "counts": LineView.counts(recommendations), "carriedOver": String(carriedOver),
            "hasCarriedOver": carriedOver > 0,
            "overdue": overdue.map { LineView.make($0, text: text) }, "hasOverdue": !overdue.isEmpty,
        ]
        if let approvedOn { view["approvedOn"] = text.long(approvedOn) }
        return view
    }

    /// The plan's entries with what became of them (the CSV), findings by risk, and the overdue recommendations.
    func tables(_ text: ThaiText, machine: Bool) -> [ReportTable] {
        func day(_ value: CalendarDate?) -> String { machine ? (value?.formatted(.iso) ?? "") : text.medium(value) }
        var plan = Table(columns: [
            .column("ลำดับ", "order", .trailing), .column("เรื่องที่ตรวจสอบ", "title", max: 36),
            .column("รหัส", "subject"), .column("ระดับความเสี่ยง", "risk"), .column("ระยะเวลา", "period", max: 20),
            .column("สถานะ", "stage"), .column("เริ่ม", "started_on"), .column("เสร็จ", "closed_on"),
            .column("วัน-คน (แผน)", "planned_person_days", .trailing),
            .column("วัน-คน (จริง)", "actual_person_days", .trailing), .column("ข้อตรวจพบ", "findings", .trailing),
            .column("ข้อเสนอแนะ", "recommendations", .trailing), .column("ล่าช้ากว่าแผน", "behind"),
        ])
        for row in engagements {
            plan.append([
                String(row.order), row.title, row.subject, machine ? row.risk.key : row.risk.label.th, row.period,
                machine ? row.stage.rawValue : row.stage.label.th, day(row.startedOn), day(row.closedOn),
                String(row.plannedPersonDays), String(row.actualPersonDays), String(row.findings),
                String(row.recommendations), row.isBehind ? (machine ? "yes" : "ล่าช้า") : "",
            ])
        }
        plan.append([
            "", machine ? "total" : "รวม", "", "", "", "", "", "", String(plannedPersonDays), String(actualPersonDays),
            String(engagements.reduce(0) { $0 + $1.findings }),
            String(engagements.reduce(0) { $0 + $1.recommendations }), "",
        ])
        var risks = Table(columns: [
            .column("ระดับความเสี่ยง", "risk"), .column("เรื่องตามแผน", "entries", .trailing),
            .column("ตรวจเสร็จ", "closed", .trailing), .column("ข้อตรวจพบ", "findings", .trailing),
            .column("ข้อเสนอแนะ", "recommendations", .trailing),
        ])
        for group in byRisk {
            risks.append([
                machine ? group.risk.key : group.risk.label.th, String(group.entries), String(group.closed),
                String(group.findings), String(group.recommendations),
            ])
        }
        var follow = Table(columns: [
            .column("สถานะ", "status"), .column("จำนวน", "count", .trailing),
        ])
        for status in ProgressStatus.allCases {
            follow.append([machine ? status.rawValue : status.label.th, String(recommendations[status])])
        }
        follow.append([machine ? "overdue" : "เกินกำหนด", String(recommendations.overdue)])
        follow.append([machine ? "carried-over" : "ยกมาจากปีก่อน", String(carriedOver)])
        follow.append([machine ? "total" : "รวม", String(recommendations.total)])
        return [
            ReportTable(title: "ผลการปฏิบัติงานเทียบกับแผน", table: plan),
            ReportTable(title: "ข้อตรวจพบจำแนกตามระดับความเสี่ยง", table: risks),
            ReportTable(title: "สถานะข้อเสนอแนะ", table: follow),
            ReportTable(title: "ข้อเสนอแนะที่เกินกำหนด", table: LineView.table(overdue, text: text, machine: machine)),
        ]
    }
}
