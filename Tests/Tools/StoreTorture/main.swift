// sujarit-store-torture: a child process for the event store's crash and contention tests.
//
//   sujarit-store-torture append --store PATH --batches N --batch-size K
//                                [--slow-projection] [--slow-micros U] [--payload-bytes B]
//       Opens (or creates) the store and appends N batches of K events, each batch one atomic append over two
//       streams, printing `committed <lastSequence>` after each commit. A test kills it with SIGKILL mid-batch
//       and checks the store lost nothing committed and kept nothing of the interrupted batch. With
//       --slow-projection the read model sleeps U microseconds (default 1000) per event, so the process spends
//       nearly all its time inside a write transaction and the kill lands there; --payload-bytes makes the
//       batches large enough that SQLite spills pages to the WAL before the commit.
//
//   sujarit-store-torture write-contended --store PATH|URL --stream S [--streams N] --count N [--actor A]
//       Appends N events to stream S one at a time with `.exactly(version)`, re-reading the version and retrying
//       after each conflict, then prints `appended N conflicts C`. Several of these run against one file.
//
// Exit status: 0 when done, 2 for bad arguments, 1 for any store error (printed to stderr).
import EventStore
import EventStorePostgres
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The read model both modes keep: a count of events per type, optionally slow.
struct TortureCount: Projection {
    var slowMicros: UInt32 = 0
    var name: String { "torture_count" }
    var version: Int { 1 }
    var tables: [String] { ["torture_count"] }
    var schema: [String] { ["CREATE TABLE torture_count (event_type TEXT PRIMARY KEY, n BIGINT NOT NULL)"] }

    func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        if slowMicros > 0 { usleep(slowMicros) }
        return [
            SQLStatement(
                """
                INSERT INTO torture_count (event_type, n) VALUES (?, 1) ON CONFLICT (event_type) DO UPDATE SET n \
                = torture_count.n + 1
                """,
                [event.type]
            )
        ]
    }
}

struct Usage: Error, CustomStringConvertible {
    var description: String
}

/// `--name value` options and `--flag` switches after the mode.
struct Options {
    var values: [String: String] = [:]
    var flags: Set<String> = []

    init(_ arguments: ArraySlice<String>, flags known: Set<String>) throws {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            guard argument.hasPrefix("--") else { throw Usage(description: "unexpected argument '\(argument)'") }
            let name = String(argument.dropFirst(2))
            if known.contains(name) {
                flags.insert(name)
            } else if let value = iterator.next() {
                values[name] = value
            } else {
                throw Usage(description: "--\(name) needs a value")
            }
        }
    }

    func string(_ name: String) throws -> String {
        guard let value = values[name] else { throw Usage(description: "--\(name) is required") }
        return value
    }

    func int(_ name: String, default fallback: Int? = nil) throws -> Int {
        guard let text = values[name] else {
            if let fallback { return fallback }
            throw Usage(description: "--\(name) is required")
        }
        guard let value = Int(text), value >= 0 else { throw Usage(description: "--\(name) must be a whole number") }
        return value
    }
}

/// Writes one line straight to the file descriptor: nothing buffered is lost when the process is killed.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Opens the store, creating it first if needed: a file path, or a `postgres://` URL (whose database the
/// test creates beforehand).
func openOrCreate(_ path: String, projections: [any Projection]) async throws -> any EventStore {
    if PostgresLocation.isPostgresURL(path) {
        let store = try PostgresEventStore.open(url: path, projections: projections)
        do {
            try await store.ready()
            return store
        } catch EventStoreError.storeNotFound {
            let created = try PostgresEventStore.create(url: path, projections: projections)
            try await created.ready()
            return created
        }
    }
    if FileManager.default.fileExists(atPath: path) {
        return try SQLiteEventStore.open(at: path, projections: projections)
    }
    return try SQLiteEventStore.create(at: path, projections: projections)
}

func appendBatches(_ options: Options) async throws {
    let path = try options.string("store")
    let batches = try options.int("batches")
    let batchSize = try options.int("batch-size")
    let payloadBytes = try options.int("payload-bytes", default: 64)
    let slowMicros = options.flags.contains("slow-projection") ? try options.int("slow-micros", default: 1_000) : 0
    guard batchSize >= 2 else { throw Usage(description: "--batch-size must be at least 2") }

    let store = try await openOrCreate(path, projections: [TortureCount(slowMicros: UInt32(slowMicros))])
    let pid = ProcessInfo.processInfo.processIdentifier
    let filler = String(repeating: "ก", count: max(0, payloadBytes - 40) / 3)
    let shared = try StreamID("torture/shared")
    for batch in 0..<batches {
        let own = try StreamID("torture/p\(pid)-b\(batch)")
        func events(_ range: Range<Int>) -> [ProposedEvent] {
            range.map { i in
                ProposedEvent(
                    type: i % 3 == 0 ? "Tortured" : "Stretched", occurredAt: Date(), actor: "torture-\(pid)",
                    payload: Data(#"{"batch":\#(batch),"i":\#(i),"pid":\#(pid),"x":"\#(filler)"}"#.utf8)
                )
            }
        }
        let half = batchSize / 2
        let receipt = try await store.append([
            StreamAppend(stream: own, expectedVersion: .noStream, events: events(0..<half)),
            StreamAppend(stream: shared, expectedVersion: .any, events: events(half..<batchSize)),
        ])
        say("committed \(receipt.sequences?.upperBound ?? 0)")
    }
    say("done")
}

func writeContended(_ options: Options) async throws {
    let path = try options.string("store")
    let base = try options.string("stream")
    // With --streams N the writer spreads its events over N streams shared with the other writers
    // (`<stream>-0` … `<stream>-(N-1)`), so writers collide on several streams at once.
    let streams = try options.int("streams", default: 1)
    let count = try options.int("count")
    let actor = options.values["actor"] ?? "contender-\(ProcessInfo.processInfo.processIdentifier)"
    let store = try await openOrCreate(path, projections: [TortureCount()])
    var appended = 0
    var conflicts = 0
    while appended < count {
        let stream = try StreamID(streams == 1 ? base : "\(base)-\(appended % streams)")
        let version = try await store.streamVersion(stream)
        let event = ProposedEvent(
            type: "Contended", occurredAt: Date(), actor: actor,
            payload: Data(#"{"actor":"\#(actor)","n":\#(appended)}"#.utf8)
        )
        do {
            try await store.append([event], to: stream, expectedVersion: .exactly(version))
            appended += 1
        } catch EventStoreError.versionConflict {
            conflicts += 1
        }
    }
    say("appended \(appended) conflicts \(conflicts)")
}

let arguments = CommandLine.arguments
do {
    guard arguments.count >= 2 else { throw Usage(description: "expected a mode: append or write-contended") }
    let options = try Options(arguments.dropFirst(2), flags: ["slow-projection"])
    switch arguments[1] {
    case "append": try await appendBatches(options)
    case "write-contended": try await writeContended(options)
    default: throw Usage(description: "unknown mode '\(arguments[1])': expected append or write-contended")
    }
} catch let usage as Usage {
    FileHandle.standardError.write(Data("sujarit-store-torture: \(usage)\n".utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("sujarit-store-torture: \(error.localizedDescription)\n".utf8))
    exit(1)
}
