import EventStore
@testable import EventStorePostgres
import Foundation
import Logging
import PostgresNIO
import Synchronization
import Testing

/// The log wakes the administrator's projector: `sujarit.append_events` notifies `sujarit_appended` with the
/// agency when an append commits (layout v2, which an administrator's open adds to a v1 database), and a
/// following projector brings that agency level at once instead of at its next poll.
///
/// Runs when `SUJARIT_TEST_POSTGRES` names a server (always in CI).
@Suite(.enabled(if: PostgresHarness.fromEnvironment() != nil), .serialized)
struct ProjectorWakeupTests {
    let server = PostgresHarness.fromEnvironment()!
    static let agency = "6302203"

    private func url(_ database: String, login: String? = nil) -> String {
        var components = URLComponents(string: server.url(of: database))!
        if let login { components.user = login }
        components.queryItems = [URLQueryItem(name: "agency", value: Self.agency)]
        return components.string!
    }

    /// A database with the agency's store, made by the administrator, holding two events.
    private func agencyStore() async throws -> (database: String, admin: PostgresEventStore) {
        let database = try await server.newDatabase()
        let admin = try PostgresEventStore.create(url: url(database), projections: [CountByType()])
        try await admin.append(Fixture.events(2), to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
        return (database, admin)
    }

    /// The payload of the first notification on the append channel while `body` runs, or within `wait` after it.
    private func firstNotification(
        on database: String, wait: Duration, during body: @Sendable () async throws -> Void
    ) async throws -> String? {
        let location = try PostgresLocation(url: server.url(of: database))
        var logger = Logger(label: "sujarit.tests")
        logger.logLevel = .critical
        let connection = try await PostgresConnection.connect(
            configuration: location.connectionConfiguration, id: 7, logger: logger)
        let heard: Result<String?, any Error>
        do {
            heard = .success(try await listen(on: connection, wait: wait, during: body))
        } catch {
            heard = .failure(error)
        }
        // Closed before it goes: postgres-nio asserts that a connection is closed when it is released.
        try? await connection.close()
        return try heard.get()
    }

    private func listen(
        on connection: PostgresConnection, wait: Duration, during body: @Sendable () async throws -> Void
    ) async throws -> String? {
        try await connection.listen(on: SharedAppend.notificationChannel) { notifications in
            try await body()
            return try await withThrowingTaskGroup(of: String?.self) { group in
                group.addTask {
                    for try await notification in notifications { return notification.payload }
                    return nil
                }
                group.addTask {
                    try await Task.sleep(for: wait)
                    return nil
                }
                let first = try await group.next() ?? nil
                group.cancelAll()
                return first
            }
        }
    }

    @Test("an append notifies the agency when it commits; a v1 database's function does once an administrator opens it")
    func appendsNotify() async throws {
        let (database, admin) = try await agencyStore()
        let heard = try await firstNotification(on: database, wait: .seconds(20)) {
            try await admin.append(Fixture.events(1, from: 3), to: Fixture.stream("risk/R-1"), expectedVersion: .any)
        }
        #expect(heard == Self.agency)

        // The database as layout v1 left it: the function without the notification, v2 not in the ledger.
        try await server.run(
            [
                SharedAppend.function.replacingOccurrences(of: "CREATE FUNCTION", with: "CREATE OR REPLACE FUNCTION"),
                "DELETE FROM sujarit.shared_migrations WHERE id LIKE 'shared v2%'",
            ], on: database)
        let silent = try await firstNotification(on: database, wait: .seconds(1)) {
            try await admin.append(Fixture.events(1, from: 4), to: Fixture.stream("risk/R-1"), expectedVersion: .any)
        }
        #expect(silent == nil)

        let upgraded = try PostgresEventStore.open(url: url(database), projections: [CountByType()])
        try await upgraded.ready()
        let again = try await firstNotification(on: database, wait: .seconds(20)) {
            try await upgraded.append(
                Fixture.events(1, from: 5), to: Fixture.stream("risk/R-1"), expectedVersion: .any)
        }
        #expect(again == Self.agency)
        #expect(try await upgraded.verify(progress: nil).isIntact)
    }

    @Test("a projector that does not listen (one behind pgbouncer) still passes every append at its polls")
    func projectorPollingOnly() async throws {
        let (database, _) = try await agencyStore()
        let writer = "staff_\(UUID().uuidString.prefix(8).lowercased())"
        try await server.run(["CREATE ROLE \(writer) LOGIN"], on: database)
        try await PostgresAccess(url: server.url(of: database)).grant(writer, .agency(Self.agency))
        let projector = try PostgresProjector(
            url: server.url(of: database), projections: [CountByType()], privacy: .none)
        let heard = Mutex<[Bool]>([])
        let following = Task {
            try await projector.follow(
                interval: .milliseconds(50), listens: false, listening: { state in heard.withLock { $0.append(state) } }
            ) { _ in }
        }
        defer { following.cancel() }
        let staff = try PostgresEventStore.open(
            url: url(database, login: writer), projections: [CountByType()], projectorWait: .seconds(60))
        try await staff.append(
            Fixture.events(1, from: 10, actor: writer), to: Fixture.stream("risk/R-2"), expectedVersion: .noStream)
        let counts = try await staff.query("SELECT n FROM count_by_type WHERE event_type = 'Noted'")
        #expect(counts.first?.int("n") == 3)
        // It never listened, so it never said it did.
        #expect(heard.withLock { $0 }.isEmpty)
    }

    @Test("a member of staff's append is projected on its notification, though the projector polls once an hour")
    func projectorWokenByAppend() async throws {
        let (database, _) = try await agencyStore()
        let writer = "staff_\(UUID().uuidString.prefix(8).lowercased())"
        try await server.run(["CREATE ROLE \(writer) LOGIN"], on: database)
        try await PostgresAccess(url: server.url(of: database)).grant(writer, .agency(Self.agency))

        let projector = try PostgresProjector(
            url: server.url(of: database), projections: [CountByType()], privacy: .none)
        let (listening, told) = AsyncStream.makeStream(of: Bool.self)
        let following = Task {
            try await projector.follow(interval: .seconds(3_600), listening: { told.yield($0) }) { _ in }
        }
        defer { following.cancel() }
        var states = listening.makeAsyncIterator()
        #expect(await states.next() == true)

        // Staff wait for the projector after each append; with no notification the next poll is an hour away
        // and the wait, a minute at most, would fail with projectorNotRunning.
        let staff = try PostgresEventStore.open(
            url: url(database, login: writer), projections: [CountByType()], projectorWait: .seconds(60))
        for round in 1...3 {
            try await staff.append(
                Fixture.events(1, from: 10 + round, actor: writer), to: Fixture.stream("risk/R-2"),
                expectedVersion: .exactly(round - 1))
            let counts = try await staff.query("SELECT n FROM count_by_type WHERE event_type = 'Noted'")
            #expect(counts.first?.int("n") == 2 + round)
        }
    }
}
