import Foundation
import Testing

/// The PostgreSQL server end-to-end tests may use: `SUJARIT_TEST_POSTGRES`, a URL to a maintenance database
/// for a user allowed to create databases and roles (`.ci/run` starts one and sets it).
enum PostgresTestServer {
    /// The maintenance database's URL, or nil when no server is named (the tests that need one are skipped).
    static let adminURL: String? = ProcessInfo.processInfo.environment["SUJARIT_TEST_POSTGRES"].flatMap {
        $0.isEmpty ? nil : $0
    }

    /// Runs one SQL command with `psql` on the maintenance database and returns its exit status.
    @discardableResult
    static func psql(_ sql: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = [adminURL!, "-qc", sql]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A fresh, empty database on the server, and its URL.
    static func newDatabase() throws -> (name: String, url: String) {
        let name = "sujarit_e2e_\(UUID().uuidString.prefix(8).lowercased())"
        #expect(try psql("CREATE DATABASE \(name)") == 0)
        var components = URLComponents(string: adminURL!)!
        components.path = "/\(name)"
        return (name, components.string!)
    }

    /// Drops a database made by ``newDatabase()``, with whatever is still connected to it.
    static func drop(_ database: String) {
        _ = try? psql("DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
        // A shared layout's roles belong to the server, not the database.
        _ = try? psql("DROP ROLE IF EXISTS \(database)__keeper")
        _ = try? psql("DROP ROLE IF EXISTS \(database)__users")
        _ = try? psql("DROP ROLE IF EXISTS \(database)__span")
    }
}
