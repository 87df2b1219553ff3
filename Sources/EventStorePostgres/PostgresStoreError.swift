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
    /// A member of staff's events are recorded, but the read models did not reach them in time: the
    /// administrator's projector (`sujarit project --follow`) is not running or is behind.
    case projectorNotRunning(String, sequence: Int64, waited: Duration)

    public var errorDescription: String? {
        switch self {
        case let .badURL(url, reason):
            "Cannot read the store URL '\(url)': \(reason)."
        case let .unreachable(location, reason):
            """
            Cannot reach the PostgreSQL store \(location): \(reason). Check that the server runs and the user, \
            password and database are right.
            """
        case let .accessDenied(location, role, reason)
        where location.hasSuffix("?agency=\(PostgresLocation.publicDataAgency)"):
            """
            PostgreSQL refused \(role) at \(location): \(reason). That is the server's public procurement data, kept \
            once for every agency: every login reads it, and only administrators and logins granted \
            `sujarit access grant \(role) --importer` add to it. Ask the administrator to import the file, or \
            for that grant.
            """
        case let .accessDenied(location, role, reason):
            """
            PostgreSQL refused \(role) at \(location): \(reason). Access to an agency's store is granted by its \
            administrator (`sujarit access grant \(role) --agency ID`, `--read-only` for a view); an upgrade or a \
            rebuild needs the administrator who created the store.
            """
        case let .projectorNotRunning(location, sequence, waited):
            """
            The record of \(location) holds everything up to event #\(sequence), but after \(waited) its read models \
            (lists and reports) still do not show it: the administrator's projector is not running or is far \
            behind. Nothing is lost; ask the administrator to run `sujarit project --follow --store URL` as a \
            service, then run the command again to see the result.
            """
        }
    }
}
