import Foundation
import Sujarit

/// Reads the CoST bidder list (`egpcost-bidder-<year>`: CoST number, project id, fiscal year, bidder) into
/// ``BiddersRecorded`` events, one per run of consecutive rows about the same project.
///
/// Columns are found by their names in the header (Thai or the open-data English names), in any order; a
/// bidder's tax id column is read when present (scientific notation and invalid ids are left out, never
/// guessed). Rows are streamed, so only the current project's bidders are held.
struct BidderCSVFile {
    /// The columns of a bidder list.
    enum Column: CaseIterable {
        case costNumber, projectID, fiscalYear, bidderName, bidderTaxID

        static let spellings: [Column: [String]] = [
            .costNumber: ["cost_no", "costno", "เลขที่cost", "เลขที่โครงการcost", "รหัสโครงการcost", "cost"],
            .projectID: ["project_id", "รหัสโครงการ", "เลขที่โครงการ"],
            .fiscalYear: ["budget_year", "ปีงบประมาณ", "fiscal_year"],
            .bidderName: ["bidder_name", "ชื่อผู้ยื่นข้อเสนอ", "ผู้ยื่นข้อเสนอ", "ชื่อผู้เสนอราคา", "ผู้เสนอราคา", "bidder"],
            .bidderTaxID: ["bidder_tin", "เลขประจำตัวผู้เสียภาษี", "เลขนิติบุคคล", "tin"],
        ]

        init?(header: String) {
            let key = ContractColumn.headerKey(header)
            guard let column = Self.allCases.first(where: { Self.spellings[$0]!.contains(key) }) else { return nil }
            self = column
        }

        var name: String { Self.spellings[self]![0] }
    }

    let file: String
    private var reader: CSVRecordReader
    private var positions: [Column: Int] = [:]
    private var width = 0
    private var pending: (record: BiddersRecorded, line: Int)?
    private var ended = false
    /// Rows read so far.
    private(set) var rowsRead = 0
    /// Events produced so far.
    private(set) var records = 0
    /// The header cells read by name, as written.
    private(set) var columnsRead: [String] = []

    init(path: String) throws(ContractFileError) {
        guard let reader = CSVRecordReader(path: path, maxFieldBytes: InputText.maxNameBytes) else {
            throw ContractFileError(file: path, problem: .cannotRead(reason: "it does not exist or cannot be opened"))
        }
        file = path
        self.reader = reader
        let header: CSVRecordReader.Record?
        do { header = try self.reader.next() } catch { throw ContractFileError(file: path, line: 1, problem: .notUTF8) }
        guard let header else { throw ContractFileError(file: path, line: 1, problem: .empty) }
        width = header.fields.count
        for (index, name) in header.fields.enumerated() {
            do { try ContractValues.checkText(name) } catch {
                throw ContractFileError(file: path, line: header.line, column: index + 1, problem: error)
            }
            guard let column = Column(header: name) else { continue } // other columns are not needed
            if positions[column] == nil { columnsRead.append(FeedText.trimmed(name)) }
            positions[column] = positions[column] ?? index
        }
        for needed in [Column.projectID, .bidderName] where positions[needed] == nil {
            throw ContractFileError(file: path, line: 1, problem: .missingColumn(name: needed.name))
        }
    }

    /// Bytes read so far.
    var bytesRead: Int64 { reader.bytesRead }

    /// The next project's bidders, or nil at the end of the file.
    mutating func next() throws(ContractFileError) -> BiddersRecorded? {
        while !ended {
            let row: CSVRecordReader.Record?
            do { row = try reader.next() } catch {
                throw ContractFileError(file: file, problem: .cannotRead(reason: "the CSV is damaged (\(error))"))
            }
            guard let row else {
                ended = true
                reader.close()
                if rowsRead == 0 { throw ContractFileError(file: file, problem: .empty) }
                break
            }
            guard row.fields.count == width else {
                throw ContractFileError(
                    file: file, line: row.line, problem: .wrongFieldCount(expected: width, found: row.fields.count))
            }
            rowsRead += 1
            for (index, value) in row.fields.enumerated() {
                do { try ContractValues.checkText(value) } catch {
                    let name = positions.first(where: { $0.value == index })?.key.name
                    throw ContractFileError(file: file, line: row.line, column: index + 1, field: name, problem: error)
                }
            }
            func value(_ column: Column) -> String { positions[column].map { row.fields[$0] } ?? "" }
            let projectID: EGPProjectID
            do { projectID = try ContractValues.projectID(value(.projectID)) } catch {
                throw ContractFileError(
                    file: file, line: row.line, column: positions[.projectID]! + 1, field: Column.projectID.name,
                    problem: error)
            }
            let year: FiscalYear?
            do { year = try ContractValues.fiscalYear(value(.fiscalYear)) } catch {
                throw ContractFileError(
                    file: file, line: row.line, column: (positions[.fiscalYear] ?? 0) + 1,
                    field: Column.fiscalYear.name, problem: error)
            }
            guard let name = ContractValues.text(value(.bidderName)) else { continue }
            let bidder = PartyReference(name: name, taxID: ContractValues.taxID(value(.bidderTaxID)).id)
            if var current = pending?.record, current.projectID == projectID {
                if !current.bidders.contains(bidder) { current.bidders.append(bidder) }
                pending = (current, pending!.line)
                continue
            }
            let finished = pending?.record
            pending = (
                BiddersRecorded(
                    projectID: projectID, costNumber: ContractValues.text(value(.costNumber)), fiscalYear: year,
                    bidders: [bidder]), row.line
            )
            if let finished {
                records += 1
                return finished
            }
        }
        guard let last = pending?.record else { return nil }
        pending = nil
        records += 1
        return last
    }
}
