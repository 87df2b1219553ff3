import Foundation

/// Every candidate of a run, waiting to be recorded in the order flags are numbered.
///
/// Flags are numbered per fiscal year in the order (year, indicator, identity), so the same data numbers
/// its flags the same way on any machine. That order is known only once the last department is done, and
/// a national run finds a hundred thousand candidates or more, each with its evidence. So the spool keeps
/// only each candidate's sort key in memory; the first ``memoryLimit`` candidates stay in memory as they
/// are, the rest go to a temporary file in ``CandidateWriter``'s form and are read back one batch at a
/// time. Memory then grows with the keys (tens of bytes a flag), not with the evidence.
struct CandidateSpool {
    /// A candidate's place in numbering order and where it is kept.
    private struct Entry {
        var fiscalYear: Int
        var indicator: Indicator
        var identity: String
        /// Index in ``memory``, or -1 when the candidate is in the file.
        var slot: Int
        var offset: Int64
        var length: Int
    }

    /// How many candidates stay in memory before the rest go to the file (an agency's run never has more).
    static let memoryLimit = 2_000

    private var entries: [Entry] = []
    private var memory: [FlagCandidate] = []
    private var file: CandidateFile?

    /// Whether any candidate's evidence names people (its dedupe key then needs the store's key).
    private(set) var namesPeople = false

    /// How many candidates the spool holds.
    var count: Int { entries.count }

    mutating func add(_ candidate: FlagCandidate) {
        namesPeople = namesPeople || candidate.evidence.namesPeople
        var entry = Entry(
            fiscalYear: candidate.fiscalYear.be, indicator: candidate.indicator, identity: candidate.identity,
            slot: -1, offset: 0, length: 0)
        if file == nil, memory.count < Self.memoryLimit {
            entry.slot = memory.count
            memory.append(candidate)
        } else {
            if file == nil { file = CandidateFile() }
            (entry.offset, entry.length) = file!.append(candidate)
        }
        entries.append(entry)
    }

    /// Calls `body` with the candidates in numbering order, `size` at a time.
    func forEachBatch(of size: Int, _ body: ([FlagCandidate]) async throws -> Void) async throws {
        let order = entries.indices.sorted {
            let a = entries[$0], b = entries[$1]
            return (a.fiscalYear, a.indicator, a.identity) < (b.fiscalYear, b.indicator, b.identity)
        }
        var batch: [FlagCandidate] = []
        batch.reserveCapacity(size)
        for index in order {
            let entry = entries[index]
            batch.append(entry.slot >= 0 ? memory[entry.slot] : try file!.read(at: entry.offset, length: entry.length))
            if batch.count == size {
                try await body(batch)
                batch.removeAll(keepingCapacity: true)
            }
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
