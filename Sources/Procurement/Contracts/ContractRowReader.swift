import Sujarit

/// What the contract readers count for a file's record: unusable tax ids, rows without a contract, rows
/// read with their method columns swapped back, and the buyers of a file imported without `--dept`.
struct ContractCounts: Sendable {
    var scientificTaxIDs = 0, invalidTaxIDs = 0, maskedTaxIDs = 0, withoutContract = 0, methodColumnsSwapped = 0
    /// The departments rows were filed under (by name or e-GP id), and those that were e-GP ids.
    private(set) var buyers: Set<String> = [], buyersWithEGPID: Set<String> = []

    /// Counts how a winner's tax id was written.
    mutating func count(_ reading: TaxIDReading) {
        switch reading {
        case .scientificNotation: scientificTaxIDs += 1
        case .invalid: invalidTaxIDs += 1
        case .masked: maskedTaxIDs += 1
        case .valid, .absent: break
        }
    }

    /// The buyer's department for a row imported without `--dept` (nil with one, or without a directory),
    /// counted.
    mutating func buyer(
        departmentID: String?, name: String?, subName: String?, directory: DepartmentDirectory?,
        memo: inout ContractValueMemo
    ) -> String? {
        guard departmentID == nil, let directory,
            let buyer = memo.buyerDepartment(name: name, subName: subName, directory: directory)
        else { return nil }
        buyers.insert(buyer.key)
        if buyer.isEGPID { buyersWithEGPID.insert(buyer.key) }
        return buyer.key
    }
}

/// Turns one row of data.go.th's contract table, its values found by column name (from a CSV row or a
/// datastore JSON record alike), into a ``ContractRecorded`` event.
struct ContractRowReader {
    /// The department given with `--dept`, if any.
    let departmentID: String?
    /// Where buyers' e-GP ids are looked up when no `--dept` was given; nil files no buyer.
    let directory: DepartmentDirectory?
    /// The amount ceilings applied to each row.
    let limits: InputLimits
    /// The counts so far.
    private(set) var counts = ContractCounts()
    /// Readings of the cells rows repeat, worked out once each.
    private var memo = ContractValueMemo()

    /// A reader filing rows under `departmentID`, else (with a `directory`) under each row's buyer.
    init(departmentID: String?, directory: DepartmentDirectory?, limits: InputLimits) {
        self.departmentID = departmentID
        self.directory = directory
        self.limits = limits
    }

    /// The event for a row whose raw values are `values`; `failure` places a problem at its column.
    mutating func event(
        _ values: ContractCells, failure: (ContractColumn, ContractFileError.Problem) -> ContractFileError
    ) throws(ContractFileError) -> ContractRecorded {
        let projectID: EGPProjectID
        do { projectID = try ContractValues.projectID(values[.projectID] ?? "") } catch {
            throw failure(.projectID, error)
        }
        // Text is not remembered: most cells are already collapsed, which `FeedText` sees without copying,
        // while hashing Thai text for a table normalises it first.
        func text(_ column: ContractColumn) -> String? { values[column].flatMap(ContractValues.text) }
        func money(_ column: ContractColumn, as kind: InputLimits.AmountKind) throws(ContractFileError) -> Money? {
            guard let raw = values[column] else { return nil }
            do { return try ContractValues.money(raw, as: kind, limits: limits) } catch { throw failure(column, error) }
        }
        func date(_ column: ContractColumn, near year: FiscalYear?) throws(ContractFileError) -> CalendarDate? {
            guard let raw = values[column] else { return nil }
            do { return try memo.date(raw, fiscalYear: year) } catch { throw failure(column, error) }
        }
        let fiscalYear: FiscalYear?
        do { fiscalYear = try values[.fiscalYear].flatMap(ContractValues.fiscalYear) } catch {
            throw failure(.fiscalYear, error)
        }
        let methods = Self.methods(method: text(.method), group: text(.methodGroup), memo: &memo)
        if methods.swapped { counts.methodColumnsSwapped += 1 }

        let project = ContractRecorded.Project(
            title: text(.title) ?? "", departmentName: text(.departmentName),
            subDepartmentName: text(.subDepartmentName), projectType: text(.projectType),
            method: methods.method.flatMap { memo.method($0) }, methodGroup: methods.group,
            announced: try date(.announced, near: fiscalYear), fiscalYear: fiscalYear,
            budget: try money(.budget, as: .budget), referencePrice: try money(.referencePrice, as: .budget),
            agreedPrice: try money(.agreedPrice, as: .contract),
            transactionDate: try date(.transactionDate, near: fiscalYear), province: text(.province),
            district: text(.district), subdistrict: text(.subdistrict), status: text(.projectStatus))

        var contract: ContractRecorded.Contract?
        let winner = text(.winnerName), number = text(.contractNumber)
        if winner != nil || number != nil {
            let tax = memo.taxID(values[.winnerTaxID] ?? "")
            counts.count(tax.reading)
            contract = ContractRecorded.Contract(
                winnerName: winner ?? "", winnerTaxID: tax.id, winnerTaxIDReading: tax.reading,
                winnerTaxIDAsWritten: tax.asWritten, contractNumber: number,
                signed: try date(.signed, near: fiscalYear), finishes: try date(.finishes, near: fiscalYear),
                amount: try money(.contractAmount, as: .contract), status: text(.contractStatus))
        } else {
            counts.withoutContract += 1
        }
        let buyer = counts.buyer(
            departmentID: departmentID, name: project.departmentName, subName: project.subDepartmentName,
            directory: directory, memo: &memo)
        return ContractRecorded(
            source: .dataGoThCSV, projectID: projectID, departmentID: departmentID, buyerDepartment: buyer,
            project: project, contract: contract)
    }

    /// The method and its group, swapped back when the file has them in each other's columns (the FY2568
    /// files: วิธีจัดซื้อฯ holding ประกาศเชิญชวนทั่วไป, คัดเลือก or เฉพาะเจาะจง, กลุ่มวิธีจัดซื้อฯ the method).
    /// Recognised by content, row by row: the method column holds a group's name and the group column does not.
    static func methods(
        method: String?, group: String?, memo: inout ContractValueMemo
    ) -> (method: String?, group: String?, swapped: Bool) {
        guard let method, let group, memo.isGroupName(method), !memo.isGroupName(group) else {
            return (method, group, false)
        }
        return (group, method, true)
    }

    /// True for the name of a method group (`ประกาศเชิญชวนทั่วไป`, `วิธีคัดเลือก`, …).
    static func isGroupName(_ text: String) -> Bool {
        var key = FeedText.comparisonKey(text)
        let prefix = "วิธี"
        if key.hasPrefix(prefix) { key = String(key.dropFirst(prefix.count)) }
        return ProcurementMethod.SelectionBasis.allCases.contains { $0.rawValue == key }
    }
}

/// One row's raw cells by column, from a CSV row or a datastore record; nil for a column the file lacks.
///
/// An array indexed by the column's position rather than a dictionary: it is built once per row.
struct ContractCells {
    private var cells = [String?](repeating: nil, count: ContractColumn.allCases.count)

    /// The cell of `column`, as written.
    subscript(column: ContractColumn) -> String? {
        get { cells[column.rawValue] }
        set { cells[column.rawValue] = newValue }
    }
}
