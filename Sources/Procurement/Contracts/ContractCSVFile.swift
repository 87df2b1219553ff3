import Foundation
import Sujarit

/// Reads a data.go.th contract CSV (`cgd-contract-<year>`) row by row into ``ContractRecorded`` events.
///
/// The header is matched to ``ContractColumn``s by name; the datastore's own columns (`_id`,
/// `_full_text`: CKAN reserves names beginning with `_`) and `(Eng)` duplicates are ignored. How rows are
/// read then depends on the first data row's width: one field per header cell (read by the header's
/// names, in any order and any subset, as the FY2568 15-column files and datastore dumps have them); or
/// the standard 28 fields, which is what data.go.th's rows always have even when the header has 26
/// columns (the district columns missing) or 31 (three `(Eng)` columns that are not in the rows). Every
/// later row must have the same width; a row that does not has shifted columns and stops the import,
/// naming its line.
struct ContractCSVFile {
    /// The file as named.
    let file: String
    private var rows: ContractRowReader
    private var reader: CSVRecordReader
    /// For each field position of a row, the column it holds (nil for an ignored one).
    private(set) var layout: [ContractColumn?] = []
    /// What was repaired in the header, in a sentence; nil when it was standard.
    private(set) var headerRepair: String?
    /// Rows read so far.
    private(set) var rowsRead = 0
    /// Which variant the file is: the container from its header, the layout once the first row is read.
    private(set) var variant = ContractFileVariant(container: .dataGoThCSV)
    private var header: [String] = []
    private var headerColumns: [ContractColumn?] = []

    /// Counts for the import record.
    var counts: ContractCounts { rows.counts }

    /// Opens the file and reads its header.
    init(
        path: String, departmentID: String?, directory: DepartmentDirectory? = nil,
        limits: InputLimits = .defaults
    ) throws(ContractFileError) {
        // Fields are refused past the name limit while streaming, before a long one is held in memory.
        guard let reader = CSVRecordReader(path: path, maxFieldBytes: InputText.maxNameBytes) else {
            throw ContractFileError(file: path, problem: .cannotRead(reason: "it does not exist or cannot be opened"))
        }
        self.file = path
        self.rows = ContractRowReader(departmentID: departmentID, directory: directory, limits: limits)
        self.reader = reader
        guard
            let record = try Self.mapFailure(
                file: path, { () throws(CSVRecordReader.Failure) in try self.reader.next() })
        else { throw ContractFileError(file: path, line: 1, problem: .empty) }
        try readHeader(record)
    }

    /// Bytes read so far.
    var bytesRead: Int64 { reader.bytesRead }

    /// The next row's event, or nil at the end of the file.
    ///
    /// The row's fields are made into text only for the columns kept, straight from the reader's buffer; the
    /// reader has checked the row's UTF-8 and, in the same pass, its control characters, so each field is
    /// checked again (``ContractValues/checkText(_:)``) only in a row where one was found, to name it.
    mutating func next() throws(ContractFileError) -> ContractRecorded? {
        let more: Bool
        do {
            more = try Self.mapFailure(file: file, { () throws(CSVRecordReader.Failure) in try reader.advance() })
        } catch {
            var named = error
            if named.field == nil, let column = named.column { named.field = fieldName(column - 1) }
            throw named
        }
        guard more else {
            if rowsRead == 0 { throw ContractFileError(file: file, problem: .empty) }
            reader.close()
            return nil
        }
        let line = reader.recordLine, width = reader.fieldCount
        if layout.isEmpty { try decideLayout(width: width, line: line) }
        guard width == layout.count else {
            throw ContractFileError(
                file: file, line: line, problem: .wrongFieldCount(expected: layout.count, found: width))
        }
        rowsRead += 1
        // The reader's limit on a field is the text rule's (`InputText.maxNameBytes`), so a row without control
        // characters passes the rule in every field.
        if !reader.recordHasNoControlCharacters {
            for index in 0..<width {
                do { try ContractValues.checkText(reader.field(index)) } catch {
                    throw ContractFileError(
                        file: file, line: line, column: index + 1, field: fieldName(index), problem: error)
                }
            }
        }
        return try event(line: line)
    }

    /// The header cells read by name, as written, in the file's order.
    var columnsRead: [String] {
        zip(header, headerColumns).compactMap { $1 == nil ? nil : FeedText.trimmed($0) }
    }

    /// The header cells present and ignored: the datastore's own and `(Eng)` ones.
    var columnsIgnored: [String] {
        zip(header, headerColumns).compactMap { $1 == nil ? FeedText.trimmed($0) : nil }
    }

    /// The name of the field at 0-based `index` of a row: its column's, else the header cell's.
    private func fieldName(_ index: Int) -> String? {
        if index < layout.count, let column = layout[index] { return column.thaiName }
        return index < header.count ? FeedText.trimmed(header[index]) : nil
    }

    // MARK: Header

