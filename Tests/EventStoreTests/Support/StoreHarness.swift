import EventStore
import Foundation
import GRDB
import Testing

/// The clock a store records appends with; tests pass a ``TestClock`` to control `recordedAt`.
typealias StoreClock = @Sendable () -> Date

/// One backend under the conformance suite.
///
/// Every test of the suite is parameterised over ``harnesses``, so a backend joins the suite by adding its
/// harness to that array: PostgreSQL will create a fresh database (or schema) per `makeStore`, reopen it by
/// its location, and tamper through a plain connection that first drops the append-only triggers.
protocol StoreHarness: Sendable, CustomTestStringConvertible {
    /// The backend's name, shown in test results.
    var name: String { get }

    /// A new, empty store in a place of its own (a fresh temporary directory for SQLite).
    func makeStore(projections: [any Projection], clock: @escaping StoreClock) async throws -> any EventStore

    /// The same store opened again, as a later run of the program would, with possibly other projections.
    func reopen(
        _ store: any EventStore, projections: [any Projection], clock: @escaping StoreClock
    ) async throws -> any EventStore

    /// Runs SQL on the store's database the way an attacker with file or superuser access would: bypassing
    /// the store and its append-only triggers.
    func tamper(_ store: any EventStore, sql: String, arguments: [SQLValue]) async throws

    /// Runs SQL through an ordinary connection, with the triggers in place.
    func execute(_ store: any EventStore, sql: String) async throws

    /// A projection's checkpoint as the store recorded it: its version and the last sequence it has seen.
    func checkpoint(of projection: String, in store: any EventStore) async throws -> (version: Int, sequence: Int64)?

    /// `create` on the location of an existing store (must throw `storeAlreadyExists`).
    func createAgain(_ store: any EventStore) async throws -> any EventStore

    /// `open` on a location where no store exists (must throw `storeNotFound`).
    func openMissing() async throws -> any EventStore

    /// Removes everything `makeStore` created.
    func dispose(_ store: any EventStore) async
}

extension StoreHarness {
    var testDescription: String { name }

    func makeStore(
        projections: [any Projection] = [], clock: @escaping StoreClock = Date.init
    ) async throws -> any EventStore {
        try await makeStore(projections: projections, clock: clock)
    }

    func reopen(
        _ store: any EventStore, projections: [any Projection] = [], clock: @escaping StoreClock = Date.init
    ) async throws -> any EventStore {
        try await reopen(store, projections: projections, clock: clock)
    }

    func tamper(_ store: any EventStore, _ sql: String, _ arguments: [SQLValue] = []) async throws {
        try await tamper(store, sql: sql, arguments: arguments)
    }

    /// Runs `body` on a fresh store and removes it afterwards, whether `body` succeeds or not.
    func withStore<T>(
        projections: [any Projection] = [], clock: @escaping StoreClock = Date.init,
        _ body: (any EventStore) async throws -> T
    ) async throws -> T {
        let store = try await makeStore(projections: projections, clock: clock)
        do {
            let result = try await body(store)
            await dispose(store)
            return result
        } catch {
            await dispose(store)
            throw error
        }
    }
}

/// Every backend the conformance suite runs on: SQLite always, PostgreSQL when `SUJARIT_TEST_POSTGRES` names
/// a server (`.ci/run` starts one and sets it; on CI its absence is an error, not a skip), both as a database's
/// single store and as one agency's schema in a shared database.
let harnesses: [any StoreHarness] = {
    var all: [any StoreHarness] = [SQLiteHarness()]
    if let postgres = PostgresHarness.fromEnvironment() {
        all.append(postgres)
        all.append(PostgresHarness(adminURL: postgres.adminURL, agency: "6302203"))
    }
    return all
}()

/// The embedded backend: one SQLite file in a fresh temporary directory per store.
struct SQLiteHarness: StoreHarness {
    var name: String { "SQLite" }

    /// A new empty directory for one test's files, removed by the test (`defer`) or with its store (`dispose`).
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("sujarit-eventstore-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func makeStore(projections: [any Projection], clock: @escaping StoreClock) async throws -> any EventStore {
        let path = try Self.temporaryDirectory().appendingPathComponent("sujarit.db").path
        return try SQLiteEventStore.create(at: path, projections: projections, clock: clock)
    }

    func reopen(
        _ store: any EventStore, projections: [any Projection], clock: @escaping StoreClock
    ) async throws -> any EventStore {
        try SQLiteEventStore.open(at: store.location, projections: projections, clock: clock)
    }

    func tamper(_ store: any EventStore, sql: String, arguments: [SQLValue]) async throws {
        let queue = try DatabaseQueue(path: store.location)
        try await queue.write { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS events_no_update")
            try db.execute(sql: "DROP TRIGGER IF EXISTS events_no_delete")
            try db.execute(sql: sql, arguments: StatementArguments(arguments.map(Self.databaseValue)))
        }
        try queue.close()
    }

    func execute(_ store: any EventStore, sql: String) async throws {
        let queue = try DatabaseQueue(path: store.location)
        defer { try? queue.close() }
        try await queue.write { db in try db.execute(sql: sql) }
    }

    func checkpoint(of projection: String, in store: any EventStore) async throws -> (version: Int, sequence: Int64)? {
        let rows = try await store.query(
            "SELECT version, sequence FROM projection_checkpoints WHERE name = ?", [projection])
        guard let row = rows.first, let version = row.int("version"), let sequence = row.int64("sequence") else {
            return nil
        }
        return (version, sequence)
    }

    func createAgain(_ store: any EventStore) async throws -> any EventStore {
        try SQLiteEventStore.create(at: store.location)
    }

    func openMissing() async throws -> any EventStore {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        return try SQLiteEventStore.open(at: directory.appendingPathComponent("missing.db").path)
    }

    func dispose(_ store: any EventStore) async {
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: store.location).deletingLastPathComponent())
    }

    private static func databaseValue(_ value: SQLValue) -> DatabaseValue {
        switch value {
        case .null: .null
        case .integer(let int): int.databaseValue
        case .real(let double): double.databaseValue
        case .text(let text): text.databaseValue
        }
    }
}
