import Crypto
import EventStore
import Foundation

/// Which announcements of a feed file to leave out of an import: those the store already holds, and
/// those that appear again later in the same file.
///
/// Only used for a file that overlaps the store (``FeedImporter`` tries every file as new first). An
/// announcement is known by the first 128 bits of the SHA-256 of its ``EGPAnnouncement/fingerprint``
/// (two different fingerprints sharing 128 bits is not a thing that happens): 16 bytes each rather than the
/// fingerprint's 80 or so. What the store holds is kept as a sorted array (16 bytes per announcement, no
/// hash-table slack: about 34 MB for a fully overlapping 1 GB feed); repeats inside the file are found by
/// sorting the file's keys once, so only the keys that do repeat are remembered while importing.
struct DuplicateFilter {
    /// 128 bits of an announcement's fingerprint digest.
    struct Key: Hashable, Comparable {
        let high: UInt64
        let low: UInt64

        static func < (left: Key, right: Key) -> Bool {
            (left.high, left.low) < (right.high, right.low)
        }
    }

    /// Announcements in the store before the import, sorted, each once.
    private let known: [Key]
    /// Announcements the file holds more than once.
    private let repeated: Set<Key>
    /// Repeated announcements already met in this pass (their first occurrence is the one kept).
    private var seenRepeated: Set<Key> = []

    init(known: [Key], repeated: Set<Key>) {
        self.known = known
        self.repeated = repeated
    }

    /// True when `announcement` is in the store or was met earlier in the file.
    mutating func isDuplicate(_ announcement: EGPAnnouncement) -> Bool {
        let key = Self.key(announcement.fingerprint)
        if Self.contains(known, key) { return true }
        guard repeated.contains(key) else { return false }
        return !seenRepeated.insert(key).inserted
    }

    /// Binary search in a sorted array.
    static func contains(_ sorted: [Key], _ key: Key) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == key
    }

    /// The key of a fingerprint.
    static func key(_ fingerprint: String) -> Key {
        let digest = SHA256.hash(data: Data(fingerprint.utf8))
        return digest.withUnsafeBytes { raw in
            Key(high: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
                low: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        }
    }

    /// A filter for the file at `path`: which of its announcements the store's timeline already holds
    /// (read `batchSize` announcements at a time, one query per 500 projects) and which it repeats.
    /// - Throws: ``EGPFeedError`` for a file that cannot be read; the store's errors.
    static func known(
        in path: String, store: any EventStore, batchSize: Int, limits: EGPFeedReader.Limits = .standard
    ) async throws -> DuplicateFilter {
        var cursor = try EGPFeedReader(path: path, limits: limits).makeCursor()
        // The store's announcements found in the file, and the file's other announcements (a repeat of a
        // stored one is a duplicate anyway): together at most one key per announcement of the file.
        var known: [Key] = []
        var others: [Key] = []
        var batch: [Key] = []
        var keysOfProject: [String: Set<Key>] = [:]
        while true {
            let announcement = try cursor.next()
            if let announcement {
                let key = key(announcement.fingerprint)
                keysOfProject[announcement.projectID.rawValue, default: []].insert(key)
                batch.append(key)
            }
            guard announcement == nil || batch.count >= min(batchSize, 2_000) else { continue }
            var knownInBatch = Set<Key>()
            let projects = Array(keysOfProject.keys)
            for start in stride(from: 0, to: projects.count, by: 500) {
                let ids = Array(projects[start..<min(start + 500, projects.count)])
                let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ", ")
                let rows = try await store.query(
                    "SELECT project_id, type, published, document FROM procurement_announcements WHERE project_id IN (\(placeholders))",
                    ids)
                for row in rows {
                    guard let project = row.string("project_id"), let type = row.string("type"),
                          let published = row.string("published"), let document = row.string("document") else { continue }
                    let stored = key(EGPAnnouncement.fingerprint(
                        projectID: project, type: type, published: published, document: document))
                    if keysOfProject[project]?.contains(stored) == true { knownInBatch.insert(stored) }
                }
            }
            known.append(contentsOf: knownInBatch)
            others.append(contentsOf: batch.lazy.filter { !knownInBatch.contains($0) })
            batch.removeAll(keepingCapacity: true)
            keysOfProject.removeAll(keepingCapacity: true)
            if announcement == nil { break }
        }
        var repeated = Set<Key>()
        others.sort()
        for index in others.indices.dropFirst() where others[index] == others[index - 1] { repeated.insert(others[index]) }
        others = []
        // Sorted, each once, and no larger than it needs to be: it is kept for the whole import.
        known.sort()
        var count = 0
        for index in known.indices where count == 0 || known[index] != known[count - 1] {
            known[count] = known[index]
            count += 1
        }
        return DuplicateFilter(known: Array(known[..<count]), repeated: repeated)
    }
}
