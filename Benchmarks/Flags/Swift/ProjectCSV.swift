import Foundation
import Procurement
import Sujarit

/// Reads the generator's CSV into `ProcurementProject` values, one row at a time, in 4 MiB reads, so memory
/// stays the same whatever the file's size.
///
/// A plain byte scanner: fields split on commas outside double quotes, numbers and ISO dates read from
/// their ASCII digits without building strings, strings built only for what a project holds as text.
struct ProjectCSV {
    let path: String
    let size: Int

    init(path: String) throws {
        self.path = path
        size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    /// Reads bytes `[offset, offset + count)`.
    func bytes(at offset: Int, count: Int) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw GeneratorError.cannotWrite(path) }
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(offset))
        return [UInt8](try handle.read(upToCount: count) ?? Data())
    }

    /// Calls `body` with each row's project between byte offsets `start` and `end` (both at line starts),
    /// skipping the header when starting at 0.
    func forEach(from start: Int = 0, to end: Int? = nil, _ body: (ProcurementProject) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw GeneratorError.cannotWrite(path) }
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(start))
        var remaining = (end ?? size) - start
        var buffer: [UInt8] = []
        buffer.reserveCapacity(5 << 20)
        var state = ReaderState(skipHeader: start == 0)
        while remaining > 0 {
            guard let chunk = try handle.read(upToCount: min(4 << 20, remaining)), !chunk.isEmpty else { break }
            remaining -= chunk.count
            buffer.append(contentsOf: chunk)
            let consumed = try buffer.withUnsafeBufferPointer { bytes in
                try parse(bytes, state: &state, final: remaining == 0, body)
            }
            buffer.removeFirst(consumed)
        }
    }

    /// What carries over from one read to the next.
    struct ReaderState {
        var skipHeader: Bool
        var line = 1
        var fields = [Range<Int>](repeating: 0..<0, count: 14)
        // Suppliers repeat within a department: validate each tax id once (bounded, so memory stays flat).
        var taxIDs: [String: TaxID] = [:]
        var department = ""
        var methods: [String: ProcurementMethod] = [:]
    }

    /// Parses the complete lines of `bytes`, returning how many bytes they took.
    private func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, state: inout ReaderState, final: Bool,
        _ body: (ProcurementProject) throws -> Void
    ) throws -> Int {
        var position = 0
        if state.skipHeader {
            guard let newline = bytes.firstIndex(of: 0x0A) else { return 0 }
            position = newline + 1
            state.skipHeader = false
        }
        var consumed = position
        while position < bytes.count {
            var field = 0
            var fieldStart = position
            var quoted = false
            var complete = false
            while position < bytes.count {
                let byte = bytes[position]
                if byte == 0x22 {
                    quoted.toggle()
                } else if !quoted, byte == 0x2C || byte == 0x0A {
                    if field < 14 { state.fields[field] = fieldStart..<position }
                    field += 1
                    fieldStart = position + 1
                    if byte == 0x0A {
                        complete = true
                        break
                    }
                }
                position += 1
            }
            guard complete else {
                if final, field > 0 { throw GeneratorError.badRow(state.line + 1, "the file ends inside a row") }
                return consumed
            }
            position += 1
            consumed = position
            state.line += 1
            guard field == 14 else { throw GeneratorError.badRow(state.line, "expected 14 fields, found \(field)") }
            try body(
                project(
                    bytes, state.fields, line: state.line, taxIDs: &state.taxIDs, department: &state.department,
                    methods: &state.methods))
        }
        return consumed
    }

    /// The byte offsets at which to split the file into `parts` runs that each start a department.
    func departmentBoundaries(parts: Int) throws -> [Int] {
        var cuts = [0]
        for part in 1..<max(1, parts) {
            var offset = size * part / parts
            var previous: ArraySlice<UInt8>?
            search: while offset < size {
                let window = try bytes(at: offset, count: 1 << 16)
                guard !window.isEmpty else { offset = size; break }
                var position = 0
                // The first line in a window may be partial: skip to the next line start.
                if previous == nil {
                    while position < window.count, window[position] != 0x0A { position += 1 }
                    position += 1
                }
                while position < window.count {
                    guard let comma = window[position...].firstIndex(of: 0x2C),
                        let next = window[(comma + 1)...].firstIndex(of: 0x2C),
                        let newline = window[position...].firstIndex(of: 0x0A)
                    else { break }
                    let department = window[(comma + 1)..<next]
                    if let previous, previous != department {
                        offset += position
                        break search
                    }
                    previous = department
                    position = newline + 1
                }
                offset += position
            }
            cuts.append(min(offset, size))
        }
        cuts.append(size)
        return cuts
    }

    private func project(
        _ bytes: UnsafeBufferPointer<UInt8>, _ fields: [Range<Int>], line: Int, taxIDs: inout [String: TaxID],
        department: inout String,
        methods: inout [String: ProcurementMethod]
    ) throws -> ProcurementProject {
        func text(_ index: Int) -> String {
            var range = fields[index]
            if range.count >= 2, bytes[range.lowerBound] == 0x22 {
                range = (range.lowerBound + 1)..<(range.upperBound - 1)
            }
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
            return try CalendarDate(
                year: number(base..<(base + 4)), month: number((base + 5)..<(base + 7)),
                day: number((base + 8)..<(base + 10)))
        }
        guard let id = EGPProjectID(text(0)) else { throw GeneratorError.badRow(line, "bad project id") }
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
                if taxIDs.count > 20_000 { taxIDs.removeAll(keepingCapacity: true) }
                taxIDs[digits] = validated
                tax = validated
            }
        }
        // One String per department rather than per row.
        let departmentBytes = UnsafeBufferPointer(rebasing: bytes[fields[1]])
        let same = department.withUTF8 { known in
            known.count == departmentBytes.count
                && (known.isEmpty || memcmp(known.baseAddress!, departmentBytes.baseAddress!, known.count) == 0)
        }
        if !same { department = String(decoding: departmentBytes, as: UTF8.self) }
        let agreed = satang(6)
        let contract = ProcurementProject.Contract(
            winnerName: text(9), winnerTaxID: tax, contractNumber: nil, signed: awarded, finishes: nil,
            amount: satang(7)
        )
        return ProcurementProject(
            projectID: id, departmentID: department, title: text(13), method: method,
            fiscalYear: FiscalYear(be: number(fields[3])), budget: satang(4), referencePrice: satang(5),
            agreedPrice: agreed,
            contracts: [contract], timeline: timeline
        )
    }
}
