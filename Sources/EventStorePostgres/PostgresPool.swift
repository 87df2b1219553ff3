import EventStore
import Foundation
import Logging
import PostgresNIO

/// One bounded pool of connections to a shared database, lent to the stores of many agencies.
///
/// A provincial or national view reads hundreds or thousands of agencies' stores; each store opened on its own
/// keeps its own pool, and a server runs out of connections long before the country is read. Stores made by
/// ``store(agency:projections:privacy:)`` share this pool instead: at most ``maximumConnections`` connections
/// for the whole view, whatever the number of agencies. Each store's statements still run in transactions that
/// name its agency (``PostgresEventStore``), so sharing connections shares nothing else; behind pgbouncer in
/// transaction pooling the same holds.
public final class PostgresPool: Sendable {
    /// The most connections the pool opens.
    public let maximumConnections: Int
    private let address: PostgresLocation
    private let client: PostgresClient
    private let runner: Task<Void, Never>

    /// A pool for the database `url` names (its `agency=` part is ignored), of at most `maximumConnections`.
    public init(url: String, maximumConnections: Int = 4) throws {
        precondition(maximumConnections > 0, "a pool needs at least one connection")
        address = try PostgresLocation(url: url).forAgency(nil)
        self.maximumConnections = maximumConnections
        var configuration = address.clientConfiguration
        configuration.options.maximumConnections = maximumConnections
        configuration.options.minimumConnections = 0
        var logger = Logger(label: "sujarit.postgres.pool")
        logger.logLevel = .critical
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        runner = Task { await client.run() }
    }

    deinit { runner.cancel() }

    /// The store of `agency` in this database, on the pool's connections.
    public func store(
        agency: String, projections: [any Projection], privacy: SharedPrivacy, projectorWait: Duration = .seconds(60)
    ) -> PostgresEventStore {
        PostgresEventStore(
            location: address.forAgency(agency), mode: .open, projections: projections, privacy: privacy,
            projectorWait: projectorWait, clock: Date.init, sharing: client)
    }
}
