@testable import EventStorePostgres
import Testing

/// A store's address written back as a URL (how the projector, a pool and a layout migration reach another agency
/// or an old schema on the same server) reads back as the same address, password and socket included.
@Suite struct PostgresLocationTests {
    @Test(
        "url reads back as the same address",
        arguments: [
            "postgres://admin:s%40cret@db.example:6432/narathiwat?agency=6302203",
            "postgres://admin@db.example/narathiwat",
            "postgres://nacc@/narathiwat?host=/var/run/postgresql&agency=9600101",
            "postgresql://admin@127.0.0.1:5432/old?schema=agency_6302203",
        ])
    func roundTrip(_ text: String) throws {
        let location = try PostgresLocation(url: text)
        let again = try PostgresLocation(url: location.url)
        #expect(again == location, "\(location.url)")
    }

    @Test("an old layout's schema must be an agency's")
    func legacySchema() {
        #expect(throws: PostgresStoreError.self) { try PostgresLocation(url: "postgres://a@h/db?schema=public") }
        #expect(throws: PostgresStoreError.self) { try PostgresLocation(url: "postgres://a@h/db?schema=agency_12") }
    }
}
