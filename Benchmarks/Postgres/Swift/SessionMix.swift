import EventStore
import EventStorePostgres
import Foundation
import RiskRegister
import Synchronization

/// Staff at work in many agencies at once: `sessions` members of staff, each with their own store object (so
/// their own connection, on loopback) on their own agency, as `sujarit` run by each of them would be, while the
/// administrator's projector follows in this process as `sujarit project --follow --interval N` does.
///
/// Each session, until the time is up: appends one event to a new stream (which returns only once the
/// projector has passed it, as staff commands do), then makes three reads: the stream it just wrote, the last
/// 20 events of its agency's log, and a count from a read model (the risk register). Every failure counts as an
/// error; at the end each sampled agency's hash chain is verified.
struct SessionMix {
    var url: String
    var first: Int
    var sessions: Int
    var seconds: Int
    var loginPrefix: String
    var interval: Int
    /// Whether the projector listens for the appends' notifications (false: it only polls every `interval`).
    var listens = true

    /// What one session did.
    struct Tally: Sendable {
        var appends = Latencies()
        var reads = Latencies()
        var errors: [String] = []
    }

    func run() async throws {
        let access = try PostgresAccess(url: url)
        let granting = ContinuousClock.now
        for session in 1...sessions {
            try await access.grant(login(session), .agency(String(agency(session))))
        }
        print(String(format: "granted %d staff logins in %.2f s", sessions, elapsedSeconds(since: granting)))

        let projector = try PostgresProjector(url: url, projections: Catalog.projections, privacy: Catalog.privacy)
        let passes = Counter()
        let follower = Task {
            try await projector.follow(interval: .milliseconds(interval), listens: listens) { done in
                passes.add(done.count, failures: done.compactMap(\.failure))
            }
        }
        defer { follower.cancel() }

        // Every session connected and ready before the clock starts.
        let stores = try await withThrowingTaskGroup(of: (Int, PostgresEventStore).self) { group in
            for session in 1...sessions {
                group.addTask {
                    let store = try PostgresEventStore.open(
                        url: try agencyURL(url, agency: agency(session), login: login(session)),
                        projections: Catalog.projections, privacy: Catalog.privacy, projectorWait: .seconds(60))
                    try await store.ready()
                    return (session, store)
                }
            }
            var stores: [Int: PostgresEventStore] = [:]
            for try await (session, store) in group { stores[session] = store }
            return stores
        }
        print("\(sessions) staff sessions ready; mixing appends and reads for \(seconds) s")

        let start = ContinuousClock.now
        let deadline = start + .seconds(seconds)
        var total = Tally()
        await withTaskGroup(of: Tally.self) { group in
            for (session, store) in stores {
                group.addTask { await work(session, store, until: deadline) }
            }
            for await tally in group {
                total.appends.merge(tally.appends)
                total.reads.merge(tally.reads)
                total.errors += tally.errors
            }
        }
        let elapsed = elapsedSeconds(since: start)
        follower.cancel()
        let (projected, failures) = passes.read()
        total.errors += failures.map { "projector: \($0)" }
        let broken = try await brokenChains()
        total.errors += broken

        print(
            String(
                format: "appends: %d in %.1f s = %.1f/s; %@", total.appends.count, elapsed,
                Double(total.appends.count) / elapsed, total.appends.summary))
        print(
            String(
                format: "reads:   %d in %.1f s = %.1f/s; %@", total.reads.count, elapsed,
                Double(total.reads.count) / elapsed, total.reads.summary))
        print("projector passes: \(projected) agency catch-ups; chains verified: \(sessions), broken: \(broken.count)")
        print("errors: \(total.errors.count)")
        for error in total.errors.prefix(5) { print("  \(error)") }
        result("mix", "sessions", Double(sessions), "sessions")
        result("mix", "seconds", elapsed, "s")
        result("mix", "appends-per-second", Double(total.appends.count) / elapsed, "appends/s")
        result("mix", "reads-per-second", Double(total.reads.count) / elapsed, "reads/s")
        result("mix", "append-p50", total.appends.percentile(0.5), "ms")
        result("mix", "append-p95", total.appends.percentile(0.95), "ms")
        result("mix", "read-p50", total.reads.percentile(0.5), "ms")
        result("mix", "read-p95", total.reads.percentile(0.95), "ms")
        result("mix", "errors", Double(total.errors.count), "errors")
    }

    private func login(_ session: Int) -> String { "\(loginPrefix)\(session)" }
    private func agency(_ session: Int) -> Int { first + session - 1 }

    /// One session's loop: append, then three reads, until `deadline`.
    private func work(
        _ session: Int, _ store: PostgresEventStore, until deadline: ContinuousClock.Instant
    ) async
        -> Tally
    {
        var tally = Tally()
        let table = RiskRegisterProjection().tables[0]
        var round = 0
        while ContinuousClock.now < deadline {
            round += 1
            do {
                // Apart by mode, so that a polling mix and a listening mix can run on one database.
                let stream = try StreamID(category: "bench", id: "\(listens ? "L" : "P")\(session)-\(round)")
                let event = ProposedEvent(
                    type: "BenchmarkNoted", occurredAt: Date(), actor: login(session),
                    payload: Data("{\"round\":\(round)}".utf8))
                var began = ContinuousClock.now
                let receipt = try await store.append([event], to: stream, expectedVersion: .noStream)
                tally.appends.record(ContinuousClock.now - began)

                began = ContinuousClock.now
                let mine = try await store.readStream(stream, afterVersion: 0, limit: 10)
                tally.reads.record(ContinuousClock.now - began)
                if mine.count != 1 || mine.first?.actor != login(session) {
                    tally.errors.append("session \(session): read back \(mine.count) events of \(stream)")
                }

                began = ContinuousClock.now
                let last = receipt.sequences?.upperBound ?? 0
                _ = try await store.read(afterSequence: max(0, last - 20), limit: 20, filter: .all)
                tally.reads.record(ContinuousClock.now - began)

                began = ContinuousClock.now
                _ = try await store.query(SQLStatement("SELECT count(*) AS n FROM \(table)", []))
                tally.reads.record(ContinuousClock.now - began)
            } catch {
                tally.errors.append("session \(session), round \(round): \(error)")
            }
        }
        return tally
    }

    /// The sampled agencies whose hash chain does not verify, checked by the administrator after the mix.
    private func brokenChains() async throws -> [String] {
        var broken: [String] = []
        for session in 1...sessions {
            let store = try PostgresEventStore.open(
                url: try agencyURL(url, agency: agency(session)), projections: Catalog.projections,
                privacy: Catalog.privacy)
            let report = try await store.verify(progress: nil)
            if !report.isIntact { broken.append("agency \(agency(session)): chain broken: \(report)") }
        }
        return broken
    }
}

/// The projector's passes and failures, counted from its reporting callback.
final class Counter: Sendable {
    private let state = Mutex((passes: 0, failures: [String]()))

    func add(_ passes: Int, failures: [String]) {
        state.withLock {
            $0.passes += passes
            $0.failures += failures
        }
    }

    func read() -> (passes: Int, failures: [String]) { state.withLock { ($0.passes, $0.failures) } }
}
