import Sujarit

/// Spreads the chosen subjects over the year and the auditors.
///
/// In rank order, each entry goes to the quarter with the fewest person-days so far (the earlier quarter
/// on a tie), so the riskiest subjects come first in the year and the work is even; and to the auditor with
/// the fewest person-days so far (by staff id on a tie). Both are only a starting point for `plan edit`.
public enum PlanScheduler {
    /// Plan entries for `selected` (in rank order), with default texts for `year`.
    public static func entries(
        for selected: [AuditRanking.Ranked], year: FiscalYear, auditors: [String]
    ) -> [AuditPlanEntry] {
        var quarterLoad = [0, 0, 0, 0]
        var auditorLoad = Dictionary(uniqueKeysWithValues: auditors.map { ($0, 0) })
        return selected.enumerated().map { index, ranked in
            let subject = ranked.subject.subject
            let quarter = quarterLoad.indices.min { (quarterLoad[$0], $0) < (quarterLoad[$1], $1) }!
            quarterLoad[quarter] += subject.personDays
            let auditor = auditorLoad.min { ($0.value, $0.key) < ($1.value, $1.key) }?.key
            if let auditor { auditorLoad[auditor, default: 0] += subject.personDays }
            let texts = EntryTexts.defaults(for: subject, year: year)
            return AuditPlanEntry(
                subject: subject.id, title: subject.title, department: subject.department, order: index + 1,
                basis: ranked.basis, objective: texts.objective, scope: texts.scope, method: texts.method,
                period: .quarter(quarter + 1), auditor: auditor, personDays: subject.personDays
            )
        }
    }
}

/// The objective, scope and method a new entry starts with: the subject's own, else standard wording for
/// its kind, which the audit unit edits before approval.
public enum EntryTexts {
    /// The three texts for `subject` in `year`.
    public static func defaults(
        for subject: AuditSubject, year: FiscalYear
    ) -> (objective: String, scope: String, method: String) {
        let objective: String
        let method: String
        switch subject.kind {
        case .department:
            objective = "เพื่อให้มั่นใจว่าการปฏิบัติงานของ\(subject.title)เป็นไปตามกฎหมาย ระเบียบ และมีการควบคุมภายในที่เพียงพอ"
            method = "สอบทานเอกสาร สัมภาษณ์ผู้ปฏิบัติงาน และทดสอบการควบคุมภายใน"
        case .process:
            objective = "เพื่อให้มั่นใจว่า\(subject.title)เป็นไปตามกฎหมาย ระเบียบ ถูกต้อง ครบถ้วน และมีประสิทธิภาพ"
            method = "สอบทานเอกสาร สุ่มตรวจรายการ และสัมภาษณ์ผู้ปฏิบัติงาน"
        case .fund:
            objective = """
                เพื่อให้มั่นใจว่าการรับ จ่าย และเก็บรักษาเงิน\(subject.title)ถูกต้อง \
                เป็นไปตามระเบียบและวัตถุประสงค์ของกองทุน
                """
            method = "ตรวจสอบเอกสารการรับจ่ายเงิน สอบทานบัญชีและรายงานการเงิน"
        case .procurement:
            objective =
                """
                เพื่อให้มั่นใจว่า\(subject.title)เป็นไปตามพระราชบัญญัติการจัดซื้อจัดจ้างฯ พ.ศ. 2560 \
                และระเบียบที่เกี่ยวข้อง โปร่งใส และคุ้มค่า
                """
            method = "สุ่มตรวจเอกสารโครงการ เปรียบเทียบกับข้อมูลในระบบ e-GP และตรวจสอบการตรวจรับ"
        }
        let scope = "การดำเนินงาน\(subject.title) ปีงบประมาณ พ.ศ. \(year.be)"
        return (subject.objective ?? objective, subject.scope ?? scope, subject.method ?? method)
    }
}
