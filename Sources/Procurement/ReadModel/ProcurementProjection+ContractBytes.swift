import EventStore
import Foundation
import Sujarit

extension ProcurementProjection.ContractRows {
    /// The rows a stored ``ContractRecorded`` writes: read straight from its payload's bytes when it has the plain
    /// shape the importer writes, else from the decoded event; both give the same values.
    ///
    /// Why: a `rebuild`, a catch-up and `verify`'s replay project every contract row of the log, and building the
    /// whole event to bind eleven and fourteen values — a `String` for each of its twenty-odd fields, most of which
    /// no column holds, then the event's copies — was the largest part of a replay of 1,000,000 rows (issue 17,
    /// Benchmarks/RESULTS.md). Debug builds (and so every test) read each payload both ways and stop when the rows
    /// differ.
    static func of(_ event: RecordedEvent) throws -> Self {
        if event.schemaVersion <= ContractRecorded.schemaVersion,
            let rows = ContractPayloadRows.read(event.payload, sequence: event.sequence)
        {
            assert(
                (try? Self(event.decode(ContractRecorded.self), sequence: event.sequence)) == rows,
                "ContractPayloadRows read \(String(decoding: event.payload, as: UTF8.self)) otherwise than the event")
            return rows
        }
        return Self(try event.decode(ContractRecorded.self), sequence: event.sequence)
    }
}

extension ProcurementProjection {
    /// What a stored ``ContractsRecorded`` writes: each record's rows, at the event's sequence, and its key in the
    /// ledger (``ProcurementLedger``), in the records' order.
    struct RecordedContracts: Equatable {
        var rows: [ContractRows]
        var keys: [ProcurementLedger.Key]

        /// The event's records: carried by an event an import has just appended (``PreparedContractRecords``,
        /// worked out on its reading thread), else read from the payload's bytes, else decoded.
        static func of(_ event: RecordedEvent) throws -> Self {
            if event.decoded != nil {
                let prepared = try event.decode(PreparedContractRecords.self)
                return Self(rows: prepared.rows.map { $0.at(sequence: event.sequence) }, keys: prepared.keys)
            }
            if event.schemaVersion <= ContractsRecorded.schemaVersion,
                let read = try read(event.payload, sequence: event.sequence)
            {
                assert(
                    (try? decoded(event))?.rows == read.rows,
                    "ContractsRecorded at \(event.sequence): its records read otherwise than the event decodes")
                return read
            }
            return try decoded(event)
        }

        /// The records of the decoded event, each key from the record's canonical payload: the bytes the
        /// importer wrote for it, for a payload ``read(_:sequence:)`` could not step through.
        private static func decoded(_ event: RecordedEvent) throws -> Self {
            let prepared = PreparedContractRecords(try event.decode(ContractsRecorded.self).records)
            return Self(rows: prepared.rows.map { $0.at(sequence: event.sequence) }, keys: prepared.keys)
        }

