import EventStore
import Foundation
import Sujarit

extension ContractRecorded {
    /// Decodes a stored payload: through ``ContractPayloadReader`` when it has the shape the importer writes,
    /// through `JSONDecoder` otherwise; both give the same value.
    ///
    /// Why: a `rebuild`, a `verify` and a report `--as-of` a day decode every contract row of the log, and
    /// `JSONDecoder` was a fifth of a `rebuild` of 100,000 rows (issue 17, Benchmarks/RESULTS.md). Debug builds
    /// (and so every test) decode each payload both ways and stop when the values differ.
    public static func decode(payload: Data, schemaVersion: Int) throws -> ContractRecorded {
        guard schemaVersion <= Self.schemaVersion else {
            throw EventStoreError.unsupportedSchema(
                type: eventType, version: schemaVersion, supported: Self.schemaVersion)
        }
        guard let event = ContractPayloadReader.read(payload) else {
            return try EventCoding.decode(ContractRecorded.self, from: payload)
        }
        assert(
            (try? EventCoding.decode(ContractRecorded.self, from: payload)) == event,
            "ContractPayloadReader read \(String(decoding: payload, as: UTF8.self)) otherwise than JSONDecoder")
        return event
    }
}

/// Reads a ``ContractRecorded`` payload straight from its bytes: the keys the event's coding writes, in the
/// sorted order it writes them, string, integer and null values, strings without escapes. Anything else — an
/// unknown, repeated or unsorted key, an escape, a value of another kind, a value the field's own parser
/// refuses — gives nil, and the caller decodes with `JSONDecoder`, which then reports what is wrong exactly
/// as before.
enum ContractPayloadReader {
    /// The event, or nil when the payload is not of the plain shape this reader knows.
    static func read(_ payload: Data) -> ContractRecorded? {
        payload.withUnsafeBytes { raw -> ContractRecorded? in
            var cursor = FlatJSON.Cursor(bytes: raw.bindMemory(to: UInt8.self))
            var source: ContractSource?
            var projectID: EGPProjectID?
            var departmentID: String?
            var buyerDepartment: String?
            var project: ContractRecorded.Project?
            var contract: ContractRecorded.Contract?
            let ok = cursor.object { cursor, key in
                switch key {
                case "source": source = cursor.string().flatMap(ContractSource.init(rawValue:))
                case "projectID": projectID = cursor.string().flatMap(EGPProjectID.init)
                case "departmentID": return cursor.optionalString(&departmentID)
                case "buyerDepartment": return cursor.optionalString(&buyerDepartment)
                case "project": project = readProject(&cursor)
                case "contract":
                    if cursor.null() { return true }
                    contract = readContract(&cursor)
                    return contract != nil
                default: return false
                }
                return true
            }
            guard ok, cursor.atEnd, let source, let projectID, let project else { return nil }
            return ContractRecorded(
                source: source, projectID: projectID, departmentID: departmentID, buyerDepartment: buyerDepartment,
                project: project, contract: contract)
        }
    }

    private static func readProject(_ cursor: inout FlatJSON.Cursor) -> ContractRecorded.Project? {
        var project = ContractRecorded.Project(title: "")
        var title: String?
        let ok = cursor.object { cursor, key in
            switch key {
            case "title":
                title = cursor.string()
                return title != nil
            case "departmentName": return cursor.optionalString(&project.departmentName)
            case "subDepartmentName": return cursor.optionalString(&project.subDepartmentName)
            case "projectType": return cursor.optionalString(&project.projectType)
            case "method": return cursor.optional(&project.method) { ProcurementMethod(parsing: $0) }
            case "methodGroup": return cursor.optionalString(&project.methodGroup)
            case "announced": return cursor.optional(&project.announced, isoDate)
            case "fiscalYear":
                if cursor.null() { return true }
                // FiscalYear's decoding refuses a CE year (below 2400): left to it.
                guard let be = cursor.integer(), be >= 2400 else { return false }
                project.fiscalYear = FiscalYear(be: be)
            case "budget": return cursor.optional(&project.budget) { try? Money.parse($0) }
            case "referencePrice": return cursor.optional(&project.referencePrice) { try? Money.parse($0) }
            case "agreedPrice": return cursor.optional(&project.agreedPrice) { try? Money.parse($0) }
            case "transactionDate": return cursor.optional(&project.transactionDate, isoDate)
            case "province": return cursor.optionalString(&project.province)
            case "district": return cursor.optionalString(&project.district)
            case "subdistrict": return cursor.optionalString(&project.subdistrict)
            case "status": return cursor.optionalString(&project.status)
            default: return false
            }
            return true
        }
        guard ok, let title else { return nil }
        project.title = title
        return project
    }

    private static func readContract(_ cursor: inout FlatJSON.Cursor) -> ContractRecorded.Contract? {
        var contract = ContractRecorded.Contract(
            winnerName: "", winnerTaxID: nil, winnerTaxIDReading: .absent, contractNumber: nil, signed: nil,
            finishes: nil, amount: nil, status: nil)
        var winnerName: String?
        var reading: TaxIDReading?
        let ok = cursor.object { cursor, key in
            switch key {
            case "winnerName":
                winnerName = cursor.string()
                return winnerName != nil
            case "winnerTaxID": return cursor.optional(&contract.winnerTaxID) { try? TaxID(parsing: $0) }
            case "winnerTaxIDReading":
                reading = cursor.string().flatMap(TaxIDReading.init(rawValue:))
                return reading != nil
            case "winnerTaxIDAsWritten": return cursor.optionalString(&contract.winnerTaxIDAsWritten)
            case "contractNumber": return cursor.optionalString(&contract.contractNumber)
            case "signed": return cursor.optional(&contract.signed, isoDate)
            case "finishes": return cursor.optional(&contract.finishes, isoDate)
            case "amount": return cursor.optional(&contract.amount) { try? Money.parse($0) }
            case "status": return cursor.optionalString(&contract.status)
            default: return false
            }
        }
        guard ok, let winnerName, let reading else { return nil }
        contract.winnerName = winnerName
        contract.winnerTaxIDReading = reading
        return contract
    }

    /// `YYYY-MM-DD` as `CalendarDate`'s decoding reads it (four, two and two ASCII digits), else nil.
    static func isoDate(_ text: String) -> CalendarDate? {
        let utf8 = Array(text.utf8)
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in utf8[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return try? CalendarDate(year: year, month: month, day: day)
    }
}
