import Agency
import AuditPlans
import Presentation
import Reporting
import Sujarit

/// The tables the audit commands and the demo print.
///
/// People read Thai labels, Buddhist-era days and names; scripts (`--format json|csv`) read codes with their
/// Thai labels in fields of their own, numbers as numbers, ISO days and null for what is not there, under the
/// snake_case keys of `Docs/schemas/audit-*.schema.json`.
enum AuditTables {
    /// `plan draft`: the ranking with each subject's place, whether it made the plan, and why.
    static func ranking(_ drafted: AuditPlanDrafted, format: OutputFormat) -> Table {
        let machine = isMachine(format)
        var table = Table(
            columns: [
                .init("#", key: "rank", alignment: .trailing), .init("รหัส Subject", key: "subject"),
                .init("หน่วยรับตรวจ/เรื่อง Title", key: "title", maxWidth: 38), .init("ระดับ Risk", key: "risk_level"),
            ] + (machine ? [.init("risk_level_th")] : []) + [
                .init("วัน-คน Days", key: "person_days", alignment: .trailing), .init("แผน Plan", key: "plan"),
            ] + (machine ? [.init("plan_th"), .init("remaining")] : []) + [
                .init("เหตุผล Reasons", key: "reasons", maxWidth: 78)
            ])
        var rows: [(Int, [Table.Cell])] = drafted.entries.map { entry in
            let plan: [Table.Cell] =
                machine
                ? [.text(entry.period.code), .text(entry.period.thai(in: drafted.fiscalYear)), .missing]
                : [.text(entry.period.thai(in: drafted.fiscalYear))]
            return (
                entry.basis.position,
                [.integer(entry.basis.position), .text(entry.subject), .text(entry.title)]
                    + level(entry.basis.level, machine) + [.integer(entry.personDays)] + plan
                    + [.text(entry.basis.reasons.joined(separator: "; "))]
            )
        }
        rows += drafted.deferred.map { deferred in
            let plan: [Table.Cell] =
                machine
                ? [.text("deferred"), .text("เลื่อน"), .integer(deferred.remaining)]
                : [.text("เลื่อน (เหลือ \(deferred.remaining))")]
            return (
                deferred.basis.position,
                [.integer(deferred.basis.position), .text(deferred.subject), .text(deferred.title)]
                    + level(deferred.basis.level, machine) + [.integer(deferred.personDays)] + plan
                    + [.text(deferred.basis.reasons.joined(separator: "; "))]
            )
        }
        for (_, cells) in rows.sorted(by: { $0.0 < $1.0 }) { table.append(cells) }
        return table
    }

    /// `plan show`: the entries in printed order; with `full`, objective, scope and method too. Scripts get
    /// every field whatever `full` and `reasons` say.
    static func plan(
        _ plan: AuditPlan, directory: AgencyDirectory, format: OutputFormat, full: Bool, reasons: Bool
    ) -> Table {
        let machine = isMachine(format)
        let full = full || machine, reasons = reasons || machine
        var columns: [Table.Column] = [
            .init("ลำดับ", key: "order", alignment: .trailing), .init("รหัส Subject", key: "subject"),
            .init("หน่วยรับตรวจ/เรื่องที่ตรวจสอบ", key: "title", maxWidth: full ? 30 : 44),
        ]
        if machine { columns.append(.init("department")) }
        columns.append(.init("ระดับความเสี่ยง", key: "risk_level"))
        if machine { columns.append(.init("risk_level_th")) }
        if full {
            columns += [
                .init("วัตถุประสงค์", key: "objective", maxWidth: 40), .init("ขอบเขต", key: "scope", maxWidth: 30),
                .init("วิธีการ", key: "method", maxWidth: 30),
            ]
        }
        columns.append(.init("ระยะเวลา", key: "period"))
        if machine { columns.append(.init("period_th")) }
        columns += [
            .init("ผู้รับผิดชอบ", key: "auditor"), .init("วัน-คน", key: "person_days", alignment: .trailing),
        ]
        if reasons { columns.append(.init("เหตุผล Reasons", key: "reasons", maxWidth: 70)) }
        var table = Table(columns: columns)
        for (index, entry) in plan.entries.enumerated() {
            var cells: [Table.Cell] = [.integer(index + 1), .text(entry.subject), .text(entry.title)]
            if machine { cells.append(.text(entry.department)) }
            cells += level(entry.basis.level, machine)
            if full { cells += [.text(entry.objective), .text(entry.scope), .text(entry.method)] }
            cells +=
                machine
                ? [.text(entry.period.code), .text(entry.period.thai(in: plan.fiscalYear)), .text(entry.auditor)]
                : [
                    .text(entry.period.thai(in: plan.fiscalYear)),
                    .text(AuditInput.person(entry.auditor, directory, format)),
                ]
            cells.append(.integer(entry.personDays))
            if reasons { cells.append(.text(entry.basis.reasons.joined(separator: "; "))) }
            table.append(cells)
        }
        return table
    }

