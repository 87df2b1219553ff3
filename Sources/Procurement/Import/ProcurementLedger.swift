import Crypto
import EventStore
import Foundation

/// The write side's record of which announcements and contract records the store holds: one key per fact,
/// its project and the first 64 bits of a SHA-256 (a project has a handful of announcements and contract
/// records: two of them sharing 64 bits is not a thing that happens), in `procurement_fingerprints`. An
/// announcement's digest is of its ``EGPAnnouncement/fingerprint``; a contract record's is of its payload
/// (``ContractRecorded/canonicalPayload()``), the bytes its per-row dedupe key hashed before
/// ``ContractsRecorded``. The two never meet: one digests text starting `egp1|`, the other a JSON object.
///
/// Why the project leads the key: an import's announcements come in publication order, whose projects are
/// neighbours, so a batch's rows land on neighbouring pages of the table's B-tree, as the timeline's do. A
/// key of hash bits alone put every row on a random page: a 106 MB feed's import dirtied the whole index
/// over and over and took half as long again.
///
/// The feed and contract importers ask it, batch by batch and inside the import's own transaction
/// (``EventBatchSource/lookups()``), which facts of the next batch are already recorded, and leave those
/// out before the batch is appended: the log never says twice that one announcement was published or one
/// contract row read, and no error is needed to find out. Because the question is asked after the store's
/// write lock is taken, it also sees the batches the import has written so far (a fact repeated later in the
/// same file) and no concurrent import can change the answer before the batch is written.
///
/// Why a table kept by ``ProcurementProjection`` rather than a table of its own beside the log: its rows
/// follow from the log alone (from ``AnnouncementsPublished``, ``ContractsRecorded`` and the older
/// per-fact events), so the projection machinery already gives what a write-side table needs. It is written
/// in the transaction of the append that records the facts, `rebuild` recreates it from the log, and
/// `verify` replays the log and compares it row by row like every read-model table, so a damaged or edited
/// ledger is found rather than trusted. Reports never read it; the importers are its only readers.
enum ProcurementLedger {
    /// The table's name.
    static let table = "procurement_fingerprints"

    /// The table: the project and the digest's bits as a signed 64-bit integer (the portable SQL subset has
    /// no blobs).
    static let schema = """
        CREATE TABLE procurement_fingerprints (
            project_id  TEXT NOT NULL,
            fingerprint BIGINT NOT NULL,
            PRIMARY KEY (project_id, fingerprint)
        )
        """

    /// An announcement's key: its project, and 64 bits of its fingerprint's digest.
    struct Key: Hashable, Comparable, Sendable {
        let projectID: String
        let fingerprint: Int64

        static func < (left: Key, right: Key) -> Bool {
            (left.projectID, left.fingerprint) < (right.projectID, right.fingerprint)
        }
    }

    /// The key of `projectID`'s announcement with this fingerprint, given whole.
    static func key(projectID: String, fingerprint: String) -> Key {
        Key(projectID: projectID, fingerprint: bits(SHA256.hash(data: Data(fingerprint.utf8))))
    }

    /// The key of the fingerprint made of these parts (`egp1|<project>|<type>|<day>|<document>`, as
    /// ``EGPAnnouncement/fingerprint``), its bytes laid out in one stack buffer and hashed in one call: it
    /// runs for every announcement of every import, twice (importer and projection), and hashing piece by
    /// piece cost more in the hasher's calls than in hashing.
    static func key(projectID: String, type: String, published: String, document: String) -> Key {
        var parts = (projectID, type, published, document)
        let count = 8 + parts.0.utf8.count + parts.1.utf8.count + parts.2.utf8.count + parts.3.utf8.count
        return withUnsafeTemporaryAllocation(byteCount: count, alignment: 1) { buffer in
            var offset = 0
            func add(_ bytes: UnsafeBufferPointer<UInt8>) {
                let target = UnsafeMutableRawBufferPointer(rebasing: buffer[offset...])
                target.copyMemory(from: UnsafeRawBufferPointer(bytes))
                offset += bytes.count
            }
            func add(_ text: inout String) { text.withUTF8(add) }
            func separator() {
                buffer[offset] = UInt8(ascii: "|")
                offset += 1
            }
            var prefix = "egp1"
            add(&prefix)
            separator()
            add(&parts.0)
            separator()
            add(&parts.1)
            separator()
            add(&parts.2)
            separator()
            add(&parts.3)
            return Key(projectID: projectID, fingerprint: bits(SHA256.hash(data: UnsafeRawBufferPointer(buffer))))
        }
    }

