import Foundation
import Sujarit

import Foundation
import Sujarit

/// Reads a GovSpending `egp-contract` response into ``ContractRecorded`` events: one per contract of each
/// project, or one for a project without contracts.
///
/// Two shapes are read: a saved page of the API (`{success, total, data: [project…]}`, or the bare list)
/// and one project as the API's record viewer shows it (the project object itself, or `{data: project}`).
/// A folder of pages is imported as its files (the command expands it). The file is read whole (up to
/// ``InputLimits/maxFileBytes``). Amounts may be JSON numbers or text, ids and years numbers or text; the
/// winner is `winner` or, in some exports, `winner_name`. Errors name the JSON path of the value
/// (`data[3].contract[0].contract_date`).
struct GovSpendingFile {
    /// The amount ceilings applied.
    let limits: InputLimits
    /// Where buyers' e-GP ids are looked up when no `--dept` was given.
    let directory: DepartmentDirectory?
    /// The events, in file order.
    private(set) var events: [ContractRecorded] = []
    /// Projects read.
    private(set) var projectsRead = 0
    /// Counts for the import record.
    private(set) var counts = ContractCounts()
    /// The buyers' departments, looked up once each.
    private var memo = ContractValueMemo()
    /// Which shape the file had.
    let variant: ContractFileVariant
    /// The keys read and the keys present but not read, over every project and contract.
    private(set) var columnsRead: [String] = [], columnsIgnored: [String] = []

    /// Reads and checks the file's bytes, `data`, as `shape` (``ContractJSONShape/sniff(_:)``).
    init(
        data: Data, shape: ContractJSONShape, file path: String, departmentID: String?,
        directory: DepartmentDirectory? = nil, limits: InputLimits = .defaults
    ) throws(ContractFileError) {
        self.limits = limits
        self.directory = directory
        let projects: [(Project, String)]
        switch shape.kind {
        case .govSpendingPage(let bare):
            variant = ContractFileVariant(container: .govSpendingPage)
            let list =
                bare
                ? try ContractJSON.decode([Project].self, from: data, file: path)
                : try ContractJSON.decode(Response.self, from: data, file: path).data
            projects = list.enumerated().map { ($1, bare ? "[\($0)]" : "data[\($0)]") }
        case .govSpendingRecord(let wrapped):
            variant = ContractFileVariant(container: .govSpendingRecord)
            projects =
                wrapped
                ? [(try ContractJSON.decode(Record.self, from: data, file: path).data, "data")]
                : [(try ContractJSON.decode(Project.self, from: data, file: path), "")]
        default:
            // An error response saved instead of data, or JSON of another kind: named by what is missing.
            variant = ContractFileVariant(container: .govSpendingPage)
            projects = try ContractJSON.decode(Response.self, from: data, file: path).data.map { ($0, "data") }
        }
        guard !projects.isEmpty else { throw ContractFileError(file: path, problem: .empty) }
        for (project, at) in projects {
            try append(project, at: at, file: path, departmentID: departmentID)
        }
        projectsRead = projects.count
        (columnsRead, columnsIgnored) = Self.keys(of: shape.projects)
    }

    /// The keys the reader knows that some project or contract has, in the API's order, and those it does not.
    private static func keys(of projects: [[String: Any]]) -> (read: [String], ignored: [String]) {
        var present = Set<String>()
        for project in projects {
            present.formUnion(project.keys.map { $0 })
            for contract in project["contract"] as? [[String: Any]] ?? [] {
                present.formUnion(contract.keys.map { "contract[].\($0)" })
            }
        }
        let known =
            Project.CodingKeys.allCases.map(\.rawValue)
            + Contract.CodingKeys.allCases.map { "contract[].\($0.rawValue)" }
        return (known.filter(present.contains), present.subtracting(known).sorted())
    }

