import EventStore
@testable import EventStorePostgres
import Foundation
import Testing

/// The shared layout as a deployment runs it: staff connect through pgbouncer in transaction pooling, where no
/// session setting survives a transaction. Their appends go through the server's function, their reads see only
/// their agency, and the administrator's projector (connected directly) keeps the read models they read.
///
/// Runs when `SUJARIT_TEST_PGBOUNCER` and `SUJARIT_TEST_POSTGRES` are set (`.ci/run` sets both).
@Suite(
    .enabled(
        if: PgbouncerSmokeTests.bouncerURL != nil && PostgresHarness.fromEnvironment() != nil,
        "needs SUJARIT_TEST_PGBOUNCER and SUJARIT_TEST_POSTGRES (.ci/run sets them)"))
struct SharedLayoutPgbouncerTests {
    let server = PostgresHarness.fromEnvironment()!

    /// `database` through pgbouncer as `login`, for `agency`.
    func bouncerURL(_ database: String, login: String, password: String, agency: String) -> String {
        var components = URLComponents(string: PgbouncerSmokeTests.bouncerURL!)!
        components.user = login
        components.password = password
        components.path = "/\(database)"
        components.queryItems = [URLQueryItem(name: "agency", value: agency)]
        return components.string!
    }

    @Test("staff append and read through pgbouncer, confined to their agency, with the projector's read models")
    func staffThroughPgbouncer() async throws {
        let database = try await server.newDatabase()
        let privacy = SharedPrivacy(streamCategories: ["coi"], tables: [])
        for agency in ["6302203", "6302204"] {
            let store = try PostgresEventStore.create(
                url: server.url(of: database) + "?agency=\(agency)", projections: [CountByType()], privacy: privacy)
            try await store.append(Fixture.events(2), to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
        }
        let login = "staff_\(UUID().uuidString.prefix(8).lowercased())", password = "pw-\(UUID().uuidString)"
        try await server.run(["CREATE ROLE \(login) LOGIN PASSWORD '\(password)'"], on: database)
        try await PostgresAccess(url: server.url(of: database)).grant(login, .agency("6302203"))

        let projector = try PostgresProjector(
            url: server.url(of: database), projections: [CountByType()], privacy: privacy)
        let following = Task { try await projector.follow(interval: .milliseconds(20)) { _ in } }
        defer { following.cancel() }

        let staff = try PostgresEventStore.open(
            url: bouncerURL(database, login: login, password: password, agency: "6302203"),
            projections: [CountByType()], privacy: privacy, projectorWait: .seconds(20))
        // Several round trips, each in its own transaction on whichever server connection pgbouncer lends.
        for round in 1...5 {
            let receipt = try await staff.append(
                Fixture.events(1, from: 100 + round, actor: login), to: Fixture.stream("risk/R-2"),
                expectedVersion: .exactly(round - 1))
            #expect(receipt.sequences == Int64(2 + round)...Int64(2 + round))
            let counts = try await staff.query("SELECT n FROM count_by_type WHERE event_type = 'Noted'")
            #expect(counts.first?.int("n") == 2 + round)
        }
        #expect(try await staff.query("SELECT DISTINCT agency FROM events").map { $0.string("agency") } == ["6302203"])
        #expect(try await staff.verify(progress: nil).isIntact)
        #expect(try await staff.events(in: Fixture.stream("risk/R-2")).allSatisfy { $0.actor == login })

        let other = try PostgresEventStore.open(
            url: bouncerURL(database, login: login, password: password, agency: "6302204"),
            projections: [CountByType()], privacy: privacy)
        await #expect(throws: PostgresStoreError.self) { try await other.ready() }
    }
}
