import EventStore
import Sujarit

/// One agency's red flags of a fiscal year: how many were raised and how many are still open.
public struct RedFlagCounts: Sendable, Hashable {
    public var total: Int
    public var open: Int

    /// Creates the value from its parts.
    public init(total: Int, open: Int) {
        self.total = total
        self.open = open
    }
}

extension RedFlagQueries {
    /// The year's flags and open flags of every agency `store` spans, by department id; an agency with no flag
    /// for the year is absent. The same rows as ``forEach(_:filter:_:)`` with a fiscal-year filter, counted by
    /// their status column, in one grouped query.
    public static func countsByAgency(
        _ store: any AgencySpanningStore, fiscalYear: FiscalYear
    ) async throws -> [String: RedFlagCounts] {
        try await store.byAgency(
            """
            SELECT agency, COUNT(*) AS total, COUNT(*) FILTER (WHERE status = ?) AS open FROM red_flags
            WHERE fiscal_year = ? GROUP BY agency
            """, [RedFlag.Status.open.rawValue, fiscalYear.be]
        ) { row in
            RedFlagCounts(total: row.int("total") ?? 0, open: row.int("open") ?? 0)
        }
    }
}
