import EventStore
import Foundation
import Testing

/// A clock the test moves by hand, so `recordedAt` is known exactly.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Fixture.start) { current = start }

    var now: Date { lock.withLock { current } }

    func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }

    func set(_ date: Date) { lock.withLock { current = date } }

    /// The closure a store takes as its clock.
    var clock: StoreClock { { self.now } }
}

enum Fixture {
    /// 1 Oct 2024 00:00 UTC (the first day of FY2568), a whole number of microseconds.
    static let start = Date(timeIntervalSince1970: 1_727_740_800)

    static func stream(_ text: String) -> StreamID {
        try! StreamID(text)
    }

    /// A small event whose payload records `n`.
    static func event(
        _ type: String = "Noted", _ n: Int = 0, actor: String = "somchai", key: String? = nil,
        occurredAt: Date = start
    ) -> ProposedEvent {
        ProposedEvent(
            type: type, occurredAt: occurredAt, actor: actor, payload: Data(#"{"n":\#(n)}"#.utf8), dedupeKey: key)
    }

    /// `count` events numbered from `from`.
    static func events(
        _ count: Int, type: String = "Noted", from: Int = 1, actor: String = "somchai"
    ) -> [ProposedEvent] {
        (from..<(from + count)).map { event(type, $0, actor: actor) }
    }

    /// The `n` a payload written by ``event(_:_:actor:key:occurredAt:)`` records.
    static func number(_ event: RecordedEvent) -> Int? {
        struct Payload: Decodable { var n: Int }
        return try? JSONDecoder().decode(Payload.self, from: event.payload).n
    }
}

// MARK: - Projections used by the suite (portable SQL only, so they run on every backend)

/// Counts events by type: the trivial read model.
struct CountByType: Projection {
    var name = "count_by_type"
    var version = 1
    var tables: [String] { [name] }
    var schema: [String] { ["CREATE TABLE \(name) (event_type TEXT PRIMARY KEY, n BIGINT NOT NULL)"] }

    func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        [
            SQLStatement(
                """
                INSERT INTO \(name) (event_type, n) VALUES (?, 1) ON CONFLICT (event_type) DO UPDATE SET n = \
                \(name).n + 1
                """,
                [event.type]
            )
        ]
    }
}

/// One row per event with every field a projection can see, and a per-stream summary that is updated in
/// place: rebuilding it must give identical rows, times and order-dependent values included.
struct Ledger: Projection {
    var name = "ledger"
    /// Version 2 adds the `payload_length` column, to test a rebuild on a changed version.
    var version = 1
    var tables: [String] { ["ledger_events", "ledger_streams"] }
    var schema: [String] {
        let extra = version >= 2 ? ", payload_length BIGINT NOT NULL" : ""
        return [
            """
            CREATE TABLE ledger_events (
                sequence BIGINT PRIMARY KEY, stream_id TEXT NOT NULL, stream_version BIGINT NOT NULL,
                event_type TEXT NOT NULL, schema_version BIGINT NOT NULL, occurred_at BIGINT NOT NULL,
                recorded_at BIGINT NOT NULL, actor TEXT NOT NULL, payload TEXT NOT NULL, dedupe_key TEXT,
                hash TEXT NOT NULL\(extra))
            """,
            "CREATE INDEX ledger_events_stream ON ledger_events (stream_id)",
            """
            CREATE TABLE ledger_streams (
                stream_id TEXT PRIMARY KEY, events BIGINT NOT NULL, last_version BIGINT NOT NULL,
                last_type TEXT NOT NULL, first_sequence BIGINT NOT NULL, last_sequence BIGINT NOT NULL)
            """,
        ]
    }

    func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        var columns =
            """
            sequence, stream_id, stream_version, event_type, schema_version, occurred_at, recorded_at, actor, \
            payload, dedupe_key, hash
            """
        var values: [any SQLValueConvertible] = [
            event.sequence, event.streamID.description, event.streamVersion, event.type, event.schemaVersion,
            Microseconds.from(event.occurredAt), Microseconds.from(event.recordedAt), event.actor,
            event.payloadText, event.dedupeKey, event.hash.description,
        ]
        if version >= 2 {
            columns += ", payload_length"
            values.append(event.payload.count)
        }
        let placeholders = Array(repeating: "?", count: values.count).joined(separator: ", ")
        return [
            SQLStatement("INSERT INTO ledger_events (\(columns)) VALUES (\(placeholders))", values),
            SQLStatement(
                """
                INSERT INTO ledger_streams (stream_id, events, last_version, last_type, first_sequence, last_sequence)
                VALUES (?, 1, ?, ?, ?, ?)
                ON CONFLICT (stream_id) DO UPDATE SET events = ledger_streams.events + 1,
                    last_version = excluded.last_version, last_type = excluded.last_type,
                    last_sequence = excluded.last_sequence
                """,
                [event.streamID.description, event.streamVersion, event.type, event.sequence, event.sequence]
            ),
        ]
    }
}

/// A projection that fails on events of type `Explode`, to prove a failing read model rolls the append back.
struct ExplodingProjection: Projection {
    struct Exploded: Error, Equatable {}
    var name = "exploding"
    var version = 1
    var tables: [String] { ["exploding_seen"] }
    var schema: [String] { ["CREATE TABLE exploding_seen (sequence BIGINT PRIMARY KEY)"] }

    func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        if event.type == "Explode" { throw Exploded() }
        return [SQLStatement("INSERT INTO exploding_seen (sequence) VALUES (?)", [event.sequence])]
    }
}

/// Every row of the given tables, in a fixed order, for comparing read models.
func dump(_ tables: [String], of store: any EventStore) async throws -> [String: [SQLRow]] {
    var out: [String: [SQLRow]] = [:]
    for table in tables {
        out[table] = try await store.query("SELECT * FROM \(table) ORDER BY 1")
    }
    return out
}

/// Every event of the log, in order.
func allEvents(of store: any EventStore) async throws -> [RecordedEvent] {
    var events: [RecordedEvent] = []
    try await store.forEachEvent { events.append($0) }
    return events
}

/// The error `body` throws, or nil; lets a test look inside an `EventStoreError` it expects.
func caught<T>(_ body: () async throws -> T) async -> (any Error)? {
    do {
        _ = try await body()
        return nil
    } catch {
        return error
    }
}
