import EventStore
import Foundation
import PostgresNIO

extension PostgresEventStore {
    public func append(_ appends: [StreamAppend]) async throws -> AppendReceipt {
        try await ready()
        guard appends.contains(where: { !$0.events.isEmpty }) else { throw EventStoreError.emptyAppend }
        if isShared { return try await sharedAppend(appends) }
        return try await mapErrors {
            try await client.withTransaction(logger: logger) { connection in
                try await self.append(appends, on: connection)
            }
        }
    }

    public func append<Source: EventBatchSource>(streaming source: inout Source) async throws -> AppendReceipt {
        try await ready()
        if isShared { return try await sharedAppend(streaming: &source) }
        var pulled = source
        defer { source = pulled }
        return try await mapErrors {
            try await client.withTransaction(logger: logger) { connection in
                var session = try await PostgresAppendSession(store: self, connection: connection)
                while true {
                    // Run after the chain head's lock: they see every earlier append and this one's batches.
                    let found = try await self.answers(to: pulled.lookups(), on: connection)
                    guard let batch = try pulled.nextBatch(found: found) else { break }
                    try await session.write(batch)
                }
                return try await session.finish(keepVersions: false)
            }
        }
    }

    private func append(_ appends: [StreamAppend], on connection: PostgresConnection) async throws -> AppendReceipt {
        var session = try await PostgresAppendSession(store: self, connection: connection)
        try await session.write(appends)
        return try await session.finish(keepVersions: true)
    }

    /// Appends through the server's function (the shared layout); an administrator's session also applies the
    /// projections in the same transaction, staff wait for the projector.
    private func sharedAppend(_ appends: [StreamAppend]) async throws -> AppendReceipt {
        let keeps = keepsReadModels.withLock { $0 }
        let receipt = try await mapErrors {
            try await session { connection in
                var batch = SharedBatch()
                try await batch.write(appends, store: self, on: connection, project: keeps)
                return try await batch.receipt(store: self, on: connection, keepVersions: true)
            }
        }
        if !keeps, let last = receipt.sequences?.upperBound { try await awaitProjector(upTo: last) }
        return receipt
    }

    /// The streaming append through the server's function: one transaction, batch after batch.
    private func sharedAppend<Source: EventBatchSource>(streaming source: inout Source) async throws -> AppendReceipt {
        let keeps = keepsReadModels.withLock { $0 }
        var pulled = source
        defer { source = pulled }
        let receipt = try await mapErrors {
            try await session { connection in
                var batch = SharedBatch()
                while true {
                    let found = try await self.answers(to: pulled.lookups(), on: connection)
                    guard let appends = try pulled.nextBatch(found: found) else { break }
                    try await batch.write(appends, store: self, on: connection, project: keeps)
                }
                return try await batch.receipt(store: self, on: connection, keepVersions: false)
            }
        }
        if !keeps, let last = receipt.sequences?.upperBound { try await awaitProjector(upTo: last) }
        return receipt
    }

    /// The rows each of a streaming source's lookups finds, in order, on the append's own connection.
    func answers(to lookups: [SQLStatement], on connection: PostgresConnection) async throws -> [[SQLRow]] {
        var found: [[SQLRow]] = []
        for statement in lookups {
            var rows: [SQLRow] = []
            for try await row in try await connection.query(statement.postgresQuery, logger: logger) {
                rows.append(try SQLRow(row))
            }
            found.append(rows)
        }
        return found
    }

    func currentVersions(of streams: Set<StreamID>, on connection: PostgresConnection) async throws -> [StreamID: Int] {
        let names = streams.map(\.description)
        var versions: [StreamID: Int] = [:]
        let rows = try await connection.query(
            """
            SELECT stream_id, max(stream_version)::BIGINT FROM events WHERE stream_id = ANY(\(names)) GROUP BY \
            stream_id
            """,
            logger: logger
        )
        for try await (stream, version) in rows.decode((String, Int).self) {
            versions[try StreamID(stream)] = version
        }
        return versions
    }

