import EventStore
import EventStorePostgres

/// Chooses the backend from what the user named: a `postgres://` URL is a server, anything else a file.
enum StoreLocation {
    /// Opens the store at `location` with every module's read models; `catchingUp: false` leaves a SQLite
    /// store's read models as found (for `verify`, which must see them untouched).
    static func open(_ location: String, catchingUp: Bool = true) throws -> any EventStore {
        if PostgresLocation.isPostgresURL(location) {
            return try PostgresEventStore.open(
                url: location, projections: ModuleCatalog.projections, privacy: ModuleCatalog.serverPrivacy)
        }
        let store = try SQLiteEventStore.open(
            at: location, projections: ModuleCatalog.projections, catchingUp: catchingUp)
        warnIfExposed(location)
        return store
    }

    /// Warns, without changing anything, when other accounts on the machine can read the store's files:
    /// they hold declarations and gifts in clear text. Stores made by `init` are private from the start;
    /// this catches older ones, copies and files whose mode someone changed.
    private static func warnIfExposed(_ path: String) {
        guard let exposure = StoreFileAccess.exposure(of: path) else { return }
        Console.err(
            """
            Warning: other accounts on this machine can read \(exposure.files.joined(separator: ", ")), which \
            holds personal data 
            """
                + "(ผู้ใช้อื่นในเครื่องอ่านแฟ้มนี้ได้). Make it private with: \(exposure.repair)"
        )
    }

    /// Creates a store at `location`, refusing one that exists.
    static func create(_ location: String) throws -> any EventStore {
        if PostgresLocation.isPostgresURL(location) {
            return try PostgresEventStore.create(
                url: location, projections: ModuleCatalog.projections, privacy: ModuleCatalog.serverPrivacy)
        }
        return try SQLiteEventStore.create(at: location, projections: ModuleCatalog.projections)
    }
}
