import GiftLog
import Presentation
import Sujarit

extension GiftPolicyReport {
    /// The figures the No Gift report states in words, for a terminal: the rule, the declaration and the
    /// culture-building activities (each with the year's OIT item),
    /// the reports and decisions, gifts given and refused, or the nil statement. The tables follow them.
    func lines(_ text: ThaiText) -> [String] {
        var lines = [
            "เกณฑ์: รับจากผู้ที่มิใช่ญาติได้ไม่เกิน \(report.threshold.formatted()) บาท ต่อผู้ให้ต่อโอกาส; "
                + "เกินกว่านั้นต้องรายงานหัวหน้าหน่วยงานภายใน \(report.reportWithinDays) วัน"
        ]
        let declaration = declarationItem.map { "\($0) " } ?? ""
        if let policy = report.policy {
            lines.append("\(declaration)ประกาศนโยบาย: \(policy.title) — \(text.medium(policy.declaredOn))")
        } else {
            lines.append("\(declaration)ประกาศนโยบาย: ยังไม่ได้บันทึก (record it with 'sujarit gift policy')")
        }
        let people = report.activities.compactMap(\.participants).reduce(0, +)
        lines.append(
            "\(cultureItem.map { "\($0) " } ?? "")กิจกรรมสร้างวัฒนธรรม No Gift: \(report.activities.count) ครั้ง"
                + (people > 0 ? ", ผู้เข้าร่วม \(people) คน" : ""))
        for activity in report.activities {
            let count = activity.participants.map { " (\($0) คน)" } ?? ""
            lines.append("    \(text.medium(activity.heldOn))  \(activity.title)\(count)")
        }
        if let statement = report.nilStatement {
            return lines + ["รายงานผล (nil report): \(statement.th)", statement.en]
        }
        let above = report.totals.line(.mustReport).count
        let notAcceptable = report.totals.line(.notAcceptable).count
        lines.append(
            "ต้องรายงานหัวหน้าหน่วยงาน: \(above + notAcceptable) รายการ "
                + "(เกินเกณฑ์ \(above) · ไม่ควรรับ ตาม No Gift Policy \(notAcceptable))")
        lines.append(
            "รายงานล่าช้า \(report.lateReports) · "
                + "ไม่ได้รายงาน (เลยกำหนด) \(report.missingReports) · "
                + "ผู้บังคับบัญชาพิจารณาแล้ว \(report.decided) · "
                + "รอผลการพิจารณาของผู้บังคับบัญชา \(report.awaitingDecision)")
        let given = report.totals.lines.filter(\.verdict.isGiven), refused = report.totals.line(.refused)
        // Cannot overflow: GiftJudge.assess checked every subtotal when the gifts were logged.
        let givenValue = given.map(\.value).reduce(.zero, +)
        let flagged = given.filter { $0.verdict != .given }.map(\.count).reduce(0, +)
        lines.append(
            "ให้ของขวัญ: \(given.map(\.count).reduce(0, +)) รายการ, \(givenValue.formatted()) บาท "
                + "(ไม่ควรให้ตามระเบียบสำนักนายกฯ 2565: \(flagged)) · "
                + "ปฏิเสธการรับ: \(refused.count) รายการ, \(refused.value.formatted()) บาท")
        for item in report.givenEntries ?? [] {
            let verdict = item.verdict == .given ? "" : "  [\(item.verdict.shortLabel.th)]"
            lines.append(
                "    \(item.entryID)  \(text.medium(item.date))  \(item.person) → \(item.recipient): "
                    + "\(item.description), \(item.value.formatted()) บาท\(verdict)")
        }
        lines.append("รับหรือถูกเสนอให้จากผู้มีส่วนได้เสียกับหน่วยงาน: \(report.fromPartiesDealingWithAgency) รายการ")
        return lines
    }

    /// One row per figure, for a spreadsheet (the report's CSV): section, item, count, value.
    func figures() -> Table {
        var table = Table(columns: [.init("section"), .init("item"), .init("count"), .init("value")])
        table.append(["period", "\(report.fiscalYear.be)/\(report.round.rawValue)", String(report.entryCount), ""])
        for line in report.totals.lines {
            table.append(["verdict", line.verdict.rawValue, String(line.count), line.value.decimalString])
        }
        table.append(["reports", "late", String(report.lateReports), ""])
        table.append(["reports", "missing", String(report.missingReports), ""])
        table.append(["decisions", "decided", String(report.decided), ""])
        table.append(["decisions", "awaiting", String(report.awaitingDecision), ""])
        table.append(["parties", "deals-with-agency", String(report.fromPartiesDealingWithAgency), ""])
        // Sections named by duty, not by the year's item number, so a script reads every year alike.
        table.append(["no-gift-declaration", "policy-declared", report.policy == nil ? "0" : "1", ""])
        table.append(["no-gift-culture", "activities", String(report.activities.count), ""])
        if let statement = report.nilStatement { table.append(["nil-report", statement.th, "0", ""]) }
        return table
    }
}
