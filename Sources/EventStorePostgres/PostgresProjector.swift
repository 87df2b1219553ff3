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
/// Following (``follow(interval:listens:listening:report:)``), it is woken by the log: `sujarit.append_events`
/// notifies the channel `sujarit_appended` with the agency's id when an append commits, and the projector,
/// listening on a direct connection of its own, brings that agency level at once. It also polls every interval,
/// the safety net for notifications it cannot hear. Run it against the server itself, not through pgbouncer: in
/// transaction pooling a `LISTEN` holds for one transaction only, so notifications would be lost and the
/// projector would fall back to its polls (staff commands can go through pgbouncer: the notification is sent by
/// the server's function, inside their transaction).
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

    /// The agencies whose read models are behind their logs (or were never built); with `among`, only those
    /// of the agencies named (an agency the database does not hold is not lagging).
    public func lagging(among named: Set<String>? = nil) async throws -> [String] {
        let only = named.map { Array($0).sorted() }
        let query: PostgresQuery = """
            SELECT h.agency FROM sujarit.chain_head h
            WHERE (\(only)::TEXT[] IS NULL OR h.agency = ANY (\(only)::TEXT[]))
              AND (SELECT count(*) FROM sujarit.projection_checkpoints c
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
    /// agency that fails is reported and the others go on. With `among`, only those of the agencies named.
    public func catchUp(among named: Set<String>? = nil) async throws -> [Pass] {
        let agencies = try await lagging(among: named)
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

    /// Catches up until the task is cancelled: woken by each append's notification to bring its agency level,
    /// and every `interval` to look at all of them; `report` hears of each pass.
    ///
    /// It listens on a direct connection of its own (``listen(_:told:)``) unless `listens` is false (a projector
    /// that must reach the server through pgbouncer, where notifications are lost, only polls); `listening` hears
    /// whether it does (true), or has lost or could not open the connection (false, polling alone until it is
    /// back).
    public func follow(
        interval: Duration, listens: Bool = true, listening: (@Sendable (Bool) -> Void)? = nil,
        report: @Sendable ([Pass]) -> Void
    ) async throws {
        let wakeups = Wakeups()
        let listener = listens ? Task { await self.listen(wakeups, told: listening) } : nil
        let ticker = Task {
            while !Task.isCancelled {
                wakeups.ring(nil)
                try? await Task.sleep(for: interval)
            }
        }
        defer {
            listener?.cancel()
            ticker.cancel()
        }
        for await _ in wakeups.bell {
            if Task.isCancelled { break }
            // Everything when a poll is due (or the list was lost), else only the agencies notified.
            let due = wakeups.take()
            let passes = try await catchUp(among: due)
            if !passes.isEmpty { report(passes) }
        }
    }

    /// Listens for appends on a direct connection and rings `wakeups` with each agency notified, until the task
    /// is cancelled; a lost or refused connection is tried again a second later, and each new one rings for a
    /// look at every agency (appends made while it was away were not heard).
    func listen(_ wakeups: Wakeups, told: (@Sendable (Bool) -> Void)?) async {
        while !Task.isCancelled {
            var opened: PostgresConnection?
            do {
                let connection = try await PostgresConnection.connect(
                    configuration: address.connectionConfiguration, id: 1, logger: logger)
                opened = connection
                try await withTaskCancellationHandler {
                    try await connection.listen(on: SharedAppend.notificationChannel) { notifications in
                        told?(true)
                        wakeups.ring(nil)
                        for try await notification in notifications { wakeups.ring(notification.payload) }
                    }
                } onCancel: {
                    // Ends the wait for the next notification.
                    let closing: EventLoopFuture<Void> = connection.close()
                    closing.whenComplete { _ in }
                }
            } catch {}
            try? await opened?.close()
            if Task.isCancelled { return }
            told?(false)
            try? await Task.sleep(for: .seconds(1))
        }
    }
}

/// What woke the projector: the agencies notified since its last pass, or a poll of every agency (nil), and
/// a bell that rings once however often it was rung while a pass ran.
final class Wakeups: Sendable {
    /// Agencies notified, or nil when the next pass looks at every agency.
    private let due = Mutex<Set<String>?>([])
    let bell: AsyncStream<Void>
    private let ringer: AsyncStream<Void>.Continuation

    init() { (bell, ringer) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1)) }

    /// Asks for a pass over `agency`, or over every agency (nil).
    func ring(_ agency: String?) {
        due.withLock { due in
            // A notification without an agency (no append sends one) asks for nothing.
            if let agency {
                if !agency.isEmpty { due?.insert(agency) }
            } else {
                due = nil
            }
        }
        ringer.yield()
    }

    /// What the next pass covers, and starts collecting for the one after.
    func take() -> Set<String>? {
        due.withLock { due in
            defer { due = [] }
            return due
        }
    }
}
