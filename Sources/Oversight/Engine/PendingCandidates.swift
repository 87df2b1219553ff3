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
    private var file: CandidateFile?

    mutating func add(_ candidate: FlagCandidate, kind: Kind, value: Double?) {
        entries.append(Entry(kind: kind, value: value))
        if file == nil, memory.count < Self.memoryLimit {
            memory.append(candidate)
            return
        }
        if file == nil { file = CandidateFile() }
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
