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
            var cursor = JSONCursor(bytes: raw.bindMemory(to: UInt8.self))
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

    private static func readProject(_ cursor: inout JSONCursor) -> ContractRecorded.Project? {
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

    private static func readContract(_ cursor: inout JSONCursor) -> ContractRecorded.Contract? {
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

/// A cursor over a JSON payload that reads objects, plain strings, integers and null, and refuses the rest.
struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    /// Whether only white space is left.
    var atEnd: Bool {
        mutating get {
            skipSpace()
            return index == bytes.count
        }
    }

    /// Reads an object, calling `member` with each key (its value next at the cursor) until it returns false.
    /// The keys must come in increasing order, as a canonical payload writes them (`JSONEncoder`'s sorted
    /// keys are in byte order for the ASCII names of the event's fields), which also refuses a repeated key.
    mutating func object(_ member: (inout JSONCursor, String) -> Bool) -> Bool {
        skipSpace()
        guard take(UInt8(ascii: "{")) else { return false }
        skipSpace()
        if take(UInt8(ascii: "}")) { return true }
        var previous = ""
        while true {
            skipSpace()
            guard let key = string(), previous.isEmpty || previous < key else { return false }
            previous = key
            skipSpace()
            guard take(UInt8(ascii: ":")) else { return false }
            skipSpace()
            guard member(&self, key) else { return false }
            skipSpace()
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "}"))
        }
    }

    /// A string without escapes or control characters, else nil.
    mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(validating: UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            index += 1
        }
        return nil
    }

    /// A JSON integer without fraction or exponent, else nil.
    mutating func integer() -> Int? {
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        var value = 0
        var digits = 0
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            value = times + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
            digits += 1
        }
        guard digits > 0, digits <= 18 else { return nil }
        if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) {
            return nil
        }
        return bytes[start] == UInt8(ascii: "-") ? -value : value
    }

    /// Moves past `null` when it is next.
    mutating func null() -> Bool {
        guard bytes.count - index >= 4, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
            bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l")
        else { return false }
        index += 4
        return true
    }

    /// Reads an optional string member into `field`: null leaves it nil.
    mutating func optionalString(_ field: inout String?) -> Bool {
        optional(&field) { $0 }
    }

    /// Reads an optional member whose value is a string `parse` turns into the field's value: null leaves it
    /// nil, and a string `parse` refuses (nil) makes the read fail.
    mutating func optional<Value>(_ field: inout Value?, _ parse: (String) -> Value?) -> Bool {
        if null() { return true }
        guard let text = string(), let value = parse(text) else { return false }
        field = value
        return true
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipSpace() {
        while index < bytes.count,
            bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D
                || bytes[index] == 0x09
        {
            index += 1
        }
    }
}
