import Sujarit

/// Quartiles and fences, computed the way the comparison scripts compute them.
///
/// Quartiles interpolate linearly between order statistics (Hyndman–Fan type 7: NumPy's default, DuckDB's
/// `quantile_cont`, R's default), so a fence here equals the one a DuckDB or pandas script finds on the same
/// values. A fence is the cardinal-rs outlier rule: below Q1 − k·IQR or above Q3 + k·IQR.
enum Statistics {
    /// The `q`-quantile (0…1) of sorted values.
    static func quantile(sorted values: [Double], _ q: Double) -> Double {
        precondition(!values.isEmpty)
        let position = q * Double(values.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, values.count - 1)
        let fraction = position - Double(lower)
        return values[lower] + (values[upper] - values[lower]) * fraction
    }

    /// Quartiles of `values` and the fence on `side`, or nil when there are fewer than `minimumSample`.
    static func fence(
        _ values: [Double], side: FenceStatistics.Side, multiplier: Double, minimumSample: Int, population: String
    ) -> FenceStatistics? {
        guard values.count >= minimumSample, !values.isEmpty else { return nil }
        let sorted = values.sorted()
        return FenceStatistics(
            side: side, q1: quantile(sorted: sorted, 0.25), q3: quantile(sorted: sorted, 0.75),
            multiplier: multiplier, sample: values.count, population: population
        )
    }

    /// The same from a histogram of whole numbers (value → how many), which keeps memory flat however many
    /// values there are.
    static func fence(
        histogram: [Int: Int], side: FenceStatistics.Side, multiplier: Double, minimumSample: Int, population: String
    ) -> FenceStatistics? {
        let count = histogram.values.reduce(0, +)
        guard count >= minimumSample, count > 0 else { return nil }
        let keys = histogram.keys.sorted()
        /// The value at 0-based rank `rank` of the sorted population.
        func value(at rank: Int) -> Double {
            var seen = 0
            for key in keys {
                seen += histogram[key]!
                if rank < seen { return Double(key) }
            }
            return Double(keys.last!)
        }
        func quantile(_ q: Double) -> Double {
            let position = q * Double(count - 1)
            let lower = Int(position.rounded(.down))
            let low = value(at: lower), high = value(at: min(lower + 1, count - 1))
            return low + (high - low) * (position - Double(lower))
        }
        return FenceStatistics(
            side: side, q1: quantile(0.25), q3: quantile(0.75), multiplier: multiplier, sample: count,
            population: population)
    }

    /// The cut-off in force for an upper-side rule: the data's fence when it is stricter (higher) than the
    /// floor, else the floor. Returns the value and the cut-off to record.
    static func upperCutOff(
        fence: FenceStatistics?, floor: Double, setting: String, version: Int, value: (Double) -> FigureValue
    ) -> (Double, CutOff) {
        if let fence, fence.fence > floor {
            return (
                fence.fence,
                CutOff(
                    setting: setting, value: value(fence.fence), basis: .dataFence, configurationVersion: version,
                    statistics: fence)
            )
        }
        return (
            floor,
            CutOff(
                setting: setting, value: value(floor), basis: .floor, configurationVersion: version, statistics: fence)
        )
    }
}

/// Day numbers for date arithmetic in hot loops (days since 1970-01-01, Howard Hinnant's algorithm), since
/// `CalendarDate`'s own day number is internal to its module.
enum DayNumber {
    static func of(_ date: CalendarDate) -> Int {
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (date.month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension Money {
    /// The amount as a Double, for ratios and shares only (never for sums or comparisons of money).
    var doubleValue: Double { Double(satang) / 100 }
}
