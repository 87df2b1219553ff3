import Foundation
import Procurement
import Sujarit

/// Reads the generator's CSV into `ProcurementProject` values, one row at a time, from a memory-mapped file.
///
/// A plain byte scanner: fields split on commas outside double quotes, numbers and ISO dates read from
/// their ASCII digits without building strings, strings built only for what a project holds as text.
struct ProjectCSV {
    let data: Data

    init(path: String) throws {
        data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    }

    /// Calls `body` with each row's project, skipping the header.
    func forEach(from start: Int = 0, to end: Int? = nil, _ body: (ProcurementProject) throws -> Void) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            let limit = end ?? bytes.count
            var position = start
            if position == 0 { while position < limit, bytes[position] != 0x0A { position += 1 }; position += 1 }
            var fields = [Range<Int>](repeating: 0..<0, count: 14)
            var line = 1
            // Suppliers repeat within a department: validate each tax id once (bounded, so memory stays flat).
            var taxIDs: [String: TaxID] = [:]
            var department = ""
            var methods: [String: ProcurementMethod] = [:]
            while position < limit {
                line += 1
                var field = 0
                var fieldStart = position
                var quoted = false
                while position < limit {
                    let byte = bytes[position]
                    if byte == 0x22 {
                        quoted.toggle()
                    } else if !quoted, byte == 0x2C || byte == 0x0A {
                        if field < 14 { fields[field] = fieldStart..<position }
                        field += 1
                        fieldStart = position + 1
                        if byte == 0x0A { break }
                    }
                    position += 1
                }
                position += 1
                guard field == 14 else { throw GeneratorError.badRow(line, "expected 14 fields, found \(field)") }
                try body(project(bytes, fields, line: line, taxIDs: &taxIDs, department: &department, methods: &methods))
            }
        }
    }

    /// The byte offsets at which to split the file into `parts` runs that each start a department.
    func departmentBoundaries(parts: Int) -> [Int] {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [Int] in
            let bytes = raw.bindMemory(to: UInt8.self)
            var cuts = [0]
            for part in 1..<max(1, parts) {
                var position = bytes.count * part / parts
                while position < bytes.count, bytes[position] != 0x0A { position += 1 }
                position += 1
                // Move to the first line whose department differs from the line before.
                func department(at offset: Int) -> ArraySlice<UInt8> {
                    var start = offset
                    while start < bytes.count, bytes[start] != 0x2C { start += 1 }
                    var end = start + 1
                    while end < bytes.count, bytes[end] != 0x2C { end += 1 }
                    return ArraySlice(bytes[(start + 1)..<min(end, bytes.count)])
                }
                var previous = department(at: position)
                while position < bytes.count {
                    var next = position
                    while next < bytes.count, bytes[next] != 0x0A { next += 1 }
                    next += 1
                    guard next < bytes.count else { position = bytes.count; break }
                    let current = department(at: next)
                    position = next
                    if current != previous { break }
                    previous = current
                }
                cuts.append(position)
            }
            cuts.append(bytes.count)
            return cuts
        }
    }

    private func project(
        _ bytes: UnsafeBufferPointer<UInt8>, _ fields: [Range<Int>], line: Int, taxIDs: inout [String: TaxID], department: inout String,
        methods: inout [String: ProcurementMethod]
    ) throws -> ProcurementProject {
        func text(_ index: Int) -> String {
            var range = fields[index]
            if range.count >= 2, bytes[range.lowerBound] == 0x22 { range = (range.lowerBound + 1)..<(range.upperBound - 1) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        func satang(_ index: Int) -> Money? {
            let range = fields[index]
            guard !range.isEmpty else { return nil }
            var value: Int64 = 0
            var decimals = -1
            for offset in range {
                let byte = bytes[offset]
                if byte == 0x2E { decimals = 0; continue }
                value = value * 10 + Int64(byte &- 0x30)
                if decimals >= 0 { decimals += 1 }
            }
            while decimals < 2 { value *= 10; decimals = max(decimals, 0) + 1 }
            return Money(satang: value)
        }
        func number(_ range: Range<Int>) -> Int {
            var value = 0
            for offset in range { value = value * 10 + Int(bytes[offset] &- 0x30) }
            return value
        }
        func date(_ index: Int) throws -> CalendarDate? {
            let range = fields[index]
            guard range.count == 10 else { return nil }
            let base = range.lowerBound
            return try CalendarDate(year: number(base..<(base + 4)), month: number((base + 5)..<(base + 7)), day: number((base + 8)..<(base + 10)))
        }
        guard let id = ProjectID(text(0)) else { throw GeneratorError.badRow(line, "bad project id") }
        let methodKey = text(2)
        let method: ProcurementMethod?
        if let known = methods[methodKey] {
            method = known
        } else {
            method = ProcurementMethod(key: methodKey)
            if let method { methods[methodKey] = method }
        }
        let awarded = try date(10)
        var timeline: [ProcurementProject.TimelineEntry] = []
        if let invitation = try date(11) { timeline.append(.init(type: .invitation, published: invitation, title: "")) }
        if let awarded { timeline.append(.init(type: .winner, published: awarded, title: "")) }
        if !fields[12].isEmpty, let awarded, let type = AnnouncementType(rawValue: text(12)) {
            timeline.append(.init(type: type, published: awarded, title: ""))
        }
        var tax: TaxID?
        if !fields[8].isEmpty {
            let digits = text(8)
            if let known = taxIDs[digits] {
                tax = known
            } else {
                let validated = try TaxID(validating: digits)
                if taxIDs.count > 100_000 { taxIDs.removeAll(keepingCapacity: true) }
                taxIDs[digits] = validated
                tax = validated
            }
        }
        // One String per department rather than per row.
        let departmentBytes = UnsafeBufferPointer(rebasing: bytes[fields[1]])
        let same = department.withUTF8 { known in
            known.count == departmentBytes.count && (known.isEmpty || memcmp(known.baseAddress!, departmentBytes.baseAddress!, known.count) == 0)
        }
        if !same { department = String(decoding: departmentBytes, as: UTF8.self) }
        let agreed = satang(6)
        let contract = ProcurementProject.Contract(
            winnerName: text(9), winnerTaxID: tax, contractNumber: nil, signed: awarded, finishes: nil, amount: satang(7)
        )
        return ProcurementProject(
            projectID: id, departmentID: department, title: text(13), method: method,
            fiscalYear: FiscalYear(be: number(fields[3])), budget: satang(4), referencePrice: satang(5), agreedPrice: agreed,
            contracts: [contract], timeline: timeline
        )
    }
}