        /// The records of a payload of the importer's shape, `{"records":[…]}`: each record's bytes found by
        /// stepping over it, its key the digest of those bytes as the log holds them, its rows read where they
        /// lie (``ContractPayloadRows``) or, for a record of another shape, decoded from them. Nil for a
        /// payload of another shape.
        ///
        /// Why: a `rebuild` or `verify` of a national store reads a million records; building each
        /// ``ContractRecorded`` to bind a few values was most of a replay (see ``ContractRows/of(_:)``).
        static func read(_ payload: Data, sequence: Int64) throws -> Self? {
            try payload.withUnsafeBytes { raw -> Self? in
                let bytes = raw.bindMemory(to: UInt8.self)
                // Checked once for the whole payload, so once for every record in it.
                guard FlatJSON.text(bytes) != nil else { return nil }
                var cursor = FlatJSON.Cursor(bytes: bytes)
                var records: [Range<Int>] = []
                let ok = cursor.object { cursor, key in
                    key == "records"
                        && cursor.array { cursor in
                            let start = cursor.index
                            guard cursor.skipValue() else { return false }
                            records.append(start..<cursor.index)
                            return true
                        }
                }
                guard ok, cursor.atEnd else { return nil }
                var result = Self(rows: [], keys: [])
                result.rows.reserveCapacity(records.count)
                result.keys.reserveCapacity(records.count)
                for range in records {
                    let record = UnsafeBufferPointer(rebasing: bytes[range])
                    let rows =
                        try ContractPayloadRows.read(checkedUTF8: record, sequence: sequence)
                        ?? ContractRows(
                            ContractRecorded.decode(
                                payload: Data(buffer: record), schemaVersion: ContractRecorded.schemaVersion),
                            sequence: sequence)
                    result.keys.append(
                        ProcurementLedger.key(
                            projectID: rows.projectID, contractPayload: UnsafeRawBufferPointer(record)))
                    result.rows.append(rows)
                }
                return result
            }
        }
    }
}

extension ProcurementProjection.ContractRows {
    /// The project the rows are about.
    var projectID: String {
        guard case .text(let id) = project[0] else { preconditionFailure("a project row starts with its id") }
        return id
    }

    /// The ledger's key of a stored ``ContractRecorded`` whose rows these are: the digest of its payload, the
    /// bytes its dedupe key hashed.
    func ledgerKey(payload: Data) -> ProcurementLedger.Key {
        payload.withUnsafeBytes { ProcurementLedger.key(projectID: projectID, contractPayload: $0) }
    }
}

/// Reads the values of ``ProcurementProjection/ContractRows`` from a ``ContractRecorded`` payload: the keys the
/// event's coding writes, in sorted order, strings without escapes, integers and null, each value checked by its
/// field's own parser (the fields no column holds too, so that a payload `JSONDecoder` would refuse is never
/// read here). Anything else gives nil, and the caller decodes the event, which reports what is wrong as before.
/// It accepts what ``ContractPayloadReader`` accepts.
enum ContractPayloadRows {
    /// What the payload says, as far as the rows need it.
    private struct Fields {
        var source: ContractSource?
        var projectID: EGPProjectID?
        var departmentID: String?
        var buyerDepartment: String?
        var hasProject = false
        var title: String?
        var departmentName: String?
        var method: ProcurementMethod?
        var announced: CalendarDate?
        var fiscalYear: Int?
        var budget: Money?
        var referencePrice: Money?
        var agreedPrice: Money?
        var hasContract = false
        var winnerName: String?
        var winnerTaxID: TaxID?
        var reading: TaxIDReading?
        var contractNumber: String?
        var signed: CalendarDate?
        var finishes: CalendarDate?
        var amount: Money?
        var contractStatus: String?
    }

    /// The rows, or nil when the payload is not of the plain shape this reader knows.
    static func read(_ payload: Data, sequence: Int64) -> ProcurementProjection.ContractRows? {
        payload.withUnsafeBytes { raw -> ProcurementProjection.ContractRows? in
            let bytes = raw.bindMemory(to: UInt8.self)
            // Checked once for the whole payload: every string below is then read without checking it again.
            guard FlatJSON.text(bytes) != nil else { return nil }
            return read(checkedUTF8: bytes, sequence: sequence)
        }
    }

