import Agency
import Sujarit

/// The audit unit's documents in the shape Thai audit units file them.
public enum AuditDocuments {
    /// The plan's columns, in the order audit units print them.
    public static let planColumns = [
        ReportColumn("ลำดับ", alignment: .center, weight: 3),
        ReportColumn("หน่วยรับตรวจ/เรื่องที่ตรวจสอบ", weight: 11),
        ReportColumn("ระดับความเสี่ยง", alignment: .center, weight: 6),
        ReportColumn("วัตถุประสงค์", weight: 15),
        ReportColumn("ขอบเขต", weight: 12),
        ReportColumn("วิธีการ", weight: 13),
        ReportColumn("ระยะเวลา", weight: 8),
        ReportColumn("ผู้รับผิดชอบ", weight: 8),
        ReportColumn("จำนวนวัน-คน", alignment: .trailing, weight: 6),
    ]

    /// The annual plan (แผนการตรวจสอบประจำปี). A draft prints with ร่าง in its title and blank signatures, so
    /// it can go to the head of agency for signing; an approved plan prints who approved it and when, and
    /// lists its amendments.
    public static func plan(_ plan: AuditPlan, agency: String?, directory: AgencyDirectory) -> ReportDocument {
        let year = plan.fiscalYear
        var table = ReportTable(columns: planColumns)
        for (index, entry) in plan.entries.enumerated() {
            table.rows.append([
                String(index + 1), entry.title, entry.basis.level.label.th, entry.objective, entry.scope, entry.method,
                entry.period.thai(in: year), entry.auditor.map { directory.member($0)?.name ?? $0 } ?? "-", String(entry.personDays),
            ])
        }
        table.totals = ["", "รวม \(plan.entries.count) เรื่อง", "", "", "", "", "", "", String(plan.totalPersonDays)]

        var subtitle = [agency, "\(year.thaiLabel) (\(year.start.formatted(.thaiMedium)) – \(year.end.formatted(.thaiMedium)))"].compactMap { $0 }
        subtitle.append("กำลังคนของหน่วยตรวจสอบภายใน \(plan.capacity) วัน-คน · วางแผนไว้ \(plan.totalPersonDays) วัน-คน")
        var signatures: [ReportSignature]
        let preparer = directory.members(with: .auditor).first
        if let approval = plan.approval {
            subtitle.append("อนุมัติโดย \(approval.approverName) \(approval.approverPosition) เมื่อ \(approval.approvedOn.formatted(.thaiLong))")
            signatures = [
                ReportSignature(role: "ผู้จัดทำ", name: preparer?.name, position: preparer?.position),
                ReportSignature(role: "ผู้อนุมัติ", name: approval.approverName, position: approval.approverPosition, date: approval.approvedOn),
            ]
        } else {
            subtitle.append("ร่าง — ยังไม่ได้รับอนุมัติ (DRAFT, not approved)")
            signatures = [ReportSignature(role: "ผู้จัดทำ", name: preparer?.name, position: preparer?.position), ReportSignature(role: "ผู้อนุมัติ")]
        }
        var notes: [String] = []
        for correction in plan.approvalCorrections {
            notes.append("แก้ไขวันที่อนุมัติแผนจาก \(correction.previousOn.formatted(.thaiMedium)) เป็น \(correction.approvedOn.formatted(.thaiMedium)) (บันทึกคลาดเคลื่อน): \(correction.reason)")
        }
        for amendment in plan.amendments {
            let approver = directory.member(amendment.approvedBy)?.name ?? amendment.approvedBy
            let what = amendment.changes.map { "\(changeLabel($0.action)) \($0.entry.title)" }.joined(separator: "; ")
            notes.append("แก้ไขแผนครั้งที่ \(amendment.number) เมื่อ \(amendment.approvedOn.formatted(.thaiMedium)) อนุมัติโดย \(approver): \(amendment.reason)" + (what.isEmpty ? "" : " (\(what))"))
        }
        notes.append("ระดับความเสี่ยงและลำดับความสำคัญมาจากการประเมินความเสี่ยงของหน่วยรับตรวจ (risk-based audit plan) ตามมาตรฐานการตรวจสอบภายในของกระทรวงการคลัง")
        return ReportDocument(
            title: "แผนการตรวจสอบภายใน ประจำ\(year.thaiLabel)" + (plan.approval == nil ? " (ร่าง)" : ""),
            subtitle: subtitle, tables: [table], notes: notes, signatures: signatures, orientation: .landscape,
            footer: "จัดทำด้วยโปรแกรมสุจริต (Sujarit) จากทะเบียนที่บันทึกเหตุการณ์ทุกการเปลี่ยนแปลง"
        )
    }

    /// The follow-up register's columns.
    public static let followUpColumns = [
        ReportColumn("ลำดับ", alignment: .center, weight: 4),
        ReportColumn("ข้อตรวจพบ", weight: 10),
        ReportColumn("หน่วยรับตรวจ/เรื่องที่ตรวจสอบ", weight: 10),
        ReportColumn("ข้อเสนอแนะ", weight: 12),
        ReportColumn("คำชี้แจงของฝ่ายบริหาร", weight: 10),
        ReportColumn("ผู้รับผิดชอบ", weight: 8),
        ReportColumn("กำหนดแล้วเสร็จ", alignment: .center, weight: 7),
        ReportColumn("สถานะ", weight: 8),
        ReportColumn("ติดตามล่าสุด", alignment: .center, weight: 7),
        ReportColumn("หมายเหตุ", weight: 10),
    ]

