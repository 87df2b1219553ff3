import Sujarit

/// The heading of a บันทึกข้อความ, the memo of Thai official correspondence (ระเบียบสำนักนายกรัฐมนตรีว่าด้วย
/// งานสารบรรณ): ส่วนราชการ, ที่, วันที่, เรื่อง and เรียน, each on its own line at the left under the centred title.
/// `ที่` (the document's number) is left blank for the registry to write.
public struct MemoHeading: Sendable, Hashable, Codable {
    /// ส่วนราชการ: the sending unit and agency.
    public var unit: String
    /// วันที่.
    public var day: CalendarDate
    /// เรื่อง.
    public var subject: String
    /// เรียน: to whom.
    public var addressee: String

    /// The heading from its parts.
    public init(unit: String, day: CalendarDate, subject: String, addressee: String) {
        self.unit = unit
        self.day = day
        self.subject = subject
        self.addressee = addressee
    }

    /// The heading's lines as plain text (terminal, Markdown).
    public var lines: [String] {
        [
            "ส่วนราชการ  \(unit)", "ที่  ....................", "วันที่  \(day.formatted(.thaiLong))",
            "เรื่อง  \(subject)", "เรียน  \(addressee)",
        ]
    }

    /// The values the `register.*` templates read.
    var view: [String: Any] {
        ["unit": unit, "day": day.formatted(.thaiLong), "subject": subject, "addressee": addressee]
    }
}
