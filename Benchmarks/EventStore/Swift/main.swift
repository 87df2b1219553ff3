// sujarit-bench-eventstore: the event store's side of Benchmarks/EventStore/run.sh.
//
//   sujarit-bench-eventstore --store PATH [--events N] [--batch K] [--csv PATH]
//                            [--phases append,foreach,rebuild,rebuild-per-event,rebuild-rows,verify]
//
// Creates a new store at PATH (hash chain on, as always), appends N small events in atomic batches of K (one
// new stream per batch: a `LedgerCreated` event, then `AmountRecorded` events), then replays the whole log
// through a trivial projection twice: counting events by type with `forEachEvent`, and rebuilding a real
// `Projection` (the same count kept in a read-model table, in its batch form: a page counted in memory, one
// upsert per type) with `rebuildProjections`. It also times `verify`. `rebuild-per-event` (not run unless named)
// rebuilds the same count without the batch form, one upsert per event, as before batch forms.
// `rebuild-rows` (not run unless named) rebuilds a projection writing one new row per event instead, which on
// PostgreSQL separates the store's cost per statement from the server's cost of updating one row 200,000
// times in one transaction (each update of a row must step over all its earlier versions until commit).
// With --csv it finally exports the rows as stored, untimed, for the sqlite3 shell's `.import` line.
// --phases runs only some measurements (for profiling); without `append` they run on an existing store.
//
// Each measurement is printed as one line that run.sh collects:
//   RESULT <system> <phase> <events> <seconds>
import EventStore
import EventStorePostgres
import Foundation

struct Usage: Error, CustomStringConvertible { var description: String }

/// The trivial read model: events counted by type, in a table.
struct CountByType: Projection {
    var name: String { "bench_count_by_type" }
    var version: Int { 1 }
    var tables: [String] { ["bench_count_by_type"] }
    var schema: [String] { ["CREATE TABLE bench_count_by_type (event_type TEXT PRIMARY KEY, n BIGINT NOT NULL)"] }
    func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        [
            SQLStatement(
                """
                INSERT INTO bench_count_by_type (event_type, n) VALUES (?, 1) ON CONFLICT (event_type) DO UPDATE \
                SET n = bench_count_by_type.n + 1
                """,
                [event.type]
            )
        ]
    }

    /// The batch form rebuilds and catch-ups use: a page's events counted in memory, each type's row written
    /// once (on PostgreSQL one upsert per event left the row's versions for every later update to step over).
    func statements(forBatch events: [RecordedEvent]) throws -> [SQLStatement] {
        var counts: [String: Int64] = [:]
        var order: [String] = []
        for event in events {
            if counts[event.type] == nil { order.append(event.type) }
            counts[event.type, default: 0] += 1
        }
        return order.map { type in
            SQLStatement(
                """
                INSERT INTO bench_count_by_type (event_type, n) VALUES (?, ?) ON CONFLICT (event_type) DO UPDATE \
                SET n = bench_count_by_type.n + excluded.n
                """,
                [type, counts[type]!]
            )
        }
    }
}

/// ``CountByType`` without its batch form, one upsert per event: the `rebuild-per-event` line, what the counter
/// cost before projections had batch forms.
struct CountByTypePerEvent: Projection {
    let base = CountByType()
    var name: String { base.name }
    var version: Int { base.version }
    var tables: [String] { base.tables }
    var schema: [String] { base.schema }
    func statements(for event: RecordedEvent) throws -> [SQLStatement] { try base.statements(for: event) }
}

/// A read model with one row per event: the store's cost per projection statement, with no row updated twice.
struct AmountRows: Projection {
    var name: String { "bench_amount_rows" }
    var version: Int { 1 }
    var tables: [String] { ["bench_amount_rows"] }
    var schema: [String] {
        [
            """
            CREATE TABLE bench_amount_rows (sequence BIGINT PRIMARY KEY, stream_id TEXT NOT NULL, payload_length \
            BIGINT NOT NULL)
            """
        ]
    }
    func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        [
            SQLStatement(
                "INSERT INTO bench_amount_rows (sequence, stream_id, payload_length) VALUES (?, ?, ?)",
                [event.sequence, event.streamID.description, event.payload.count]
            )
        ]
    }
}