    /// The rows of the payload whose bytes are `bytes`, already checked to be UTF-8 (one record of a
    /// ``ContractsRecorded``, whose payload is checked once for all of them), or nil as ``read(_:sequence:)``.
    static func read(
        checkedUTF8 bytes: UnsafeBufferPointer<UInt8>, sequence: Int64
    ) -> ProcurementProjection.ContractRows? {
        var cursor = FlatJSON.Cursor(bytes: bytes)
        var fields = Fields()
        let ok = cursor.object { cursor, key in
            switch key {
            case "source":
                return text(&cursor).flatMap(ContractSource.init(rawValue:)).map { fields.source = $0 } != nil
            case "projectID": return text(&cursor).flatMap(EGPProjectID.init).map { fields.projectID = $0 } != nil
            case "departmentID": return optionalText(&cursor, &fields.departmentID)
            case "buyerDepartment": return optionalText(&cursor, &fields.buyerDepartment)
            case "project":
                fields.hasProject = true
                return readProject(&cursor, &fields)
            case "contract":
                if cursor.null() { return true }
                fields.hasContract = true
                return readContract(&cursor, &fields)
            default: return false
            }
        }
        guard ok, cursor.atEnd else { return nil }
        return rows(fields, sequence: sequence)
    }

    private static func readProject(_ cursor: inout FlatJSON.Cursor, _ fields: inout Fields) -> Bool {
        var titled = false
        let ok = cursor.object { cursor, key in
            switch key {
            case "title":
                fields.title = text(&cursor)
                titled = fields.title != nil
                return titled
            case "departmentName": return optionalText(&cursor, &fields.departmentName)
            case "subDepartmentName", "projectType", "methodGroup", "province", "district", "subdistrict", "status":
                return skipOptionalText(&cursor)
            case "method":
                if cursor.null() { return true }
                guard let key = text(&cursor) else { return false }
                fields.method = ProcurementMethod(parsing: key)
            case "announced": return optionalDate(&cursor, &fields.announced)
            case "transactionDate":
                var ignored: CalendarDate?
                return optionalDate(&cursor, &ignored)
            case "fiscalYear":
                if cursor.null() { return true }
                // FiscalYear's decoding refuses a CE year (below 2400): left to it.
                guard let be = cursor.integer(), be >= 2400 else { return false }
                fields.fiscalYear = be
            case "budget": return optionalMoney(&cursor, &fields.budget)
            case "referencePrice": return optionalMoney(&cursor, &fields.referencePrice)
            case "agreedPrice": return optionalMoney(&cursor, &fields.agreedPrice)
            default: return false
            }
            return true
        }
        return ok && titled
    }

    private static func readContract(_ cursor: inout FlatJSON.Cursor, _ fields: inout Fields) -> Bool {
        cursor.object { cursor, key in
            switch key {
            case "winnerName":
                fields.winnerName = text(&cursor)
                return fields.winnerName != nil
            case "winnerTaxID":
                if cursor.null() { return true }
                guard let text = text(&cursor), let id = try? TaxID(parsing: text) else { return false }
                fields.winnerTaxID = id
            case "winnerTaxIDReading":
                fields.reading = text(&cursor).flatMap(TaxIDReading.init(rawValue:))
                return fields.reading != nil
            case "winnerTaxIDAsWritten": return skipOptionalText(&cursor)
            case "contractNumber": return optionalText(&cursor, &fields.contractNumber)
            case "signed": return optionalDate(&cursor, &fields.signed)
            case "finishes": return optionalDate(&cursor, &fields.finishes)
            case "amount": return optionalMoney(&cursor, &fields.amount)
            case "status": return optionalText(&cursor, &fields.contractStatus)
            default: return false
            }
            return true
        }
            && fields.winnerName != nil && fields.reading != nil
    }

