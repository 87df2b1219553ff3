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

        let insert = RawStatement(try db.cachedStatement(sql: """
            INSERT INTO events (sequence, stream_id, stream_version, event_type, schema_version, occurred_at,
                                recorded_at, actor, payload, dedupe_key, previous_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """), in: db)
        defer { insert.reset() }
        let keyExists = try db.cachedStatement(sql: "SELECT 1 FROM events WHERE dedupe_key = ?")
        var encoder = EventHasher.Encoder()

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
                // Stored as text byte for byte as hashed: a payload that is not UTF-8 is refused, and one that
                // is (a byte-order mark included, which Foundation's String(data:encoding:) would drop) is kept.
                guard Self.isUTF8(event.payload) else {
                    throw EventStoreError.backend("the payload of a \(event.type) event is not UTF-8 JSON")
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

    /// Whether `payload` is well-formed UTF-8.
    static func isUTF8(_ payload: Data) -> Bool {
        payload.withUnsafeBytes { raw in
            var iterator = raw.makeIterator()
            var decoder = UTF8()
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }
    }

    /// The last event's sequence and hash, or the genesis link for an empty log.
    ///
    /// The head recorded in `chain_head` wins when it is ahead of the last row: if rows were removed from the
    /// end behind the store's back, new events continue after the recorded head, so `verify` still reports
    /// the hole instead of new events filling it and erasing the evidence.
    private func head(in db: Database) throws -> (Int64, EventHash) {
        let last = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM events ORDER BY sequence DESC LIMIT 1")
        let recorded = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM chain_head WHERE id = 1")
        let candidates = [last, recorded].compactMap { $0 }
        guard let row = candidates.max(by: { ($0[0] as Int64) < ($1[0] as Int64) }) else {
            return (0, .genesis)
        }
        let bytes: Data = row[1]
        guard let hash = EventHash(bytes: bytes) else {
            throw EventStoreError.backend("the last event's hash is damaged; run 'sujarit verify'")
        }
        return (row[0], hash)
    }
}
