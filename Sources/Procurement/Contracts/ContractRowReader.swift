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
        departmentID: String?, name: String?, subName: String?, directory: DepartmentDirectory?
    ) -> String? {
        guard departmentID == nil, let directory,
            let buyer = ContractValues.buyerDepartment(name: name, subName: subName, directory: directory)
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

    /// The event for a row whose raw values are `values`; `failure` places a problem at its column.
    mutating func event(
        _ values: [ContractColumn: String], failure: (ContractColumn, ContractFileError.Problem) -> ContractFileError
    ) throws(ContractFileError) -> ContractRecorded {
        func read<T>(
            _ column: ContractColumn, _ parse: (String) throws(ContractFileError.Problem) -> T?
        ) throws(ContractFileError) -> T? {
            guard let raw = values[column] else { return nil }
            do { return try parse(raw) } catch { throw failure(column, error) }
        }
        let projectID: EGPProjectID
        do { projectID = try ContractValues.projectID(values[.projectID] ?? "") } catch {
            throw failure(.projectID, error)
        }
        let text = { (column: ContractColumn) in values[column].flatMap(ContractValues.text) }
        let limits = limits
        let budgetAmount = { (raw: String) throws(ContractFileError.Problem) -> Money? in
            try ContractValues.money(raw, as: .budget, limits: limits)
        }
        let contractAmount = { (raw: String) throws(ContractFileError.Problem) -> Money? in
            try ContractValues.money(raw, as: .contract, limits: limits)
        }
        let fiscalYear = try read(.fiscalYear, ContractValues.fiscalYear)
        let date = { (raw: String) throws(ContractFileError.Problem) -> CalendarDate? in
            try ContractValues.date(raw, fiscalYear: fiscalYear)
        }
        let methods = Self.methods(method: text(.method), group: text(.methodGroup))
        if methods.swapped { counts.methodColumnsSwapped += 1 }

        let project = ContractRecorded.Project(
            title: text(.title) ?? "", departmentName: text(.departmentName),
            subDepartmentName: text(.subDepartmentName), projectType: text(.projectType),
            method: methods.method.flatMap(ProcurementMethod.recognize), methodGroup: methods.group,
            announced: try read(.announced, date), fiscalYear: fiscalYear, budget: try read(.budget, budgetAmount),
            referencePrice: try read(.referencePrice, budgetAmount),
            agreedPrice: try read(.agreedPrice, contractAmount),
            transactionDate: try read(.transactionDate, date), province: text(.province), district: text(.district),
            subdistrict: text(.subdistrict), status: text(.projectStatus))

        var contract: ContractRecorded.Contract?
        let winner = text(.winnerName), number = text(.contractNumber)
        if winner != nil || number != nil {
            let tax = ContractValues.taxID(values[.winnerTaxID] ?? "")
            counts.count(tax.reading)
            contract = ContractRecorded.Contract(
                winnerName: winner ?? "", winnerTaxID: tax.id, winnerTaxIDReading: tax.reading,
                winnerTaxIDAsWritten: tax.asWritten, contractNumber: number, signed: try read(.signed, date),
                finishes: try read(.finishes, date), amount: try read(.contractAmount, contractAmount),
                status: text(.contractStatus))
        } else {
            counts.withoutContract += 1
        }
        let buyer = counts.buyer(
            departmentID: departmentID, name: project.departmentName, subName: project.subDepartmentName,
            directory: directory)
        return ContractRecorded(
            source: .dataGoThCSV, projectID: projectID, departmentID: departmentID, buyerDepartment: buyer,
            project: project, contract: contract)
    }

    /// The method and its group, swapped back when the file has them in each other's columns (the FY2568
    /// files: วิธีจัดซื้อฯ holding ประกาศเชิญชวนทั่วไป, คัดเลือก or เฉพาะเจาะจง, กลุ่มวิธีจัดซื้อฯ the method).
    /// Recognised by content, row by row: the method column holds a group's name and the group column does not.
    static func methods(method: String?, group: String?) -> (method: String?, group: String?, swapped: Bool) {
        guard let method, let group, isGroupName(method), !isGroupName(group) else { return (method, group, false) }
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
