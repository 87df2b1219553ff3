import Sujarit

/// A printable report as data: a title block, tables, notes and signature lines.
///
/// Registers build one of these and hand it to ``ReportRenderer`` for HTML, Markdown or CSV, so every report
/// shares one look and one set of escaping rules. It is deliberately small and free of audit terms, so that
/// the Reporting module can take it over for the other registers' reports.
public struct ReportDocument: Sendable, Hashable {
    /// Which way the page is printed; wide registers (nine columns and more) read better landscape.
    public enum Orientation: String, Sendable, Hashable {
        case portrait, landscape
    }

    /// The heading, e.g. แผนการตรวจสอบภายใน ประจำปีงบประมาณ พ.ศ. 2568.
    public var title: String
    /// Lines under the title: agency, period, status.
    public var subtitle: [String]
    /// The tables, in order.
    public var tables: [ReportTable]
    /// Paragraphs after the tables.
    public var notes: [String]
    /// Signature lines at the end.
    public var signatures: [ReportSignature]
    /// Portrait or landscape A4.
    public var orientation: Orientation
    /// A line at the foot of the page, e.g. where the document came from.
    public var footer: String?

    /// Creates the value from its parts.
    public init(
        title: String, subtitle: [String] = [], tables: [ReportTable], notes: [String] = [],
        signatures: [ReportSignature] = [], orientation: Orientation = .portrait, footer: String? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.tables = tables
        self.notes = notes
        self.signatures = signatures
        self.orientation = orientation
        self.footer = footer
    }
}

/// A table of a report: columns, rows and an optional totals row.
public struct ReportTable: Sendable, Hashable {
    /// A heading above the table.
    public var caption: String?
    /// The columns.
    public var columns: [ReportColumn]
    /// The data rows, a cell per column.
    public var rows: [[String]]
    /// A last row set apart (รวม …), not part of the CSV's data rows.
    public var totals: [String]?

    /// Creates the value from its parts.
    public init(caption: String? = nil, columns: [ReportColumn], rows: [[String]] = [], totals: [String]? = nil) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.totals = totals
    }
}

/// A column: the printed header, how cells align, and a width share for print (a relative weight).
public struct ReportColumn: Sendable, Hashable {
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
public struct ReportSignature: Sendable, Hashable {
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
