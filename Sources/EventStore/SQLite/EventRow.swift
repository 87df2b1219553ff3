import Foundation
import GRDB

/// How an event row is selected, filtered and decoded.
enum EventRow {
    static let columns = """
        sequence, stream_id, stream_version, event_type, schema_version, occurred_at, recorded_at, actor, \
        payload, dedupe_key, previous_hash, hash
        """

    static func decode(_ row: Row) throws -> RecordedEvent {
        let sequence: Int64 = row[0]
        let streamText: String = row[1]
        let payload: String = row[8]
        let previousBytes: Data = row[10]
        let hashBytes: Data = row[11]
        guard let previous = EventHash(bytes: previousBytes), let hash = EventHash(bytes: hashBytes) else {
            throw EventStoreError.backend("event #\(sequence) has a damaged hash; run 'sujarit verify'")
        }
        return RecordedEvent(
            sequence: sequence,
            streamID: try StreamID(streamText),
            streamVersion: row[2],
            type: row[3],
            schemaVersion: row[4],
            occurredAt: Microseconds.date(row[5]),
            recordedAt: Microseconds.date(row[6]),
            actor: row[7],
            payload: Data(payload.utf8),
            dedupeKey: row[9],
            previousHash: previous,
            hash: hash
        )
    }

    static func whereClause(for filter: EventFilter, afterSequence: Int64) -> (String, [DatabaseValue]) {
        var clauses = ["sequence > ?"]
        var arguments: [DatabaseValue] = [afterSequence.databaseValue]
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
        if let before = filter.recordedBefore {
            clauses.append("recorded_at < ?")
            arguments.append(Microseconds.from(before).databaseValue)
        }
        return (clauses.joined(separator: " AND "), arguments)
    }
}