    /// `plan show --strategic`: the three years, a tick per year planned (`true`/`false` for scripts, under
    /// the keys `fy2568`…).
    static func strategic(_ plan: StrategicPlan, format: OutputFormat) -> Table {
        let machine = isMachine(format)
        var table = Table(
            columns: [
                .init("#", key: "rank", alignment: .trailing), .init("รหัส Subject", key: "subject"),
                .init("หน่วยรับตรวจ/เรื่อง Title", key: "title", maxWidth: 44), .init("ระดับ Risk", key: "risk_level"),
            ] + (machine ? [.init("risk_level_th")] : [])
                + plan.years.map { .init(String($0.be), key: "fy\($0.be)", alignment: .center) } + [
                    .init("วัน-คน Days", key: "person_days", alignment: .trailing)
                ])
        for (index, row) in plan.rows.enumerated() {
            table.append(
                [.integer(index + 1), .text(row.subject), .text(row.title)] + level(row.level, machine)
                    + plan.years.map { year in .bool(row.years.contains(year), yes: "✓", no: "") }
                    + [.integer(row.personDays)])
        }
        if !machine {
            table.append(
                ["", "", "รวม Total (capacity \(plan.capacity))", ""] + plan.years.map { .integer(plan.load($0)) } + [
                    ""
                ])
        }
        return table
    }

    /// `status`: each entry's engagement.
    static func engagements(_ status: AuditYearStatus, directory: AgencyDirectory, format: OutputFormat) -> Table {
        let machine = isMachine(format)
        var table = Table(
            columns: [
                .init("ลำดับ", key: "order", alignment: .trailing), .init("รหัส Subject", key: "subject"),
                .init("หน่วยรับตรวจ/เรื่อง Title", key: "title", maxWidth: 40), .init("ระยะเวลา Period", key: "period"),
            ] + (machine ? [.init("period_th")] : []) + [.init("สถานะ Stage", key: "stage")]
                + (machine ? [.init("stage_th"), .init("behind")] : []) + [
                    .init("เริ่ม Started", key: "started_on"), .init("เสร็จ Closed", key: "closed_on"),
                    .init("ข้อตรวจพบ Findings", key: "findings", alignment: .trailing),
                ])
        for (index, progress) in status.entries.enumerated() {
            let period = progress.entry.period.thai(in: status.plan.fiscalYear)
            let stage: [Table.Cell] =
                machine
                ? [
                    .text(progress.entry.period.code), .text(period), .text(progress.stage.rawValue),
                    .text(progress.stage.label.th), .bool(progress.isBehind),
                ]
                : [.text(period), .text(progress.stage.label.th + (progress.isBehind ? " (ล่าช้า)" : ""))]
            table.append(
                [.integer(index + 1), .text(progress.entry.subject), .text(progress.entry.title)] + stage + [
                    day(progress.startedOn), day(progress.closedOn), .integer(progress.findings),
                ])
        }
        return table
    }

    /// The follow-up register on `asOf`.
    static func followUps(
        _ items: [FollowUpItem], asOf: CalendarDate, directory: AgencyDirectory, format: OutputFormat,
        style: TerminalStyle
    ) -> Table {
        let machine = isMachine(format)
        var table = Table(
            columns: [
                .init("ข้อเสนอแนะ Ref", key: "recommendation"), .init("รหัส Subject", key: "subject"),
                .init("ข้อตรวจพบ Finding", key: "finding", maxWidth: 34),
                .init("ข้อเสนอแนะ Recommendation", key: "text", maxWidth: 40),
                .init("ผู้รับผิดชอบ Owner", key: "owner"), .init("กำหนด Due", key: "due"),
                .init("สถานะ Status", key: "status"),
            ] + (machine ? [.init("status_th"), .init("overdue"), .init("days_overdue")] : []) + [
                .init("ครั้ง Rounds", key: "rounds", alignment: .trailing),
                .init("หมายเหตุ Note", key: "note", maxWidth: 40),
            ])
        for item in items {
            let overdue = item.isOverdue(asOf: asOf)
            let status: [Table.Cell] =
                machine
                ? [
                    .text(item.status.rawValue), .text(item.status.label.th), .bool(overdue),
                    .integer(overdue ? item.daysOverdue(asOf: asOf) : 0),
                ]
                : [
                    .text(
                        overdue
                            ? style.paint(
                                item.status.label.th + " — เกินกำหนด \(item.daysOverdue(asOf: asOf)) วัน", .red)
                            : item.status.label.th)
                ]
            let note = AuditFollowUpReport.roundNotes(item.lastRound).joined(separator: " · ")
            table.append(
                [
                    .text(item.ref.description), .text(item.finding.subject), .text(item.finding.title),
                    .text(item.recommendation.text),
                    .text(
                        machine
                            ? item.recommendation.actionOwner
                            : AuditInput.person(item.recommendation.actionOwner, directory, format)),
                    day(item.recommendation.due),
                ] + status + [.integer(item.rounds), .text(note.isEmpty && machine ? nil : note)])
        }
        return table
    }

    /// A risk level: the Thai name for people; its key and Thai name, in two fields, for scripts.
    static func level(_ level: AuditRiskLevel, _ machine: Bool) -> [Table.Cell] {
        machine ? [.text(level.key), .text(level.label.th)] : [.text(level.label.th)]
    }

    /// A day: BE for people, ISO for scripts; `-` on the terminal and null for scripts when absent.
    static func day(_ date: CalendarDate?) -> Table.Cell {
        .date(date, shown: date?.formatted(.thaiMedium) ?? "")
    }

    /// Whether `format` is read by a script rather than a person.
    static func isMachine(_ format: OutputFormat) -> Bool { format == .json || format == .csv }
}
