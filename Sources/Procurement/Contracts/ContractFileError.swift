import Foundation
import Sujarit

/// Why a contract-data file could not be imported, and where: the file, line and column (or JSON path)
/// and the column's name when known.
///
/// The ``description`` follows the compiler convention `file:line:column: error: message`, and ends with
/// what the user can do. Nothing of a file is recorded when any of it is refused.
public struct ContractFileError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The file as the caller named it.
    public var file: String
    /// The 1-based line of the record, when known.
    public var line: Int?
    /// The 1-based field (column) number within the record, when known.
    public var column: Int?
    /// The column's name (`วันที่ลงนามสัญญา`) or the JSON path (`data[3].contract[0].contract_date`).
    public var field: String?
    /// What went wrong.
    public var problem: Problem

    /// What can go wrong in a contract-data file (an `Error` itself only so that value readers can throw
    /// it typed, before the position is known).
    public enum Problem: Error, Sendable, Hashable {
        /// The file could not be opened or read.
        case cannotRead(reason: String)
        /// The file is empty, or has a header and no rows.
        case empty
        /// The bytes are not UTF-8 (data.go.th publishes UTF-8; a copy re-saved by a Thai spreadsheet may not be).
        case notUTF8
        /// A quoted field never ends.
        case unterminatedQuote
        /// A closing quote is followed by other text.
        case textAfterQuote
        /// A field or record is larger than the reader accepts.
        case tooLarge(limit: String)
        /// A header cell names no known column.
        case unknownHeader(name: String)
        /// A header names the same column twice.
        case repeatedHeader(name: String)
        /// A column the import needs is not in the header.
        case missingColumn(name: String)
        /// The header's columns are out of the standard order and the rows do not match it, so which value
        /// is which cannot be told.
        case headerOutOfOrder
        /// A row has a different number of fields than the file's rows should.
        case wrongFieldCount(expected: Int, found: Int)
        /// A value is not a project id.
        case invalidProjectID(text: String)
        /// A value is not a date.
        case invalidDate(text: String, reason: String)
        /// A value is not an amount of baht.
        case invalidMoney(text: String, reason: String)
        /// A value is not a Buddhist-era fiscal year.
        case invalidFiscalYear(text: String)
        /// The JSON does not have the GovSpending `egp-contract` shape.
        case invalidJSON(message: String)
        /// A datastore API response that reports an error (`"success": false`) was saved instead of a page.
        case datastoreError(message: String)
        /// The path names a FIFO, socket, device or directory; it was not opened.
        case notARegularFile(kind: String)
        /// A text value holds a control character or is longer than accepted (``InputText``).
        case refusedText(InputTextError)
        /// An amount is negative or above its ceiling in `Registers/limits.yaml` (``InputLimits``).
        case refusedAmount(AmountLimitError)
    }

    /// Creates an error.
    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.problem = problem
    }

    /// `file:line:column: error: <field> message What to do: advice`.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        let subject = field.map { "\($0): " } ?? ""
        return "\(location): error: \(subject)\(message) What to do: \(advice)"
    }

    /// The ``description``.
    public var errorDescription: String? { description }

    /// What went wrong, in a sentence.
    public var message: String {
        switch problem {
        case let .cannotRead(reason): "cannot read the file: \(reason)."
        case .empty: "the file has no data rows."
        case .notUTF8: "the bytes are not UTF-8."
        case .unterminatedQuote: "a quoted field starts here and never ends."
        case .textAfterQuote: "text follows a closing quote (a quote inside a field must be written \"\")."
        case let .tooLarge(limit): "this is larger than the \(limit) the reader accepts."
        case let .unknownHeader(name):
            "the header column '\(name)' is not a column of the data.go.th contract file (known: "
                + ContractColumn.allCases.map(\.thaiName).joined(separator: ", ") + ")."
        case let .repeatedHeader(name): "the header names '\(name)' twice."
        case let .missingColumn(name): "the header has no '\(name)' column, which the import needs."
        case .headerOutOfOrder:
            "the header's columns are not in the standard order and the rows do not have one field per header "
                + "column, so the values cannot be matched to their columns."
        case let .wrongFieldCount(expected, found):
            "the row has \(found) fields where \(expected) were expected: the columns are shifted from here on "
                + "(usually a comma inside an unquoted name or amount such as 2,500,000.00)."
        case let .invalidProjectID(text):
            "'\(text)' is not an e-GP project id (11 digits, or P/M and 11 digits)."
        case let .invalidDate(text, reason): "'\(text)' is not a date: \(reason)."
        case let .invalidMoney(text, reason): "'\(text)' is not an amount of baht: \(reason)."
        case let .invalidFiscalYear(text):
            "'\(text)' is not a fiscal year: write the Buddhist-era year, e.g. 2568."
        case let .invalidJSON(message):
            "the JSON is not a GovSpending egp-contract response or a data.go.th datastore page: \(message)."
        case let .datastoreError(message):
            "the file is data.go.th's datastore API refusing the request (\"success\": false: \(message)), not a page of data."
        case let .notARegularFile(kind): "this is a \(kind), not an ordinary file, so it was not opened."
        case let .refusedText(problem): problem.errorDescription ?? "\(problem)"
        case let .refusedAmount(problem): problem.errorDescription ?? "\(problem)"
        }
    }

    /// What the user can do about it.
    public var advice: String {
        switch problem {
        case .cannotRead: "check the path and that the file is readable."
        case .empty: "download the file again; check that it is the contract data and not an error page."
        case .notUTF8:
            "re-save the file as \"CSV UTF-8\" (in Excel: Save As → CSV UTF-8), or download it again from data.go.th."
        case .unterminatedQuote, .textAfterQuote, .tooLarge:
            "download the file again; if it was edited by hand, fix the quotes on this line."
        case .unknownHeader, .repeatedHeader, .missingColumn, .headerOutOfOrder:
            "use the file as data.go.th publishes it (cgd-contract-<year>.csv); if its header was edited, restore it."
        case .wrongFieldCount:
            "download the file again, or put the value with the comma in double quotes on this line."
        case .invalidProjectID, .invalidMoney, .invalidFiscalYear:
            "correct the value on this line (compare with the project on e-GP), or download the file again."
        case .invalidDate:
            "dates are written like 21 มิ.ย. 67, 21/06/2567 or 2024-06-21; correct the date on this line."
        case .invalidJSON:
            "save the API's response exactly as returned ({\"success\":…, \"total\":…, \"data\":[…]} from "
                + "GovSpending, {\"result\": {\"records\": […]}} from data.go.th's datastore)."
        case .datastoreError:
            "check the resource id and the query in the address, fetch the page again and save it when it says "
                + "\"success\": true; nothing was imported."
        case .notARegularFile:
            "name the downloaded file itself; nothing was imported."
        case .refusedText, .refusedAmount:
            "correct the value on this line (or download the file again); nothing of the file was imported."
        }
    }
}
