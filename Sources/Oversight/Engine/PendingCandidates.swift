import Foundation
import Sujarit

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
        /// Whether the candidate's evidence names people, kept so that one left in the file need not be read.
        var namesPeople = false
    }

    /// A waiting candidate as ``forEachWaiting(_:)`` gives it: in memory, or left in the file where it was
    /// written, with what the spool needs to order it.
    enum Waiting {
        case held(FlagCandidate)
        case stored(StoredCandidate)
    }

    /// How many candidates are kept in memory before the rest go to a file.
    static let memoryLimit = 2_000

    private(set) var entries: [Entry] = []
    private var memory: [FlagCandidate] = []
    private var file: CandidateFile?
    /// Candidates kept in memory before the rest go to a file: ``memoryLimit``, or all of them for a caller that
    /// wants every candidate in an array anyway (``RedFlagEngine/evaluate(_:settings:inputs:)``).
    private let limit: Int
    /// Where the file goes: the temporary folder (TMPDIR) unless a test says.
    private let folder: URL

    init(limit: Int = Self.memoryLimit, folder: URL = FileManager.default.temporaryDirectory) {
        self.limit = limit
        self.folder = folder
    }

    /// Keeps `candidate` until the cut-offs are known.
    /// - throws: ``TemporaryFileError`` when the file cannot be made or written in the temporary folder.
    mutating func add(_ candidate: FlagCandidate, kind: Kind, value: Double?) throws {
        entries.append(Entry(kind: kind, value: value, namesPeople: candidate.evidence.namesPeople))
        if file == nil, memory.count < limit {
            memory.append(candidate)
            return
        }
        if file == nil { file = try CandidateFile(in: folder) }
        try file!.append(candidate)
    }

    /// Takes over `other`'s candidates, after this one's.
    mutating func absorb(_ other: PendingCandidates) throws {
        try other.forEach { entry, candidate in try add(candidate, kind: entry.kind, value: entry.value) }
    }

    /// Calls `body` with each entry and its candidate, in the order added.
    /// - throws: ``TemporaryFileError`` when the file cannot be read back, or what `body` threw.
    func forEach(_ body: (Entry, FlagCandidate) throws -> Void) throws {
        for (index, candidate) in memory.enumerated() { try body(entries[index], candidate) }
        guard let file else { return }
        var index = memory.count
        try file.readAll { candidate in
            try body(entries[index], candidate)
            index += 1
        }
    }

    /// Calls `body` with each entry and its candidate, in the order added; a candidate in the file comes as
    /// where it is and its numbering key (read without its evidence), so that the spool can point at it
    /// rather than write it again (most waiting candidates do not pass their cut-off and are never decoded).
    /// - throws: ``TemporaryFileError`` when the file cannot be read back, or what `body` threw.
    func forEachWaiting(_ body: (Entry, Waiting) throws -> Void) throws {
        for (index, candidate) in memory.enumerated() { try body(entries[index], .held(candidate)) }
        guard let file else { return }
        var index = memory.count
        try file.readEach { offset, bytes in
            var reader = CandidateReader(bytes)
            let key = reader.key()
            let entry = entries[index]
            index += 1
            try body(
                entry,
                .stored(
                    StoredCandidate(
                        file: file, offset: offset, length: bytes.count, fiscalYear: key.fiscalYear,
                        indicator: key.indicator, identity: key.identity, namesPeople: entry.namesPeople)))
        }
    }
}

/// A candidate left in a ``CandidateFile``: where its encoding is, and its numbering key.
struct StoredCandidate {
    let file: CandidateFile
    let offset: Int64
    let length: Int
    let fiscalYear: FiscalYear
    let indicator: Indicator
    let identity: String
    /// Whether its evidence names people.
    let namesPeople: Bool

    /// The candidate, read back.
    /// - throws: ``TemporaryFileError`` when the file cannot be read.
    func candidate() throws -> FlagCandidate { try file.read(at: offset, length: length) }
}
