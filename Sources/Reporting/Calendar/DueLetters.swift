import Agency
import Sujarit

/// One reminder memo (บันทึกข้อความ) per owner, listing what they answer for that falls due or is late: what
/// an integrity officer would otherwise type by hand. Each is a ``RegisterDocument``, drawn by the same
/// `register.*` templates and printed to PDF by the same Chromium as every report.
public enum DueLetters {
    /// A memo to one owner.
    public struct Letter: Sendable, Hashable {
        /// Whom it is addressed to.
        public var owner: DueOwner
        /// Their items, by due day.
        public var items: [DueItem]
        /// The memo.
        public var document: RegisterDocument
        /// Owner-only when it names someone who owes a declaration or a gift report.
        public var privacy: ReportPrivacy
    }

    /// The memos of `calendar`, one per owner in the order owners first appear; items counted under "not shown
    /// (PDPA)" have no one to write to and get no memo.
    ///
    /// - parameters:
    ///   - unit: The sending unit (ส่วนราชการ): the calendar file's, else the letterhead's.
    ///   - signer: Who signs, as the calendar file says.
    public static func letters(
        _ calendar: DueCalendar, unit: String?, signer: CalendarRules.OwnerRule, directory: AgencyDirectory
    ) -> [Letter] {
        let sender = CalendarRules.owner(signer, directory: directory, on: calendar.asOf)
        return calendar.owners.filter { $0.key != "-" }.map { owner in
            let items = calendar.items.filter { $0.owner.key == owner.key }
            return Letter(
                owner: owner, items: items,
                document: memo(owner: owner, items: items, calendar: calendar, unit: unit, sender: sender),
                privacy: items.contains(where: \.kind.isPersonal)
                    ? ReportPrivacy(reading: DueCalendar.personalRegisters) : .shared)
        }
    }

    static func memo(
        owner: DueOwner, items: [DueItem], calendar: DueCalendar, unit: String?, sender: DueOwner
    ) -> RegisterDocument {
        let day = calendar.asOf
        let late = items.filter(\.isLate).count
        let rows = items.enumerated().map { index, item -> [String] in
            let state =
                item.isLate
                ? "ล่าช้า \(item.daysLate) วัน"
                : item.starts.map { $0 <= day ? "อยู่ในช่วงเวลา" : "เริ่ม \($0.formatted(.thaiMedium))" }
                    ?? (item.due == day ? "ครบกำหนดวันนี้" : "ครบกำหนดในอีก \(day.days(until: item.due)) วัน")
            return [
                String(index + 1), item.title,
                [item.kind.label.th, item.detail].compactMap { $0 }.joined(separator: "\n"),
                item.due.formatted(.thaiMedium), state,
            ]
        }
        let addressee = owner.position.map { owner.name == $0 ? $0 : "\(owner.name) \($0)" } ?? owner.name
        let sendingUnit = [unit, calendar.agency].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        return RegisterDocument(
            title: "บันทึกข้อความ",
            tables: [
                RegisterDocument.Table(
                    caption: """
                        ตามที่บันทึกไว้ในระบบ ณ วันที่ \(day.formatted(.thaiLong)) มีงานในความรับผิดชอบของท่านที่ครบกำหนด\
                        หรือใกล้ครบกำหนด \(items.count) เรื่อง ในจำนวนนี้ล่าช้า \(late) เรื่อง ดังนี้
                        """,
                    columns: [
                        .init("ที่", alignment: .trailing, weight: 1), .init("เรื่อง", weight: 5),
                        .init("รายละเอียด", weight: 5), .init("กำหนด", weight: 2), .init("สถานะ", weight: 2),
                    ],
                    rows: rows)
            ],
            notes: [
                """
                จึงเรียนมาเพื่อโปรดดำเนินการ และแจ้งผลการดำเนินการพร้อมหลักฐานให้\(unit ?? "ผู้ส่ง")ทราบ \
                เพื่อบันทึกในระบบต่อไป หากดำเนินการแล้ว ขออภัยมา ณ ที่นี้
                """
            ],
            signatures: [
                RegisterDocument.Signature(role: "ผู้แจ้ง", name: sender.name, position: sender.position)
            ],
            footer: "จัดทำจากทะเบียนในระบบสุจริต (Sujarit) ณ วันที่ \(day.formatted(.thaiMedium))",
            memo: MemoHeading(
                unit: sendingUnit, day: day, subject: "แจ้งเตือนงานที่ครบกำหนดและงานที่ล่าช้า", addressee: addressee)
        )
    }
}
