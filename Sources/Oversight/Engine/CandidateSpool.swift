import Foundation

/// Every candidate of a run, waiting to be recorded in the order flags are numbered.
///
/// Flags are numbered per fiscal year in the order (year, indicator, identity), so the same data numbers
/// its flags the same way on any machine. That order is known only once the last department is done, and
/// a national run finds a hundred thousand candidates or more, each with its evidence. So the first
/// ``memoryLimit`` candidates stay in memory as they are, the rest go to a temporary file in
/// ``CandidateWriter``'s form and are read back one batch at a time; and only ``runLength`` sort keys are held
/// at once: beyond that they are sorted and written out as a run (``SpoolKeyRuns``), and the runs are merged
/// when the candidates are read back. Memory does not grow with the number of candidates.
struct CandidateSpool {
    /// How many candidates stay in memory before the rest go to the file (an agency's run never has more).
    static let memoryLimit = 2_000

    /// How many sort keys are held before they are written out as a sorted run.
    let runLength: Int

    private var keys: [SpoolKey] = []
    private var memory: [FlagCandidate] = []
    private var file: CandidateFile?
    private var runs: SpoolKeyRuns?

    /// Whether any candidate's evidence names people (its dedupe key then needs the store's key).
    private(set) var namesPeople = false

    /// How many candidates the spool holds.
    private(set) var count = 0

    /// - parameter runLength: Sort keys held in memory (about a hundred bytes each); tests make it small.
    init(runLength: Int = 20_000) {
        self.runLength = max(1, runLength)
    }

    mutating func add(_ candidate: FlagCandidate) {
        namesPeople = namesPeople || candidate.evidence.namesPeople
        var key = SpoolKey(
            fiscalYear: Int32(truncatingIfNeeded: candidate.fiscalYear.be),
            indicator: UInt8(Indicator.allCases.firstIndex(of: candidate.indicator)!), identity: candidate.identity,
            slot: -1, offset: 0, length: 0)
        if file == nil, memory.count < Self.memoryLimit {
            key.slot = Int32(memory.count)
            memory.append(candidate)
        } else {
            if file == nil { file = CandidateFile() }
            let place = file!.append(candidate)
            (key.offset, key.length) = (place.offset, Int32(place.length))
        }
        keys.append(key)
        count += 1
        if keys.count >= runLength {
            if runs == nil { runs = SpoolKeyRuns() }
            runs!.add(sorted: keys.sorted { $0.precedes($1) })
            keys.removeAll(keepingCapacity: true)
        }
    }

    /// Calls `body` with the candidates in numbering order, `size` at a time.
    func forEachBatch(of size: Int, _ body: ([FlagCandidate]) async throws -> Void) async throws {
        let last = keys.sorted { $0.precedes($1) }
        var batch: [FlagCandidate] = []
        batch.reserveCapacity(size)
        func take(_ key: SpoolKey) async throws {
            batch.append(
                key.slot >= 0
                    ? memory[Int(key.slot)] : try file!.read(at: key.offset, length: Int(key.length)))
            if batch.count == size {
                try await body(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if let runs {
            try await runs.merge(with: last) { try await take($0) }
        } else {
            for key in last { try await take(key) }
        }
        if !batch.isEmpty { try await body(batch) }
    }
}

/// A temporary file of candidates in ``CandidateWriter``'s form, each after its length, read back in order
/// (``PendingCandidates``) or by position (``CandidateSpool``); removed when the last reference goes.
final class CandidateFile: @unchecked Sendable {
    private let url: URL
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var written: Int64 = 0

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sujarit-flags-\(UUID().uuidString).bin")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        // The temporary folder is writable by definition; a failure here is an environment fault.
        handle = try! FileHandle(forUpdating: url)
        buffer.reserveCapacity(1 << 20)
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `candidate` and says where its encoding is (after its 8-byte length).
    @discardableResult
    func append(_ candidate: FlagCandidate) -> (offset: Int64, length: Int) {
        var writer = CandidateWriter()
        writer.candidate(candidate)
        var length = Int64(writer.bytes.count).littleEndian
        withUnsafeBytes(of: &length) { buffer.append(contentsOf: $0) }
        let offset = written + Int64(buffer.count)
        buffer.append(contentsOf: writer.bytes)
        if buffer.count >= 1 << 20 { flush() }
        return (offset, writer.bytes.count)
    }

    /// The candidate whose encoding starts at `offset`.
    func read(at offset: Int64, length: Int) throws -> FlagCandidate {
        flush()
        try handle.seek(toOffset: UInt64(offset))
        guard let bytes = try handle.read(upToCount: length), bytes.count == length else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        return bytes.withUnsafeBytes { raw in
            var reader = CandidateReader(raw)
            return reader.candidate()
        }
    }

    /// Reads every candidate back, in order, a megabyte at a time.
    func readAll(_ body: (FlagCandidate) -> Void) {
        flush()
        try? handle.seek(toOffset: 0)
        var pending: [UInt8] = []
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(contentsOf: chunk)
            var position = 0
            pending.withUnsafeBytes { raw in
                while position + 8 <= raw.count {
                    var length: Int64 = 0
                    withUnsafeMutableBytes(of: &length) {
                        $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[position..<(position + 8)]))
                    }
                    let count = Int(Int64(littleEndian: length))
                    guard position + 8 + count <= raw.count else { break }
                    var reader = CandidateReader(
                        UnsafeRawBufferPointer(rebasing: raw[(position + 8)..<(position + 8 + count)]))
                    body(reader.candidate())
                    position += 8 + count
                }
            }
            pending.removeFirst(position)
        }
        _ = try? handle.seekToEnd()
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        _ = try? handle.seekToEnd()
        handle.write(Data(buffer))
        written += Int64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }
}
