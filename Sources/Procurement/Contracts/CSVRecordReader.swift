import Foundation

/// Streams the records of a CSV file (RFC 4180: comma-separated, fields optionally in double quotes with
/// `""` for a quote, records ending in CRLF or LF), one record at a time.
///
/// Contract files reach 600 MB, so the file is read in 1 MiB chunks and only the current record is held.
/// A UTF-8 byte-order mark at the start is skipped. Each record remembers the line it starts on, so errors
/// can point at it even when quoted fields contain line breaks. Fields must be UTF-8; a field larger than
/// ``maxFieldBytes`` or a record with more than ``maxFields`` fields stops the reading, so a damaged file
/// cannot make memory grow.
///
/// It is written here rather than taken from a library: SwiftCSV reads the whole file into one string,
/// and CSV.swift streams but decodes scalar by scalar and reports no positions; this reader works on bytes
/// and reports the line of every record.
struct CSVRecordReader {
    /// One record: its fields and the 1-based line its first field starts on.
    struct Record: Equatable {
        var fields: [String]
        var line: Int
    }

    /// Why the bytes are not CSV.
    enum Failure: Error, Equatable {
        /// A quoted field runs to the end of the file; `line` is where it started.
        case unterminatedQuote(line: Int, field: Int)
        /// Something other than a comma or line end follows a closing quote.
        case textAfterQuote(line: Int, field: Int)
        /// A field is not valid UTF-8.
        case notUTF8(line: Int, field: Int)
        /// A field is longer than the limit.
        case fieldTooLarge(line: Int, field: Int, limit: Int)
        /// A record has more fields than the limit.
        case tooManyFields(line: Int, limit: Int)
        /// The file could not be read.
        case readFailed(String)
    }

    /// The largest field accepted, 1 MiB: real fields are a few hundred bytes.
    let maxFieldBytes: Int
    /// The most fields in a record, 1,000: contract files have 26 to 31.
    let maxFields: Int

    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var line = 1
    private var startedFile = false
    /// Bytes consumed so far, for progress reports.
    private(set) var bytesRead: Int64 = 0

    /// Opens `path`; nil when it cannot be opened.
    init?(path: String, maxFieldBytes: Int = 1 << 20, maxFields: Int = 1_000) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
        self.maxFieldBytes = maxFieldBytes
        self.maxFields = maxFields
    }

    /// The next record, or nil at the end of the file. Blank lines are skipped.
    mutating func next() throws(Failure) -> Record? {
        while true {
            guard let record = try readRecord() else { return nil }
            if record.fields.count == 1, record.fields[0].isEmpty { continue }
            return record
        }
    }

    /// Closes the file.
    func close() {
        try? handle.close()
    }

    // MARK: Parsing

    private mutating func readRecord() throws(Failure) -> Record? {
        guard try fill() else { return nil }
        let start = line
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var afterQuote = false
        var fieldStartLine = line
        func finishField(_ fields: inout [String], _ field: inout [UInt8]) throws(Failure) {
            guard let text = String(validating: field, as: UTF8.self) else {
                throw .notUTF8(line: fieldStartLine, field: fields.count + 1)
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            guard fields.count <= maxFields else { throw .tooManyFields(line: start, limit: maxFields) }
        }
        while true {
            guard try fill() else {
                if quoted { throw .unterminatedQuote(line: fieldStartLine, field: fields.count + 1) }
                try finishField(&fields, &field)
                return Record(fields: fields, line: start)
            }
            if !afterQuote {
                // The bytes up to the next one that means something are copied in one go: a contract row's
                // ~600 bytes went through the state machine below one by one.
                let run = plainRun(quoted: quoted)
                if run > 0 {
                    field.append(contentsOf: buffer[position..<position + run])
                    position += run
                    bytesRead += Int64(run)
                    if field.count > maxFieldBytes {
                        throw .fieldTooLarge(line: fieldStartLine, field: fields.count + 1, limit: maxFieldBytes)
                    }
                    continue
                }
            }
            let byte = buffer[position]
            position += 1
            bytesRead += 1
            if quoted {
                if byte == 0x22 {
                    if try fill(), buffer[position] == 0x22 {
                        position += 1
                        bytesRead += 1
                        field.append(0x22)
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
            } else {
                switch byte {
                case 0x2C:
                    try finishField(&fields, &field)
                    afterQuote = false
                    fieldStartLine = line
                    continue
                case 0x0A:
                    line += 1
                    if field.last == 0x0D { field.removeLast() }
                    try finishField(&fields, &field)
                    return Record(fields: fields, line: start)
                case 0x0D where afterQuote:
                    continue // the CR of a CRLF after a closing quote
                case 0x22 where field.isEmpty && !afterQuote:
                    quoted = true
                    fieldStartLine = line
                    continue
                default:
                    if afterQuote { throw .textAfterQuote(line: line, field: fields.count + 1) }
                    field.append(byte)
                }
            }
            if field.count > maxFieldBytes {
                throw .fieldTooLarge(line: fieldStartLine, field: fields.count + 1, limit: maxFieldBytes)
            }
        }
    }

    /// How many bytes from `position` on, within the buffer, are plain text of the current field: no comma,
    /// quote, CR or line feed outside quotes; no quote or line feed inside them (a line feed counts lines).
    private func plainRun(quoted: Bool) -> Int {
        buffer.withUnsafeBufferPointer { bytes in
            var index = position
            if quoted {
                while index < bytes.count, bytes[index] != 0x22, bytes[index] != 0x0A { index += 1 }
            } else {
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D { break }
                    index += 1
                }
            }
            return index - position
        }
    }

    /// Makes sure a byte is available at `position`; false at the end of the file.
    private mutating func fill() throws(Failure) -> Bool {
        if position < buffer.count { return true }
        if atEnd { return false }
        let chunk: Data
        do {
            chunk = try handle.read(upToCount: 1 << 20) ?? Data()
        } catch {
            throw .readFailed(error.localizedDescription)
        }
        if chunk.isEmpty {
            atEnd = true
            return false
        }
        buffer = Array(chunk)
        position = 0
        if !startedFile {
            startedFile = true
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
                position = 3
                bytesRead += 3
                return try fill()
            }
        }
        return true
    }
}
