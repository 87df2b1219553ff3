@testable import EventStorePostgres
import Foundation
import Logging
import PostgresNIO
import Testing

/// pgbouncer in transaction pooling in front of the test server (`.ci/start-pgbouncer`, which `.ci/run` starts):
/// a login created during a test connects through it with its password, a transaction-local setting (how the
/// shared schema tells its row policies the agency) holds inside its transaction only, and two client sessions
/// share one server session, which only transaction pooling does.
///
/// Runs when `SUJARIT_TEST_PGBOUNCER` names it (and `SUJARIT_TEST_POSTGRES` the server behind it); CI must set both.
@Suite struct PgbouncerSmokeTests {
    static let bouncerURL = ProcessInfo.processInfo.environment["SUJARIT_TEST_PGBOUNCER"].flatMap {
        $0.isEmpty ? nil : $0
    }

    @Test("CI runs the pgbouncer tests")
    func ciSetsTheVariable() {
        let environment = ProcessInfo.processInfo.environment
        guard environment["CI"] == "true" else { return }
        #expect(Self.bouncerURL != nil, "CI must test through pgbouncer: set SUJARIT_TEST_PGBOUNCER (.ci/run does)")
    }

    @Test(
        "a fresh password login sees a transaction's set_config inside it only, through a pooled server session",
        .enabled(if: bouncerURL != nil && PostgresHarness.fromEnvironment() != nil))
    func transactionPooling() async throws {
        let server = try #require(PostgresHarness.fromEnvironment())
        let login = "staff_\(UUID().uuidString.prefix(8).lowercased())"
        let password = "pw-\(UUID().uuidString)"
        try await server.run(["CREATE ROLE \(login) LOGIN PASSWORD '\(password)'"], on: "postgres")

        let first = try await Self.connect(as: login, password: password, id: 1)
        let second = try await Self.connect(as: login, password: password, id: 2)
        do {
            try await Self.values(first, "BEGIN")
            try await Self.values(first, "SELECT set_config('sujarit.agency', '6302203', true)")
            let inside = try await Self.values(first, "SELECT current_setting('sujarit.agency')")
            try await Self.values(first, "COMMIT")
            let after = try await Self.values(first, "SELECT current_setting('sujarit.agency', true)")
            #expect(inside == ["6302203"])
            #expect(after == [nil] || after == [""], "the setting outlived its transaction: \(after)")

            // In session pooling the first client would keep its server session while connected; in transaction
            // pooling it gave it back at COMMIT, and the second client's transaction runs on it.
            let firstBackend = try await Self.values(first, "SELECT pg_backend_pid()::text")
            let secondBackend = try await Self.values(second, "SELECT pg_backend_pid()::text")
            #expect(
                firstBackend == secondBackend, "two clients did not share a server session: not transaction pooling")
            try await first.close()
            try await second.close()
        } catch {
            try? await first.close()
            try? await second.close()
            throw error
        }

        let refused = await caught { try await Self.connect(as: login, password: "not-the-password", id: 3) }
        #expect(refused != nil, "pgbouncer let a login in with a wrong password")
    }

    /// A connection through pgbouncer as `login`, to the database its URL names.
    static func connect(as login: String, password: String, id: Int) async throws -> PostgresConnection {
        let bouncer = try PostgresLocation(url: try #require(bouncerURL))
        var logger = Logger(label: "sujarit.tests")
        logger.logLevel = .critical
        let configuration = PostgresConnection.Configuration(
            host: bouncer.host, port: bouncer.port, username: login, password: password, database: bouncer.database,
            tls: .disable)
        return try await PostgresConnection.connect(configuration: configuration, id: id, logger: logger)
    }

    /// The first column of every row `sql` returns, as text.
    @discardableResult
    static func values(_ connection: PostgresConnection, _ sql: String) async throws -> [String?] {
        var logger = Logger(label: "sujarit.tests")
        logger.logLevel = .critical
        var values: [String?] = []
        for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger) {
            values.append(try row.decode(String?.self))
        }
        return values
    }
}
