import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Streams the records of a CSV file (RFC 4180: comma-separated, fields optionally in double quotes with
/// `""` for a quote, records ending in CRLF or LF), one record at a time.
///
/// Contract files reach 600 MB, so the file is read into one buffer of 1 MiB (grown only for a longer record),
/// and a record is parsed where it lies: its fields are byte ranges of the buffer, made into a `String` only
/// when a caller asks for one (``field(_:)``), so that a field nobody keeps costs nothing and no field is
/// copied twice. A UTF-8 byte-order mark at the start is skipped. Each record remembers the line it starts
/// on, so errors can point at it even when quoted fields contain line breaks. Fields must be UTF-8; a field
/// larger than ``maxFieldBytes`` or a record with more than ``maxFields`` fields stops the reading, so a
/// damaged file cannot make memory grow.
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

    /// Where one field of the current record lies in the buffer, relative to the record's first byte.
    private struct Span {
        /// The first byte of the field's text (after an opening quote).
        var start: Int
        /// Past the last byte of its text (before a closing quote, a trailing CR dropped).
        var end: Int
        /// How many `""` pairs the text holds, each one quote once read.
        var doubledQuotes: Int
        /// The line the field starts on.
        var line: Int

        /// The field's length once read, in bytes.
        var count: Int { end - start - doubledQuotes }
    }

    /// Where the parser is within the current field.
    private enum State {
        case unquoted, quoted, afterQuote
    }

    /// The largest field accepted, 1 MiB: real fields are a few hundred bytes.
    let maxFieldBytes: Int
    /// The most fields in a record, 1,000: contract files have 26 to 31.
    let maxFields: Int

    private let handle: FileHandle
    /// File bytes `bufferOffset ..< bufferOffset + end` of the file; the current record starts at `recordStart`.
    private var buffer: [UInt8]
    private var end = 0
    private var bufferOffset: Int64 = 0
    /// The first byte not yet parsed.
    private var position = 0
    private var recordStart = 0
    private var atEnd = false
    private var startedFile = false
    private var line = 1
    private var spans: [Span] = []
    /// The line the current record starts on.
    private(set) var recordLine = 0
    /// True when no field of the current record holds a control character that ``InputText`` refuses in
    /// multi-line text (C0 but tab, CR and LF; DEL; C1): checked over the record's bytes in the pass that checks
    /// its UTF-8, so readers need not check each field again (they do when this is false, to name the field).
    private(set) var recordHasNoControlCharacters = false

    /// Bytes consumed so far, for progress reports.
    var bytesRead: Int64 { bufferOffset + Int64(position) }

    /// How many fields the current record has.
    var fieldCount: Int { spans.count }

    /// Opens `path`; nil when it cannot be opened. `bufferSize` is how much is read at a time (tests make it
    /// small, so that records cross many refills).
    init?(path: String, maxFieldBytes: Int = 1 << 20, maxFields: Int = 1_000, bufferSize: Int = 1 << 20) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
        self.buffer = [UInt8](repeating: 0, count: max(bufferSize, 1))
        self.maxFieldBytes = maxFieldBytes
        self.maxFields = maxFields
    }

    /// The next record, or nil at the end of the file. Blank lines are skipped.
    mutating func next() throws(Failure) -> Record? {
        guard try advance() else { return nil }
        return Record(fields: (0..<spans.count).map { field($0) }, line: recordLine)
    }

    /// Moves to the next record that is not a blank line, its fields then read with ``field(_:)``; false at the
    /// end of the file. Every field of the record is valid UTF-8 once this returns.
    mutating func advance() throws(Failure) -> Bool {
        while try parseRecord() {
            if spans.count == 1 && spans[0].count == 0 { continue }
            return true
        }
        return false
    }

    /// The field at 0-based `index` of the current record, as text.
    func field(_ index: Int) -> String {
        let span = spans[index]
        return buffer.withUnsafeBufferPointer { bytes in
            let text = UnsafeBufferPointer(rebasing: bytes[recordStart + span.start..<recordStart + span.end])
            guard span.doubledQuotes > 0 else { return String(decoding: text, as: UTF8.self) }
            return String(decoding: Self.unescaped(text), as: UTF8.self)
        }
    }

    /// Closes the file.
    func close() {
        try? handle.close()
    }

    // MARK: Parsing

    /// Parses the record at `position` into `spans`; false at the end of the file.
    private mutating func parseRecord() throws(Failure) -> Bool {
        recordStart = position
        while position == end {
            guard try refill() else { return false }
        }
        recordStart = position
        recordLine = line
        spans.removeAll(keepingCapacity: true)
        // Offsets from the record's first byte, which stay right when `refill()` moves the record.
        var index = 0
        var state = State.unquoted
        var fieldStart = 0, fieldLine = line, contentEnd = 0, doubled = 0
        while true {
            if recordStart + index == end {
                let more = try refill()
                switch state {
                case .unquoted: try checkLength(index - fieldStart, fieldLine)
                case .quoted: try checkLength(index - fieldStart - doubled, fieldLine)
                case .afterQuote: break // checked at its closing quote
                }
                if !more {
                    if state == .quoted {
                        try checkUTF8(fields: spans.count)
                        throw .unterminatedQuote(line: fieldLine, field: spans.count + 1)
                    }
                    try endField(fieldStart, state == .unquoted ? index : contentEnd, doubled, fieldLine)
                    position = recordStart + index
                    try endRecord()
                    return true
                }
            }
            switch state {
            case .quoted:
                let (stop, lines) = quotedRun(from: recordStart + index)
                line += lines
                index = stop - recordStart
                guard recordStart + index < end else { continue }
                // At a quote: doubled, or the closing one (which needs the byte after it).
                if recordStart + index + 1 == end {
                    guard try refill() else {
                        contentEnd = index
                        index += 1
                        state = .afterQuote
                        try checkLength(contentEnd - fieldStart - doubled, fieldLine)
                        continue
                    }
                }
                if byte(at: recordStart + index + 1) == 0x22 {
                    doubled += 1
                    index += 2
                } else {
                    contentEnd = index
                    index += 1
                    state = .afterQuote
                    try checkLength(contentEnd - fieldStart - doubled, fieldLine)
                }
            case .afterQuote:
                switch byte(at: recordStart + index) {
                case 0x2C:
                    try endField(fieldStart, contentEnd, doubled, fieldLine)
                    index += 1
                    (state, fieldStart, fieldLine, doubled) = (.unquoted, index, line, 0)
                case 0x0A:
                    line += 1
                    try endField(fieldStart, droppingCR(fieldStart, contentEnd), doubled, fieldLine)
                    position = recordStart + index + 1
                    try endRecord()
                    return true
                case 0x0D:
                    index += 1 // the CR of a CRLF after a closing quote
                default:
                    try checkUTF8(fields: spans.count)
                    throw .textAfterQuote(line: line, field: spans.count + 1)
                }
            case .unquoted:
                index = plainRun(from: recordStart + index) - recordStart
                guard recordStart + index < end else { continue }
                switch byte(at: recordStart + index) {
                case 0x2C:
                    try endField(fieldStart, index, 0, fieldLine)
                    index += 1
                    (fieldStart, fieldLine) = (index, line)
                case 0x0A:
                    line += 1
                    try checkLength(index - fieldStart, fieldLine) // a CR before the line feed counts until dropped
                    try endField(fieldStart, droppingCR(fieldStart, index), 0, fieldLine)
                    position = recordStart + index + 1
                    try endRecord()
                    return true
                case 0x22 where index == fieldStart:
                    index += 1
                    (state, fieldStart, fieldLine) = (.quoted, index, line)
                default:
                    index += 1 // a CR not before a line feed, or a quote inside plain text: part of the field
                }
            }
        }
    }

    /// `end`, less a CR just before it: the field's text before a record's line feed.
    private func droppingCR(_ start: Int, _ end: Int) -> Int {
        end > start && byte(at: recordStart + end - 1) == 0x0D ? end - 1 : end
    }

    /// Records the field `start ..< end` (offsets from the record's start).
    private mutating func endField(_ start: Int, _ end: Int, _ doubled: Int, _ fieldLine: Int) throws(Failure) {
        try checkLength(end - start - doubled, fieldLine)
        spans.append(Span(start: start, end: end, doubledQuotes: doubled, line: fieldLine))
        guard spans.count <= maxFields else {
            try checkUTF8(fields: spans.count)
            throw .tooManyFields(line: recordLine, limit: maxFields)
        }
    }

    /// Refuses a field of `count` bytes past the limit, before more of it is read.
    private func checkLength(_ count: Int, _ fieldLine: Int) throws(Failure) {
        guard count > maxFieldBytes else { return }
        try checkUTF8(fields: spans.count)
        throw .fieldTooLarge(line: fieldLine, field: spans.count + 1, limit: maxFieldBytes)
    }

    /// Checks the finished record's bytes in one pass; only when they are not valid UTF-8 are its fields
    /// checked one by one, to name the first bad one.
    private mutating func endRecord() throws(Failure) {
        let scan = buffer.withUnsafeBufferPointer { bytes in
            CSVTextScan(UnsafeBufferPointer(rebasing: bytes[recordStart..<position]))
        }
        if !scan.isUTF8 { try checkUTF8(fields: spans.count) }
        recordHasNoControlCharacters = scan.isUTF8 && !scan.hasControlCharacter
    }

    /// Throws ``Failure/notUTF8(line:field:)`` for the first of the record's first `count` fields that is not
    /// UTF-8. The record's bytes as a whole are valid exactly when each field is: fields are cut at ASCII bytes,
    /// which never fall inside a character, so this runs only for a record already found bad, or one stopped by
    /// another problem (a field before it being bad is what the file is refused for, as fields are read in order).
    private func checkUTF8(fields count: Int) throws(Failure) {
        for (number, span) in spans.prefix(count).enumerated() {
            let valid = buffer.withUnsafeBufferPointer { bytes in
                let text = UnsafeBufferPointer(rebasing: bytes[recordStart + span.start..<recordStart + span.end])
                return CSVTextScan(text).isUTF8
            }
            if !valid { throw .notUTF8(line: span.line, field: number + 1) }
        }
    }

    private func byte(at offset: Int) -> UInt8 {
        buffer.withUnsafeBufferPointer { $0[offset] }
    }

    /// The first byte at or after `start` that ends plain text outside quotes (comma, quote, CR, LF), or `end`.
    private func plainRun(from start: Int) -> Int {
        buffer.withUnsafeBufferPointer { bytes in
            var index = start
            while index < end {
                let byte = bytes[index]
                // Thai text is bytes 0x80 and up, and most ASCII text is above the comma.
                if byte > 0x2C || (byte != 0x2C && byte != 0x22 && byte != 0x0A && byte != 0x0D) {
                    index += 1
                } else {
                    break
                }
            }
            return index
        }
    }

    /// The first quote at or after `start` inside a quoted field, or `end`, and the line feeds before it.
    private func quotedRun(from start: Int) -> (stop: Int, lines: Int) {
        buffer.withUnsafeBufferPointer { bytes in
            var index = start, lines = 0
            while index < end {
                let byte = bytes[index]
                if byte == 0x22 { break }
                if byte == 0x0A { lines += 1 }
                index += 1
            }
            return (index, lines)
        }
    }

    /// `text` with each `""` made one quote.
    private static func unescaped(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            bytes.append(text[index])
            index += text[index] == 0x22 ? 2 : 1
        }
        return bytes
    }

    // MARK: Reading

    /// Reads more of the file after the bytes held, first moving the current record (from `recordStart`) to
    /// the buffer's front, and growing the buffer when the record fills it; false at the end of the file.
    private mutating func refill() throws(Failure) -> Bool {
        if atEnd { return false }
        if recordStart > 0 {
            let kept = end - recordStart
            let from = recordStart
            buffer.withUnsafeMutableBufferPointer { bytes in
                guard kept > 0, let base = bytes.baseAddress else { return }
                _ = memmove(base, base + from, kept) // the regions may overlap
            }
            bufferOffset += Int64(from)
            position -= from
            end = kept
            recordStart = 0
        }
        guard try readMore() else { return false }
        if !startedFile {
            // The byte-order mark is looked for once the first three bytes are in, or the file is shorter.
            while end < 3, try readMore() {}
            startedFile = true
            if end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
                position = 3
                recordStart = 3
            }
        }
        return true
    }

    /// Reads what the file gives next after the bytes held, doubling the buffer when they fill it; false at
    /// the end of the file.
    private mutating func readMore() throws(Failure) -> Bool {
        if end == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
        let descriptor = handle.fileDescriptor
        let filled = end
        var count = 0
        repeat {
            count = buffer.withUnsafeMutableBufferPointer { bytes in
                read(descriptor, bytes.baseAddress! + filled, bytes.count - filled)
            }
        } while count < 0 && errno == EINTR
        if count < 0 { throw .readFailed(String(cString: strerror(errno))) }
        if count == 0 {
            atEnd = true
            return false
        }
        end += count
        return true
    }
}

/// One pass over a record's bytes: whether they are UTF-8, and whether they hold a control character that
/// ``InputText`` refuses in multi-line text (C0 but tab, CR and LF; DEL; C1, which is 0xC2 0x80–0x9F).
struct CSVTextScan {
    /// True when the bytes are well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    private(set) var isUTF8 = true
    /// True when a refused control character was seen (meaningful only when ``isUTF8``).
    private(set) var hasControlCharacter = false

    /// Scans `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead < 0x20 {
                    if lead != 0x09 && lead != 0x0A && lead != 0x0D { hasControlCharacter = true }
                } else if lead == 0x7F {
                    hasControlCharacter = true
                }
                index += 1
                continue
            }
            let length: Int, low: UInt8, high: UInt8
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default:
                isUTF8 = false
                return
            }
            guard index + length <= count, (low...high).contains(bytes[index + 1]) else {
                isUTF8 = false
                return
            }
            for next in index + 2..<index + length where bytes[next] & 0xC0 != 0x80 {
                isUTF8 = false
                return
            }
            if lead == 0xC2 && bytes[index + 1] < 0xA0 { hasControlCharacter = true }
            index += length
        }
    }
}
