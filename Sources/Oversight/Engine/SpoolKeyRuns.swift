import Foundation

/// A candidate's place in numbering order, (year, indicator, identity), and where the candidate is kept.
struct SpoolKey {
    var fiscalYear: Int32
    /// The indicator's place in `Indicator.allCases`, which is the order `Indicator`'s `<` gives.
    var indicator: UInt8
    var identity: String
    /// Index in the spool's memory, or -1 when the candidate is in its file.
    var slot: Int32
    var offset: Int64
    var length: Int32

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
/// whatever the number of keys. Removed when the last reference goes.
final class SpoolKeyRuns {
    private let url: URL
    private let handle: FileHandle
    private var runs: [(start: Int64, count: Int)] = []
    private var written: Int64 = 0

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sujarit-keys-\(UUID().uuidString).bin")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        // The temporary folder is writable by definition; a failure here is an environment fault.
        handle = try! FileHandle(forUpdating: url)
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `keys`, sorted, as one more run.
    func add(sorted keys: [SpoolKey]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(keys.count * 64)
        for key in keys {
            Self.put(key.fiscalYear, into: &bytes)
            bytes.append(key.indicator)
            Self.put(key.slot, into: &bytes)
            Self.put(key.offset, into: &bytes)
            Self.put(key.length, into: &bytes)
            let identity = Array(key.identity.utf8)
            Self.put(Int32(identity.count), into: &bytes)
            bytes.append(contentsOf: identity)
        }
        _ = try? handle.seekToEnd()
        handle.write(Data(bytes))
        runs.append((written, keys.count))
        written += Int64(bytes.count)
    }

    /// Calls `body` with every key of every run and of `last` (sorted, kept in memory), in numbering order.
    func merge(with last: [SpoolKey], _ body: (SpoolKey) async throws -> Void) async throws {
        var readers = try runs.map { try Reader(handle: handle, start: $0.start, count: $0.count) }
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
        let handle: FileHandle
        var position: Int64
        var remaining: Int
        var buffer: [UInt8] = []
        var cursor = 0

        init(handle: FileHandle, start: Int64, count: Int) throws {
            self.handle = handle
            position = start
            remaining = count
        }

        mutating func next() throws -> SpoolKey? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            let fiscalYear: Int32 = try take()
            let indicator: UInt8 = try take()
            let slot: Int32 = try take()
            let offset: Int64 = try take()
            let length: Int32 = try take()
            let count: Int32 = try take()
            try fill(Int(count))
            let identity = String(decoding: buffer[cursor..<(cursor + Int(count))], as: UTF8.self)
            cursor += Int(count)
            return SpoolKey(
                fiscalYear: fiscalYear, indicator: indicator, identity: identity, slot: slot, offset: offset,
                length: length)
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
            try handle.seek(toOffset: UInt64(position))
            let chunk = try handle.read(upToCount: max(1 << 16, count)) ?? Data()
            position += Int64(chunk.count)
            buffer.append(contentsOf: chunk)
            guard buffer.count >= count else { throw CocoaError(.fileReadCorruptFile) }
        }
    }
}
