import EventStorePostgres
import Foundation

/// The projector's poll on the database as it is: the one query `sujarit project --follow` runs every
/// interval to find the agencies whose read models are behind their logs. Its cost grows with the number of
/// agencies, whatever they do, so it is timed at full size.
struct ProjectorPoll {
    var url: String
    var times: Int

    func run() async throws {
        let projector = try PostgresProjector(url: url, projections: Catalog.projections, privacy: Catalog.privacy)
        var polls = Latencies()
        var behind = 0
        for _ in 0..<times {
            let start = ContinuousClock.now
            behind = try await projector.lagging().count
            polls.record(ContinuousClock.now - start)
        }
        print("projector poll (agencies behind: \(behind)), \(times) times: \(polls.summary)")
        result("poll", "p50", polls.percentile(0.5), "ms")
        result("poll", "max", polls.percentile(1), "ms")
    }
}
