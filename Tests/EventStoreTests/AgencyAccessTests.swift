import EventStore
@testable import EventStorePostgres
import Foundation
import Testing

/// Many agencies in one PostgreSQL database: each agency's store in its own schema with its own chain, and
/// PostgreSQL itself keeping one agency's people out of another's store.
///
/// Runs when `SUJARIT_TEST_POSTGRES` names a server (always in CI).
@Suite(.enabled(if: PostgresHarness.fromEnvironment() != nil))
struct AgencyAccessTests {
    let server = PostgresHarness.fromEnvironment()!
    static let takBai = "6302203", sungaiKolok = "6302204"

    /// A database with two agencies' stores, each holding `risk/R-1` with different events.
    private func twoAgencies() async throws -> (database: String, a: PostgresEventStore, b: PostgresEventStore) {
        let database = try await server.newDatabase()
        let a = try PostgresEventStore.create(url: url(database, agency: Self.takBai), projections: [CountByType()])
        let b = try PostgresEventStore.create(
            url: url(database, agency: Self.sungaiKolok), projections: [CountByType()])
        try await a.append(Fixture.events(3), to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
        try await b.append(
            Fixture.events(2, type: "Other", from: 10), to: Fixture.stream("risk/R-1"), expectedVersion: .noStream)
        return (database, a, b)
    }

    private func url(_ database: String, agency: String?, login: String? = nil) -> String {
        var components = URLComponents(string: server.url(of: database))!
        if let login { components.user = login }
        if let agency { components.queryItems = [URLQueryItem(name: "agency", value: agency)] }
        return components.string!
    }

    /// A login with no rights of its own, as a member of staff would have.
    private func makeLogin(_ database: String) async throws -> String {
        let login = "staff_\(UUID().uuidString.prefix(8).lowercased())"
        try await server.run(["CREATE ROLE \(login) LOGIN"], on: database)
        return login
    }

    @Test("each agency's store has its own log, numbering and chain")
    func separateLogs() async throws {
        let (_, a, b) = try await twoAgencies()
        #expect(try await a.events(in: Fixture.stream("risk/R-1")).map(\.type) == ["Noted", "Noted", "Noted"])
        #expect(try await b.events(in: Fixture.stream("risk/R-1")).map(\.type) == ["Other", "Other"])
        #expect(try await a.lastSequence() == 3)
        #expect(try await b.lastSequence() == 2)
        #expect(try await a.verify(progress: nil).isIntact)
        #expect(try await b.verify(progress: nil).isIntact)
        let counts = try await b.query("SELECT event_type, n FROM count_by_type")
        #expect(counts.map { $0.string("event_type") } == ["Other"])
    }

    @Test("every event and read-model row carries its agency, and cannot claim another")
    func rowsCarryTheAgency() async throws {
        let (database, a, b) = try await twoAgencies()
        #expect(try await a.query("SELECT DISTINCT agency FROM events").map { $0.string("agency") } == [Self.takBai])
        #expect(
            try await b.query("SELECT DISTINCT agency FROM events").map { $0.string("agency") } == [Self.sungaiKolok])
        #expect(
            try await b.query("SELECT DISTINCT agency FROM count_by_type").map { $0.string("agency") } == [
                Self.sungaiKolok
            ])
        let error = await caught {
            try await server.run(
                [
                    """
                    INSERT INTO agency_\(Self.sungaiKolok).count_by_type (event_type, n, agency) VALUES ('X', 1, \
                    '\(Self.takBai)')
                    """
                ], on: database)
        }
        #expect("\(error.map(String.init(describing:)) ?? "none")".contains("check constraint"))
        // A rebuild makes the read-model tables anew; they carry the agency again.
        _ = try await b.rebuildProjections(progress: nil)
        #expect(
            try await b.query("SELECT DISTINCT agency FROM count_by_type").map { $0.string("agency") } == [
                Self.sungaiKolok
            ])
    }

    @Test("the catalogue lists the agencies, and an administrator may use both")
    func catalogue() async throws {
        let (database, _, _) = try await twoAgencies()
        let access = try PostgresAccess(url: url(database, agency: nil))
        try await access.setProvince("96", of: Self.takBai)
        let agencies = try await access.agencies()
        #expect(agencies.map(\.departmentID) == [Self.takBai, Self.sungaiKolok])
        #expect(agencies.map(\.province) == ["96", nil])
        #expect(agencies.allSatisfy { $0.canRead && $0.canWrite })
        await #expect(throws: PostgresAccessError.badProvince("Narathiwat")) {
            try await access.setProvince("Narathiwat", of: Self.takBai)
        }
        await #expect(throws: PostgresAccessError.unknownAgency("9999999")) {
            try await access.setProvince("96", of: "9999999")
        }
    }

    @Test("a member of staff uses their own agency's store, and PostgreSQL refuses them the other's")
    func staffSeeOnlyTheirAgency() async throws {
        let (database, _, _) = try await twoAgencies()
        let login = try await makeLogin(database)
        let access = try PostgresAccess(url: url(database, agency: nil))
        try await access.grant(login, .agency(Self.takBai))

        let own = try PostgresEventStore.open(
            url: url(database, agency: Self.takBai, login: login), projections: [CountByType()])
        try await own.append([Fixture.event("Noted", 4)], to: Fixture.stream("risk/R-1"), expectedVersion: .exactly(3))
        #expect(try await own.verify(progress: nil).isIntact)

        let other = try PostgresEventStore.open(
            url: url(database, agency: Self.sungaiKolok, login: login), projections: [CountByType()])
        await #expect(throws: PostgresStoreError.self) { try await other.ready() }

        // Not only the application: a direct SQL connection is refused too, for the log and the read models.
        for sql in [
            "SELECT * FROM agency_\(Self.sungaiKolok).events", "SELECT * FROM agency_\(Self.sungaiKolok).count_by_type",
        ] {
            let error = await caught { try await server.run(as: login, [sql], on: database) }
            #expect("\(error.map(String.init(describing:)) ?? "none")".contains("permission denied"), "\(sql)")
        }
        let visible = try await PostgresAccess(url: url(database, agency: nil, login: login)).agencies()
        #expect(visible.map(\.canRead) == [true, false])
        #expect(visible.map(\.canWrite) == [true, false])
    }

    @Test("a writer may append but not rewrite the log, even with a direct SQL connection")
    func writersCannotRewriteHistory() async throws {
        let (database, _, _) = try await twoAgencies()
        let login = try await makeLogin(database)
        try await PostgresAccess(url: url(database, agency: nil)).grant(login, .agency(Self.takBai))
        for sql in [
            "UPDATE agency_\(Self.takBai).events SET actor = 'nobody'",
            "DELETE FROM agency_\(Self.takBai).events",
            "TRUNCATE agency_\(Self.takBai).events",
            "DROP TABLE agency_\(Self.takBai).count_by_type",
        ] {
            let error = await caught { try await server.run(as: login, [sql], on: database) }
            let message = error.map(String.init(describing:)) ?? "none"
            #expect(message.contains("permission denied") || message.contains("must be owner"), "\(sql): \(message)")
        }
    }

    @Test("a provincial view reads every agency of its province, writes none, and sees no other province")
    func provincialView() async throws {
        let (database, _, _) = try await twoAgencies()
        let access = try PostgresAccess(url: url(database, agency: nil))
        try await access.setProvince("96", of: Self.takBai)
        try await access.setProvince("95", of: Self.sungaiKolok)
        let login = try await makeLogin(database)
        try await access.grant(login, .province("96"))

        let store = try PostgresEventStore.open(
            url: url(database, agency: Self.takBai, login: login), projections: [CountByType()])
        #expect(try await store.lastSequence() == 3)
        let error = await caught {
            try await store.append(
                [Fixture.event("Noted", 9)], to: Fixture.stream("risk/R-2"), expectedVersion: .noStream)
        }
        #expect(error is PostgresStoreError, "\(String(describing: error))")
        #expect(try await store.lastSequence() == 3)

        let visible = try await PostgresAccess(url: url(database, agency: nil, login: login)).agencies()
        #expect(visible.map(\.canRead) == [true, false])
        #expect(
            try await access.grants().contains(
                PostgresAccess.Grant(login: login, scope: "province 96", canWrite: false)))

        // Moving the agency to another province takes it out of this view.
        try await access.setProvince("95", of: Self.takBai)
        let after = try await PostgresAccess(url: url(database, agency: nil, login: login)).agencies()
        #expect(after.map(\.canRead) == [false, false])

        try await access.revoke(login, .province("96"))
        #expect(try await access.grants().filter { $0.login == login }.isEmpty)
    }

    @Test("an agency id that is not a department id, and an agency with no store, are named")
    func badAgency() async throws {
        let database = try await server.newDatabase()
        #expect(throws: PostgresStoreError.self) { try PostgresEventStore.open(url: url(database, agency: "Tak Bai")) }
        let missing = try PostgresEventStore.open(url: url(database, agency: Self.takBai))
        await #expect(throws: EventStoreError.self) { try await missing.ready() }
    }
}

extension PostgresHarness {
    /// Runs statements as `login` (no password: the test server trusts local connections).
    func run(as login: String, _ statements: [String], on database: String) async throws {
        var components = URLComponents(string: adminURL)!
        components.user = login
        try await PostgresHarness(adminURL: components.string!).run(statements, on: database)
    }
}
