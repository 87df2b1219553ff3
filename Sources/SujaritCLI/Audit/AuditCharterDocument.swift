import AuditPlans
import Reporting
import Sujarit

/// A charter version as a printable document, drawn by Reporting's register templates like the audit plan:
/// a title block, the six sections, and the head of agency's signature.
enum AuditCharterDocument {
    /// The sections' Thai headings, in the order a charter prints them.
    static func sections(_ draft: AuditCharterDrafted) -> [(heading: String, text: String)] {
        [
            ("1. วัตถุประสงค์ (purpose)", draft.purpose),
            ("2. อำนาจหน้าที่ (authority)", draft.authority),
            ("3. ความเป็นอิสระและความเที่ยงธรรม (independence)", draft.independence),
            ("4. ขอบเขตการปฏิบัติงาน (scope)", draft.scope),
            ("5. ความรับผิดชอบ (responsibilities)", draft.responsibilities),
            ("6. สายการบังคับบัญชาและการรายงาน (reporting line)", draft.reportingLine),
        ]
    }

    /// The document of `version`; a draft prints marked ร่าง with a blank signature for the head to sign.
    static func document(
        _ version: AuditCharter.Version, agency: String?, nextReview: CalendarDate?
    )
        -> RegisterDocument
    {
        let draft = version.draft
        var subtitle = [agency, "ฉบับที่ \(draft.version)"].compactMap { $0 }
        if let approval = version.approval {
            subtitle.append("อนุมัติเมื่อ \(approval.approvedOn.formatted(.thaiLong))")
            if let nextReview { subtitle.append("กำหนดสอบทานครั้งถัดไป \(nextReview.formatted(.thaiLong))") }
        } else {
            subtitle.append("ร่าง (draft) — ยังไม่ได้รับอนุมัติ")
        }
        let table = RegisterDocument.Table(
            columns: [RegisterDocument.Column("หัวข้อ", weight: 2), RegisterDocument.Column("สาระสำคัญ", weight: 6)],
            rows: sections(draft).map { [$0.heading, $0.text] })
        let signature = RegisterDocument.Signature(
            role: "ผู้อนุมัติ (หัวหน้าส่วนราชการ)", name: version.approval?.approverName,
            position: version.approval?.approverPosition, date: version.approval?.approvedOn)
        return RegisterDocument(
            title: "กฎบัตรการตรวจสอบภายใน", subtitle: subtitle, tables: [table],
            notes: draft.source.map { ["ยึดตาม: \($0)"] } ?? [], signatures: [signature],
            footer: "Internal Audit Charter, version \(draft.version) — sujarit audit charter export")
    }
}
