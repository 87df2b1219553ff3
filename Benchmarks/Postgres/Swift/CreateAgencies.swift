import EventStorePostgres
import Foundation

/// Makes agencies' stores in the shared layout, schema only, as `sujarit init --store URL?agency=ID` does:
/// `PostgresEventStore.create(…)` then `ready()`, each store with its own connection, `concurrency` at a time.
///
/// The first agency is timed apart: in an empty database it installs the shared schema and every projection's
/// tables (the script makes it alone first, to read the catalog between). The rest are timed in blocks of 500,
/// so that a cost growing with the number of agencies already there shows.
struct CreateAgencies {
    var url: String
    var first: Int
    var count: Int
    var concurrency: Int

    func run() async throws {
        let start = ContinuousClock.now
        try await create(first)
        let install = elapsedSeconds(since: start)
        print(String(format: "agency %d (installs the shared schema if none): %.3f s", first, install))
        result("create", "first-agency", install, "s")
        guard count > 1 else { return }

        let rest = ContinuousClock.now
        var blockStart = ContinuousClock.now
        var done = 1
        var inBlock = 0
        try await withThrowingTaskGroup(of: Void.self) { group in
            var next = first + 1
            let end = first + count
            func start() {
                guard next < end else { return }
                let agency = next
                next += 1
                group.addTask { try await create(agency) }
            }
            for _ in 0..<concurrency { start() }
            while try await group.next() != nil {
                done += 1
                inBlock += 1
                if done % 500 == 0 || done == count {
                    let block = elapsedSeconds(since: blockStart)
                    print(
                        String(
                            format: "%5d agencies, %7.1f s so far; last %d: %.1f ms per agency", done,
                            elapsedSeconds(since: rest), inBlock, block * 1000 / Double(inBlock)))
                    blockStart = ContinuousClock.now
                    inBlock = 0
                }
                start()
            }
        }
        let total = elapsedSeconds(since: start)
        let others = elapsedSeconds(since: rest)
        print(
            String(
                format: "created %d agencies in %.1f s (%.1f ms each after the first, %d at a time)", count, total,
                count > 1 ? others * 1000 / Double(count - 1) : 0, concurrency))
        result("create", "agencies", Double(count), "agencies")
        result("create", "total", total, "s")
        result("create", "per-agency", count > 1 ? others * 1000 / Double(count - 1) : install * 1000, "ms")
    }

    /// One agency's store, created and ready, then let go (its connections close).
    private func create(_ agency: Int) async throws {
        let store = try PostgresEventStore.create(
            url: try agencyURL(url, agency: agency), projections: Catalog.projections, privacy: Catalog.privacy)
        do {
            try await store.ready()
        } catch {
            throw Usage(description: "creating agency \(agency) failed: \(error)")
        }
    }
}
