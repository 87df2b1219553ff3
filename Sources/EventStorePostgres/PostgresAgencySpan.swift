import EventStore
import Foundation
import Logging
import PostgresNIO

/// The shared layout read across agencies: every agency the login may read, in one read-only transaction per
/// question (``AgencySpanningStore``).
///
/// Each statement runs with `sujarit.agency = '*'` under the span role (``SharedSpan``), so row-level security
/// still decides what it sees: a provincial viewer sees its province's agencies, a national viewer every one, and
/// personal rows stay with each agency's reviewers. Settings are local to the transaction, which is what
/// pgbouncer's transaction pooling keeps. A handful of connections serve the whole country: rows are streamed as
/// the server sends them, one statement at a time.
public final class PostgresAgencySpan: AgencySpanningStore {
    /// The most connections it opens.
    public let maximumConnections: Int
    public var location: String { address.description }
    private let address: PostgresLocation
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger: Logger

    /// A spanning view of the database `url` names (its `agency=` part is ignored), on at most
    /// `maximumConnections` connections.
    public init(url: String, maximumConnections: Int = 2) throws {
        precondition(maximumConnections > 0, "a view needs at least one connection")
        address = try PostgresLocation(url: url).forAgency(nil)
        self.maximumConnections = maximumConnections
        var configuration = address.clientConfiguration
        configuration.options.maximumConnections = maximumConnections
        configuration.options.minimumConnections = 0
        var logger = Logger(label: "sujarit.postgres.span")
        logger.logLevel = .critical
        self.logger = logger
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        runner = Task { await client.run() }
    }

    deinit { runner.cancel() }

    public func forEachRow(_ statement: SQLStatement, _ body: (SQLRow) throws -> Void) async throws {
        try await spanning { connection in
            for try await row in try await connection.query(statement.postgresQuery, logger: self.logger) {
                try body(try SQLRow(row))
            }
        }
    }

    public func forEachEvent(
        types: Set<String>, _ body: (_ agency: String, RecordedEvent) throws -> Void
    ) async throws {
        guard !types.isEmpty else { return }
        let statement = SQLStatement(
            """
            SELECT \(PostgresEventRow.columns), agency FROM events
            WHERE event_type IN (\(Array(repeating: "?", count: types.count).joined(separator: ", ")))
            ORDER BY agency, sequence
            """, types.sorted())
        try await spanning { connection in
            for try await row in try await connection.query(statement.postgresQuery, logger: self.logger) {
                let c = try row.decode(
                    (
                        Int64, String, Int, String, Int, Int64, Int64, String, ByteBuffer, String?, ByteBuffer,
                        ByteBuffer, String
                    ).self)
                guard let previous = EventHash(bytes: c.10.readableBytesView),
                    let hash = EventHash(bytes: c.11.readableBytesView)
                else {
                    throw EventStoreError.backend(
                        "event #\(c.0) of agency \(c.12) has a damaged hash; run 'sujarit verify' on its store")
                }
                let event = RecordedEvent(
                    sequence: c.0, streamID: try StreamID(c.1), streamVersion: c.2, type: c.3, schemaVersion: c.4,
                    occurredAt: Microseconds.date(c.5), recordedAt: Microseconds.date(c.6), actor: c.7,
                    payload: Data(c.8.readableBytesView), dedupeKey: c.9, previousHash: previous, hash: hash)
                try body(c.12, event)
            }
        }
    }

    /// Runs `body` in a read-only transaction that spans every agency the login may read.
    private func spanning(_ body: (PostgresConnection) async throws -> Void) async throws {
        do {
            try await client.withTransaction(logger: logger) { connection in
                try await connection.query("SET TRANSACTION READ ONLY", logger: self.logger)
                try await connection.query(
                    """
                    SELECT set_config('search_path', 'sujarit', true), set_config('sujarit.agency', '*', true), \
                    set_config('role', \(SharedSpan.spanRole(of: self.address.database)), true)
                    """, logger: self.logger)
                try await body(connection)
            }
        } catch let error as PostgresTransactionError {
            if let inner = error.closureError { throw translate(inner) }
            throw translate(error.beginError ?? error.commitError ?? error.rollbackError ?? error)
        } catch {
            throw translate(error)
        }
    }

    /// The driver's errors as the store's, naming what to do; the caller's own errors as they are.
    private func translate(_ error: any Error) -> any Error {
        guard let psql = error as? PSQLError else { return error }
        let message = psql.serverInfo?[.message] ?? "the server did not answer (\(psql.code))"
        if psql.serverInfo?[.sqlState] == "22023" || message.contains("__span") {
            // The role a spanning read takes on is missing: the database predates spanning reads.
            return EventStoreError.backend(
                """
                \(message) (\(address)): the database predates views across agencies; an administrator upgrades \
                it by opening any agency's store once (for example sujarit verify --store 'postgres://…?agency=ID')
                """)
        }
        guard psql.serverInfo != nil else {
            return PostgresStoreError.unreachable(address.description, reason: message)
        }
        return EventStoreError.backend("\(message) (\(address))")
    }
}
