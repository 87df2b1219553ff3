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
    /// The agency's e-GP department id when the database holds many agencies' stores; nil for a database
    /// holding one store.
    public var agency: String?
    /// The schema of one agency's store in the per-agency layout used before the shared one (`agency_6302203`),
    /// read by ``LayoutMigration`` only; nil for every store in use.
    public var legacySchema: String?

    /// The PostgreSQL schema that holds the store's tables: `sujarit`, shared by every agency of a database that
    /// holds many, or `public` for a database holding one store.
    public var schema: String { legacySchema ?? (agency == nil ? "public" : SharedSchema.schema) }

    /// The reserved key, in the `agency` column of a shared database, of the one store that keeps the public
    /// data every agency reads (e-GP announcements, contract data): `public`, which no e-GP department id (only
    /// digits) can be. Every login may read it; only administrators and logins granted `sujarit access grant
    /// --importer` add to it (``SharedSchema``).
    public static let publicDataAgency = "public"

    /// Whether this address is the public-data store of a shared database (``publicDataAgency``).
    public var isPublicData: Bool { agency == Self.publicDataAgency }

    /// Whether `text` can be an agency id in a URL: the e-GP department id, 4 to 10 ASCII digits.
    public static func isAgencyID(_ text: String) -> Bool {
        (4...10).contains(text.utf8.count) && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

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
        username =
            components.user.flatMap { $0.removingPercentEncoding } ?? ProcessInfo.processInfo.environment["USER"]
            ?? "postgres"
        password = components.password.flatMap { $0.removingPercentEncoding }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.isEmpty else {
            throw PostgresStoreError.badURL(Self.redacted(text), reason: "the database name is missing after the host")
        }
        database = path
        let query = Dictionary(
            (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        requireTLS = query["sslmode"] == "require"
        socketFolder = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        if let agency = query["agency"] {
            guard Self.isAgencyID(agency) || agency == Self.publicDataAgency else {
                throw PostgresStoreError.badURL(
                    Self.redacted(text),
                    reason: """
                        agency=\(agency) is not an e-GP department id (4 to 10 digits, e.g. agency=6302203) nor \
                        agency=\(Self.publicDataAgency), the store of the public procurement data
                        """)
            }
            self.agency = agency
        }
        if let schema = query["schema"] {
            guard schema.hasPrefix("agency_"), Self.isAgencyID(String(schema.dropFirst(7))) else {
                throw PostgresStoreError.badURL(
                    Self.redacted(text), reason: "schema=\(schema) is not an agency schema of the old layout")
            }
            legacySchema = schema
        }
    }

    /// The URL of this address, password included (for opening another store on the same server).
    var url: String {
        var components = URLComponents()
        components.scheme = "postgres"
        components.user = username
        components.password = password
        components.host = socketFolder == nil ? host : ""
        components.port = socketFolder == nil ? port : nil
        components.path = "/" + database
        var items: [URLQueryItem] = []
        if let socketFolder { items.append(URLQueryItem(name: "host", value: socketFolder)) }
        if requireTLS { items.append(URLQueryItem(name: "sslmode", value: "require")) }
        if let agency { items.append(URLQueryItem(name: "agency", value: agency)) }
        if let legacySchema { items.append(URLQueryItem(name: "schema", value: legacySchema)) }
        components.queryItems = items.isEmpty ? nil : items
        return components.string ?? description
    }

    /// `url` with its `agency=` part set to `agency` (removed for nil), everything else as given: how a
    /// provincial view opens each agency's store on the server it was pointed at.
    public static func url(_ url: String, agency: String?) throws -> String {
        _ = try PostgresLocation(url: url)
        guard var components = URLComponents(string: url) else {
            throw PostgresStoreError.badURL(redacted(url), reason: "not a URL")
        }
        var items = (components.queryItems ?? []).filter { $0.name != "agency" }
        if let agency { items.append(URLQueryItem(name: "agency", value: agency)) }
        components.queryItems = items.isEmpty ? nil : items
        return components.string ?? url
    }

    /// The same server and database, for another agency's store (nil: the database's single store).
    public func forAgency(_ agency: String?) -> PostgresLocation {
        var location = self
        location.agency = agency
        return location
    }

    /// The URL without its password, for messages and logs.
    public var description: String {
        "postgres://\(username)@\(socketFolder ?? "\(host):\(port)")/\(database)"
            + (agency.map { "?agency=\($0)" } ?? "")
    }

    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return "postgres://…" }
        if components.password != nil { components.password = "***" }
        return components.string ?? "postgres://…"
    }

    /// The client configuration for this address.
    ///
    /// Nothing is set when a connection starts (pgbouncer in transaction pooling refuses such parameters): an
    /// agency's store sets its agency and search path in each transaction (``PostgresEventStore/session(_:)``).
    var clientConfiguration: PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        if let socketFolder {
            let socket = "\(socketFolder)/.s.PGSQL.\(port)"
            configuration = PostgresClient.Configuration(
                unixSocketPath: socket, username: username, password: password, database: database)
        } else {
            configuration = PostgresClient.Configuration(
                host: host, port: port, username: username, password: password, database: database, tls: .disable)
        }
        if let legacySchema { configuration.options.additionalStartupParameters = [("search_path", legacySchema)] }
        return configuration
    }

    /// A single connection's configuration (the probe, administration), with the same parameters.
    var connectionConfiguration: PostgresConnection.Configuration {
        var configuration = PostgresConnection.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: .disable
        )
        if let legacySchema { configuration.options.additionalStartupParameters = [("search_path", legacySchema)] }
        return configuration
    }
}
