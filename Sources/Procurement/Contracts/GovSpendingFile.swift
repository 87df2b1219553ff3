import Foundation
import Sujarit

/// Reads a GovSpending `egp-contract` response (`{success, total, data: [project…]}`) into
/// ``ContractRecorded`` events: one per contract of each project, or one for a project without contracts.
///
/// The API returns pages of projects, so a file is read whole (up to ``InputLimits/maxFileBytes``). Amounts may be JSON
/// numbers or text, ids and years numbers or text; the winner is `winner` or, in some exports,
/// `winner_name`. Errors name the JSON path of the value (`data[3].contract[0].contract_date`).
struct GovSpendingFile {
    /// The amount ceilings applied.
    let limits: InputLimits
    /// The events, in file order.
    private(set) var events: [ContractRecorded] = []
    /// Projects read.
    private(set) var projectsRead = 0
    /// Counts for the import record.
    private(set) var scientificTaxIDs = 0, invalidTaxIDs = 0, withoutContract = 0

    /// Reads and checks the whole file, refusing it unread when it is not a regular file or is larger than
    /// `limits.maxFileBytes` (16 MiB by default: far beyond an API page, small enough to hold).
    init(path: String, departmentID: String?, limits: InputLimits = .defaults) throws(ContractFileError) {
        let data: Data
        do {
            try InputFile.checkReadable(path, maxBytes: limits.maxFileBytes)
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as InputFileError {
            switch error {
            case let .notRegular(_, kind):
                throw ContractFileError(file: path, problem: .notARegularFile(kind: kind.rawValue))
            case let .tooLarge(_, _, limit):
                throw ContractFileError(
                    file: path,
                    problem: .tooLarge(
                        limit: "\(limit) bytes for a JSON file (max_file_bytes in Registers/limits.yaml)"))
            case .missing: throw ContractFileError(file: path, problem: .cannotRead(reason: "it does not exist"))
            }
        } catch {
            throw ContractFileError(file: path, problem: .cannotRead(reason: error.localizedDescription))
        }
        self.limits = limits
        let response: Response
        do {
            response = try JSONDecoder().decode(Response.self, from: data)
        } catch let error as DecodingError {
            throw Self.error(error, file: path)
        } catch {
            throw ContractFileError(file: path, problem: .invalidJSON(message: error.localizedDescription))
        }
        guard !response.data.isEmpty else { throw ContractFileError(file: path, problem: .empty) }
        for (index, project) in response.data.enumerated() {
            try append(project, at: "data[\(index)]", file: path, departmentID: departmentID)
        }
        projectsRead = response.data.count
    }

    /// Turns one project into its events.
    private mutating func append(
        _ project: Project, at path: String, file: String, departmentID: String?
    ) throws(ContractFileError) {
        func read<T>(
            _ key: String, _ raw: Scalar?, _ parse: (String) throws(ContractFileError.Problem) -> T?
        ) throws(ContractFileError) -> T? {
            guard let raw else { return nil }
            do { return try parse(raw.text) } catch {
                throw ContractFileError(file: file, field: "\(path).\(key)", problem: error)
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
                throw ContractFileError(file: file, field: "\(path).\(key)", problem: error)
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
            throw ContractFileError(file: file, field: "\(path).project_id", problem: error)
        }
        let facts = ContractRecorded.Project(
            title: project.project_name.flatMap(ContractValues.text) ?? "",
            departmentName: project.dept_name.flatMap(ContractValues.text),
            subDepartmentName: project.dept_sub_name.flatMap(ContractValues.text),
            method: project.purchase_method_name.flatMap(ContractValues.text).flatMap(ProcurementMethod.recognize),
            announced: try read("announce_date", project.announce_date, ContractValues.date),
            fiscalYear: try read("budget_year", project.budget_year, ContractValues.fiscalYear),
            budget: try read("project_money", project.project_money, budgetAmount),
            referencePrice: try read("price_build", project.price_build, budgetAmount),
            agreedPrice: try read("sum_price_agree", project.sum_price_agree, contractAmount))
        let contracts = project.contract ?? []
        if contracts.isEmpty {
            withoutContract += 1
            events.append(
                ContractRecorded(
                    source: .govSpendingJSON, projectID: projectID, departmentID: departmentID, project: facts,
                    contract: nil))
        }
        for (index, contract) in contracts.enumerated() {
            let at = "\(path).contract[\(index)]"
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
            if tax.reading == .scientificNotation { scientificTaxIDs += 1 }
            if tax.reading == .invalid { invalidTaxIDs += 1 }
            events.append(
                ContractRecorded(
                    source: .govSpendingJSON, projectID: projectID, departmentID: departmentID, project: facts,
                    contract: ContractRecorded.Contract(
                        winnerName: (contract.winner ?? contract.winner_name).flatMap(ContractValues.text) ?? "",
                        winnerTaxID: tax.id, winnerTaxIDReading: tax.reading, winnerTaxIDAsWritten: tax.asWritten,
                        contractNumber: contract.contract_no.flatMap { ContractValues.text($0.text) },
                        signed: try readContract("contract_date", contract.contract_date, ContractValues.date),
                        finishes: try readContract(
                            "contract_finish_date", contract.contract_finish_date, ContractValues.date),
                        amount: try readContract("price_agree", contract.price_agree, contractAmount),
                        status: contract.status.flatMap { ContractValues.text($0.text) })))
        }
    }

    /// A decoding error as a ``ContractFileError`` naming the JSON path.
    private static func error(_ error: DecodingError, file: String) -> ContractFileError {
        func path(_ context: DecodingError.Context) -> String? {
            var text = ""
            for key in context.codingPath {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return text.isEmpty ? nil : text
        }
        switch error {
        case let .keyNotFound(key, context):
            return ContractFileError(
                file: file, field: path(context), problem: .invalidJSON(message: "'\(key.stringValue)' is missing"))
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            return ContractFileError(
                file: file, field: path(context), problem: .invalidJSON(message: context.debugDescription))
        case let .dataCorrupted(context):
            let underlying = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return ContractFileError(
                file: file, field: path(context), problem: .invalidJSON(message: underlying ?? context.debugDescription)
            )
        @unknown default:
            return ContractFileError(file: file, problem: .invalidJSON(message: "\(error)"))
        }
    }

    // MARK: The response's shape

    /// `{success, total, data}`.
    private struct Response: Decodable {
        var data: [Project]
    }

    /// One project as the API gives it (field names are the API's own).
    private struct Project: Decodable {
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
        var winner: String?
        var winner_name: String?
        var winner_tin: Scalar?
        var contract_no: Scalar?
        var contract_date: Scalar?
        var contract_finish_date: Scalar?
        var price_agree: Scalar?
        var status: Scalar?
    }

    /// A JSON string or number, kept as text (numbers exactly as written, through `Decimal`).
    private struct Scalar: Decodable {
        var text: String

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let string = try? container.decode(String.self) {
                text = string
            } else if let number = try? container.decode(Decimal.self) {
                text = "\(number)"
            } else if container.decodeNil() {
                text = ""
            } else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected text or a number")
            }
        }
    }
}
