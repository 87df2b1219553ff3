import Foundation
import Sujarit

/// Reads one page of data.go.th's datastore API (CKAN `datastore_search`) over the contract table into
/// ``ContractRecorded`` events.
///
/// The response is `{help, success, result: {fields: [{id, type}…], records: [...], _links: {start, next},
/// total}}`. Records are objects keyed by the table's column names (or, with `records_format=lists`,
/// lists in the order of `fields`); the names are matched to ``ContractColumn``s exactly as a CSV header
/// is, and the datastore's own (`_id`, `_full_text`, `rank`) are ignored. The API pages its results: each
/// page saved is one file (`_links.next` is the next one's address), and a folder of them is imported file
/// by file. The last page of a walk has no records; it is read as a file of none.
struct DatastoreJSONFile {
    /// The events, in file order.
    private(set) var events: [ContractRecorded] = []
    /// Records read.
    private(set) var rowsRead = 0
    /// Always the datastore JSON, with the layout its columns have.
    private(set) var variant = ContractFileVariant(container: .datastoreJSON)
    /// The column names read and those ignored, in the order of `fields` (else of the names).
    private(set) var columnsRead: [String] = [], columnsIgnored: [String] = []
    private var rows: ContractRowReader

    /// Counts for the import record.
    var counts: ContractCounts { rows.counts }

    /// Reads and checks the page `data` of the file at `path`.
    init(
        data: Data, file path: String, departmentID: String?, directory: DepartmentDirectory? = nil,
        limits: InputLimits = .defaults
    ) throws(ContractFileError) {
        rows = ContractRowReader(departmentID: departmentID, directory: directory, limits: limits)
        let response = try ContractJSON.decode(Response.self, from: data, file: path)
        guard response.success != false else {
            throw ContractFileError(file: path, problem: .datastoreError(message: Self.message(data)))
        }
        guard let result = response.result else {
            throw ContractFileError(file: path, problem: .invalidJSON(message: "'result' is missing"))
        }
        let names: [(name: String, place: String)]
        if let fields = result.fields {
            names = fields.enumerated().map { ($1.id, "result.fields[\($0)].id") }
        } else if case let .objects(records) = result.records {
            let keys = Set(records.flatMap(\.keys)).sorted()
            names = keys.map { ($0, "result.records") }
        } else {
            throw ContractFileError(
                file: path, field: "result.fields",
                problem: .invalidJSON(message: "the records are lists, and without 'fields' their columns are unknown"))
        }
        var columns: [String: ContractColumn] = [:]
        var seen = Set<ContractColumn>()
        for (name, place) in names {
            if ContractColumn.isDatastoreColumn(name) || ContractColumn.isEnglishDuplicate(name) {
                columnsIgnored.append(name)
                continue
            }
            do { try ContractValues.checkText(name) } catch {
                throw ContractFileError(file: path, field: place, problem: error)
            }
            guard let column = ContractColumn(header: name) else {
                throw ContractFileError(file: path, field: place, problem: .unknownHeader(name: FeedText.trimmed(name)))
            }
            guard seen.insert(column).inserted else {
                throw ContractFileError(
                    file: path, field: place, problem: .repeatedHeader(name: FeedText.trimmed(name)))
            }
            columns[name] = column
            columnsRead.append(FeedText.trimmed(name))
        }
        for needed in [ContractColumn.projectID, .title] where !seen.contains(needed) && !names.isEmpty {
            throw ContractFileError(file: path, field: "result.fields", problem: .missingColumn(name: needed.thaiName))
        }
        let named = names.compactMap { columns[$0.name] }
        variant.layout = ContractFileVariant.layout(named: named, headerCells: named.count, rowWidth: named.count)

        let records: [[String: ContractJSON.Scalar]]
        switch result.records {
        case let .objects(objects): records = objects
        case let .lists(lists):
            records = try lists.enumerated().map { index, list throws(ContractFileError) in
                guard list.count == names.count else {
                    throw ContractFileError(
                        file: path, field: "result.records[\(index)]",
                        problem: .wrongFieldCount(expected: names.count, found: list.count))
                }
                return Dictionary(uniqueKeysWithValues: zip(names.map(\.name), list))
            }
        }
        for (index, record) in records.enumerated() {
            var values = ContractCells()
            for (name, value) in record {
                let place = "result.records[\(index)].\(name)"
                do { try ContractValues.checkText(value.text) } catch {
                    throw ContractFileError(file: path, field: place, problem: error)
                }
                if let column = columns[name] {
                    values[column] = value.text
                } else if !ContractColumn.isDatastoreColumn(name), !ContractColumn.isEnglishDuplicate(name) {
                    throw ContractFileError(file: path, field: place, problem: .unknownHeader(name: name))
                }
            }
            events.append(
                try rows.event(values) { column, problem in
                    let name = columns.first { $0.value == column }?.key ?? column.thaiName
                    return ContractFileError(file: path, field: "result.records[\(index)].\(name)", problem: problem)
                })
        }
        rowsRead = records.count
    }

    /// The API's error object as text (`{"message": …, "__type": …}`), for the refusal.
    private static func message(_ data: Data) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let error = object["error"]
        else { return "no reason given" }
        if let error = error as? [String: Any], let message = error["message"] as? String {
            return ((error["__type"] as? String).map { "\($0): " } ?? "") + message
        }
        let text = (try? JSONSerialization.data(withJSONObject: error, options: [.sortedKeys])).map {
            String(decoding: $0, as: UTF8.self)
        }
        return text ?? "no reason given"
    }

    // MARK: The response's shape

    /// `{help, success, result}` or, for a refused request, `{help, success: false, error}`.
    private struct Response: Decodable {
        var success: Bool?
        var result: Result?
    }

    /// The page.
    private struct Result: Decodable {
        var fields: [Field]?
        var records: Records
    }

    /// One column of the table.
    private struct Field: Decodable {
        var id: String
    }

    /// The records, as objects (the default) or as lists (`records_format=lists`).
    private enum Records: Decodable {
        case objects([[String: ContractJSON.Scalar]])
        case lists([[ContractJSON.Scalar]])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let lists = try? container.decode([[ContractJSON.Scalar]].self) {
                self = .lists(lists)
            } else {
                self = .objects(try container.decode([[String: ContractJSON.Scalar]].self))
            }
        }
    }
}
