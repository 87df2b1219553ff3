import Presentation
import Sujarit

/// A table of a report for the terminal and CSV, with a heading.
public struct ReportTable: Sendable {
    public var title: String
    public var table: Table
}

extension Table.Column {
    /// A column whose terminal header is Thai and whose CSV/JSON key is an English word.
    static func column(
        _ header: String, _ key: String, _ alignment: TextAlignment = .leading, max: Int? = nil
    ) -> Table.Column {
        Table.Column(header, key: key, alignment: alignment, maxWidth: max)
    }
}
