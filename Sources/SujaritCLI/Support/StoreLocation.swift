import EventStore
import EventStorePostgres

/// Chooses the backend from what the user named: a `postgres://` URL is a server, anything else a file.
enum StoreLocation {
    /// Opens the store at `location` with every module's read models.
    static func open(_ location: String) throws -> any EventStore {
        if PostgresLocation.isPostgresURL(location) {
            return try PostgresEventStore.open(url: location, projections: ModuleCatalog.projections)
        }
        return try SQLiteEventStore.open(at: location, projections: ModuleCatalog.projections)
    }

    /// Creates a store at `location`, refusing one that exists.
    static func create(_ location: String) throws -> any EventStore {
        if PostgresLocation.isPostgresURL(location) {
            return try PostgresEventStore.create(url: location, projections: ModuleCatalog.projections)
        }
        return try SQLiteEventStore.create(at: location, projections: ModuleCatalog.projections)
    }
}
