import Foundation
import Presentation
import Sujarit

extension DueCalendar {
    /// The items as a table: Thai headers and Buddhist-era days for the terminal; for CSV the snake_case keys
    /// of the JSON items (`Docs/schemas/due.schema.json`), ISO days, numbers, and empty fields for none.
    public func table(machine: Bool) -> Table {
        guard machine else {
            var table = Table(columns: [
                .init("กำหนด Due", key: "due"), .init("ล่าช้า (วัน) Late", key: "days_late", alignment: .trailing),
                .init("ประเภท Kind", key: "kind"), .init("เรื่อง Item", key: "title", maxWidth: 48),
                .init("ผู้รับผิดชอบ Owner", key: "owner_name", maxWidth: 28),
                .init("รายละเอียด Detail", key: "detail", maxWidth: 44),
                .init("อ้างอิง Ref", key: "reference"),
            ])
            for item in items {
                let due =
                    (item.starts.map { "\($0.formatted(.thaiMedium)) – " } ?? "") + item.due.formatted(.thaiMedium)
                table.append([
                    .date(item.due, shown: due), item.isLate ? .integer(item.daysLate) : "", .text(item.kind.label.th),
                    .text(item.title), .text(item.owner.name), .text(item.detail ?? ""), .text(item.reference),
                ])
            }
            return table
        }
        var table = Table(
            columns: [
                "id", "kind", "kind_th", "title", "detail", "reference", "owner", "owner_name", "owner_department",
                "starts", "due", "days_late", "late",
            ].map { Table.Column($0) })
        for item in items {
            table.append([
                .text(item.id), .text(item.kind.rawValue), .text(item.kind.label.th), .text(item.title),
                .text(item.detail), .text(item.reference), .text(item.owner.key), .text(item.owner.name),
                .text(item.owner.department), .date(item.starts, shown: ""), .date(item.due, shown: ""),
                .integer(item.daysLate), .bool(item.isLate),
            ])
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

    /// The items as CSV (``CSVText``: formula-like cells neutralised; the byte-order mark Excel needs only
    /// when asked for).
    public func csv(byteOrderMark: Bool = false) -> String { table(machine: true).csv(byteOrderMark: byteOrderMark) }
}

extension DueItem {
    /// Every key, null where there is none, the kind's Thai and English names beside its code and `late`
    /// beside `days_late`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: OutputKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(kind.label.th, forKey: .kindTh)
        try container.encode(kind.label.en, forKey: .kindEn)
        try container.encode(reference, forKey: .reference)
        try container.encode(title, forKey: .title)
        try container.encode(detail, forKey: .detail)
        try container.encode(owner, forKey: .owner)
        try container.encode(starts, forKey: .starts)
        try container.encode(due, forKey: .due)
        try container.encode(daysLate, forKey: .daysLate)
        try container.encode(isLate, forKey: .late)
        try container.encode(source, forKey: .source)
    }

    private enum OutputKeys: String, CodingKey {
        case id, kind, kindTh, kindEn, reference, title, detail, owner, starts, due, daysLate, late, source
    }
}
