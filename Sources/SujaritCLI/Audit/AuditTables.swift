import Agency
import AuditPlans
import Presentation
import Reporting
import Sujarit

/// The tables the audit commands and the demo print.
enum AuditTables {
    /// `plan draft`: the ranking with each subject's place, whether it made the plan, and why.
    static func ranking(_ drafted: AuditPlanDrafted, format: OutputFormat) -> Table {
        var table = Table(columns: [
            .init("#", key: "rank", alignment: .trailing), .init("รหัส Subject", key: "subject"),
            .init("หน่วยรับตรวจ/เรื่อง Title", key: "title", maxWidth: 38), .init("ระดับ Risk", key: "risk_level"),
            .init("วัน-คน Days", key: "person_days", alignment: .trailing), .init("แผน Plan", key: "plan"),
            .init("เหตุผล Reasons", key: "reasons", maxWidth: 78),
        ])
        let machine = format == .json || format == .csv
        var rows: [(Int, [String])] = drafted.entries.map { entry in
            (
                entry.basis.position,
                [
                    String(entry.basis.position), entry.subject, entry.title, level(entry.basis.level, format),
                    String(entry.personDays), machine ? entry.period.code : entry.period.thai(in: drafted.fiscalYear),
                    entry.basis.reasons.joined(separator: "; "),
                ]
            )
        }
        rows += drafted.deferred.map { deferred in
            (
                deferred.basis.position,
                [
                    String(deferred.basis.position), deferred.subject, deferred.title,
                    level(deferred.basis.level, format),
                    String(deferred.personDays), machine ? "deferred" : "เลื่อน (เหลือ \(deferred.remaining))",
                    deferred.basis.reasons.joined(separator: "; "),
                ]
            )
        }
        for (_, cells) in rows.sorted(by: { $0.0 < $1.0 }) { table.append(cells) }
        return table
    }

    /// `plan show`: the entries in printed order; with `full`, objective, scope and method too.
    static func plan(
        _ plan: AuditPlan, directory: AgencyDirectory, format: OutputFormat, full: Bool, reasons: Bool
    ) -> Table {
        var columns: [Table.Column] = [
            .init("ลำดับ", key: "order", alignment: .trailing), .init("รหัส Subject", key: "subject"),
            .init("หน่วยรับตรวจ/เรื่องที่ตรวจสอบ", key: "title", maxWidth: full ? 30 : 44),
            .init("ระดับความเสี่ยง", key: "risk_level"),
        ]
        if full {
            columns += [
                .init("วัตถุประสงค์", key: "objective", maxWidth: 40), .init("ขอบเขต", key: "scope", maxWidth: 30),
                .init("วิธีการ", key: "method", maxWidth: 30),
            ]
        }
        columns += [
            .init("ระยะเวลา", key: "period"), .init("ผู้รับผิดชอบ", key: "auditor"),
            .init("วัน-คน", key: "person_days", alignment: .trailing),
        ]
        if reasons { columns.append(.init("เหตุผล Reasons", key: "reasons", maxWidth: 70)) }
        var table = Table(columns: columns)
        let machine = format == .json || format == .csv
        for (index, entry) in plan.entries.enumerated() {
            var cells = [String(index + 1), entry.subject, entry.title, level(entry.basis.level, format)]
            if full { cells += [entry.objective, entry.scope, entry.method] }
            cells += [
                machine ? entry.period.code : entry.period.thai(in: plan.fiscalYear),
                AuditInput.person(entry.auditor, directory, format), String(entry.personDays),
            ]
            if reasons { cells.append(entry.basis.reasons.joined(separator: "; ")) }
            table.append(cells)
        }
        return table
    }

