import Foundation
import GRDB

extension SQLiteEventStore {
    /// The body of an append, run inside the IMMEDIATE write transaction that makes it atomic.
    func append(_ appends: [StreamAppend], in db: Database) throws -> AppendReceipt {
        var (sequence, previousHash) = try head(in: db)
        let firstSequence = sequence + 1
        let recordedAt = Microseconds.from(clock())
        var versions: [StreamID: Int] = [:]
        var keysInBatch = Set<String>()
        var duplicates = 0
        var written: [RecordedEvent] = []
        let keepRecords = !projections.isEmpty

        let insert = try db.cachedStatement(sql: """
            INSERT INTO events (sequence, stream_id, stream_version, event_type, schema_version, occurred_at,
                                recorded_at, actor, payload, dedupe_key, previous_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let keyExists = try db.cachedStatement(sql: "SELECT 1 FROM events WHERE dedupe_key = ?")

        for append in appends {
            let current: Int
            if let known = versions[append.stream] {
                current = known
            } else {
                current = try Self.streamVersion(append.stream, in: db)
            }
            guard append.expectedVersion.isSatisfied(byCurrentVersion: current) else {
                throw EventStoreError.versionConflict(stream: append.stream, expected: append.expectedVersion, actual: current)
            }
            var version = current
            let streamText = append.stream.description
            for event in append.events {
                if let key = event.dedupeKey {
                    let alreadyLogged = try Bool.fetchOne(keyExists, arguments: [key]) ?? false
                    if alreadyLogged || keysInBatch.contains(key) {
                        duplicates += 1
                        continue
                    }
                    keysInBatch.insert(key)
                }
                guard let payloadText = String(data: event.payload, encoding: .utf8) else {
                    throw EventStoreError.backend("the payload of a \(event.type) event is not UTF-8 JSON")
                }
                version += 1
                sequence += 1
                let occurredAt = Microseconds.from(event.occurredAt)
                let fields = EventHasher.Fields(
                    sequence: sequence, streamID: streamText, streamVersion: version, type: event.type,
                    schemaVersion: event.schemaVersion, occurredAtMicros: occurredAt, recordedAtMicros: recordedAt,
                    actor: event.actor, payload: event.payload, dedupeKey: event.dedupeKey
                )
                let hash = EventHasher.hash(fields, after: previousHash)
                try insert.execute(arguments: [
                    sequence, streamText, version, event.type, event.schemaVersion, occurredAt, recordedAt,
                    event.actor, payloadText, event.dedupeKey, Data(previousHash.bytes), Data(hash.bytes),
                ])
                if keepRecords {
                    written.append(RecordedEvent(
                        sequence: sequence, streamID: append.stream, streamVersion: version, type: event.type,
                        schemaVersion: event.schemaVersion, occurredAt: Microseconds.date(occurredAt),
                        recordedAt: Microseconds.date(recordedAt), actor: event.actor, payload: event.payload,
                        dedupeKey: event.dedupeKey, previousHash: previousHash, hash: hash
                    ))
                }
                previousHash = hash
            }
            versions[append.stream] = version
        }

        guard sequence >= firstSequence else {
            return AppendReceipt(sequences: nil, appended: 0, duplicates: duplicates, streamVersions: versions)
        }
        try db.execute(
            sql: "INSERT INTO chain_head (id, sequence, hash) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash",
            arguments: [sequence, Data(previousHash.bytes)]
        )
        try apply(written, in: db)
        return AppendReceipt(
            sequences: firstSequence...sequence,
            appended: Int(sequence - firstSequence + 1),
            duplicates: duplicates,
            streamVersions: versions
        )
    }

    /// The last event's sequence and hash, or the genesis link for an empty log.
    private func head(in db: Database) throws -> (Int64, EventHash) {
        guard let row = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM events ORDER BY sequence DESC LIMIT 1") else {
            return (0, .genesis)
        }
        let bytes: Data = row[1]
        guard let hash = EventHash(bytes: bytes) else {
            throw EventStoreError.backend("the last event's hash is damaged; run 'sujarit verify'")
        }
        return (row[0], hash)
    }
}