    /// Matches each header cell to a column, refusing unknown and repeated names.
    private mutating func readHeader(_ record: CSVRecordReader.Record) throws(ContractFileError) {
        header = record.fields
        var seen = Set<ContractColumn>()
        for (index, name) in header.enumerated() {
            do { try ContractValues.checkText(name) } catch {
                throw ContractFileError(file: file, line: record.line, column: index + 1, problem: error)
            }
            if ContractColumn.isEnglishDuplicate(name) || ContractColumn.isDatastoreColumn(name) {
                if ContractColumn.isDatastoreColumn(name) { variant.container = .datastoreCSV }
                headerColumns.append(nil)
                continue
            }
            guard let column = ContractColumn(header: name) else {
                throw ContractFileError(
                    file: file, line: record.line, column: index + 1,
                    problem: .unknownHeader(name: FeedText.trimmed(name)))
            }
            guard seen.insert(column).inserted else {
                throw ContractFileError(
                    file: file, line: record.line, column: index + 1,
                    problem: .repeatedHeader(name: FeedText.trimmed(name)))
            }
            headerColumns.append(column)
        }
        for needed in [ContractColumn.projectID, .title] where !seen.contains(needed) {
            throw ContractFileError(file: file, line: record.line, problem: .missingColumn(name: needed.thaiName))
        }
    }

    /// Decides how rows map to columns from the first row's width.
    private mutating func decideLayout(width: Int, line: Int) throws(ContractFileError) {
        let named = headerColumns.compactMap { $0 }
        let ignored = headerColumns.count - named.count
        let standard = ContractColumn.allCases.count
        let own = header.filter(ContractColumn.isDatastoreColumn).count
        variant.layout = ContractFileVariant.layout(
            named: named, headerCells: headerColumns.count - own, rowWidth: width - own)
        if width == headerColumns.count {
            layout = headerColumns
            if variant.container == .datastoreCSV || variant.layout == .fy2568 {
                headerRepair = nil // the variant says how it was read
            } else if ignored > 0 {
                headerRepair = "the header's \(ignored) (Eng) column(s) were matched to fields and ignored"
            } else if named != ContractColumn.allCases {
                headerRepair = "the header's columns were read by name, not position"
            }
        } else if width == standard {
            if named.count == standard {
                layout = named
            } else {
                guard named == named.sorted(by: { $0.rawValue < $1.rawValue }) else {
                    throw ContractFileError(file: file, line: line, problem: .headerOutOfOrder)
                }
                layout = ContractColumn.allCases
            }
            var parts: [String] = []
            if named.count < standard {
                let missing = ContractColumn.allCases.filter { !named.contains($0) }.map(\.thaiName)
                parts.append(
                    "the header lacks \(missing.joined(separator: ", ")), which the rows have in the standard place")
            }
            if ignored > 0 { parts.append("its \(ignored) (Eng) column(s) are not in the rows and were ignored") }
            headerRepair =
                "header of \(headerColumns.count) columns, rows of \(standard): "
                + (parts.isEmpty ? "read by name" : parts.joined(separator: "; "))
        } else {
            // One field per header cell, unless the header is one of the two that rows of 28 come under.
            let expected = [26, 31].contains(headerColumns.count - own) ? standard : headerColumns.count
            throw ContractFileError(
                file: file, line: line, problem: .wrongFieldCount(expected: expected, found: width))
        }
    }

    // MARK: Rows

    /// The event for the reader's current row, which starts on `line`.
    private mutating func event(line: Int) throws(ContractFileError) -> ContractRecorded {
        var values = ContractCells()
        for (index, column) in layout.enumerated() {
            guard let column else { continue }
            values[column] = reader.field(index)
        }
        let file = file, layout = layout
        return try rows.event(values) { column, problem in
            // Where the column is, worked out only for a row that is refused.
            let position = layout.firstIndex { $0 == column }.map { $0 + 1 }
            return ContractFileError(
                file: file, line: line, column: position, field: column.thaiName, problem: problem)
        }
    }

    /// Turns the CSV reader's failures into errors naming the file.
    private static func mapFailure<T>(
        file: String, _ work: () throws(CSVRecordReader.Failure) -> T
    ) throws(ContractFileError) -> T {
        do {
            return try work()
        } catch {
            switch error {
            case let .unterminatedQuote(line, field):
                throw ContractFileError(file: file, line: line, column: field, problem: .unterminatedQuote)
            case let .textAfterQuote(line, field):
                throw ContractFileError(file: file, line: line, column: field, problem: .textAfterQuote)
            case let .notUTF8(line, field):
                throw ContractFileError(file: file, line: line, column: field, problem: .notUTF8)
            case let .fieldTooLarge(line, field, limit):
                throw ContractFileError(
                    file: file, line: line, column: field,
                    problem: .tooLarge(limit: "\(EGPFeedError.describe(bytes: limit)) per field"))
            case let .tooManyFields(line, limit):
                throw ContractFileError(file: file, line: line, problem: .tooLarge(limit: "\(limit) fields per row"))
            case let .readFailed(reason):
                throw ContractFileError(file: file, problem: .cannotRead(reason: reason))
            }
        }
    }
}