struct Options {
    var store = ""
    var events = 1_000_000
    var batch = 1_000
    var csv: String?
    var phases: Set<String> = ["append", "foreach", "rebuild", "verify"]
}

func parse() throws -> Options {
    var options = Options()
    var iterator = CommandLine.arguments.dropFirst().makeIterator()
    while let argument = iterator.next() {
        guard ["--store", "--events", "--batch", "--csv", "--phases"].contains(argument), let value = iterator.next()
        else {
            throw Usage(description: "unknown argument or missing value: \(argument)")
        }
        switch argument {
        case "--store": options.store = value
        case "--events": options.events = Int(value) ?? 0
        case "--batch": options.batch = Int(value) ?? 0
        case "--csv": options.csv = value
        default: options.phases = Set(value.split(separator: ",").map(String.init))
        }
    }
    guard !options.store.isEmpty else { throw Usage(description: "--store PATH is required") }
    guard options.events > 0, options.batch > 0, options.events % options.batch == 0 else {
        throw Usage(description: "--events must be a positive multiple of --batch")
    }
    return options
}

func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func report(_ phase: String, events: Int, seconds: Double) {
    print("RESULT sujarit \(phase) \(events) \(String(format: "%.3f", seconds))")
    let padded = phase.padding(toLength: 26, withPad: " ", startingAt: 0)
    print(
        String(
            format: "  sujarit       %@ %9d events in %7.2f s = %10.0f events/s", padded, events, seconds,
            Double(events) / seconds))
}

func csvField(_ text: String) -> String {
    text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        : text
}

/// The store under test: a file, or a `postgres://` URL for the server backend.
func makeStore(_ location: String, create: Bool, projections: [any Projection] = []) throws -> any EventStore {
    if PostgresLocation.isPostgresURL(location) {
        return create
            ? try PostgresEventStore.create(url: location, projections: projections)
            : try PostgresEventStore.open(url: location, projections: projections)
    }
    return create
        ? try SQLiteEventStore.create(at: location, projections: projections)
        : try SQLiteEventStore.open(at: location, projections: projections)
}