    func existingDedupeKeys(_ keys: Set<String>, on connection: PostgresConnection) async throws -> Set<String> {
        guard !keys.isEmpty else { return [] }
        var existing = Set<String>()
        let rows = try await connection.query(
            "SELECT dedupe_key FROM events WHERE dedupe_key = ANY(\(Array(keys)))", logger: logger)
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
    var payloads: [ByteBuffer] = []
    var dedupeKeys: [String] = []
    var previousHashes: [ByteBuffer] = []
    var hashes: [ByteBuffer] = []

    mutating func append(_ fields: EventHasher.Fields, previous: EventHash, hash: EventHash) throws {
        guard String(validating: fields.payload, as: UTF8.self) != nil, !fields.payload.contains(0) else {
            throw EventStoreError.backend(
                "the payload of a \(fields.type) event is not UTF-8 JSON text (it has invalid bytes or a NUL)")
        }
        sequences.append(fields.sequence)
        streams.append(fields.streamID)
        versions.append(Int64(fields.streamVersion))
        types.append(fields.type)
        schemaVersions.append(Int64(fields.schemaVersion))
        occurred.append(fields.occurredAtMicros)
        recorded.append(fields.recordedAtMicros)
        actors.append(fields.actor)
        payloads.append(ByteBuffer(bytes: fields.payload))
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
                    \(payloads)::BYTEA[], \(dedupeKeys)::TEXT[], \(previousHashes)::BYTEA[], \(hashes)::BYTEA[])
            AS batch(s, st, v, t, sv, o, r, a, p, d, ph, h)
        """
    }
}

/// One transaction's worth of appending on PostgreSQL: the locked head of the chain, carried across the
/// batches of a streaming append. Versions and dedupe keys are read from the database per batch, since the
/// transaction sees its own rows; memory holds one batch.
struct PostgresAppendSession {
    let store: PostgresEventStore
    let connection: PostgresConnection
    let firstSequence: Int64
    let recordedAt: Int64
    var sequence: Int64
    var previousHash: EventHash
    var duplicates = 0
    var versions: [StreamID: Int] = [:]

    init(store: PostgresEventStore, connection: PostgresConnection) async throws {
        self.store = store
        self.connection = connection
        // The lock on the head row makes appends take turns; everything read after it is current.
        var head: (Int64, EventHash) = (0, .genesis)
        for try await (last, hash) in try await connection.query(
            "SELECT sequence, hash FROM chain_head WHERE id = 1 FOR UPDATE", logger: store.logger
        ).decode((Int64, ByteBuffer).self) {
            guard let hash = EventHash(bytes: hash.readableBytesView) else {
                throw EventStoreError.backend("the chain head is damaged; run 'sujarit verify'")
            }
            head = (last, hash)
        }
        (sequence, previousHash) = head
        firstSequence = sequence + 1
        recordedAt = Microseconds.from(store.clock())
    }

    mutating func write(_ appends: [StreamAppend]) async throws {
        let current = try await store.currentVersions(of: Set(appends.map(\.stream)), on: connection)
        var seenKeys = try await store.existingDedupeKeys(
            Set(appends.flatMap { $0.events.compactMap(\.dedupeKey) }), on: connection)
        var rows = EventColumns()
        var written: [RecordedEvent] = []
        versions = [:]
        for append in appends {
            let version0 = versions[append.stream] ?? current[append.stream] ?? 0
            guard append.expectedVersion.isSatisfied(byCurrentVersion: version0) else {
                throw EventStoreError.versionConflict(
                    stream: append.stream, expected: append.expectedVersion, actual: version0)
            }
            var version = version0
            for event in append.events {
                if let key = event.dedupeKey {
                    guard seenKeys.insert(key).inserted else {
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
                written.append(
                    RecordedEvent(
                        sequence: sequence, streamID: append.stream, streamVersion: version, type: event.type,
                        schemaVersion: event.schemaVersion, occurredAt: Microseconds.date(fields.occurredAtMicros),
                        recordedAt: Microseconds.date(recordedAt), actor: event.actor, payload: event.payload,
                        dedupeKey: event.dedupeKey, previousHash: previousHash, hash: hash, decoded: event.decoded
                    ))
                previousHash = hash
            }
            versions[append.stream] = version
        }
        guard !written.isEmpty else { return }
        try await connection.query(rows.insertQuery, logger: store.logger)
        try await store.apply(written, on: connection)
    }

    func finish(keepVersions: Bool) async throws -> AppendReceipt {
        let touched = keepVersions ? versions : [:]
        guard sequence >= firstSequence else {
            return AppendReceipt(sequences: nil, appended: 0, duplicates: duplicates, streamVersions: touched)
        }
        try await connection.query(
            """
            UPDATE chain_head SET sequence = \(sequence), hash = \(ByteBuffer(bytes: previousHash.bytes)) WHERE \
            id = 1
            """,
            logger: store.logger
        )
        return AppendReceipt(
            sequences: firstSequence...sequence, appended: Int(sequence - firstSequence + 1),
            duplicates: duplicates, streamVersions: touched
        )
    }
}

/// The events one shared-layout transaction has appended so far, for its receipt.
struct SharedBatch {
    var first: Int64?
    var last: Int64?
    var proposed = 0
    var appended = 0
    var versions: [StreamID: Int] = [:]
    var streams: Set<StreamID> = []

    mutating func write(
        _ appends: [StreamAppend], store: PostgresEventStore, on connection: PostgresConnection, project: Bool
    ) async throws {
        guard appends.contains(where: { !$0.events.isEmpty }) else { return }
        let rows = try await connection.query(
            try SharedAppend.call(appends, recordedAt: Microseconds.from(store.clock())), logger: store.logger)
        let written = try await SharedAppend.recorded(rows, appends: appends)
        proposed += appends.reduce(0) { $0 + $1.events.count }
        appended += written.count
        for event in written { versions[event.streamID] = event.streamVersion }
        streams.formUnion(appends.map(\.stream))
        if let head = written.first { first = first ?? head.sequence }
        if let tail = written.last { last = tail.sequence }
        if project { try await store.apply(written, on: connection) }
    }

    func receipt(
        store: PostgresEventStore, on connection: PostgresConnection, keepVersions: Bool
    ) async throws -> AppendReceipt {
        var touched: [StreamID: Int] = [:]
        if keepVersions {
            // A stream whose events were all duplicates is where it was.
            touched = try await store.currentVersions(
                of: streams.subtracting(versions.keys), on: connection
            ).merging(versions) { _, written in written }
        }
        let range = first.flatMap { first in last.map { first...$0 } }
        return AppendReceipt(
            sequences: range, appended: appended, duplicates: proposed - appended, streamVersions: touched)
    }
}
