import Foundation

/// Durations of one kind of operation, for percentiles.
struct Latencies: Sendable {
    private(set) var seconds: [Double] = []

    mutating func record(_ duration: Duration) {
        let parts = duration.components
        seconds.append(Double(parts.seconds) + Double(parts.attoseconds) / 1e18)
    }

    mutating func merge(_ other: Latencies) { seconds += other.seconds }

    var count: Int { seconds.count }

    /// The `fraction` quantile in milliseconds (nearest rank), or 0 with no samples.
    func percentile(_ fraction: Double) -> Double {
        guard !seconds.isEmpty else { return 0 }
        let sorted = seconds.sorted()
        let rank = min(sorted.count - 1, max(0, Int((fraction * Double(sorted.count)).rounded(.up)) - 1))
        return sorted[rank] * 1000
    }

    /// "p50 … ms, p95 … ms, p99 … ms, max … ms".
    var summary: String {
        String(
            format: "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", percentile(0.5), percentile(0.95),
            percentile(0.99), percentile(1))
    }
}

/// Seconds since `start`, as a number.
func elapsedSeconds(since start: ContinuousClock.Instant) -> Double {
    let parts = (ContinuousClock.now - start).components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
}
