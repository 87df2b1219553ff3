import Foundation

/// Candidates waiting for a data-derived cut-off, with the value each will be compared with.
///
/// The first ``memoryLimit`` stay in memory (an agency's run never has more); beyond that they go to a
/// temporary file in ``CandidateWriter``'s form and only their kind and value stay in memory, so a national
/// run's memory does not grow with the number of flags.
struct PendingCandidates {
    /// Which cut-off a candidate waits for.
    enum Kind: Hashable {
        case bunching, yearEnd, changes, wins
        /// fast-award, per method key.
        case speed(String)
    }

    /// A waiting candidate's kind and value (nil: above any cut-off, e.g. all of a year's spending in September).
    struct Entry {
        var kind: Kind
        var value: Double?
    }

    /// How many candidates are kept in memory before the rest go to a file.
    static let memoryLimit = 2_000

    private(set) var entries: [Entry] = []
    private var memory: [FlagCandidate] = []
    private var file: PendingFile?

    mutating func add(_ candidate: FlagCandidate, kind: Kind, value: Double?) {
        entries.append(Entry(kind: kind, value: value))
        if file == nil, memory.count < Self.memoryLimit {
            memory.append(candidate)
            return
        }
        if file == nil { file = PendingFile() }
        file!.append(candidate)
    }

    /// Takes over `other`'s candidates, after this one's.
    mutating func absorb(_ other: PendingCandidates) {
        other.forEach { entry, candidate in add(candidate, kind: entry.kind, value: entry.value) }
    }

    /// Calls `body` with each entry and its candidate, in the order added.
    func forEach(_ body: (Entry, FlagCandidate) -> Void) {
        for (index, candidate) in memory.enumerated() { body(entries[index], candidate) }
        guard let file else { return }
        var index = memory.count
        file.readAll { candidate in
            body(entries[index], candidate)
            index += 1
        }
    }
}

/// A temporary file of encoded candidates, removed when the last reference goes.
final class PendingFile: @unchecked Sendable {
    private let url: URL
    private let handle: FileHandle
    private var buffer: [UInt8] = []

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

    func append(_ candidate: FlagCandidate) {
        var writer = CandidateWriter()
        writer.candidate(candidate)
        var length = Int64(writer.bytes.count).littleEndian
        withUnsafeBytes(of: &length) { buffer.append(contentsOf: $0) }
        buffer.append(contentsOf: writer.bytes)
        if buffer.count >= 1 << 20 { flush() }
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
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
}
