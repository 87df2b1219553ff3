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
///
/// A candidate that waited for a cut-off in the engine's own file (``PendingCandidates``) is not written again:
/// its key points at that file, with the cut-off it passed (``add(_:cutOff:)``), which is set on its evidence
/// as it is read back.
struct CandidateSpool {
    /// How many candidates stay in memory before the rest go to the file (an agency's run never has more).
    static let memoryLimit = 2_000

    /// How many sort keys are held before they are written out as a sorted run.
    let runLength: Int
    /// Where the files go: the temporary folder (TMPDIR) unless a test says.
    let folder: URL

    private var keys: [SpoolKey] = []
    private var memory: [FlagCandidate] = []
    private var file: CandidateFile?
    private var runs: SpoolKeyRuns?
    /// The engine's file of waiting candidates, which keys with ``SpoolKey/inWaitingFile`` point into.
    private var waitingFile: CandidateFile?
    /// The cut-offs set on candidates from the waiting file as they are read back: a key's
    /// ``SpoolKey/cutOff`` is an index into these, plus one (0: none).
    private var cutOffs: [CutOff] = []
    private var cutOffNumbers: [CutOff: UInt8] = [:]

    /// Whether any candidate's evidence names people (its dedupe key then needs the store's key).
    private(set) var namesPeople = false

    /// How many candidates the spool holds.
    private(set) var count = 0

    /// - parameters:
    ///   - runLength: Sort keys held in memory (about a hundred bytes each); tests make it small.
    ///   - folder: Where the files go once memory is full.
    init(runLength: Int = 20_000, folder: URL = FileManager.default.temporaryDirectory) {
        self.runLength = max(1, runLength)
        self.folder = folder
    }

    /// Keeps `candidate` for ``forEachBatch(of:_:)``.
    /// - throws: ``TemporaryFileError`` when a file cannot be made or written in ``folder``.
    mutating func add(_ candidate: FlagCandidate) throws {
        namesPeople = namesPeople || candidate.evidence.namesPeople
        var key = SpoolKey(
            fiscalYear: Int32(truncatingIfNeeded: candidate.fiscalYear.be),
            indicator: UInt8(Indicator.allCases.firstIndex(of: candidate.indicator)!), identity: candidate.identity,
            slot: SpoolKey.inFile, offset: 0, length: 0, cutOff: 0)
        if file == nil, memory.count < Self.memoryLimit {
            key.slot = Int32(memory.count)
            memory.append(candidate)
        } else {
            if file == nil { file = try CandidateFile(in: folder) }
            let place = try file!.append(candidate)
            (key.offset, key.length) = (place.offset, Int32(place.length))
        }
        try keep(key)
    }

    /// Keeps the waiting candidate `stored` for ``forEachBatch(of:_:)`` where it already is, with `cutOff` set on
    /// its evidence when it is read back (what ``RedFlagEngine`` sets on a candidate that passed it).
    /// - throws: ``TemporaryFileError`` when a file cannot be made, written or (for a candidate of another file
    ///   than the first's, which is copied) read.
    mutating func add(_ stored: StoredCandidate, cutOff: CutOff?) throws {
        var number: UInt8 = 0
        if let cutOff {
            if let known = cutOffNumbers[cutOff] {
                number = known
            } else if cutOffs.count < Int(UInt8.max) {
                cutOffs.append(cutOff)
                number = UInt8(cutOffs.count)
                cutOffNumbers[cutOff] = number
            }
        }
        if waitingFile == nil { waitingFile = stored.file }
        guard waitingFile === stored.file, cutOff == nil || number != 0 else {
            // Not expected from one engine (one waiting file, a few cut-offs); copied as any other candidate.
            var candidate = try stored.candidate()
            if let cutOff { candidate.evidence.cutOff = cutOff }
            try add(candidate)
            return
        }
        namesPeople = namesPeople || stored.namesPeople
        try keep(
            SpoolKey(
                fiscalYear: Int32(truncatingIfNeeded: stored.fiscalYear.be),
                indicator: UInt8(Indicator.allCases.firstIndex(of: stored.indicator)!), identity: stored.identity,
                slot: SpoolKey.inWaitingFile, offset: stored.offset, length: Int32(stored.length), cutOff: number))
    }

    /// Holds `key`, writing the keys held out as a sorted run once there are ``runLength`` of them.
    private mutating func keep(_ key: SpoolKey) throws {
        keys.append(key)
        count += 1
        if keys.count >= runLength {
            if runs == nil { runs = try SpoolKeyRuns(in: folder) }
            try runs!.add(sorted: keys.sorted { $0.precedes($1) })
            keys.removeAll(keepingCapacity: true)
        }
    }

