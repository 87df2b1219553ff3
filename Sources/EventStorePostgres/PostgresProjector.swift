import EventStore
import Foundation
import Logging
import PostgresNIO
import Synchronization

/// The administrator's projector: the one trusted path by which the read models of a shared database are
/// written.
///
/// Staff hold no write privilege on any table, so their commands record events through the server's append
/// function and leave the read models to this projector, run by the administrator as a service (`sujarit project
/// --follow`). It finds the agencies whose read models are behind their logs with one indexed query, and brings
/// each level (rebuilding a projection it has not seen, as opening a store does), with one pool of connections
/// for the whole country. Commands of staff wait for it to pass their events (``PostgresStoreError/
/// projectorNotRunning(_:sequence:waited:)`` says when it does not).
///
/// It polls rather than listening for notifications: a poll is one small query, and polling works behind
/// pgbouncer's transaction pooling, which `LISTEN` does not.
public final class PostgresProjector: Sendable {
    /// One agency's pass: how many events its read models took in, or why it failed.
    public struct Pass: Sendable, Hashable {
        /// The agency's e-GP department id.
        public var agency: String
        /// The agency's last sequence after the pass.
        public var sequence: Int64
        /// Why the agency's read models could not be brought level (nil when they were).
        public var failure: String?
    }

    private let address: PostgresLocation
    private let projections: [any Projection]
    private let privacy: SharedPrivacy
    private let client: PostgresClient
    private let logger: Logger
    private let runner: Task<Void, Never>
    /// Each agency's store, prepared once and kept for the next passes.
    private let stores = Mutex<[String: PostgresEventStore]>([:])
    /// Agencies brought level at a time.
    public let concurrency: Int

    /// A projector for the shared database `url` names (its `agency=` part is ignored), keeping `projections`.
    public init(url: String, projections: [any Projection], privacy: SharedPrivacy, concurrency: Int = 4) throws {
        precondition(concurrency > 0, "the projector needs at least one agency at a time")
        self.concurrency = concurrency
        address = try PostgresLocation(url: url).forAgency(nil)
        self.projections = projections
        self.privacy = privacy
        var logger = Logger(label: "sujarit.postgres.projector")
        logger.logLevel = .critical
        self.logger = logger
        let client = PostgresClient(configuration: address.clientConfiguration, backgroundLogger: logger)
        self.client = client
        runner = Task { await client.run() }
    }

    deinit { runner.cancel() }

    /// The agencies whose read models are behind their logs (or were never built).
    public func lagging() async throws -> [String] {
        let query: PostgresQuery = """
            SELECT h.agency FROM sujarit.chain_head h
            WHERE (SELECT count(*) FROM sujarit.projection_checkpoints c
                   WHERE c.agency = h.agency AND c.name = ANY (\(projections.map(\.name))::TEXT[])
                     AND c.sequence >= h.sequence) < \(projections.count)
            ORDER BY h.agency
            """
        do {
            return try await client.withTransaction(logger: logger) { connection in
                // Every agency: the administrator reads across them all.
                try await connection.query("SELECT set_config('sujarit.agency', '*', true)", logger: logger)
                var agencies: [String] = []
                for try await agency in try await connection.query(query, logger: logger).decode(String.self) {
                    agencies.append(agency)
                }
                return agencies
            }
        } catch let error as PSQLError {
            throw PostgresStoreError.unreachable(
                address.description, reason: error.serverInfo?[.message] ?? "the server did not answer (\(error.code))")
        }
    }

    /// Brings every lagging agency's read models level with its log, once, ``concurrency`` agencies at a time; an
    /// agency that fails is reported and the others go on.
    public func catchUp() async throws -> [Pass] {
        let agencies = try await lagging()
        return try await withThrowingTaskGroup(of: Pass.self) { group in
            var next = 0
            func start() {
                guard next < agencies.count else { return }
                let agency = agencies[next]
                next += 1
                group.addTask { await self.pass(agency) }
            }
            for _ in 0..<concurrency { start() }
            var passes: [Pass] = []
            while let pass = try await group.next() {
                passes.append(pass)
                start()
            }
            return passes.sorted { $0.agency < $1.agency }
        }
    }

    /// One agency brought level, on its kept store (made and prepared the first time).
    private func pass(_ agency: String) async -> Pass {
        let store = stores.withLock { kept in
            if let store = kept[agency] { return store }
            let store = PostgresEventStore(
                location: address.forAgency(agency), mode: .open, projections: projections, privacy: privacy,
                projectorWait: .zero, clock: Date.init, sharing: client)
            kept[agency] = store
            return store
        }
        do {
            return Pass(agency: agency, sequence: try await store.catchUpNow(), failure: nil)
        } catch {
            // A store whose preparation failed keeps its error: the next pass starts from a new one.
            _ = stores.withLock { $0.removeValue(forKey: agency) }
            return Pass(agency: agency, sequence: 0, failure: String(describing: error))
        }
    }

    /// Catches up again and again, `interval` apart, until the task is cancelled; `report` hears of each pass.
    public func follow(interval: Duration, report: @Sendable ([Pass]) -> Void) async throws {
        while !Task.isCancelled {
            let passes = try await catchUp()
            if !passes.isEmpty { report(passes) }
            try? await Task.sleep(for: interval)
        }
    }
}
