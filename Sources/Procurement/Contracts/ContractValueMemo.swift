import Sujarit

/// The readings of the values a contract file repeats row after row, each worked out once per file.
///
/// Why: a national file's million rows name a few methods, a few hundred days a year and a few thousand
/// buyers, and reading each cell again (Thai-aware matching of method names through Foundation, date
/// parsing with Thai digits, the buyer's directory lookup) was a quarter of an import's time. A reading
/// depends only on the cell's text (a date also on the row's fiscal year), so a remembered one is the
/// same value, error included. Each table is emptied when it reaches ``limit`` entries, so a file of
/// all-different values costs a little hashing and memory stays flat.
struct ContractValueMemo {
    /// The most entries a table keeps before it starts again.
    static let limit = 4_096
    /// The most buyers kept: a national file names every buying unit of the country (about 7,850, issue 17),
    /// and a table of ``limit`` entries started again every few thousand rows, reading each buyer anew through
    /// the directory's Thai-aware keys. A few MB at most.
    static let buyerLimit = 16_384

    private var methods = BoundedMemo<String, ProcurementMethod?>()
    private var groupNames = BoundedMemo<String, Bool>()
    private var dates = BoundedMemo<DateCell, Result<CalendarDate?, ContractFileError.Problem>>()
    private var taxIDs = BoundedMemo<String, (id: TaxID?, reading: TaxIDReading, asWritten: String?)>()
    private var buyers = BoundedMemo<BuyerCell, (key: String, isEGPID: Bool)?>(limit: buyerLimit)

    /// `ProcurementMethod.recognize`, for a method cell's text.
    mutating func method(_ text: String) -> ProcurementMethod? {
        methods.value(for: text) { ProcurementMethod.recognize(text) }
    }

    /// ``ContractRowReader/isGroupName(_:)``.
    mutating func isGroupName(_ text: String) -> Bool {
        groupNames.value(for: text) { ContractRowReader.isGroupName(text) }
    }

    /// ``ContractValues/date(_:fiscalYear:)``, refusing what it refuses with the same problem.
    mutating func date(_ raw: String, fiscalYear: FiscalYear?) throws(ContractFileError.Problem) -> CalendarDate? {
        let cell = DateCell(raw: raw, fiscalYear: fiscalYear?.be)
        return try dates.value(for: cell) {
            do throws(ContractFileError.Problem) {
                return .success(try ContractValues.date(raw, fiscalYear: fiscalYear))
            } catch { return .failure(error) }
        }.get()
    }

    /// ``ContractValues/taxID(_:)``.
    mutating func taxID(_ raw: String) -> (id: TaxID?, reading: TaxIDReading, asWritten: String?) {
        taxIDs.value(for: raw) { ContractValues.taxID(raw) }
    }

    /// ``ContractValues/buyerDepartment(name:subName:directory:)``.
    mutating func buyerDepartment(
        name: String?, subName: String?, directory: DepartmentDirectory
    ) -> (key: String, isEGPID: Bool)? {
        buyers.value(for: BuyerCell(name: name, subName: subName)) {
            ContractValues.buyerDepartment(name: name, subName: subName, directory: directory)
        }
    }

    /// A date cell and the fiscal year it is read near.
    private struct DateCell: Hashable {
        var raw: String
        var fiscalYear: Int?
    }

    /// A buyer's two names.
    private struct BuyerCell: Hashable {
        var name: String?
        var subName: String?
    }
}

/// A table of computed values that starts again when it holds `limit` entries (``ContractValueMemo/limit``
/// unless told otherwise).
struct BoundedMemo<Key: Hashable, Value> {
    private var table: [Key: Value] = [:]
    /// The most entries kept before the table starts again.
    let limit: Int

    init(limit: Int = ContractValueMemo.limit) {
        self.limit = limit
    }

    /// The value remembered for `key`, else `compute()`'s, remembered.
    mutating func value(for key: Key, _ compute: () -> Value) -> Value {
        if let known = table[key] { return known }
        let value = compute()
        if table.count >= limit { table.removeAll(keepingCapacity: true) }
        table[key] = value
        return value
    }
}
