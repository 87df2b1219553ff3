import Foundation
import GRDB

/// One write transaction's worth of appending: the running head of the chain and the prepared insert, kept
/// across the batches of a streaming append.
///
/// Dedupe keys and stream versions are looked up in the database each time rather than remembered, since
/// the transaction sees its own rows: memory does not grow with the size of an import. The lookups and the
/// insert are prepared once per append and bound directly through SQLite's C API (``RawStatement``): an import
/// runs each of them once a row, and GRDB's conversion of arguments and results cost more than the lookups.
struct AppendSession {
    let db: Database
    let recordedAt: Int64
    let keepRecords: Bool
    let firstSequence: Int64
    private(set) var sequence: Int64
    private(set) var previousHash: EventHash
    private(set) var duplicates = 0
    /// Stream versions reached in the last `write`, for the receipt of a single append.
    private(set) var versions: [StreamID: Int] = [:]
    private let insert: RawStatement
    private let keyExists: RawStatement
    private let lastVersion: RawStatement
    private var encoder = EventHasher.Encoder()

    init(store: SQLiteEventStore, db: Database) throws {
        self.db = db
        (sequence, previousHash) = try store.head(in: db)
        firstSequence = sequence + 1
        recordedAt = Microseconds.from(store.clock())
        keepRecords = !store.projections.isEmpty
        insert = RawStatement(
            try db.cachedStatement(
                sql: """
                    INSERT INTO events (sequence, stream_id, stream_version, event_type, schema_version, occurred_at,
                                        recorded_at, actor, payload, dedupe_key, previous_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """), in: db)
        keyExists = RawStatement(try db.cachedStatement(sql: "SELECT 1 FROM events WHERE dedupe_key = ?"), in: db)
        // Not the cached statement of `SQLiteEventStore.streamVersion`: a raw statement's SQL is its own.
        lastVersion = RawStatement(
            try db.makeStatement(sql: "SELECT max(stream_version) FROM events WHERE stream_id = ?"), in: db)
    }

    /// Writes one batch and returns the events written, for the projections (empty when none are registered).
    mutating func write(_ appends: [StreamAppend]) throws -> [RecordedEvent] {
        defer { insert.reset() }
        versions = [:]
        var written: [RecordedEvent] = []
        for append in appends {
            let streamText = append.stream.description
            let current = try versions[append.stream] ?? version(of: streamText)
            guard append.expectedVersion.isSatisfied(byCurrentVersion: current) else {
                throw EventStoreError.versionConflict(
                    stream: append.stream, expected: append.expectedVersion, actual: current)
            }
            var version = current
            for event in append.events {
                // Rows written earlier in this transaction are visible here, so a key repeated within the
                // same append is caught too.
                if let key = event.dedupeKey, try isRecorded(key) {
                    duplicates += 1
                    continue
                }
                // Stored as text byte for byte as hashed: a payload that is not UTF-8 is refused, and one that
                // is (a byte-order mark included, which Foundation's String(data:encoding:) would drop) is kept.
                // Checked already when an import's reading thread did it (`checkPayloadText`).
                guard event.isPayloadCheckedText || ProposedEvent.isText(event.payload) else {
                    throw EventStoreError.backend(
                        "the payload of a \(event.type) event is not UTF-8 JSON text (it has invalid bytes or a NUL)")
                }
                version += 1
                sequence += 1
                let occurredAt = Microseconds.from(event.occurredAt)
                let hash = encoder.hash(
                    sequence: sequence, streamID: streamText, streamVersion: version, type: event.type,
                    schemaVersion: event.schemaVersion, occurredAtMicros: occurredAt, recordedAtMicros: recordedAt,
                    actor: event.actor, payload: event.payload, dedupeKey: event.dedupeKey, after: previousHash
                )
                insert.bind(sequence, at: 1)
                insert.bind(streamText, at: 2)
                insert.bind(version, at: 3)
                insert.bind(event.type, at: 4)
                insert.bind(event.schemaVersion, at: 5)
                insert.bind(occurredAt, at: 6)
                insert.bind(recordedAt, at: 7)
                insert.bind(event.actor, at: 8)
                event.payload.withUnsafeBytes { insert.bind(text: $0, at: 9) }
                insert.bind(event.dedupeKey, at: 10)
                insert.bind(blob: previousHash.bytes, at: 11)
                insert.bind(blob: hash.bytes, at: 12)
                try insert.run()
                if keepRecords {
                    written.append(
                        RecordedEvent(
                            sequence: sequence, streamID: append.stream, streamVersion: version, type: event.type,
                            schemaVersion: event.schemaVersion, occurredAt: Microseconds.date(occurredAt),
                            recordedAt: Microseconds.date(recordedAt), actor: event.actor, payload: event.payload,
                            dedupeKey: event.dedupeKey, previousHash: previousHash, hash: hash, decoded: event.decoded
                        ))
                }
                previousHash = hash
            }
            versions[append.stream] = version
        }
        return written
    }

    /// The stream's last version in the log (with this transaction's rows), 0 for a stream not begun.
    private func version(of stream: String) throws -> Int {
        defer { lastVersion.reset() }
        lastVersion.bind(stream, at: 1)
        guard try lastVersion.step(), !lastVersion.isNull(0) else { return 0 }
        return Int(lastVersion.int64(0))
    }

    /// Whether an event with dedupe key `key` is in the log (with this transaction's rows).
    private func isRecorded(_ key: String) throws -> Bool {
        defer { keyExists.reset() }
        keyExists.bind(key, at: 1)
        return try keyExists.step()
    }

    /// Records the new head of the chain and describes what was written.
    func finish(streamVersions: [StreamID: Int]) throws -> AppendReceipt {
        guard sequence >= firstSequence else {
            return AppendReceipt(sequences: nil, appended: 0, duplicates: duplicates, streamVersions: streamVersions)
        }
        try db.execute(
            sql:
                """
                INSERT INTO chain_head (id, sequence, hash) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET \
                sequence = excluded.sequence, hash = excluded.hash
                """,
            arguments: [sequence, Data(previousHash.bytes)]
        )
        return AppendReceipt(
            sequences: firstSequence...sequence,
            appended: Int(sequence - firstSequence + 1),
            duplicates: duplicates,
            streamVersions: streamVersions
        )
    }
}