    /// Turns one project into its events.
    private mutating func append(
        _ project: Project, at path: String, file: String, departmentID: String?
    ) throws(ContractFileError) {
        let place = { (key: String) in path.isEmpty ? key : "\(path).\(key)" }
        func read<T>(
            _ key: String, _ raw: Scalar?, _ parse: (String) throws(ContractFileError.Problem) -> T?
        ) throws(ContractFileError) -> T? {
            guard let raw else { return nil }
            do { return try parse(raw.text) } catch {
                throw ContractFileError(file: file, field: place(key), problem: error)
            }
        }
        // Every text of the project, checked before anything is read from it.
        let texts: [(String, String?)] = [
            ("project_id", project.project_id?.text), ("project_name", project.project_name),
            ("dept_name", project.dept_name),
            ("dept_sub_name", project.dept_sub_name), ("purchase_method_name", project.purchase_method_name),
            ("announce_date", project.announce_date?.text), ("budget_year", project.budget_year?.text),
        ]
        for (key, value) in texts {
            guard let value else { continue }
            do { try ContractValues.checkText(value) } catch {
                throw ContractFileError(file: file, field: place(key), problem: error)
            }
        }
        let limits = limits
        let budgetAmount = { (raw: String) throws(ContractFileError.Problem) -> Money? in
            try ContractValues.money(raw, as: .budget, limits: limits)
        }
        let contractAmount = { (raw: String) throws(ContractFileError.Problem) -> Money? in
            try ContractValues.money(raw, as: .contract, limits: limits)
        }
        let projectID: EGPProjectID
        do { projectID = try ContractValues.projectID(project.project_id?.text ?? "") } catch {
            throw ContractFileError(file: file, field: place("project_id"), problem: error)
        }
        let fiscalYear = try read("budget_year", project.budget_year, ContractValues.fiscalYear)
        let date = { (raw: String) throws(ContractFileError.Problem) -> CalendarDate? in
            try ContractValues.date(raw, fiscalYear: fiscalYear)
        }
        let facts = ContractRecorded.Project(
            title: project.project_name.flatMap(ContractValues.text) ?? "",
            departmentName: project.dept_name.flatMap(ContractValues.text),
            subDepartmentName: project.dept_sub_name.flatMap(ContractValues.text),
            method: project.purchase_method_name.flatMap(ContractValues.text).flatMap(ProcurementMethod.recognize),
            announced: try read("announce_date", project.announce_date, date), fiscalYear: fiscalYear,
            budget: try read("project_money", project.project_money, budgetAmount),
            referencePrice: try read("price_build", project.price_build, budgetAmount),
            agreedPrice: try read("sum_price_agree", project.sum_price_agree, contractAmount))
        let buyer = counts.buyer(
            departmentID: departmentID, name: facts.departmentName, subName: facts.subDepartmentName,
            directory: directory, memo: &memo)
        let contracts = project.contract ?? []
        if contracts.isEmpty {
            counts.withoutContract += 1
            events.append(
                ContractRecorded(
                    source: .govSpendingJSON, projectID: projectID, departmentID: departmentID, buyerDepartment: buyer,
                    project: facts, contract: nil))
        }
        for (index, contract) in contracts.enumerated() {
            let at = place("contract[\(index)]")
            func readContract<T>(
                _ key: String, _ raw: Scalar?, _ parse: (String) throws(ContractFileError.Problem) -> T?
            ) throws(ContractFileError) -> T? {
                guard let raw else { return nil }
                do { return try parse(raw.text) } catch {
                    throw ContractFileError(file: file, field: "\(at).\(key)", problem: error)
                }
            }
            let texts: [(String, String?)] = [
                ("winner", contract.winner), ("winner_name", contract.winner_name),
                ("winner_tin", contract.winner_tin?.text),
                ("contract_no", contract.contract_no?.text), ("contract_date", contract.contract_date?.text),
                ("contract_finish_date", contract.contract_finish_date?.text), ("status", contract.status?.text),
            ]
            for (key, value) in texts {
                guard let value else { continue }
                do { try ContractValues.checkText(value) } catch {
                    throw ContractFileError(file: file, field: "\(at).\(key)", problem: error)
                }
            }
            let tax = ContractValues.taxID(contract.winner_tin?.text ?? "")
            counts.count(tax.reading)
            events.append(
                ContractRecorded(
                    source: .govSpendingJSON, projectID: projectID, departmentID: departmentID, buyerDepartment: buyer,
                    project: facts,
                    contract: ContractRecorded.Contract(
                        winnerName: (contract.winner ?? contract.winner_name).flatMap(ContractValues.text) ?? "",
                        winnerTaxID: tax.id, winnerTaxIDReading: tax.reading, winnerTaxIDAsWritten: tax.asWritten,
                        contractNumber: contract.contract_no.flatMap { ContractValues.text($0.text) },
                        signed: try readContract("contract_date", contract.contract_date, date),
                        finishes: try readContract("contract_finish_date", contract.contract_finish_date, date),
                        amount: try readContract("price_agree", contract.price_agree, contractAmount),
                        status: contract.status.flatMap { ContractValues.text($0.text) })))
        }
    }

    // MARK: The response's shape

    /// `{success, total, data}`.
    private struct Response: Decodable {
        var data: [Project]
    }

    /// `{data: project}`, one record.
    private struct Record: Decodable {
        var data: Project
    }

    typealias Scalar = ContractJSON.Scalar

    /// One project as the API gives it (field names are the API's own).
    private struct Project: Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case project_id, project_name, dept_name, dept_sub_name, purchase_method_name, announce_date
            case project_money, price_build, sum_price_agree, budget_year, contract
        }

        var project_id: Scalar?
        var project_name: String?
        var dept_name: String?
        var dept_sub_name: String?
        var purchase_method_name: String?
        var announce_date: Scalar?
        var project_money: Scalar?
        var price_build: Scalar?
        var sum_price_agree: Scalar?
        var budget_year: Scalar?
        var contract: [Contract]?
    }

    /// One contract of a project.
    private struct Contract: Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case winner, winner_name, winner_tin, contract_no, contract_date, contract_finish_date, price_agree, status
        }

        var winner: String?
        var winner_name: String?
        var winner_tin: Scalar?
        var contract_no: Scalar?
        var contract_date: Scalar?
        var contract_finish_date: Scalar?
        var price_agree: Scalar?
        var status: Scalar?
    }
}
