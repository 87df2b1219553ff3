import Foundation

/// A candidate's place in numbering order, (year, indicator, identity), and where the candidate is kept.
struct SpoolKey {
    var fiscalYear: Int32
    /// The indicator's place in `Indicator.allCases`, which is the order `Indicator`'s `<` gives.
    var indicator: UInt8
    var identity: String
    /// Index in the spool's memory, or ``inFile`` or ``inWaitingFile``.
    var slot: Int32
    var offset: Int64
    var length: Int32
    /// For a candidate in the waiting file, the cut-off it passed: an index into the spool's cut-offs plus one
    /// (0: none).
    var cutOff: UInt8

    /// The candidate is in the spool's own file.
    static let inFile: Int32 = -1
    /// The candidate is in the engine's file of waiting candidates.
    static let inWaitingFile: Int32 = -2

    /// Whether `self` is numbered before `other`.
    func precedes(_ other: SpoolKey) -> Bool {
        (fiscalYear, indicator, identity) < (other.fiscalYear, other.indicator, other.identity)
    }
}

/// Sorted runs of ``SpoolKey``s in a temporary file, merged back in order: the external sort that keeps a
/// national run's sort keys out of memory (``CandidateSpool``).
///
/// Each run is written sorted, one key after another (fixed fields, then the identity's UTF-8 bytes); merging
/// reads every run from its start through a small buffer of its own, so memory holds one buffer per run
/// whatever the number of keys. Gone when the last reference goes (``SpoolFile``).
final class SpoolKeyRuns {
    private let file: SpoolFile
    private var runs: [(start: Int64, count: Int)] = []
    private var written: Int64 = 0

    /// - throws: ``TemporaryFileError`` when `folder` is missing or not writable.
    init(in folder: URL) throws {
        file = try SpoolFile(prefix: "sujarit-keys", in: folder)
    }

    /// Writes `keys`, sorted, as one more run.
    /// - throws: ``TemporaryFileError`` when the file cannot be written (a full disk).
    func add(sorted keys: [SpoolKey]) throws {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(keys.count * 64)
        for key in keys {
            Self.put(key.fiscalYear, into: &bytes)
            bytes.append(key.indicator)
            bytes.append(key.cutOff)
            Self.put(key.slot, into: &bytes)
            Self.put(key.offset, into: &bytes)
            Self.put(key.length, into: &bytes)
            let identity = Array(key.identity.utf8)
            Self.put(Int32(identity.count), into: &bytes)
            bytes.append(contentsOf: identity)
        }
        try bytes.withUnsafeBytes { try file.append($0) }
        runs.append((written, keys.count))
        written += Int64(bytes.count)
    }

    /// Calls `body` with every key of every run and of `last` (sorted, kept in memory), in numbering order.
    func merge(with last: [SpoolKey], _ body: (SpoolKey) async throws -> Void) async throws {
        var readers = runs.map { Reader(file: file, start: $0.start, count: $0.count) }
        var heads = try readers.indices.map { try readers[$0].next() }
        var lastIndex = 0
        while true {
            var best: Int?
            for index in heads.indices {
                guard let head = heads[index] else { continue }
                if best == nil || head.precedes(heads[best!]!) { best = index }
            }
            if lastIndex < last.count, best == nil || last[lastIndex].precedes(heads[best!]!) {
                try await body(last[lastIndex])
                lastIndex += 1
            } else if let best {
                try await body(heads[best]!)
                heads[best] = try readers[best].next()
            } else {
                return
            }
        }
    }

    private static func put<Value: FixedWidthInteger>(_ value: Value, into bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// One run read from its start, 64 KiB at a time.
    private struct Reader {
        let file: SpoolFile
        var position: Int64
        var remaining: Int
        var buffer: [UInt8] = []
        var cursor = 0

        init(file: SpoolFile, start: Int64, count: Int) {
            self.file = file
            position = start
            remaining = count
        }

        mutating func next() throws -> SpoolKey? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            let fiscalYear: Int32 = try take()
            let indicator: UInt8 = try take()
            let cutOff: UInt8 = try take()
            let slot: Int32 = try take()
            let offset: Int64 = try take()
            let length: Int32 = try take()
            let count: Int32 = try take()
            try fill(Int(count))
            let identity = String(decoding: buffer[cursor..<(cursor + Int(count))], as: UTF8.self)
            cursor += Int(count)
            return SpoolKey(
                fiscalYear: fiscalYear, indicator: indicator, identity: identity, slot: slot, offset: offset,
                length: length, cutOff: cutOff)
        }

        private mutating func take<Value: FixedWidthInteger>() throws -> Value {
            let size = MemoryLayout<Value>.size
            try fill(size)
            var value = Value.zero
            withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: buffer[cursor..<(cursor + size)]) }
            cursor += size
            return Value(littleEndian: value)
        }

        /// Makes sure `count` bytes are buffered from the cursor on.
        private mutating func fill(_ count: Int) throws {
            guard buffer.count - cursor < count else { return }
            buffer.removeFirst(cursor)
            cursor = 0
            let kept = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: max(1 << 16, count)))
            let read = try buffer.withUnsafeMutableBytes { raw in
                try file.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[kept...]), at: position)
            }
            buffer.removeLast(buffer.count - kept - read)
            position += Int64(read)
            guard buffer.count >= count else {
                throw TemporaryFileError(.read, folder: file.folder.path, reason: "the file ended early")
            }
        }
    }
}
