import EventStore
import Foundation
import PostgresNIO

/// How an event row is selected, filtered and decoded on PostgreSQL.
enum PostgresEventRow {
    static let columns = """
        sequence, stream_id, stream_version::BIGINT, event_type, schema_version::BIGINT, occurred_at, recorded_at, \
        actor, payload, dedupe_key, previous_hash, hash
        """

    typealias Columns = (
        Int64, String, Int, String, Int, Int64, Int64, String, ByteBuffer, String?, ByteBuffer, ByteBuffer
    )

    static func fields(_ c: Columns) -> EventHasher.Fields {
        EventHasher.Fields(
            sequence: c.0, streamID: c.1, streamVersion: c.2, type: c.3, schemaVersion: c.4,
            occurredAtMicros: c.5, recordedAtMicros: c.6, actor: c.7, payload: Data(c.8.readableBytesView),
            dedupeKey: c.9
        )
    }

    static func decode(_ row: PostgresRow) throws -> RecordedEvent {
        // Column by column, each a concrete type: decoding the row as one 12-tuple (`row.decode(Columns.self)`)
        // looked up the tuple's metadata at run time for every row, a third of a rebuild's client time (issue 17).
        let cells = row.makeRandomAccess()
        let sequence = try cells[0].decode(Int64.self)
        guard let previous = EventHash(bytes: try cells[10].decode(ByteBuffer.self).readableBytesView),
            let hash = EventHash(bytes: try cells[11].decode(ByteBuffer.self).readableBytesView)
        else {
            throw EventStoreError.backend("event #\(sequence) has a damaged hash; run 'sujarit verify'")
        }
        return RecordedEvent(
            sequence: sequence, streamID: try StreamID(try cells[1].decode(String.self)),
            streamVersion: try cells[2].decode(Int.self), type: try cells[3].decode(String.self),
            schemaVersion: try cells[4].decode(Int.self),
            occurredAt: Microseconds.date(try cells[5].decode(Int64.self)),
            recordedAt: Microseconds.date(try cells[6].decode(Int64.self)), actor: try cells[7].decode(String.self),
            payload: Data(try cells[8].decode(ByteBuffer.self).readableBytesView),
            dedupeKey: try cells[9].decode(String?.self), previousHash: previous, hash: hash
        )
    }

    static func decodeAll(_ rows: PostgresRowSequence) async throws -> [RecordedEvent] {
        var events: [RecordedEvent] = []
        for try await row in rows { events.append(try decode(row)) }
        return events
    }

    /// The page query for a filter, with the same meaning as the SQLite backend's: events after `afterSequence`
    /// in log order, or before `beforeSequence` newest first.
    static func select(
        filter: EventFilter, afterSequence: Int64? = nil, beforeSequence: Int64? = nil, limit: Int
    ) -> SQLStatement {
        let (clause, arguments) = whereClause(for: filter, after: afterSequence, before: beforeSequence)
        let order = beforeSequence == nil ? "sequence" : "sequence DESC"
        return SQLStatement("SELECT \(columns) FROM events WHERE \(clause) ORDER BY \(order) LIMIT \(limit)", arguments)
    }

    /// How many events match `filter`, by their stream's category (a stream id is `category/id`).
    static func countByCategory(filter: EventFilter) -> SQLStatement {
        let (clause, arguments) = whereClause(for: filter)
        return SQLStatement(
            "SELECT split_part(stream_id, '/', 1) AS category, count(*) AS events FROM events WHERE \(clause) GROUP BY 1",
            arguments)
    }

    /// The WHERE clause of the events matching `filter` between the sequences given (nil: unbounded).
    static func whereClause(
        for filter: EventFilter, after: Int64? = nil, before: Int64? = nil
    ) -> (String, [any SQLValueConvertible]) {
        var clauses: [String] = []
        var arguments: [any SQLValueConvertible] = []
        if let after {
            clauses.append("sequence > ?")
            arguments.append(after)
        }
        if let before {
            clauses.append("sequence < ?")
            arguments.append(before)
        }
        if let stream = filter.stream {
            clauses.append("stream_id = ?")
            arguments.append(stream.description)
        }
        if let category = filter.category {
            // Byte-ordered, as in SQLite, whatever the database's locale, and as `events_category` holds them.
            clauses.append(#"stream_id COLLATE "C" >= ? AND stream_id COLLATE "C" < ?"#)
            arguments += ["\(category)/", "\(category)0"]
        }
        if !filter.types.isEmpty {
            clauses.append("event_type IN (\(Array(repeating: "?", count: filter.types.count).joined(separator: ",")))")
            arguments += filter.types.sorted()
        }
        if let actor = filter.actor {
            clauses.append("actor = ?")
            arguments.append(actor)
        }
        if let from = filter.recordedFrom {
            clauses.append("recorded_at >= ?")
            arguments.append(Microseconds.from(from))
        }
        if let recordedBefore = filter.recordedBefore {
            clauses.append("recorded_at < ?")
            arguments.append(Microseconds.from(recordedBefore))
        }
        return (clauses.isEmpty ? "TRUE" : clauses.joined(separator: " AND "), arguments)
    }
}