func run() async throws {
    let options = try parse()
    let epoch = Date(timeIntervalSince1970: 1_727_740_800)

    // (a) Append.
    let appending = options.phases.contains("append")
    let store = try appending ? makeStore(options.store, create: true) : makeStore(options.store, create: false)
    var start = ContinuousClock.now
    for batch in 0..<(appending ? options.events / options.batch : 0) {
        let stream = try StreamID(category: "ledger", id: "L-\(batch)")
        var events: [ProposedEvent] = []
        events.reserveCapacity(options.batch)
        for i in 0..<options.batch {
            let n = batch * options.batch + i
            events.append(
                ProposedEvent(
                    type: i == 0 ? "LedgerCreated" : "AmountRecorded",
                    occurredAt: epoch + Double(n),
                    actor: "bench",
                    payload: Data(#"{"amount":\#(n % 100_000),"i":\#(i)}"#.utf8)
                ))
        }
        try await store.append(events, to: stream, expectedVersion: .noStream)
    }
    if appending { report("append", events: options.events, seconds: seconds(since: start)) }

    // (b) Replay with forEachEvent into a dictionary.
    if options.phases.contains("foreach") {
        start = ContinuousClock.now
        var counts: [String: Int] = [:]
        var replayed = 0
        try await store.forEachEvent { event in
            counts[event.type, default: 0] += 1
            replayed += 1
        }
        report("replay-forEachEvent", events: replayed, seconds: seconds(since: start))
        guard replayed == options.events, counts["LedgerCreated"] == options.events / options.batch else {
            throw Usage(description: "replay saw \(replayed) events, \(counts)")
        }
    }

    // (c) Replay through a real Projection: open with it (a new projection is built on open), then rebuild.
    if options.phases.contains("rebuild") {
        let projected = try makeStore(options.store, create: false, projections: [CountByType()])
        // Opening builds the new projection; on SQLite that happens in `open`, on PostgreSQL at the first use:
        // done here, untimed on both, so that the line times one rebuild.
        try await (projected as? PostgresEventStore)?.ready()
        start = ContinuousClock.now
        let rebuilt = try await projected.rebuildProjections(progress: nil)
        report("replay-rebuildProjection", events: Int(rebuilt.eventsReplayed), seconds: seconds(since: start))
        let rows = try await projected.query("SELECT sum(n) AS total FROM bench_count_by_type")
        guard rows.first?.int("total") == options.events else { throw Usage(description: "projection counted \(rows)") }
    }

    // (c'') The counter without its batch form: one upsert per event (not run unless named).
    if options.phases.contains("rebuild-per-event") {
        let projected = try makeStore(options.store, create: false, projections: [CountByTypePerEvent()])
        try await (projected as? PostgresEventStore)?.ready()
        start = ContinuousClock.now
        let rebuilt = try await projected.rebuildProjections(progress: nil)
        report("replay-rebuildPerEvent", events: Int(rebuilt.eventsReplayed), seconds: seconds(since: start))
        let rows = try await projected.query("SELECT sum(n) AS total FROM bench_count_by_type")
        guard rows.first?.int("total") == options.events else { throw Usage(description: "projection counted \(rows)") }
    }

    // (c') The same through a projection inserting one row per event.
    if options.phases.contains("rebuild-rows") {
        let projected = try makeStore(options.store, create: false, projections: [AmountRows()])
        try await (projected as? PostgresEventStore)?.ready()
        start = ContinuousClock.now
        let rebuilt = try await projected.rebuildProjections(progress: nil)
        report("replay-rebuildRows", events: Int(rebuilt.eventsReplayed), seconds: seconds(since: start))
        let rows = try await projected.query("SELECT count(*) AS total FROM bench_amount_rows")
        guard rows.first?.int("total") == options.events else { throw Usage(description: "projection wrote \(rows)") }
    }

    // (d) Verify the chain.
    if options.phases.contains("verify") {
        start = ContinuousClock.now
        let chain = try await store.verify(progress: nil)
        report("verify", events: Int(chain.eventsChecked), seconds: seconds(since: start))
        guard chain.isIntact, chain.eventsChecked == options.events else {
            throw Usage(description: "verify: \(chain)")
        }
    }

    // Export the rows as stored, for the sqlite3 shell's import (not timed).
    if let csvPath = options.csv {
        guard FileManager.default.createFile(atPath: csvPath, contents: nil) else {
            throw Usage(description: "cannot write \(csvPath)")
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: csvPath))
        var buffer =
            "sequence,stream_id,stream_version,event_type,schema_version,occurred_at,recorded_at,actor,payload,dedupe_key,previous_hash,hash\n"
        try await store.forEachEvent(pageSize: 10_000) { e in
            buffer +=
                "\(e.sequence),\(csvField(e.streamID.description)),\(e.streamVersion),\(csvField(e.type)),\(e.schemaVersion),"
            buffer += "\(Microseconds.from(e.occurredAt)),\(Microseconds.from(e.recordedAt)),\(csvField(e.actor)),"
            buffer += "\(csvField(e.payloadText)),\(e.dedupeKey.map(csvField) ?? ""),\(e.previousHash),\(e.hash)\n"
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        handle.write(Data(buffer.utf8))
        try handle.close()
    }
}

do {
    try await run()
} catch {
    FileHandle.standardError.write(Data("sujarit-bench-eventstore: \(error)\n".utf8))
    exit(1)
}
