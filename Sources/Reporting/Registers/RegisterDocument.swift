import Sujarit

/// A register printed as a form: a title block, ruled tables, notes and signature lines.
///
/// Built from a register's own values (no report period, no replay), for documents an office files as they
/// stand today, such as the audit plan (``AuditDocuments``). ``ReportRenderer/render(_:as:)`` draws it
/// through the `register.*.mustache` templates, like every other report, so there is one look and one set of
/// escaping rules.
public struct RegisterDocument: Sendable, Hashable, Codable {
    /// Which way the page is printed; wide registers (nine columns and more) read better landscape.
    public enum Orientation: String, Sendable, Hashable, Codable {
        case portrait, landscape
    }

    /// The heading, e.g. แผนการตรวจสอบภายใน ประจำปีงบประมาณ พ.ศ. 2568.
    public var title: String
    /// Lines under the title: agency, period, status.
    public var subtitle: [String]
    /// The tables, in order.
    public var tables: [Table]
    /// Paragraphs after the tables.
    public var notes: [String]
    /// Signature lines at the end.
    public var signatures: [Signature]
    /// Portrait or landscape A4.
    public var orientation: Orientation
    /// A line at the foot of the page, e.g. where the document came from.
    public var footer: String?
    /// For a memo (บันทึกข้อความ), its heading lines, drawn at the left under the title instead of `subtitle`.
    public var memo: MemoHeading?

    /// Creates the value from its parts.
    public init(
        title: String, subtitle: [String] = [], tables: [Table], notes: [String] = [],
        signatures: [Signature] = [], orientation: Orientation = .portrait, footer: String? = nil,
        memo: MemoHeading? = nil
    ) {
        self.memo = memo
        self.title = title
        self.subtitle = subtitle
        self.tables = tables
        self.notes = notes
        self.signatures = signatures
        self.orientation = orientation
        self.footer = footer
    }

    /// A table of a report: columns, rows and an optional totals row.
    public struct Table: Sendable, Hashable, Codable {
        /// A heading above the table.
        public var caption: String?
        /// The columns.
        public var columns: [Column]
        /// The data rows, a cell per column.
        public var rows: [[String]]
        /// A last row set apart (รวม …), not part of the CSV's data rows.
        public var totals: [String]?

        /// Creates the value from its parts.
        public init(caption: String? = nil, columns: [Column], rows: [[String]] = [], totals: [String]? = nil) {
            self.caption = caption
            self.columns = columns
            self.rows = rows
            self.totals = totals
        }
    }

    /// A column: the printed header, how cells align, and a width share for print (a relative weight).
    public struct Column: Sendable, Hashable, Codable {
        /// The printed header.
        public var header: String
        /// How cells align.
        public var alignment: TextAlignment
        /// A relative width share for print.
        public var weight: Int

        /// Creates the value from its parts.
        public init(_ header: String, alignment: TextAlignment = .leading, weight: Int = 2) {
            self.header = header
            self.alignment = alignment
            self.weight = weight
        }
    }

    /// A signature line: role above, then the dotted line, name, position and date below.
    public struct Signature: Sendable, Hashable, Codable {
        /// e.g. ผู้อนุมัติ.
        public var role: String
        /// Nil leaves a blank to sign by hand.
        public var name: String?
        /// The signer's position.
        public var position: String?
        /// The day signed; nil leaves a blank.
        public var date: CalendarDate?

        /// Creates the value from its parts.
        public init(role: String, name: String? = nil, position: String? = nil, date: CalendarDate? = nil) {
            self.role = role
            self.name = name
            self.position = position
            self.date = date
        }
    }
}
