import GiftLog
import Presentation
import Sujarit

extension GiftPolicyReport {
    func view(_ text: ThaiText) -> [String: Any] {
        var view: [String: Any] = [
            "threshold": report.threshold.formatted(), "reportWithinDays": String(report.reportWithinDays),
            "entryCount": String(report.entryCount), "late": String(report.lateReports),
            "missing": String(report.missingReports),
            "decided": String(report.decided), "awaiting": String(report.awaitingDecision),
            "fromDealing": String(report.fromPartiesDealingWithAgency),
            "totals": report.totals.lines.map { line -> [String: Any] in
                ["verdict": line.verdict.label.th, "count": String(line.count), "value": line.value.formatted()]
            },
            "activities": report.activities.map { activity -> [String: Any] in
                var entry: [String: Any] = ["day": text.medium(activity.heldOn), "title": activity.title]
                if let participants = activity.participants { entry["participants"] = String(participants) }
                return entry
            },
            "hasActivities": !report.activities.isEmpty, "totalsOnly": report.view == .totalsOnly,
        ]
        if let statement = report.nilStatement { view["nilStatement"] = statement.th }
        if let policy = report.policy { view["policy"] = ["title": policy.title, "day": text.long(policy.declaredOn)] }
        if let cases = report.overThreshold {
            view["cases"] = cases.map { item -> [String: Any] in
                var entry: [String: Any] = [
                    "id": CodedText.code(item.entryID.description), "day": text.medium(item.date),
                    "person": item.person,
                    "giver": item.giver,
                    "occasion": item.occasion, "description": item.description, "value": item.value.formatted(),
                    "total": item.occasionTotal.formatted(), "due": text.medium(item.dueOn),
                    "reportStatus": item.reportStatus.label.th,
                    "late": item.reportStatus == .late || item.reportStatus == .missing,
                ]
                if let reported = item.reportedOn { entry["reportedOn"] = text.medium(reported) }
                if let decision = item.decision { entry["decision"] = decision.label.th }
                return entry
            }
            view["hasCases"] = !cases.isEmpty
        }
        if let given = report.givenEntries, !given.isEmpty {
            view["hasGiven"] = true
            view["given"] = given.map {
                [
                    "day": text.medium($0.date), "person": $0.person, "recipient": $0.recipient,
                    "description": $0.description, "value": $0.value.formatted(),
                ]
            }
        }
        return view
    }

    func tables(_ text: ThaiText, machine: Bool) -> [ReportTable] {
        var totals = Table(columns: [
            .column("ผลการพิจารณา", "verdict"), .column("จำนวน", "count", .trailing),
            .column("มูลค่า (บาท)", "value", .trailing),
        ])
        for line in report.totals.lines {
            totals.append([
                machine ? line.verdict.rawValue : line.verdict.label.th, String(line.count),
                machine ? line.value.decimalString : line.value.formatted(),
            ])
        }
        // A spreadsheet gets every figure, one a row; a person the verdicts' table, the figures in words above it.
        var tables = [
            machine
                ? ReportTable(title: "สรุปตัวเลข", table: figures())
                : ReportTable(title: "สรุปการรับ–ให้ของขวัญ", table: totals)
        ]
        if let cases = report.overThreshold, !cases.isEmpty {
            var table = Table(columns: [
                .column("รายการ", "id"), .column("วันที่", "date"), .column("ผู้รับ", "person"),
                .column("ผู้ให้", "giver", max: 28),
                .column("มูลค่า", "value", .trailing), .column("กำหนดรายงาน", "due"),
                .column("การรายงาน", "report_status"),
                .column("ผลการพิจารณาของผู้บังคับบัญชา", "decision"),
            ])
            for item in cases {
                table.append([
                    item.entryID.description, machine ? item.date.formatted(.iso) : text.medium(item.date), item.person,
                    item.giver,
                    machine ? item.value.decimalString : item.value.formatted(),
                    machine ? item.dueOn.formatted(.iso) : text.medium(item.dueOn),
                    machine ? item.reportStatus.rawValue : item.reportStatus.label.th,
                    item.decision.map { machine ? $0.rawValue : $0.label.th } ?? "",
                ])
            }
            tables.append(ReportTable(title: "ของขวัญเกินเกณฑ์", table: table))
        }
        return tables
    }
}