    /// The follow-up register (ทะเบียนติดตามผลการปฏิบัติตามข้อเสนอแนะ) as of a day: every recommendation with
    /// its status, overdue ones marked.
    public static func followUp(
        _ items: [FollowUpItem], asOf: CalendarDate, year: FiscalYear?, agency: String?, subjectTitles: [String: String], directory: AgencyDirectory
    ) -> ReportDocument {
        var table = ReportTable(columns: followUpColumns)
        for (index, item) in items.enumerated() {
            table.rows.append([
                String(index + 1), "\(item.ref) \(item.finding.title)", subjectTitles[item.finding.subject] ?? item.finding.subject,
                item.recommendation.text, item.recommendation.managementResponse ?? "ยังไม่ได้รับคำชี้แจง",
                directory.member(item.recommendation.actionOwner)?.name ?? item.recommendation.actionOwner,
                item.recommendation.due.formatted(.thaiMedium), item.status.label.th,
                item.lastRound.map { "ครั้งที่ \($0.round) \($0.on.formatted(.thaiMedium))" } ?? "-", remark(item, asOf: asOf),
            ])
        }
        let overdue = items.filter { $0.isOverdue(asOf: asOf) }.count
        let done = items.filter { $0.status.isFinal }.count
        var subtitle = [agency].compactMap { $0 }
        subtitle.append(year.map { "ข้อตรวจพบจากแผนการตรวจสอบ\($0.thaiLabel)" } ?? "ข้อตรวจพบทุกปีงบประมาณ")
        subtitle.append("ข้อมูล ณ วันที่ \(asOf.formatted(.thaiLong)) · ข้อเสนอแนะ \(items.count) ข้อ · ปิดแล้ว \(done) · เกินกำหนด \(overdue)")
        return ReportDocument(
            title: "ทะเบียนติดตามผลการปฏิบัติตามข้อเสนอแนะของผู้ตรวจสอบภายใน", subtitle: subtitle, tables: [table],
            notes: ["เกินกำหนด: พ้นกำหนดแล้วเสร็จโดยยังไม่ดำเนินการแล้วเสร็จหรือฝ่ายบริหารยังไม่ยอมรับความเสี่ยง ณ วันที่ข้อมูล"],
            signatures: [ReportSignature(role: "ผู้ตรวจสอบภายใน", name: directory.members(with: .auditor).first?.name)],
            orientation: .landscape, footer: "จัดทำด้วยโปรแกรมสุจริต (Sujarit)"
        )
    }

    /// The note column: overdue days, the acceptance, or the last round's note.
    public static func remark(_ item: FollowUpItem, asOf: CalendarDate) -> String {
        let overdue = item.isOverdue(asOf: asOf) ? ["เกินกำหนด \(item.daysOverdue(asOf: asOf)) วัน"] : []
        return (overdue + roundNotes(item)).joined(separator: " · ")
    }

    /// What the last round said: the acceptance (who and why) and its note.
    public static func roundNotes(_ item: FollowUpItem) -> [String] {
        var parts: [String] = []
        if let acceptance = item.lastRound?.acceptance { parts.append("ยอมรับความเสี่ยงโดย \(acceptance.approverName): \(acceptance.reason)") }
        if let note = item.lastRound?.note { parts.append(note) }
        return parts
    }

    /// The 3-year strategic plan (แผนการตรวจสอบระยะยาว).
    public static func strategic(_ plan: StrategicPlan, agency: String?) -> ReportDocument {
        var columns = [ReportColumn("ลำดับ", alignment: .center, weight: 1), ReportColumn("หน่วยรับตรวจ/เรื่องที่ตรวจสอบ", weight: 6), ReportColumn("ระดับความเสี่ยง", alignment: .center, weight: 2)]
        columns += plan.years.map { ReportColumn("\($0.be)", alignment: .center, weight: 1) }
        columns.append(ReportColumn("จำนวนวัน-คน", alignment: .trailing, weight: 2))
        var table = ReportTable(columns: columns)
        for (index, row) in plan.rows.enumerated() {
            table.rows.append([String(index + 1), row.title, row.level.label.th] + plan.years.map { row.years.contains($0) ? "✓" : "" } + [String(row.personDays)])
        }
        table.totals = ["", "รวมวัน-คนต่อปี (กำลังคน \(plan.capacity))", ""] + plan.years.map { String(plan.load($0)) } + [""]
        let over = plan.years.filter { plan.overCapacity($0) > 0 }.map { "ปี \($0.be) เกินกำลังคน \(plan.overCapacity($0)) วัน-คน" }
        return ReportDocument(
            title: "แผนการตรวจสอบภายในระยะยาว 3 ปี (พ.ศ. \(plan.years[0].be)–\(plan.years[2].be))",
            subtitle: [agency].compactMap { $0 } + ["ครอบคลุมหน่วยรับตรวจทั้งหมด \(plan.rows.count) เรื่อง เรียงตามระดับความเสี่ยง"],
            tables: [table], notes: over, orientation: .portrait
        )
    }

    static func changeLabel(_ action: PlanChange.Action) -> String {
        switch action {
        case .added: "เพิ่ม"
        case .changed: "ปรับ"
        case .removed: "ตัด"
        }
    }
}
