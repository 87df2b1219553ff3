import Foundation
import GRDB

/// How an event row is selected, filtered and decoded.
enum EventRow {
    static let columns = """
        sequence, stream_id, stream_version, event_type, schema_version, occurred_at, recorded_at, actor, \
        payload, dedupe_key, previous_hash, hash
        """

    /// Decodes rows selected with ``columns`` straight from SQLite, reusing the stream, type and actor of the
    /// previous row when they repeat (as they do in a batch, a stream, or one clerk's work).
    struct Decoder {
        private var streamText = RepeatedText()
        private var stream: (text: String, id: StreamID)?
        private var type = RepeatedText()
        private var actor = RepeatedText()
        /// The hash of the row before, which an intact chain stores again as this row's previous hash.
        private var lastHash: EventHash?

        init() {}

        /// The hash stored in `bytes`, sharing the last row's when it is the same (as in an intact chain).
        private mutating func previousHash(_ bytes: UnsafeRawBufferPointer) -> EventHash? {
            if let lastHash, bytes.count == 32,
                lastHash.bytes.withUnsafeBytes({ memcmp($0.baseAddress!, bytes.baseAddress!, 32) == 0 })
            {
                return lastHash
            }
            return EventHash(bytes: bytes)
        }

        mutating func event(_ row: RawStatement) throws -> RecordedEvent {
            let sequence = row.int64(0)
            let text = streamText.text(row.textBytes(1))
            let streamID: StreamID
            if let stream, stream.text == text {
                streamID = stream.id
            } else {
                streamID = try StreamID(text)
                stream = (text, streamID)
            }
            guard let previous = previousHash(row.blobBytes(10)), let hash = EventHash(bytes: row.blobBytes(11)) else {
                throw EventStoreError.backend("event #\(sequence) has a damaged hash; run 'sujarit verify'")
            }
            lastHash = hash
            return RecordedEvent(
                sequence: sequence,
                streamID: streamID,
                streamVersion: Int(row.int64(2)),
                type: type.text(row.textBytes(3)),
                schemaVersion: Int(row.int64(4)),
                occurredAt: Microseconds.date(row.int64(5)),
                recordedAt: Microseconds.date(row.int64(6)),
                actor: actor.text(row.textBytes(7)),
                payload: Data(row.textBytes(8)),
                dedupeKey: row.isNull(9) ? nil : row.string(9),
                previousHash: previous,
                hash: hash
            )
        }
    }

    /// Runs a query selecting ``columns`` and decodes every row it returns.
    static func fetchAll(_ db: Database, sql: String, arguments: [DatabaseValue]) throws -> [RecordedEvent] {
        let row = RawStatement(try db.cachedStatement(sql: sql), in: db)
        defer { row.reset() }
        for (index, argument) in arguments.enumerated() { row.bind(argument, at: Int32(index + 1)) }
        var decoder = Decoder()
        var events: [RecordedEvent] = []
        while try row.step() { events.append(try decoder.event(row)) }
        return events
    }

    /// The WHERE clause of the events matching `filter` with a sequence after `after` and before `before` (nil:
    /// unbounded), for a page in log order either way or a count; `bySequence: false` keeps SQLite from
    /// walking the log for the bounds (see ``page(for:after:before:limit:sparseCategory:)``).
    static func whereClause(
        for filter: EventFilter, after: Int64? = nil, before: Int64? = nil, bySequence: Bool = true
    ) -> (String, [DatabaseValue]) {
        // SQLite keeps no statistics here, and for a recording-time window it would rather walk the log in
        // order from `afterSequence` than sort: reading a window then reads all the log before it (the first
        // page) and after it (the last). The unary `+` takes the sequence out of the choice, so the window is
        // read from `events_recorded_at`: a page costs the window, for an audit a small part of the log. Only
        // for a window closed at both ends (an open one is most of the log as far as SQLite can tell, and it
        // would scan all of it), and not when the stream, category or actor has an index keeping log order.
        let byTime =
            filter.recordedFrom != nil && filter.recordedBefore != nil
            && filter.stream == nil && filter.category == nil && filter.actor == nil
        let sequence = byTime || !bySequence ? "+sequence" : "sequence"
        var clauses: [String] = []
        var arguments: [DatabaseValue] = []
        if let after {
            clauses.append("\(sequence) > ?")
            arguments.append(after.databaseValue)
        }
        if let before {
            clauses.append("\(sequence) < ?")
            arguments.append(before.databaseValue)
        }
        if let stream = filter.stream {
            clauses.append("stream_id = ?")
            arguments.append(stream.description.databaseValue)
        }
        if let category = filter.category {
            // A range on the primary text rather than LIKE, so '%' or '_' in a name mean nothing special.
            clauses.append("stream_id >= ? AND stream_id < ?")
            arguments.append("\(category)/".databaseValue)
            arguments.append("\(category)0".databaseValue) // '0' is the character after '/'
        }
        if !filter.types.isEmpty {
            clauses.append("event_type IN (\(Array(repeating: "?", count: filter.types.count).joined(separator: ",")))")
            arguments += filter.types.sorted().map(\.databaseValue)
        }
        if let actor = filter.actor {
            clauses.append("actor = ?")
            arguments.append(actor.databaseValue)
        }
        if let from = filter.recordedFrom {
            clauses.append("recorded_at >= ?")
            arguments.append(Microseconds.from(from).databaseValue)
        }
        if let recordedBefore = filter.recordedBefore {
            clauses.append("recorded_at < ?")
            arguments.append(Microseconds.from(recordedBefore).databaseValue)
        }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
    }
}
