import EventStore

extension PostgresEventStore {
    /// In the shared layout, the database's public-data store (``PostgresLocation/publicDataAgency``), which
    /// keeps the e-GP and contract data of every agency once; nil for a database holding one store and for the
    /// public-data store itself.
    ///
    /// It reads with the same login, read models and privacy as this store, on this store's connection pool
    /// (which it keeps alive), so a command opens no second pool for it.
    public func publicDataStore() throws -> (any EventStore)? {
        guard isShared, !address.isPublicData else { return nil }
        return PostgresEventStore(
            location: address.forAgency(PostgresLocation.publicDataAgency), mode: .open, projections: projections,
            privacy: privacy, projectorWait: projectorWait, clock: clock, sharing: client, lender: self)
    }
}
