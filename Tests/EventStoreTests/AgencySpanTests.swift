import EventStore
@testable import EventStorePostgres
import Foundation
import PostgresNIO
import Testing

/// Reads across agencies in the shared layout (``PostgresAgencySpan``): what each login sees is what row-level
/// security lets it read of each agency, in department order; personal events stay with reviewers; and outside a
/// spanning read, statements still name one agency.
///
/// Runs when `SUJARIT_TEST_POSTGRES` names a server (always in CI).
@Suite(.enabled(if: PostgresHarness.fromEnvironment() != nil), .serialized)
struct AgencySpanTests {
    let server = PostgresHarness.fromEnvironment()!
    static let takBai = "6302203", sungaiKolok = "6302204", salaMai = "6960101"
    static let privacy = SharedPrivacy(streamCategories: ["coi"], tables: [])

    /// Three agencies, two in province 96: each with risk events, Tak Bai also a personal declaration.
    private func threeAgencies() async throws -> String {
        let database = try await server.newDatabase()
        for (agency, count) in [(Self.takBai, 3), (Self.sungaiKolok, 2), (Self.salaMai, 1)] {
            let store = try PostgresEventStore.create(
                url: url(database, agency: agency), projections: [CountByType()], privacy: Self.privacy)
            try await store.append(Fixture.events(count), to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
            if agency == Self.takBai {
                try await store.append(
                    [Fixture.event("Declared", 1, actor: "nisa")], to: Fixture.stream("coi/A-1"),
                    expectedVersion: .noStream)
            }
            if agency != Self.sungaiKolok {
                try await PostgresAccess(url: server.url(of: database)).setProvince("96", of: agency)
            }
        }
        return database
    }

    private func url(_ database: String, agency: String? = nil, login: String? = nil) -> String {
        var components = URLComponents(string: server.url(of: database))!
        if let login { components.user = login }
        if let agency { components.queryItems = [URLQueryItem(name: "agency", value: agency)] }
        return components.string!
    }

    private func login(_ database: String, _ scope: PostgresAccess.Scope) async throws -> String {
        let login = "viewer_\(UUID().uuidString.prefix(8).lowercased())"
        try await server.run(["CREATE ROLE \(login) LOGIN"], on: database)
        try await PostgresAccess(url: server.url(of: database)).grant(login, scope)
        return login
    }

    /// Every event a spanning read hands over, as `agency:type#sequence`.
    private func events(_ span: PostgresAgencySpan) async throws -> [String] {
        var seen: [String] = []
        try await span.forEachEvent(types: ["Noted", "Declared"]) { agency, event in
            seen.append("\(agency):\(event.type)#\(event.sequence)")
        }
        return seen
    }

    @Test("the administrator, a national and a provincial login each read what they may, in department order")
    func whoSeesWhat() async throws {
        let database = try await threeAgencies()
        let risk = "Noted"
        let admin = try PostgresAgencySpan(url: url(database))
        #expect(
            try await events(admin) == [
                "6302203:\(risk)#1", "6302203:\(risk)#2", "6302203:\(risk)#3", "6302203:Declared#4",
                "6302204:\(risk)#1", "6302204:\(risk)#2", "6960101:\(risk)#1",
            ])
        let national = try PostgresAgencySpan(url: url(database, login: try await login(database, .national)))
        #expect(
            try await events(national) == [
                "6302203:\(risk)#1", "6302203:\(risk)#2", "6302203:\(risk)#3", "6302204:\(risk)#1",
                "6302204:\(risk)#2", "6960101:\(risk)#1",
            ], "a national viewer never reads a declaration")
        let provincial = try PostgresAgencySpan(
            url: url(database, login: try await login(database, .province("96"))))
        #expect(
            try await events(provincial) == [
                "6302203:\(risk)#1", "6302203:\(risk)#2", "6302203:\(risk)#3", "6960101:\(risk)#1",
            ])
        let counted = try await provincial.query(
            "SELECT agency, n FROM count_by_type WHERE event_type = ? ORDER BY agency", [risk])
        #expect(counted.map { "\($0.string("agency") ?? ""):\($0.int("n") ?? 0)" } == ["6302203:3", "6960101:1"])
    }

    @Test("a database made before spanning reads gets them when its administrator next opens a store")
    func upgrade() async throws {
        let database = try await threeAgencies()
        // As the database stood before: no span policies, the migration not applied.
        try await server.run(
            [
                "SET ROLE \(SharedSchema.keeperRole(of: database))",
                """
                DO $$ DECLARE p record; BEGIN
                    FOR p IN SELECT tablename FROM pg_policies WHERE schemaname = 'sujarit' AND policyname = 'span' LOOP
                        EXECUTE format('DROP POLICY span ON sujarit.%I', p.tablename);
                    END LOOP;
                END $$
                """,
                "DELETE FROM sujarit.shared_migrations WHERE id = '\(SharedSpan.migration(database: database).id)'",
            ], on: database)
        let provincial = try PostgresAgencySpan(
            url: url(database, login: try await login(database, .province("96"))))
        #expect(try await events(provincial) == [], "without its span policies a spanning read sees nothing")
        _ = try await PostgresEventStore.open(
            url: url(database, agency: Self.takBai), projections: [CountByType()], privacy: Self.privacy
        ).lastSequence()
        #expect(
            try await events(provincial) == [
                "6302203:Noted#1", "6302203:Noted#2", "6302203:Noted#3", "6960101:Noted#1",
            ])
    }

    @Test("outside a spanning read a login still reads one agency at a time, with the same plans")
    func singleAgencyUnchanged() async throws {
        let database = try await threeAgencies()
        let viewer = try await login(database, .province("96"))
        let store = try PostgresEventStore.open(
            url: url(database, agency: Self.takBai, login: viewer), projections: [CountByType()],
            privacy: Self.privacy, projectorWait: .seconds(20))
        #expect(try await store.read(afterSequence: 0, limit: 10, filter: EventFilter()).map(\.sequence) == [1, 2, 3])
        // The span policy is the span role's alone: a login's own statements are planned with the `read` policy.
        let policies = try await store.query(
            SQLStatement(
                """
                SELECT roles::text AS roles FROM pg_catalog.pg_policies
                WHERE schemaname = 'sujarit' AND tablename = 'events' AND policyname = 'span'
                """))
        #expect(policies.map { $0.string("roles") } == ["{\(SharedSpan.spanRole(of: database))}"])
        let plan = try await store.query(
            SQLStatement("EXPLAIN (VERBOSE) SELECT sequence FROM events WHERE sequence > 0 ORDER BY sequence LIMIT 5"))
        let text = plan.compactMap { $0.string("QUERY PLAN") }.joined(separator: "\n")
        #expect(text.contains("chosen_one()") && !text.contains("spans_all"), "\(text)")
    }
}