    /// The key of a contract record: its project, and 64 bits of the digest of its payload's bytes.
    static func key(projectID: String, contractPayload: UnsafeRawBufferPointer) -> Key {
        Key(projectID: projectID, fingerprint: bits(SHA256.hash(data: contractPayload)))
    }

    /// The key of an announcement as the importer holds it.
    static func key(_ entry: AnnouncementsPublished.Entry, document: String) -> Key {
        key(
            projectID: entry.projectID.rawValue, type: entry.type.code, published: entry.published.isoText,
            document: document)
    }

    /// The digest's first 64 bits.
    private static func bits(_ digest: SHA256.Digest) -> Int64 {
        digest.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 0, as: Int64.self) }
    }

    /// The statements asking which of `keys` are recorded: every key of their projects, 500 projects a
    /// statement (well under both backends' limits on placeholders), found through the key's first column.
    static func lookups(_ keys: some Collection<Key>) -> [SQLStatement] {
        let projects = Array(Set(keys.map(\.projectID))).sorted()
        return stride(from: 0, to: projects.count, by: 500).map { start in
            let chunk = projects[start..<min(start + 500, projects.count)]
            var statement = SQLStatement(
                "SELECT project_id, fingerprint FROM procurement_fingerprints WHERE project_id IN ("
                    + Array(repeating: "?", count: chunk.count).joined(separator: ",") + ")")
            statement.arguments = chunk.map { .text($0) }
            return statement
        }
    }

    /// The keys in the rows the lookups returned.
    static func recorded(in found: [[SQLRow]]) -> Set<Key> {
        var keys = Set<Key>()
        for row in found.joined() {
            guard case let .text(project)? = row.values.first, case let .integer(bits)? = row.values.last else {
                continue
            }
            keys.insert(Key(projectID: project, fingerprint: bits))
        }
        return keys
    }

    /// The statements recording `keys`, in key order (neighbouring rows share pages of the B-tree) and in
    /// multi-row statements (``ProcurementProjection/chunkSizes(_:)``). With `ignoringKnown` a key already
    /// there is kept (the older per-announcement events, unique by their dedupe key); without it one refuses
    /// the whole append, which the importer's lookups make impossible: it guards against a writer that
    /// skipped them.
    static func statements(recording keys: [Key], ignoringKnown: Bool) -> [SQLStatement] {
        let sorted = keys.sorted()
        var statements: [SQLStatement] = []
        var next = 0
        for size in ProcurementProjection.chunkSizes(sorted.count) {
            var statement = SQLStatement(ignoringKnown ? insertTexts[size]!.keep : insertTexts[size]!.refuse)
            statement.arguments.reserveCapacity(size * 2)
            for key in sorted[next..<next + size] {
                statement.arguments.append(.text(key.projectID))
                statement.arguments.append(.integer(key.fingerprint))
            }
            next += size
            statements.append(statement)
        }
        return statements
    }

    /// The insert texts for each chunk size, built once (the text is hashed for the statement cache).
    private static let insertTexts: [Int: (refuse: String, keep: String)] = Dictionary(
        uniqueKeysWithValues: [64, 16, 4, 1].map { size in
            let insert =
                "INSERT INTO procurement_fingerprints (project_id, fingerprint) VALUES "
                + ProcurementProjection.placeholders(size, width: 2)
            return (size, (insert, insert + " ON CONFLICT (project_id, fingerprint) DO NOTHING"))
        })
}
