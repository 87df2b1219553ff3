import Foundation

/// Errors particular to the PostgreSQL backend; the store's own errors are ``EventStoreError``.
public enum PostgresStoreError: Error, LocalizedError, Equatable, Sendable {
    /// The store URL could not be read.
    case badURL(String, reason: String)
    /// The server could not be reached or refused the login.
    case unreachable(String, reason: String)
    /// The server refused the login `role` something the store needed (an agency's store that is not
    /// theirs, a write with read-only access, an upgrade that only the administrator may apply).
    case accessDenied(String, role: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .badURL(url, reason):
            "Cannot read the store URL '\(url)': \(reason)."
        case let .unreachable(location, reason):
            """
            Cannot reach the PostgreSQL store \(location): \(reason). Check that the server runs and the user, \
            password and database are right.
            """
        case let .accessDenied(location, role, reason):
            """
            PostgreSQL refused \(role) at \(location): \(reason). Access to an agency's store is granted by its \
            administrator (`sujarit access grant \(role) --agency ID`, `--read-only` for a view); an upgrade or a \
            rebuild needs the administrator who created the store.
            """
        }
    }
}
