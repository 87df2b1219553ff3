import Foundation
import Presentation
import Sujarit

extension DueCalendar {
    /// The items as a table: Thai headers for the terminal, English keys for CSV; days in Buddhist era (and ISO
    /// too in CSV, for spreadsheets that sort by it).
    public func table(machine: Bool) -> Table {
        var columns: [Table.Column] = [
            .init("กำหนด Due", key: "due_be"), .init("ล่าช้า (วัน) Late", key: "days_late", alignment: .trailing),
            .init("ประเภท Kind", key: "kind"), .init("เรื่อง Item", key: "title", maxWidth: 48),
            .init("ผู้รับผิดชอบ Owner", key: "owner_name", maxWidth: 28),
            .init("รายละเอียด Detail", key: "detail", maxWidth: 44),
            .init("อ้างอิง Ref", key: "reference"),
        ]
        if machine {
            columns += [.init("due", key: "due"), .init("owner", key: "owner"), .init("id", key: "id")]
        }
        var table = Table(columns: columns)
        for item in items {
            let due = (item.starts.map { "\($0.formatted(.thaiMedium)) – " } ?? "") + item.due.formatted(.thaiMedium)
            var row = [
                machine ? item.due.formatted(.numericBE) : due, item.isLate ? String(item.daysLate) : "",
                machine ? item.kind.rawValue : item.kind.label.th, item.title, item.owner.name, item.detail ?? "",
                item.reference,
            ]
            if machine { row += [item.due.formatted(.iso), item.owner.key, item.id] }
            table.append(row)
        }
        return table
    }

    /// The calendar for a terminal: a heading, the table, and what it is read from.
    public func terminal(style: TerminalStyle) -> String {
        let window = through.map { " ถึง \($0.formatted(.thaiMedium))" } ?? ""
        var lines = [
            style.paint("งานที่ครบกำหนด — Compliance calendar", .bold),
            [agency, "ณ วันที่ \(asOf.formatted(.thaiMedium))\(window)", owner.map { "ผู้รับผิดชอบ \($0)" }]
                .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · "),
            "",
        ]
        if items.isEmpty {
            lines.append("ไม่มีรายการที่ครบกำหนด (nothing falls due)")
        } else {
            lines.append(table(machine: false).terminal(style: style).trimmingCharacters(in: .newlines))
            lines.append("")
            lines.append("\(items.count) รายการ, ล่าช้า \(late.count) รายการ (\(items.count) items, \(late.count) late)")
        }
        lines.append("")
        for note in basis { lines.append(style.paint("ที่มา: \(note)", .dim)) }
        for note in omitted { lines.append(style.paint("ไม่แสดง: \(note)", .dim)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The calendar as JSON for scripts (sorted keys, ISO days).
    public func json() throws -> String { try JSONOutput.string(self) + "\n" }

    /// The items as CSV (``CSVText``: a byte-order mark for Excel, formula-like cells neutralised).
    public func csv() -> String { table(machine: true).csv() }
}
