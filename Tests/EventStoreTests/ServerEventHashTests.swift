import EventStore
@testable import EventStorePostgres
import Foundation
import GRDB
import Logging
import PostgresNIO
import Testing

/// `sujarit.event_hash` on the server gives, byte for byte, the hash `EventHasher` gives in Swift: for every
/// stored event the repository keeps (the pinned payloads, the v1 stores, the dump of the agency-schema
/// layout) and for generated events at the edges of every field.
///
/// Runs when `SUJARIT_TEST_POSTGRES` names a server (always in CI).
@Suite(.enabled(if: PostgresHarness.fromEnvironment() != nil))
struct ServerEventHashTests {
    let server = PostgresHarness.fromEnvironment()!

    @Test("every pinned event payload of Tests/Fixtures/events hashes on the server to its recorded hash")
    func pinnedEvents() async throws {
        let entries = try PinnedEvent.all()
        #expect(entries.count >= 60, "found only \(entries.count) entries in manifest.json")
        let events = try entries.map { entry in
            (entry.file, try entry.fields(), try #require(EventHash(hex: entry.previousHash)), entry.hash)
        }
        let onServer = try await hashesOnServer(of: events.map { ($0.1, $0.2) })
        for (index, (file, fields, previous, recorded)) in events.enumerated() {
            #expect(onServer[index]?.description == recorded, "\(file): the server's hash differs from the pinned one")
            #expect(EventHasher.hash(fields, after: previous).description == recorded, "\(file)")
        }
    }

    @Test("every event of the v1 SQLite store hashes on the server to its stored hash, and chains")
    func v1Store() async throws {
        let path = try V1Fixture.sqliteCopy()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let rows = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT sequence, stream_id, stream_version, event_type, schema_version, occurred_at, recorded_at,
                           actor, payload, dedupe_key, previous_hash, hash
                    FROM events ORDER BY sequence
                    """)
        }
        #expect(rows.count == 26)
        let events = try rows.map { row in
            let fields = EventHasher.Fields(
                sequence: row["sequence"], streamID: row["stream_id"], streamVersion: row["stream_version"],
                type: row["event_type"], schemaVersion: row["schema_version"], occurredAtMicros: row["occurred_at"],
                recordedAtMicros: row["recorded_at"], actor: row["actor"],
                payload: try #require(Data.fromDatabaseValue(row["payload"])), dedupeKey: row["dedupe_key"])
            let previous = try #require(EventHash(bytes: row["previous_hash"] as Data))
            let hash = try #require(EventHash(bytes: row["hash"] as Data))
            return (fields, previous, hash)
        }
        #expect(events.contains { $0.0.dedupeKey != nil }, "the v1 store has an event with a dedupe key")
        let onServer = try await hashesOnServer(of: events.map { ($0.0, $0.1) })
        var previous = EventHash.genesis
        for (index, (fields, recordedPrevious, recorded)) in events.enumerated() {
            #expect(recordedPrevious == previous, "event \(fields.sequence) does not chain")
            #expect(onServer[index] == recorded, "event \(fields.sequence): the server's hash differs")
            previous = recorded
        }
    }

    @Test("every event of both agencies in the agency-schemas-v1 dump hashes on the server to its stored hash")
    func agencySchemasDump() async throws {
        try await server.withNewDatabase { database in
            let dump = Self.repository.appendingPathComponent("Tests/Fixtures/postgres/agency-schemas-v1.sql")
            try Self.psql(
                ["-v", "ON_ERROR_STOP=1", "-q", "-o", "/dev/null", "-f", dump.path], url: server.url(of: database))
            try await server.run(ServerEventHash.statements, on: database)
            for (agency, count) in [("6302203", 126), ("9600101", 31)] {
                let rows = try await server.query(
                    """
                    SELECT sequence, stream_id, stream_version, event_type, schema_version, occurred_at, recorded_at,
                           actor, payload, dedupe_key, previous_hash, hash,
                           sujarit.event_hash(previous_hash, sequence, stream_id, stream_version, event_type,
                               schema_version, occurred_at, recorded_at, actor, payload, dedupe_key) AS on_server
                    FROM agency_\(agency).events ORDER BY sequence
                    """, on: database)
                #expect(rows.count == count, "agency \(agency)")
                var previous = EventHash.genesis
                for row in rows {
                    let (
                        sequence, streamID, streamVersion, type, schemaVersion, occurredAt, recordedAt, actor, payload,
                        dedupeKey, storedPrevious, hash, onServer
                    ) = try row.decode(
                        (Int64, String, Int, String, Int, Int64, Int64, String, Data, String?, Data, Data, Data).self)
                    let fields = EventHasher.Fields(
                        sequence: sequence, streamID: streamID, streamVersion: streamVersion, type: type,
                        schemaVersion: schemaVersion, occurredAtMicros: occurredAt, recordedAtMicros: recordedAt,
                        actor: actor, payload: payload, dedupeKey: dedupeKey)
                    let stored = try #require(EventHash(bytes: hash))
                    #expect(
                        storedPrevious == Data(previous.bytes), "agency \(agency), event \(sequence) does not chain")
                    #expect(onServer == hash, "agency \(agency), event \(sequence): the server's hash differs")
                    #expect(EventHasher.hash(fields, after: previous) == stored, "agency \(agency), event \(sequence)")
                    previous = stored
                }
            }
        }
    }

    @Test("600 generated events (Thai, emoji, empty and binary payloads, edge integers) hash alike on both sides")
    func generatedEvents() async throws {
        var generator = SplitMix64(seed: 2570_1206)
        var events: [(EventHasher.Fields, EventHash)] = []
        var previous = EventHash.genesis
        for index in 0..<600 {
            let fields = GeneratedEvent.make(index, using: &generator)
            events.append((fields, previous))
            previous = EventHasher.hash(fields, after: previous)
        }
        #expect(events.contains { $0.0.sequence == .max } && events.contains { $0.0.payload.isEmpty })
        #expect(events.contains { $0.0.dedupeKey == nil } && events.contains { $0.0.dedupeKey != nil })
        #expect(events.contains { $0.0.occurredAtMicros < 0 } && events.contains { $0.0.recordedAtMicros == .max })
        let onServer = try await hashesOnServer(of: events)
        for (index, (fields, before)) in events.enumerated() {
            #expect(
                onServer[index] == EventHasher.hash(fields, after: before),
                "generated event \(index) (sequence \(fields.sequence), stream \(fields.streamID))")
        }
    }

    @Test("a previous hash that is not 32 bytes, or a missing field, gives NULL rather than a hash")
    func damagedInputGivesNull() async throws {
        try await server.withNewDatabase { database in
            try await server.run(ServerEventHash.statements, on: database)
            let rows = try await server.query(
                """
                SELECT sujarit.event_hash('\\x00'::bytea, 1, 's/1', 1, 'T', 1, 0, 0, 'a', ''::bytea, NULL) IS NULL,
                       sujarit.event_hash(decode(repeat('00', 32), 'hex'), NULL, 's/1', 1, 'T', 1, 0, 0, 'a', ''::bytea,
                           NULL) IS NULL,
                       sujarit.event_hash(decode(repeat('00', 32), 'hex'), 1, 's/1', 1, 'T', 1, 0, 0, 'a', ''::bytea,
                           NULL) IS NULL
                """, on: database)
            let (shortPrevious, missingSequence, whole) = try #require(rows.first).decode((Bool, Bool, Bool).self)
            #expect(shortPrevious && missingSequence)
            #expect(!whole)
        }
    }

    @Test("the function is LANGUAGE sql, IMMUTABLE, PARALLEL SAFE and not STRICT, and creating it again is safe")
    func declaration() async throws {
        try await server.withNewDatabase { database in
            try await server.run(ServerEventHash.statements + ServerEventHash.statements, on: database)
            let rows = try await server.query(
                """
                SELECT l.lanname, p.provolatile::text, p.proparallel::text, p.proisstrict, p.prosecdef
                FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
                WHERE n.nspname || '.' || p.proname = '\(ServerEventHash.function)'
                """, on: database)
            #expect(rows.count == 1)
            let (language, volatility, parallel, strict, definer) = try #require(rows.first).decode(
                (String, String, String, Bool, Bool).self)
            #expect([language, volatility, parallel] == ["sql", "i", "s"])
            #expect(!strict && !definer)
        }
    }

    // MARK: - Support

    /// The package folder, found from this file so the test reads the fixtures where they are committed.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Each event hashed by `sujarit.event_hash` in a fresh database, one query per event on one connection.
    private func hashesOnServer(of events: [(EventHasher.Fields, EventHash)]) async throws -> [EventHash?] {
        try await server.withNewDatabase { database in
            try await server.run(ServerEventHash.statements, on: database)
            return try await server.withConnection(to: database) { connection, logger in
                var hashes: [EventHash?] = []
                for (fields, previous) in events {
                    let query: PostgresQuery = try """
                    SELECT sujarit.event_hash(\(Data(previous.bytes)), \(fields.sequence), \(fields.streamID), \
                    \(Int64(fields.streamVersion)), \(fields.type), \(Int64(fields.schemaVersion)), \
                    \(fields.occurredAtMicros), \(fields.recordedAtMicros), \(fields.actor), \(fields.payload), \
                    \(fields.dedupeKey)::text)
                    """
                    var hash: EventHash?
                    for try await row in try await connection.query(query, logger: logger) {
                        hash = try row.decode(Data?.self).flatMap { EventHash(bytes: $0) }
                    }
                    hashes.append(hash)
                }
                return hashes
            }
        }
    }

    /// Runs psql on `url` (from the server's own binaries when `SUJARIT_TEST_POSTGRES_BIN` names them).
    static func psql(_ arguments: [String], url: String) throws {
        let process = Process()
        let folder = ProcessInfo.processInfo.environment["SUJARIT_TEST_POSTGRES_BIN"] ?? ""
        let local = URL(fileURLWithPath: folder).appendingPathComponent("psql")
        if !folder.isEmpty, FileManager.default.isExecutableFile(atPath: local.path) {
            process.executableURL = local
            process.arguments = ["-X", "-d", url] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["psql", "-X", "-d", url] + arguments
        }
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "psql \(arguments.joined(separator: " ")): \(message)")
    }
}

/// One entry of `Tests/Fixtures/events/manifest.json` (the fixture target's `EventFixture`, which this target
/// cannot import), with the columns the hash covers.
private struct PinnedEvent: Decodable {
    var file: String
    var type: String
    var schemaVersion: Int
    var sequence: Int64
    var streamID: String
    var streamVersion: Int
    var occurredAtMicros: Int64
    var recordedAtMicros: Int64
    var actor: String
    var dedupeKey: String?
    var previousHash: String
    var hash: String

    static let folder = ServerEventHashTests.repository.appendingPathComponent("Tests/Fixtures/events")

    static func all() throws -> [PinnedEvent] {
        try JSONDecoder().decode(
            [PinnedEvent].self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
    }

    func fields() throws -> EventHasher.Fields {
        EventHasher.Fields(
            sequence: sequence, streamID: streamID, streamVersion: streamVersion, type: type,
            schemaVersion: schemaVersion, occurredAtMicros: occurredAtMicros, recordedAtMicros: recordedAtMicros,
            actor: actor, payload: try Data(contentsOf: Self.folder.appendingPathComponent(file)),
            dedupeKey: dedupeKey)
    }
}

/// Events at the edges of what the hash encodes: every index below 12 is one chosen edge, the rest are drawn.
private enum GeneratedEvent {
    static let thai = ["ความเสี่ยง", "เทศบาลเมืองตากใบ", "นางสาวนิสา ยูโซะ", "๒๕๗๐", "กรรมการตรวจรับพัสดุ", "ก่ำ"]
    static let other = ["🇹🇭", "👩🏽‍💼", "e\u{301}", "𝔘𝔫𝔦", "—", "a'b\"c\\d", " ", "\u{FEFF}", "\t\n"]
    static let ascii = ["risk", "gift", "coi", "egp", "R-2568-001", "x"]

    static func make(_ index: Int, using generator: inout SplitMix64) -> EventHasher.Fields {
        var fields = EventHasher.Fields(
            sequence: Int64(index + 1), streamID: "\(pick(ascii, &generator))/\(text(&generator))",
            streamVersion: Int(generator.next() % 1_000) + 1, type: pick(ascii, &generator),
            schemaVersion: Int(generator.next() % 4) + 1,
            occurredAtMicros: Int64(bitPattern: generator.next()) >> Int64(generator.next() % 64),
            recordedAtMicros: Int64(bitPattern: generator.next()) >> Int64(generator.next() % 64),
            actor: text(&generator), payload: payload(&generator),
            dedupeKey: generator.next() % 2 == 0 ? nil : "red-flag:~\(text(&generator))")
        switch index {
        case 0: fields.sequence = .max
        case 1: fields.payload = Data()
        case 2: fields.occurredAtMicros = .min
        case 3: (fields.occurredAtMicros, fields.recordedAtMicros) = (-1, .max)
        case 4: fields.dedupeKey = ""
        case 5: fields.dedupeKey = nil
        case 6: (fields.actor, fields.type) = ("", "")
        case 7: fields.payload = Data((0...255).map { UInt8($0) })
        case 8: fields.payload = Data(repeating: 0x2A, count: 70_000)
        case 9: (fields.streamVersion, fields.schemaVersion) = (Int(Int32.max), 0)
        case 10: fields.sequence = .min
        case 11: fields.streamID = "coi/" + String(repeating: "ก่ำ👩🏽‍💼", count: 200)
        default: break
        }
        return fields
    }

    static func pick(_ choices: [String], _ generator: inout SplitMix64) -> String {
        choices[Int(generator.next() % UInt64(choices.count))]
    }

    /// One to five pieces of Thai, emoji and other text that PostgreSQL's `text` holds (no U+0000).
    static func text(_ generator: inout SplitMix64) -> String {
        (0...(generator.next() % 5)).map { _ in
            pick(generator.next() % 3 == 0 ? other : generator.next() % 2 == 0 ? thai : ascii, &generator)
        }.joined()
    }

    /// A JSON-shaped payload of Thai text, an empty one, or raw bytes (zero included): the hash takes the payload as bytes.
    static func payload(_ generator: inout SplitMix64) -> Data {
        switch generator.next() % 3 {
        case 0: Data()
        case 1: Data((0..<(generator.next() % 300)).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        default: Data(#"{"note":"\#(text(&generator))","n":\#(Int64(bitPattern: generator.next()))}"#.utf8)
        }
    }
}

/// SplitMix64 (Steele, Lea and Flood, 2014): a seeded generator, so every run hashes the same events.
/// (Oversight's `SampleGenerator` is a floor above the store and not a dependency of this target.)
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension PostgresHarness {
    /// A plain connection to `database` for the test to query, closed after `body`.
    func withConnection<T>(
        to database: String, _ body: (PostgresConnection, Logger) async throws -> T
    ) async throws -> T {
        let location = try PostgresLocation(url: url(of: database))
        var logger = Logger(label: "sujarit.tests")
        logger.logLevel = .critical
        let configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.username,
            password: location.password, database: location.database, tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            let result = try await body(connection, logger)
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// The rows of one query on `database`.
    func query(_ sql: String, on database: String) async throws -> [PostgresRow] {
        try await withConnection(to: database) { connection, logger in
            var rows: [PostgresRow] = []
            for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger) {
                rows.append(row)
            }
            return rows
        }
    }

    /// Runs `body` on a fresh database, dropped after.
    func withNewDatabase<T>(_ body: (String) async throws -> T) async throws -> T {
        let database = try await newDatabase()
        let admin = URLComponents(string: adminURL)!.path.trimmingCharacters(in: ["/"])
        do {
            let result = try await body(database)
            try? await run(["DROP DATABASE IF EXISTS \(database) WITH (FORCE)"], on: admin)
            return result
        } catch {
            try? await run(["DROP DATABASE IF EXISTS \(database) WITH (FORCE)"], on: admin)
            throw error
        }
    }
}
