import EventStore
import EventStorePostgres
import Foundation

/// Gives a sample of agencies a real year's record: the log of a SQLite store made by `sujarit demo` (a risk
/// register, declarations, gifts, procurement, audit, red flags), appended to each agency's store through the
/// store's own `append`, one consecutive run of a stream's events per call, as the commands recorded them.
///
/// As the administrator, so each append also writes the read models in its transaction, as `sujarit` does
/// for an administrator; the server stamps the actor and the time and keeps each agency's hash chain.
struct LoadSample {
    var url: String
    var demo: String
    var first: Int
    var agencies: Int
    var concurrency: Int

    func run() async throws {
        let runs = try await demoRuns()
        let events = runs.reduce(0) { $0 + $1.events.count }
        print("the demo's log: \(events) events in \(runs.count) appends; loading \(agencies) agencies")
        let start = ContinuousClock.now
        var appendTimes = Latencies()
        try await withThrowingTaskGroup(of: Latencies.self) { group in
            var next = first
            func start() {
                guard next < first + agencies else { return }
                let agency = next
                next += 1
                group.addTask { try await load(agency, runs) }
            }
            for _ in 0..<concurrency { start() }
            while let times = try await group.next() {
                appendTimes.merge(times)
                start()
            }
        }
        let total = elapsedSeconds(since: start)
        let all = Double(events * agencies)
        print(
            String(
                format: "loaded %d events into %d agencies in %.1f s: %.0f events/s, %d appends (%@), %d at a time",
                events * agencies, agencies, total, all / total, appendTimes.count, appendTimes.summary, concurrency))
        result("load", "events-per-agency", Double(events), "events")
        result("load", "agencies", Double(agencies), "agencies")
        result("load", "total", total, "s")
        result("load", "events-per-second", all / total, "events/s")
        result("load", "append-p50", appendTimes.percentile(0.5), "ms")
        result("load", "append-p95", appendTimes.percentile(0.95), "ms")
    }

    /// The demo's log as the appends that recorded it: each run of consecutive events of one stream.
    private func demoRuns() async throws -> [StreamAppend] {
        let source = try SQLiteEventStore.open(at: demo, projections: [], catchingUp: false)
        var runs: [StreamAppend] = []
        var after: Int64 = 0
        while true {
            let page = try await source.read(afterSequence: after, limit: 1_000, filter: .all)
            for event in page {
                let proposed = ProposedEvent(
                    type: event.type, schemaVersion: event.schemaVersion, occurredAt: event.occurredAt,
                    actor: event.actor, payload: event.payload, dedupeKey: event.dedupeKey)
                if let last = runs.last, last.stream == event.streamID {
                    runs[runs.count - 1].events.append(proposed)
                } else {
                    let expected: ExpectedVersion =
                        event.streamVersion == 1 ? .noStream : .exactly(event.streamVersion - 1)
                    runs.append(StreamAppend(stream: event.streamID, expectedVersion: expected, events: [proposed]))
                }
            }
            guard let last = page.last else { return runs }
            after = last.sequence
        }
    }

    /// Appends every run to one agency's store, timing each append.
    private func load(_ agency: Int, _ runs: [StreamAppend]) async throws -> Latencies {
        let store = try PostgresEventStore.open(
            url: try agencyURL(url, agency: agency), projections: Catalog.projections, privacy: Catalog.privacy)
        var times = Latencies()
        for run in runs {
            let start = ContinuousClock.now
            do {
                _ = try await store.append([run])
            } catch {
                throw Usage(description: "agency \(agency), stream \(run.stream): \(error)")
            }
            times.record(ContinuousClock.now - start)
        }
        return times
    }
}
