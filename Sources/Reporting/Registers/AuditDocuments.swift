import Agency
import AuditPlans
import Sujarit

/// The audit unit's plans in the shape Thai audit units file them (`sujarit audit plan export`), built
/// from AuditPlans' values and drawn by ``ReportRenderer`` like every report. The follow-up register is
/// not here: it is ``AuditFollowUpReport``, the one value `report audit` prints too.
public enum AuditDocuments {
    typealias Column = RegisterDocument.Column
    typealias Signature = RegisterDocument.Signature
    typealias Table = RegisterDocument.Table

    /// The plan's columns, in the order audit units print them.
    public static let planColumns: [RegisterDocument.Column] = [
        Column("ลำดับ", alignment: .center, weight: 3),
        Column("หน่วยรับตรวจ/เรื่องที่ตรวจสอบ", weight: 11),
        Column("ระดับความเสี่ยง", alignment: .center, weight: 6),
        Column("วัตถุประสงค์", weight: 15),
        Column("ขอบเขต", weight: 12),
        Column("วิธีการ", weight: 13),
        Column("ระยะเวลา", weight: 8),
        Column("ผู้รับผิดชอบ", weight: 8),
        Column("จำนวนวัน-คน", alignment: .trailing, weight: 6),
    ]

    /// The annual plan (แผนการตรวจสอบประจำปี). A draft prints with ร่าง in its title and blank signatures, so
    /// it can go to the head of agency for signing; an approved plan prints who approved it and when, and
    /// lists its amendments.
    public static func plan(_ plan: AuditPlan, agency: String?, directory: AgencyDirectory) -> RegisterDocument {
        let year = plan.fiscalYear
        var table = Table(columns: planColumns)
        for (index, entry) in plan.entries.enumerated() {
            table.rows.append([
                String(index + 1), entry.title, entry.basis.level.label.th, entry.objective, entry.scope, entry.method,
                entry.period.thai(in: year), entry.auditor.map { directory.member($0)?.name ?? $0 } ?? "-",
                String(entry.personDays),
            ])
        }
        table.totals = ["", "รวม \(plan.entries.count) เรื่อง", "", "", "", "", "", "", String(plan.totalPersonDays)]

        let days = "(\(year.start.formatted(.thaiMedium)) – \(year.end.formatted(.thaiMedium)))"
        var subtitle = [agency, "\(year.thaiLabel) \(days)"].compactMap { $0 }
        subtitle.append(
            "กำลังคนของหน่วยตรวจสอบภายใน \(plan.capacity) วัน-คน · "
                + "วางแผนไว้ \(plan.totalPersonDays) วัน-คน")
        var signatures: [Signature]
        let preparer = directory.members(with: .auditor).first
        if let approval = plan.approval {
            subtitle.append(
                "อนุมัติโดย \(approval.approverName) \(approval.approverPosition) "
                    + "เมื่อ \(approval.approvedOn.formatted(.thaiLong))")
            signatures = [
                Signature(role: "ผู้จัดทำ", name: preparer?.name, position: preparer?.position),
                Signature(
                    role: "ผู้อนุมัติ", name: approval.approverName, position: approval.approverPosition,
                    date: approval.approvedOn
                ),
            ]
        } else {
            subtitle.append("ร่าง — ยังไม่ได้รับอนุมัติ (DRAFT, not approved)")
            signatures = [
                Signature(role: "ผู้จัดทำ", name: preparer?.name, position: preparer?.position),
                Signature(role: "ผู้อนุมัติ"),
            ]
        }
        var notes: [String] = []
        for correction in plan.approvalCorrections {
            notes.append(
                "แก้ไขวันที่อนุมัติแผนจาก \(correction.previousOn.formatted(.thaiMedium)) "
                    + "เป็น \(correction.approvedOn.formatted(.thaiMedium)) (บันทึกคลาดเคลื่อน): \(correction.reason)")
        }
        for amendment in plan.amendments {
            let approver = directory.member(amendment.approvedBy)?.name ?? amendment.approvedBy
            let what = amendment.changes.map { "\(changeLabel($0.action)) \($0.entry.title)" }.joined(separator: "; ")
            notes.append(
                "แก้ไขแผนครั้งที่ \(amendment.number) เมื่อ \(amendment.approvedOn.formatted(.thaiMedium)) "
                    + "อนุมัติโดย \(approver): \(amendment.reason)" + (what.isEmpty ? "" : " (\(what))"))
        }
        notes.append(
            "ระดับความเสี่ยงและลำดับความสำคัญมาจากการประเมินความเสี่ยงของหน่วยรับตรวจ (risk-based audit plan) "
                + "ตามมาตรฐานการตรวจสอบภายในของกระทรวงการคลัง")
        return RegisterDocument(
            title: "แผนการตรวจสอบภายใน ประจำ\(year.thaiLabel)" + (plan.approval == nil ? " (ร่าง)" : ""),
            subtitle: subtitle, tables: [table], notes: notes, signatures: signatures, orientation: .landscape,
            footer: "จัดทำด้วยโปรแกรมสุจริต (Sujarit) จากทะเบียนที่บันทึกเหตุการณ์ทุกการเปลี่ยนแปลง"
        )
    }

    /// The 3-year strategic plan (แผนการตรวจสอบระยะยาว).
    public static func strategic(_ plan: StrategicPlan, agency: String?) -> RegisterDocument {
        var columns = [
            Column("ลำดับ", alignment: .center, weight: 1), Column("หน่วยรับตรวจ/เรื่องที่ตรวจสอบ", weight: 6),
            Column("ระดับความเสี่ยง", alignment: .center, weight: 2),
        ]
        columns += plan.years.map { Column("\($0.be)", alignment: .center, weight: 1) }
        columns.append(Column("จำนวนวัน-คน", alignment: .trailing, weight: 2))
        var table = Table(columns: columns)
        for (index, row) in plan.rows.enumerated() {
            let marks = plan.years.map { row.years.contains($0) ? "✓" : "" }
            table.rows.append([String(index + 1), row.title, row.level.label.th] + marks + [String(row.personDays)])
        }
        table.totals =
            ["", "รวมวัน-คนต่อปี (กำลังคน \(plan.capacity))", ""]
            + plan.years.map { String(plan.load($0)) } + [""]
        let over = plan.years.filter { plan.overCapacity($0) > 0 }
            .map { "ปี \($0.be) เกินกำลังคน \(plan.overCapacity($0)) วัน-คน" }
        return RegisterDocument(
            title: "แผนการตรวจสอบภายในระยะยาว 3 ปี (พ.ศ. \(plan.years[0].be)–\(plan.years[2].be))",
            subtitle: [agency].compactMap { $0 }
                + ["ครอบคลุมหน่วยรับตรวจทั้งหมด \(plan.rows.count) เรื่อง เรียงตามระดับความเสี่ยง"],
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
