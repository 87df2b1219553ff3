import EventStore
import Foundation
import PostgresNIO

extension PostgresEventStore {
    public func append(_ appends: [StreamAppend]) async throws -> AppendReceipt {
        try await ready()
        guard appends.contains(where: { !$0.events.isEmpty }) else { throw EventStoreError.emptyAppend }
        return try await mapErrors {
            try await client.withTransaction(logger: logger) { connection in
                try await self.append(appends, on: connection)
            }
        }
    }

    private func append(_ appends: [StreamAppend], on connection: PostgresConnection) async throws -> AppendReceipt {
        // The lock on the head row makes appends take turns; everything read after it is current.
        var sequence: Int64 = 0
        var previousHash = EventHash.genesis
        for try await (last, hash) in try await connection.query("SELECT sequence, hash FROM chain_head WHERE id = 1 FOR UPDATE", logger: logger).decode((Int64, ByteBuffer).self) {
            sequence = last
            guard let head = EventHash(bytes: hash.readableBytesView) else { throw EventStoreError.backend("the chain head is damaged; run 'sujarit verify'") }
            previousHash = head
        }
        let firstSequence = sequence + 1
        let versions = try await currentVersions(of: Set(appends.map(\.stream)), on: connection)
        let existingKeys = try await existingDedupeKeys(Set(appends.flatMap { $0.events.compactMap(\.dedupeKey) }), on: connection)

        let recordedAt = Microseconds.from(clock())
        var rows = EventColumns()
        var written: [RecordedEvent] = []
        var touched: [StreamID: Int] = [:]
        var keysInBatch = existingKeys
        var duplicates = 0
        for append in appends {
            let current = touched[append.stream] ?? versions[append.stream] ?? 0
            guard append.expectedVersion.isSatisfied(byCurrentVersion: current) else {
                throw EventStoreError.versionConflict(stream: append.stream, expected: append.expectedVersion, actual: current)
            }
            var version = current
            for event in append.events {
                if let key = event.dedupeKey {
                    guard keysInBatch.insert(key).inserted else {
                        duplicates += 1
                        continue
                    }
                }
                version += 1
                sequence += 1
                let fields = EventHasher.Fields(
                    sequence: sequence, streamID: append.stream.description, streamVersion: version, type: event.type,
                    schemaVersion: event.schemaVersion, occurredAtMicros: Microseconds.from(event.occurredAt),
                    recordedAtMicros: recordedAt, actor: event.actor, payload: event.payload, dedupeKey: event.dedupeKey
                )
                let hash = EventHasher.hash(fields, after: previousHash)
                try rows.append(fields, previous: previousHash, hash: hash)
                written.append(RecordedEvent(
                    sequence: sequence, streamID: append.stream, streamVersion: version, type: event.type,
                    schemaVersion: event.schemaVersion, occurredAt: Microseconds.date(fields.occurredAtMicros),
                    recordedAt: Microseconds.date(recordedAt), actor: event.actor, payload: event.payload,
                    dedupeKey: event.dedupeKey, previousHash: previousHash, hash: hash
                ))
                previousHash = hash
            }
            touched[append.stream] = version
        }
        guard sequence >= firstSequence else {
            return AppendReceipt(sequences: nil, appended: 0, duplicates: duplicates, streamVersions: touched)
        }
        try await connection.query(rows.insertQuery, logger: logger)
        try await connection.query(
            "UPDATE chain_head SET sequence = \(sequence), hash = \(ByteBuffer(bytes: previousHash.bytes)) WHERE id = 1",
            logger: logger
        )
        try await apply(written, on: connection)
        return AppendReceipt(
            sequences: firstSequence...sequence, appended: written.count, duplicates: duplicates, streamVersions: touched
        )
    }

    private func currentVersions(of streams: Set<StreamID>, on connection: PostgresConnection) async throws -> [StreamID: Int] {
        let names = streams.map(\.description)
        var versions: [StreamID: Int] = [:]
        let rows = try await connection.query(
            "SELECT stream_id, max(stream_version)::BIGINT FROM events WHERE stream_id = ANY(\(names)) GROUP BY stream_id",
            logger: logger
        )
        for try await (stream, version) in rows.decode((String, Int).self) {
            versions[try StreamID(stream)] = version
        }
        return versions
    }

    private func existingDedupeKeys(_ keys: Set<String>, on connection: PostgresConnection) async throws -> Set<String> {
        guard !keys.isEmpty else { return [] }
        var existing = Set<String>()
        let rows = try await connection.query("SELECT dedupe_key FROM events WHERE dedupe_key = ANY(\(Array(keys)))", logger: logger)
        for try await key in rows.decode(String.self) { existing.insert(key) }
        return existing
    }
}

/// A batch of event rows as parallel arrays, inserted with one `UNNEST` statement instead of one round trip
/// per event.
struct EventColumns {
    var sequences: [Int64] = []
    var streams: [String] = []
    var versions: [Int64] = []
    var types: [String] = []
    var schemaVersions: [Int64] = []
    var occurred: [Int64] = []
    var recorded: [Int64] = []
    var actors: [String] = []
    var payloads: [String] = []
    var dedupeKeys: [String] = []
    var previousHashes: [ByteBuffer] = []
    var hashes: [ByteBuffer] = []

    mutating func append(_ fields: EventHasher.Fields, previous: EventHash, hash: EventHash) throws {
        guard let payload = String(data: fields.payload, encoding: .utf8) else {
            throw EventStoreError.backend("the payload of a \(fields.type) event is not UTF-8 JSON")
        }
        sequences.append(fields.sequence)
        streams.append(fields.streamID)
        versions.append(Int64(fields.streamVersion))
        types.append(fields.type)
        schemaVersions.append(Int64(fields.schemaVersion))
        occurred.append(fields.occurredAtMicros)
        recorded.append(fields.recordedAtMicros)
        actors.append(fields.actor)
        payloads.append(payload)
        // Arrays cannot carry NULL through the driver; an empty key stands for none (empty keys are not allowed).
        dedupeKeys.append(fields.dedupeKey ?? "")
        previousHashes.append(ByteBuffer(bytes: previous.bytes))
        hashes.append(ByteBuffer(bytes: hash.bytes))
    }

    var insertQuery: PostgresQuery {
        """
        INSERT INTO events (sequence, stream_id, stream_version, event_type, schema_version, occurred_at, recorded_at,
                            actor, payload, dedupe_key, previous_hash, hash)
        SELECT s, st, v, t, sv, o, r, a, p, NULLIF(d, ''), ph, h
        FROM UNNEST(\(sequences)::BIGINT[], \(streams)::TEXT[], \(versions)::BIGINT[], \(types)::TEXT[],
                    \(schemaVersions)::BIGINT[], \(occurred)::BIGINT[], \(recorded)::BIGINT[], \(actors)::TEXT[],
                    \(payloads)::TEXT[], \(dedupeKeys)::TEXT[], \(previousHashes)::BYTEA[], \(hashes)::BYTEA[])
            AS batch(s, st, v, t, sv, o, r, a, p, d, ph, h)
        """
    }
}