    /// `plan show --strategic`: the three years, a tick per year planned.
    static func strategic(_ plan: StrategicPlan, format: OutputFormat) -> Table {
        var table = Table(
            columns: [
                .init("#", key: "rank", alignment: .trailing), .init("รหัส Subject", key: "subject"),
                .init("หน่วยรับตรวจ/เรื่อง Title", key: "title", maxWidth: 44), .init("ระดับ Risk", key: "risk_level"),
            ] + plan.years.map { .init(String($0.be), key: "fy\($0.be)", alignment: .center) } + [
                .init("วัน-คน Days", key: "person_days", alignment: .trailing)
            ])
        let mark = format == .json || format == .csv ? "1" : "✓"
        for (index, row) in plan.rows.enumerated() {
            table.append(
                [String(index + 1), row.subject, row.title, level(row.level, format)]
                    + plan.years.map { row.years.contains($0) ? mark : "" } + [String(row.personDays)])
        }
        if format == .table || format == .markdown {
            table.append(
                ["", "", "รวม Total (capacity \(plan.capacity))", ""] + plan.years.map { String(plan.load($0)) } + [""])
        }
        return table
    }

    /// `status`: each entry's engagement.
    static func engagements(_ status: AuditYearStatus, directory: AgencyDirectory, format: OutputFormat) -> Table {
        var table = Table(columns: [
            .init("ลำดับ", key: "order", alignment: .trailing), .init("รหัส Subject", key: "subject"),
            .init("หน่วยรับตรวจ/เรื่อง Title", key: "title", maxWidth: 40), .init("ระยะเวลา Period", key: "period"),
            .init("สถานะ Stage", key: "stage"), .init("เริ่ม Started", key: "started_on"),
            .init("เสร็จ Closed", key: "closed_on"),
            .init("ข้อตรวจพบ Findings", key: "findings", alignment: .trailing),
        ])
        let machine = format == .json || format == .csv
        for (index, progress) in status.entries.enumerated() {
            var stage = machine ? progress.stage.rawValue : progress.stage.label.th
            if progress.isBehind { stage += machine ? " (behind)" : " (ล่าช้า)" }
            table.append([
                String(index + 1), progress.entry.subject, progress.entry.title,
                machine ? progress.entry.period.code : progress.entry.period.thai(in: status.plan.fiscalYear), stage,
                day(progress.startedOn, format), day(progress.closedOn, format), String(progress.findings),
            ])
        }
        return table
    }

    /// The follow-up register on `asOf`.
    static func followUps(
        _ items: [FollowUpItem], asOf: CalendarDate, directory: AgencyDirectory, format: OutputFormat,
        style: TerminalStyle
    ) -> Table {
        var table = Table(columns: [
            .init("ข้อเสนอแนะ Ref", key: "recommendation"), .init("รหัส Subject", key: "subject"),
            .init("ข้อตรวจพบ Finding", key: "finding", maxWidth: 34),
            .init("ข้อเสนอแนะ Recommendation", key: "text", maxWidth: 40),
            .init("ผู้รับผิดชอบ Owner", key: "owner"), .init("กำหนด Due", key: "due"), .init("สถานะ Status", key: "status"),
            .init("ครั้ง Rounds", key: "rounds", alignment: .trailing), .init("หมายเหตุ Note", key: "note", maxWidth: 40),
        ])
        let machine = format == .json || format == .csv
        for item in items {
            var status = machine ? item.status.rawValue : item.status.label.th
            if item.isOverdue(asOf: asOf) {
                status =
                    machine
                    ? status + " (overdue)"
                    : style.paint(status + " — เกินกำหนด \(item.daysOverdue(asOf: asOf)) วัน", .red)
            }
            table.append([
                item.ref.description, item.finding.subject, item.finding.title, item.recommendation.text,
                AuditInput.person(item.recommendation.actionOwner, directory, format),
                day(item.recommendation.due, format), status,
                String(item.rounds), AuditFollowUpReport.roundNotes(item.lastRound).joined(separator: " · "),
            ])
        }
        return table
    }

    /// A risk level: the Thai name for people, the key for scripts.
    static func level(_ level: AuditRiskLevel, _ format: OutputFormat) -> String {
        format == .json || format == .csv ? level.key : level.label.th
    }

    /// A day: BE for people, ISO for scripts; blank when absent.
    static func day(_ date: CalendarDate?, _ format: OutputFormat) -> String {
        guard let date else { return "" }
        return format == .json || format == .csv ? date.description : date.formatted(.thaiMedium)
    }
}
