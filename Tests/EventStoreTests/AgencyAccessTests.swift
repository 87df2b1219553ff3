import EventStore
@testable import EventStorePostgres
import Foundation
import PostgresNIO
import Testing

/// Many agencies in one PostgreSQL database (the shared layout), tried as attackers would: real logins without
/// rights of their own, granted with ``PostgresAccess``, running raw SQL. Each attack of issue 16 is refused or
/// detected, and the store keeps working.
///
/// Runs when `SUJARIT_TEST_POSTGRES` names a server (always in CI).
@Suite(.enabled(if: PostgresHarness.fromEnvironment() != nil), .serialized)
struct AgencyAccessTests {
    let server = PostgresHarness.fromEnvironment()!
    static let takBai = "6302203", sungaiKolok = "6302204"
    static let privacy = SharedPrivacy(streamCategories: ["coi"], tables: [])

    /// A database with two agencies' stores (made by the administrator), each holding `risk/R-1`, Tak Bai also a
    /// declaration `coi/A-1`.
    private func twoAgencies() async throws -> (database: String, a: PostgresEventStore, b: PostgresEventStore) {
        let database = try await server.newDatabase()
        let a = try store(database, agency: Self.takBai, creating: true)
        let b = try store(database, agency: Self.sungaiKolok, creating: true)
        try await a.append(Fixture.events(3), to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
        try await a.append(
            [Fixture.event("Declared", 1, actor: "nisa")], to: Fixture.stream("coi/A-1"), expectedVersion: .noStream)
        try await b.append(
            Fixture.events(2, type: "Other", from: 10), to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
        try await PostgresAccess(url: server.url(of: database)).setProvince("96", of: Self.takBai)
        return (database, a, b)
    }

    private func store(
        _ database: String, agency: String, login: String? = nil, creating: Bool = false
    ) throws -> PostgresEventStore {
        let url = url(database, agency: agency, login: login)
        return creating
            ? try PostgresEventStore.create(url: url, projections: [CountByType()], privacy: Self.privacy)
            : try PostgresEventStore.open(
                url: url, projections: [CountByType()], privacy: Self.privacy, projectorWait: .seconds(20))
    }

    private func url(_ database: String, agency: String?, login: String? = nil) -> String {
        var components = URLComponents(string: server.url(of: database))!
        if let login { components.user = login }
        if let agency { components.queryItems = [URLQueryItem(name: "agency", value: agency)] }
        return components.string!
    }

    /// A login with no rights of its own, granted `scope` by the administrator.
    private func login(
        _ database: String, _ scope: PostgresAccess.Scope?, readOnly: Bool = false, reviewer: Bool = false
    ) async throws -> String {
        let login = "staff_\(UUID().uuidString.prefix(8).lowercased())"
        try await server.run(["CREATE ROLE \(login) LOGIN"], on: database)
        if let scope {
            try await PostgresAccess(url: server.url(of: database)).grant(
                login, scope, readOnly: readOnly, reviewer: reviewer)
        }
        return login
    }

    /// Runs `statements` as `login` in one session, after choosing `agency`; the server's refusal is thrown.
    private func runAs(
        _ login: String, _ database: String, agency: String? = nil, _ statements: [String]
    ) async throws -> [[String]] {
        let location = try PostgresLocation(url: url(database, agency: nil, login: login))
        let connection = try await PostgresConnection.connect(
            configuration: .init(
                host: location.host, port: location.port, username: login, password: nil, database: database,
                tls: .disable), id: 9, logger: .init(label: "attack"))
        defer { Task { try? await connection.close() } }
        var last: [[String]] = []
        do {
            if let agency {
                try await connection.query("SET search_path = sujarit", logger: .init(label: "attack"))
                try await connection.query(
                    PostgresQuery(unsafeSQL: "SET sujarit.agency = '\(agency)'"), logger: .init(label: "attack"))
            }
            for statement in statements {
                last = []
                for try await row in try await connection.query(
                    PostgresQuery(unsafeSQL: statement), logger: .init(label: "attack"))
                {
                    last.append(PostgresRandomAccessRow(row).map { (try? $0.decode(String.self)) ?? "" })
                }
            }
        } catch let error as PSQLError {
            throw PostgresHarness.ServerRefused(message: error.serverInfo?[.message] ?? "\(error.code)")
        }
        return last
    }

    @Test("each agency keeps its own log, numbering and chain in the shared tables")
    func separateLogs() async throws {
        let (_, a, b) = try await twoAgencies()
        #expect(try await a.events(in: Fixture.stream("risk/R-1")).map(\.type) == ["Noted", "Noted", "Noted"])
        #expect(try await b.events(in: Fixture.stream("risk/R-1")).map(\.type) == ["Other", "Other"])
        #expect(try await a.lastSequence() == 4)
        #expect(try await b.lastSequence() == 2)
        #expect(try await a.verify(progress: nil).isIntact)
        #expect(try await b.verify(progress: nil).isIntact)
        let counts = try await b.query("SELECT event_type, n FROM count_by_type")
        #expect(counts.map { $0.string("event_type") } == ["Other"])
        #expect(try await a.query("SELECT DISTINCT agency FROM events").map { $0.string("agency") } == [Self.takBai])
    }

    @Test("attack 1: staff cannot move the chain head, checkpoints, profile or migrations")
    func headIsNotStaffs() async throws {
        let (database, a, _) = try await twoAgencies()
        let writer = try await login(database, .agency(Self.takBai))
        for attack in [
            "UPDATE chain_head SET sequence = 205, hash = decode(repeat('00', 32), 'hex')",
            "UPDATE chain_head SET sequence = 1", "DELETE FROM chain_head",
            "UPDATE projection_checkpoints SET sequence = 0", "DELETE FROM count_by_type",
            "UPDATE count_by_type SET n = 99", "INSERT INTO count_by_type (event_type, n) VALUES ('Forged', 1)",
            "DELETE FROM sujarit.shared_migrations", "UPDATE sujarit.agencies SET province = '10'",
            "INSERT INTO sujarit.members (login, scope_kind, scope, can_write, reviewer) VALUES (session_user, "
                + "'national', '', false, false)",
        ] {
            await #expect(throws: PostgresHarness.ServerRefused.self, "\(attack)") {
                try await runAs(writer, database, agency: Self.takBai, [attack])
            }
        }
        try await a.append(Fixture.events(1, from: 50), to: Fixture.stream("risk/R-2"), expectedVersion: .noStream)
        #expect(try await a.verify(progress: nil).isIntact)
        #expect(try await a.verifyReadModels(progress: nil).isConsistent)
    }

    @Test("attack 2: staff cannot insert an event, nor append one in another person's name")
    func noForgedAuthor() async throws {
        let (database, a, _) = try await twoAgencies()
        let writer = try await login(database, .agency(Self.takBai))
        await #expect(throws: PostgresHarness.ServerRefused.self) {
            try await runAs(
                writer, database, agency: Self.takBai,
                [
                    """
                    INSERT INTO events (sequence, stream_id, stream_version, event_type, schema_version, occurred_at,
                    recorded_at, actor, payload, previous_hash, hash) VALUES (5, 'flag/RF-1', 1, 'FlagDismissed', 1,
                    0, 0, 'auditor', '\\x7b7d', '\\x00', '\\x00')
                    """
                ])
        }
        let call = """
            SELECT sequence::TEXT FROM sujarit.append_events(ARRAY['flag/RF-1'], ARRAY[0]::BIGINT[], ARRAY[1],
                ARRAY['FlagDismissed'], ARRAY[1], ARRAY[0]::BIGINT[], ARRAY['%@'], ARRAY['\\x7b7d'::BYTEA],
                ARRAY[''], 12345)
            """
        await #expect(throws: PostgresHarness.ServerRefused.self) {
            try await runAs(
                writer, database, agency: Self.takBai, [call.replacingOccurrences(of: "%@", with: "auditor")])
        }
        let mine = try await runAs(
            writer, database, agency: Self.takBai, [call.replacingOccurrences(of: "%@", with: writer)])
        #expect(mine.first?.first == "5")
        let recorded = try await a.events(in: Fixture.stream("flag/RF-1"))
        #expect(recorded.map(\.actor) == [writer])
        // The server's clock, not the 12345 µs the call asked for.
        #expect(recorded.first.map { $0.recordedAt.timeIntervalSince1970 > 1_000_000 } == true)
        #expect(try await a.verify(progress: nil).isIntact)
        // Another agency's record is closed to a writer of this one, whatever agency the session names.
        await #expect(throws: PostgresHarness.ServerRefused.self) {
            try await runAs(
                writer, database, agency: Self.sungaiKolok, [call.replacingOccurrences(of: "%@", with: writer)])
        }
    }

    @Test("a read-only grant reads but cannot append")
    func readOnly() async throws {
        let (database, _, _) = try await twoAgencies()
        let reader = try await login(database, .agency(Self.takBai), readOnly: true)
        let store = try store(database, agency: Self.takBai, login: reader)
        #expect(try await store.events(in: Fixture.stream("risk/R-1")).count == 3)
        await #expect(throws: PostgresStoreError.self) {
            try await store.append(Fixture.events(1), to: Fixture.stream("risk/R-9"), expectedVersion: .noStream)
        }
    }

    @Test("attack 4: viewers and non-reviewing staff never read personal events; reviewers do; all can verify")
    func personalData() async throws {
        let (database, _, _) = try await twoAgencies()
        let province = try await login(database, .province("96"))
        let writer = try await login(database, .agency(Self.takBai))
        let reviewer = try await login(database, .agency(Self.takBai), reviewer: true)
        let query = "SELECT convert_from(payload, 'UTF8') FROM sujarit.events WHERE stream_id LIKE 'coi/%'"
        #expect(try await runAs(province, database, agency: Self.takBai, [query]).isEmpty)
        #expect(try await runAs(writer, database, agency: Self.takBai, [query]).isEmpty)
        #expect(try await runAs(reviewer, database, agency: Self.takBai, [query]).count == 1)
        // The province reads the other events of its agencies, and none of an agency outside it; the chain heads
        // of all it may read at once (the public procurement data's among them: every login reads it).
        let events = "SELECT count(*)::TEXT FROM sujarit.events"
        #expect(try await runAs(province, database, agency: Self.takBai, [events]).first?.first == "3")
        await #expect(throws: PostgresHarness.ServerRefused.self) {
            try await runAs(province, database, agency: Self.sungaiKolok, [events])
        }
        let heads = "SELECT agency FROM sujarit.chain_head ORDER BY agency"
        #expect(try await runAs(province, database, agency: "*", [heads]).map(\.first) == [Self.takBai, "public"])
        for login in [province, writer] {
            let store = try store(database, agency: Self.takBai, login: login)
            let report = try await store.verify(progress: nil)
            #expect(report.isIntact && report.eventsChecked == 4, "\(login): \(report)")
        }
    }

    @Test("a login without a grant gets nothing, whatever agency it names")
    func strangers() async throws {
        let (database, _, _) = try await twoAgencies()
        let stranger = try await login(database, nil)
        await #expect(throws: PostgresHarness.ServerRefused.self) {
            try await runAs(stranger, database, agency: Self.takBai, ["SELECT count(*) FROM events"])
        }
        let store = try store(database, agency: Self.takBai, login: stranger)
        await #expect(throws: (any Error).self) { try await store.ready() }
    }

    @Test("staff append through the server and see their events once the projector has passed them")
    func staffThroughTheProjector() async throws {
        let (database, a, _) = try await twoAgencies()
        let writer = try await login(database, .agency(Self.takBai))
        let projector = try PostgresProjector(
            url: server.url(of: database), projections: [CountByType()], privacy: Self.privacy)
        let following = Task { try await projector.follow(interval: .milliseconds(20)) { _ in } }
        defer { following.cancel() }
        let staff = try store(database, agency: Self.takBai, login: writer)
        let receipt = try await staff.append(
            Fixture.events(2, actor: writer), to: Fixture.stream("risk/R-3"), expectedVersion: .noStream)
        #expect(receipt.sequences == 5...6)
        let counts = try await staff.query("SELECT n FROM count_by_type WHERE event_type = 'Noted'")
        #expect(counts.first?.int("n") == 5)
        await #expect(throws: EventStoreError.self) {
            try await staff.append(
                Fixture.events(1, actor: writer), to: Fixture.stream("risk/R-3"), expectedVersion: .noStream)
        }
        #expect(try await a.verify(progress: nil).isIntact)
        #expect(try await a.verifyReadModels(progress: nil).isConsistent)
    }
}