    /// The rows ``ProcurementProjection/ContractRows/init(_:sequence:)`` builds from the same event.
    private static func rows(_ fields: Fields, sequence: Int64) -> ProcurementProjection.ContractRows? {
        guard let source = fields.source, let projectID = fields.projectID, fields.hasProject,
            let title = fields.title
        else { return nil }
        let explicitYear =
            fields.fiscalYear
            ?? (fields.announced ?? fields.signed).map { FiscalYear.containing($0).be }
        let fallbackYear = explicitYear ?? FiscalYear(be: projectID.beYear).be
        let id = SQLValue.text(projectID.rawValue)
        let project: [SQLValue] = [
            id, .text(projectID.kind.rawValue), .text(fields.departmentID ?? fields.buyerDepartment ?? ""),
            fields.departmentName.sqlValue, .integer(Int64(fallbackYear)), explicitYear.map { Int64($0) }.sqlValue,
            title.isEmpty ? .null : .text(title), fields.method?.key.sqlValue ?? .null,
            fields.budget?.satang.sqlValue ?? .null, fields.referencePrice?.satang.sqlValue ?? .null,
            fields.agreedPrice?.satang.sqlValue ?? .null,
        ]
        guard fields.hasContract else { return .init(project: project, contract: nil) }
        guard let winnerName = fields.winnerName, let reading = fields.reading else { return nil }
        let nameKey = PartyReference.normalize(winnerName)
        let contractKey: String
        if let number = fields.contractNumber.map(ContractRecorded.trimmedContractNumber), !number.isEmpty {
            contractKey = "no:\(number)"
        } else if let taxID = fields.winnerTaxID {
            contractKey = "tin:\(taxID.digits)"
        } else {
            contractKey = "winner:\(nameKey)"
        }
        let agreed = source == .dataGoThCSV ? fields.agreedPrice ?? fields.amount : fields.amount
        let contract: [SQLValue] = [
            id, .text(contractKey), fields.contractNumber.sqlValue, .text(winnerName), .text(nameKey),
            fields.winnerTaxID?.digits.sqlValue ?? .null, .text(reading.rawValue),
            fields.signed?.description.sqlValue ?? .null, fields.finishes?.description.sqlValue ?? .null,
            fields.amount?.satang.sqlValue ?? .null, agreed?.satang.sqlValue ?? .null, fields.contractStatus.sqlValue,
            .text(source.rawValue), .integer(sequence),
        ]
        return .init(project: project, contract: contract)
    }

    // MARK: Values

    /// The bytes of a string without escapes or control characters at the cursor, moved past; nil otherwise.
    private static func bytes(_ cursor: inout FlatJSON.Cursor) -> UnsafeBufferPointer<UInt8>? {
        let bytes = cursor.bytes
        guard cursor.index < bytes.count, bytes[cursor.index] == UInt8(ascii: "\"") else { return nil }
        let start = cursor.index + 1
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                cursor.index = index + 1
                return UnsafeBufferPointer(rebasing: bytes[start..<index])
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            index += 1
        }
        return nil
    }

    /// A string at the cursor (the payload's UTF-8 was checked once, in ``read(_:sequence:)``).
    private static func text(_ cursor: inout FlatJSON.Cursor) -> String? {
        bytes(&cursor).map { String(decoding: $0, as: UTF8.self) }
    }

    private static func optionalText(_ cursor: inout FlatJSON.Cursor, _ field: inout String?) -> Bool {
        if cursor.null() { return true }
        field = text(&cursor)
        return field != nil
    }

    /// A string no column holds: checked like the others, never built.
    private static func skipOptionalText(_ cursor: inout FlatJSON.Cursor) -> Bool {
        cursor.null() || bytes(&cursor) != nil
    }

    private static func optionalMoney(_ cursor: inout FlatJSON.Cursor, _ field: inout Money?) -> Bool {
        if cursor.null() { return true }
        guard let text = text(&cursor), let money = try? Money.parse(text) else { return false }
        field = money
        return true
    }

    /// `YYYY-MM-DD` as `CalendarDate`'s decoding reads it (four, two and two ASCII digits), or null.
    private static func optionalDate(_ cursor: inout FlatJSON.Cursor, _ field: inout CalendarDate?) -> Bool {
        if cursor.null() { return true }
        guard let utf8 = bytes(&cursor), let (year, month, day) = CalendarDate.isoNumbers(utf8),
            let date = try? CalendarDate(year: year, month: month, day: day)
        else { return false }
        field = date
        return true
    }
}
