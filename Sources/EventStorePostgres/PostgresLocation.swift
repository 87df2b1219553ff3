import Foundation
import PostgresNIO

/// A PostgreSQL store's address, parsed from a `postgres://user:password@host:port/database` URL
/// (`postgresql://` too; `?sslmode=disable|prefer|require`; a `host=/path` query names a Unix socket folder).
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String
    public var requireTLS: Bool
    /// A Unix socket folder, when the URL names one instead of a TCP host.
    public var socketFolder: String?

    /// Whether `text` looks like a PostgreSQL URL rather than a file path.
    public static func isPostgresURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses a URL; the error names the part that is wrong.
    public init(url text: String) throws {
        guard Self.isPostgresURL(text), let components = URLComponents(string: text) else {
            throw PostgresStoreError.badURL(text, reason: "expected postgres://user[:password]@host[:port]/database")
        }
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
        port = components.port ?? 5432
        username = components.user.flatMap { $0.removingPercentEncoding } ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        password = components.password.flatMap { $0.removingPercentEncoding }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.isEmpty else { throw PostgresStoreError.badURL(Self.redacted(text), reason: "the database name is missing after the host") }
        database = path
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        requireTLS = query["sslmode"] == "require"
        socketFolder = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
    }

    /// The URL without its password, for messages and logs.
    public var description: String {
        "postgres://\(username)@\(socketFolder ?? "\(host):\(port)")/\(database)"
    }

    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return "postgres://…" }
        if components.password != nil { components.password = "***" }
        return components.string ?? "postgres://…"
    }

    /// The client configuration for this address.
    var clientConfiguration: PostgresClient.Configuration {
        if let socketFolder {
            let socket = "\(socketFolder)/.s.PGSQL.\(port)"
            return PostgresClient.Configuration(unixSocketPath: socket, username: username, password: password, database: database)
        }
        return PostgresClient.Configuration(host: host, port: port, username: username, password: password, database: database, tls: .disable)
    }
}
