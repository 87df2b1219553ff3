/// Which published variant of contract data a file was: how it was packaged (``Container``) and, for
/// data.go.th's table, which year's column layout it had (``Layout``). Recorded per file on the import's
/// ``ContractFileProvenance`` and shown by `import contracts`.
public struct ContractFileVariant: Sendable, Hashable {
    /// How the file came from its publisher.
    public enum Container: String, Sendable, Hashable, CaseIterable {
        /// data.go.th's bulk CSV as the resource page's download gives it.
        case dataGoThCSV = "data.go.th-csv"
        /// The same table dumped by data.go.th's datastore (CKAN): an `_id` column first, sometimes
        /// `_full_text`, columns possibly reordered.
        case datastoreCSV = "ckan-datastore-csv"
        /// One page of the datastore API's JSON (`datastore_search`: `result.records[]`, `_links.next`).
        case datastoreJSON = "ckan-datastore-json"
        /// A saved GovSpending `egp-contract` response page (`data[]`, each project with `contract[]`).
        case govSpendingPage = "govspending-page"
        /// One GovSpending project as the API's record viewer shows it (the project object alone).
        case govSpendingRecord = "govspending-record"
        /// The CoST bidder list (`egpcost-bidder-<year>`).
        case costBidders = "cost-bidders"
    }

    /// The column layout of a data.go.th table.
    public enum Layout: String, Sendable, Hashable, CaseIterable {
        /// The 28 columns of DOMAIN.md §7.2, header and rows alike.
        case standard28 = "standard-28"
        /// Rows of 28 fields under a header of 26 (the district columns missing).
        case header26 = "header-26"
        /// Older years: rows of 28 fields under a header of 31 (three `(Eng)` columns not in the rows).
        case header31 = "header-31"
        /// FY2568: 15 columns, no winner, tax id or contract, the two method columns holding each other's values.
        case fy2568 = "fy2568-15"
        /// Any other set or order of known columns, one field per header cell, read by name.
        case byName = "by-name"
    }

    /// The packaging.
    public var container: Container
    /// The layout, for data.go.th's table.
    public var layout: Layout?

    /// Creates the value from its parts.
    public init(container: Container, layout: Layout? = nil) {
        self.container = container
        self.layout = layout
    }

    /// `container/layout`, e.g. `ckan-datastore-csv/fy2568-15`: what the import record and `--format json` hold.
    public var key: String { container.rawValue + (layout.map { "/\($0.rawValue)" } ?? "") }

    /// The variant a ``key`` names; nil for text that is not one.
    public init?(key: String) {
        let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
        guard let container = parts.first.flatMap(Container.init(rawValue:)) else { return nil }
        self.container = container
        if parts.count == 2 {
            guard let layout = Layout(rawValue: parts[1]) else { return nil }
            self.layout = layout
        }
    }

    /// A short name for tables: `ดาต้าสโตร์ CSV datastore CSV, FY2568 15 คอลัมน์`.
    public var label: String {
        let packaging =
            switch container {
            case .dataGoThCSV: "data.go.th CSV"
            case .datastoreCSV: "ดาต้าสโตร์ CSV datastore CSV"
            case .datastoreJSON: "ดาต้าสโตร์ API JSON datastore API JSON"
            case .govSpendingPage: "GovSpending หน้า page"
            case .govSpendingRecord: "GovSpending รายการเดียว record"
            case .costBidders: "CoST bidders CSV"
            }
        guard let layout else { return packaging }
        let columns =
            switch layout {
            case .standard28: "28 คอลัมน์ columns"
            case .header26: "หัว 26 header 26"
            case .header31: "หัว 31 header 31 (ปีเก่า older years)"
            case .fy2568: "FY2568 15 คอลัมน์ columns"
            case .byName: "อ่านตามชื่อ by name"
            }
        return packaging + ", " + columns
    }

    /// The layout of a table whose header names `named` (known columns) among `headerCells` cells, with rows
    /// of `rowWidth` fields (both without the datastore's own columns).
    static func layout(named: [ContractColumn], headerCells: Int, rowWidth: Int) -> Layout {
        let standard = ContractColumn.allCases.count
        if Set(named).count == standard && headerCells == standard && rowWidth == standard { return .standard28 }
        if rowWidth == standard && headerCells == 26 { return .header26 }
        if rowWidth == standard && headerCells == 31 { return .header31 }
        if named.count == 15 && contractColumns.isDisjoint(with: named) { return .fy2568 }
        return .byName
    }

    /// The winner and contract columns, which the FY2568 files do not have.
    static let contractColumns: Set<ContractColumn> = [
        .winnerTaxID, .winnerName, .contractNumber, .signed, .finishes, .contractAmount, .contractStatus,
    ]
}