    /// Calls `body` with the candidates in numbering order, `size` at a time. Every write of the files is done
    /// before `body` is first called, so a full disk stops the run before anything is recorded.
    /// - throws: ``TemporaryFileError`` when the files cannot be written or read, or what `body` threw.
    func forEachBatch(of size: Int, _ body: ([FlagCandidate]) async throws -> Void) async throws {
        try file?.flush()
        try waitingFile?.flush()
        let last = keys.sorted { $0.precedes($1) }
        var batch: [FlagCandidate] = []
        batch.reserveCapacity(size)
        func take(_ key: SpoolKey) async throws {
            switch key.slot {
            case SpoolKey.inWaitingFile:
                var candidate = try waitingFile!.read(at: key.offset, length: Int(key.length))
                if key.cutOff > 0 { candidate.evidence.cutOff = cutOffs[Int(key.cutOff) - 1] }
                batch.append(candidate)
            case SpoolKey.inFile: batch.append(try file!.read(at: key.offset, length: Int(key.length)))
            default: batch.append(memory[Int(key.slot)])
            }
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
/// (``PendingCandidates``) or by position (``CandidateSpool``); gone when the last reference goes (``SpoolFile``).
final class CandidateFile: @unchecked Sendable {
    private let file: SpoolFile
    private var buffer: [UInt8] = []
    private var written: Int64 = 0

    /// - throws: ``TemporaryFileError`` when `folder` is missing or not writable.
    init(in folder: URL) throws {
        file = try SpoolFile(prefix: "sujarit-flags", in: folder)
        buffer.reserveCapacity(1 << 20)
    }

    /// Writes `candidate` and says where its encoding is (after its 8-byte length).
    /// - throws: ``TemporaryFileError`` when the file cannot be written (a full disk).
    @discardableResult
    func append(_ candidate: FlagCandidate) throws -> (offset: Int64, length: Int) {
        var writer = CandidateWriter()
        writer.candidate(candidate)
        var length = Int64(writer.bytes.count).littleEndian
        withUnsafeBytes(of: &length) { buffer.append(contentsOf: $0) }
        let offset = written + Int64(buffer.count)
        buffer.append(contentsOf: writer.bytes)
        if buffer.count >= 1 << 20 { try flush() }
        return (offset, writer.bytes.count)
    }

    /// The candidate whose encoding starts at `offset`.
    func read(at offset: Int64, length: Int) throws -> FlagCandidate {
        try flush()
        return try file.read(length, at: offset).withUnsafeBytes { raw in
            var reader = CandidateReader(raw)
            return reader.candidate()
        }
    }

    /// Reads every candidate back, in order, a megabyte at a time.
    func readAll(_ body: (FlagCandidate) throws -> Void) throws {
        try readEach { _, bytes in
            var reader = CandidateReader(bytes)
            try body(reader.candidate())
        }
    }

    /// Calls `body` with every candidate's place (for ``read(at:length:)``) and encoding, in order, reading a
    /// megabyte at a time; the bytes are valid during the call only.
    func readEach(_ body: (_ offset: Int64, _ bytes: UnsafeRawBufferPointer) throws -> Void) throws {
        try flush()
        var pending: [UInt8] = []
        var position: Int64 = 0
        // Where `pending`'s first byte is in the file.
        var start: Int64 = 0
        while position < written {
            let chunk = try file.read(Int(min(1 << 20, written - position)), at: position)
            position += Int64(chunk.count)
            pending.append(contentsOf: chunk)
            var used = 0
            try pending.withUnsafeBytes { raw in
                while used + 8 <= raw.count {
                    var length: Int64 = 0
                    withUnsafeMutableBytes(of: &length) {
                        $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[used..<(used + 8)]))
                    }
                    let count = Int(Int64(littleEndian: length))
                    guard used + 8 + count <= raw.count else { break }
                    try body(
                        start + Int64(used + 8), UnsafeRawBufferPointer(rebasing: raw[(used + 8)..<(used + 8 + count)]))
                    used += 8 + count
                }
            }
            pending.removeFirst(used)
            start += Int64(used)
        }
    }

    /// Writes what is buffered, so that every write of the file is done before anything is read back.
    /// - throws: ``TemporaryFileError`` when the file cannot be written (a full disk).
    func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try file.append($0) }
        written += Int64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }
}
