import Foundation

/// Errors particular to the PostgreSQL backend; the store's own errors are ``EventStoreError``.
public enum PostgresStoreError: Error, LocalizedError, Equatable, Sendable {
    /// The store URL could not be read.
    case badURL(String, reason: String)
    /// The server could not be reached or refused the login.
    case unreachable(String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .badURL(url, reason):
            "Cannot read the store URL '\(url)': \(reason)."
        case let .unreachable(location, reason):
            "Cannot reach the PostgreSQL store \(location): \(reason). Check that the server runs and the user, password and database are right."
        }
    }
}
